class Config:
    settings = {"debug": False}
    level = 1
    def enable(self):
        self.settings["debug"] = True
    def raise_level(self):
        self.level += 1

a, b = Config(), Config()
a.enable()
print(b.settings, Config.settings)
a.raise_level()
print(a.level, b.level, Config.level)
Config.level = 10
print(a.level, b.level)
class Sub(Config):
    pass
print(Sub.level)
Sub.level = 20
print(Config.level, Sub.level)
del Sub.level
print(Sub.level)
try:
    del Sub.level
except AttributeError as e:
    print(type(e).__name__, e)
