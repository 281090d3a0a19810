# import ... as without a name
import os.path as
