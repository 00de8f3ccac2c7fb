import GANBookCLI
GANBookCommand.main()
