Headers = dict[str, str]

PASSWORD = "correct horse battery staple"
