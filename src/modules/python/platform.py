"""refpy's platform: the interpreter's identity. refpy names itself, as sys.implementation
does; the version is the CPython version whose behaviour it reproduces."""

import sys


def python_implementation():
    return 'refpy'


def python_version():
    return '%d.%d.%d' % (sys.version_info[0], sys.version_info[1], sys.version_info[2])


def python_version_tuple():
    return (str(sys.version_info[0]), str(sys.version_info[1]), str(sys.version_info[2]))


def system():
    return 'Linux'
