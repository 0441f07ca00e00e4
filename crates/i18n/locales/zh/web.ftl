app-name = Convene
