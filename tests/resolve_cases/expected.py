"""Writes <case>.expected for every tests/resolve_cases/<case>.py: one line per code object
(module first, then nested code objects depth-first in co_consts order, which is CPython's
compilation order), with co_varnames, co_cellvars, co_freevars, co_qualname and whether the
code is a generator and/or coroutine (an async generator is both). Code objects compiled twice
from one syntax node (a `finally` body, a `while` test) are listed once.
Run with CPython 3.11: python3 tests/resolve_cases/expected.py
"""
import inspect
import pathlib
import sys


def names(t):
    return "(" + ", ".join(t) + ("," if len(t) == 1 else "") + ")"


def describe(code, seen, out):
    key = (code.co_qualname, code.co_firstlineno, next(code.co_positions(), None))
    if key in seen:
        return
    seen.add(key)
    flags = code.co_flags
    generator = bool(flags & (inspect.CO_GENERATOR | inspect.CO_ASYNC_GENERATOR))
    coroutine = bool(flags & (inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR))
    out.append(
        f"{code.co_qualname} varnames={names(code.co_varnames)}"
        f" cellvars={names(code.co_cellvars)} freevars={names(code.co_freevars)}"
        f" generator={generator} coroutine={coroutine}"
    )
    for const in code.co_consts:
        if inspect.iscode(const):
            describe(const, seen, out)


def main():
    assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
    here = pathlib.Path(__file__).resolve().parent
    for case in sorted(here.glob("*.py")):
        if case.name == "expected.py":
            continue
        code = compile(case.read_text(), case.name, "exec")
        out = []
        describe(code, set(), out)
        case.with_suffix(".expected").write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
