print("ganbook-bench: not yet")
