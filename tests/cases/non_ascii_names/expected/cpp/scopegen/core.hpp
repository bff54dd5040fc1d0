// previous output: a failing run must leave it byte for byte
