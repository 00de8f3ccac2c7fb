import GANBookCLI

await GANBookMain.run()
