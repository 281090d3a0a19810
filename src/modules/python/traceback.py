"""refpy's traceback: printing and formatting exceptions as CPython 3.11's interpreter
prints an uncaught one (the report comes from refpy's own traceback printer)."""

import sys
import _refpy

_sentinel = object()


def _split(text):
    """The report as CPython's list of strings: one per header, per frame (with its
    source and caret lines), per chain separator and per exception line."""
    parts = []
    lines = text.splitlines(True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n':
            parts.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        if line.startswith('    ') and parts and parts[-1].startswith('  File '):
            parts[-1] += line
        elif line.startswith('  [Previous line repeated') or line.startswith('Traceback ('):
            parts.append(line)
        elif line.startswith('  File '):
            parts.append(line)
        else:
            parts.append(line)
        i += 1
    return parts


def _apply_limit(parts, limit):
    if limit is None:
        return parts
    result = []
    frames = []

    def flush():
        if limit >= 0:
            result.extend(frames[:limit])
        else:
            result.extend(frames[limit:] if -limit <= len(frames) else frames)
        frames.clear()

    for part in parts:
        if part.startswith('  File '):
            frames.append(part)
        else:
            flush()
            result.append(part)
    flush()
    return result


def _exception_of(exc, value):
    if value is not _sentinel:
        if exc is not None and value is None:
            return exc if isinstance(exc, BaseException) else None
        return value
    if isinstance(exc, type) and issubclass(exc, BaseException):
        return exc()
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    parts = _split(_refpy.format_exception(exc, chain))
    if tb is None:
        parts = _without_last_traceback(parts)
    return _apply_limit(parts, limit)


def _without_last_traceback(parts):
    """The report of an exception printed with `tb=None`: its own entries are left out,
    those of the exceptions chained to it stay."""
    end = len(parts) - 1
    start = end
    while start > 0 and parts[start - 1].startswith('  '):
        start -= 1
    if start > 0 and parts[start - 1].startswith('Traceback ('):
        start -= 1
    return parts[:start] + parts[end:]


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return [_split(_refpy.format_exception(exc, False))[-1]]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for part in format_exception(exc, value, tb, limit=limit, chain=chain):
        file.write(part)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
