class Config:
    default_timeout = 30


print(Config.default_timeout)
print(Config.default_timout)
