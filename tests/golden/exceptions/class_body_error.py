class Settings:
    name = "app"
    size = len(name) + undefined_size
