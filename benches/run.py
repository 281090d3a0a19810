#!/usr/bin/env python3
"""Time refpy against CPython on the programs in benches/programs/.

Usage (from anywhere):

    cargo build --release && python3 benches/run.py [--runs N] [--filter TEXT] [--markdown]

Each program runs N times under each interpreter, alternating refpy and CPython so that machine
noise hits both alike. Standard output and exit status must be identical on every run; a mismatch
is reported and makes the runner exit with status 1. The table shows, for each interpreter, the
median wall time and the median peak resident set size (``ru_maxrss`` from ``os.wait4``, KiB on
Linux). Peaks below the runner's own (see ``rss_floor``) cannot be told apart and print as
"<=" that floor.

Standard library only. Nothing is built here: ``target/release/refpy`` must exist.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = Path(__file__).resolve().parent / "programs"
REFPY = ROOT / "target" / "release" / "refpy"

# The startup row: both interpreters run `-c pass`.
STARTUP = "startup (-c pass)"


def find_cpython():
    """The real CPython executable (pyenv and similar shims resolved), or exit with a message."""
    override = os.environ.get("REFPY_CPYTHON")
    candidates = [override] if override else ["python3.11", "python3"]
    for name in candidates:
        found = shutil.which(name) if os.sep not in name else name
        if not found:
            continue
        try:
            out = subprocess.run(
                [found, "-c", "import sys; print(sys.executable); print(sys.version_info[:2])"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.splitlines()
        except (OSError, subprocess.CalledProcessError):
            continue
        if len(out) != 2:
            continue
        exe, version = out
        if version != "(3, 11)":
            print(f"warning: {exe} is Python {version}, not 3.11", file=sys.stderr)
        if exe and os.access(exe, os.X_OK):
            return os.path.realpath(exe)
    sys.exit("error: no python3 found (set REFPY_CPYTHON=/path/to/python3.11)")


def run_once(argv):
    """Run argv; return (stdout, stderr, exit status, wall seconds, peak RSS in KiB)."""
    # Output goes to a file rather than a pipe so that reading it costs the child nothing.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return out.read(), err.read(), proc.returncode, wall, usage.ru_maxrss


def mib(kib):
    return kib / 1024


def rss_floor():
    """The runner's own peak RSS in KiB.

    On Linux a child's ``ru_maxrss`` starts at its parent's high-water mark at fork time (exec
    keeps the old address space's peak), so a child that stays below the runner's own peak
    reports the runner's figure. Such readings are upper bounds, shown as "<= floor".
    """
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def fmt_rss(kib, floor):
    return f"<={mib(floor):.1f}" if kib <= floor else f"{mib(kib):.1f}"


def fmt_rss_ratio(refpy_kib, cpython_kib, floor):
    if refpy_kib <= floor and cpython_kib <= floor:
        return "n/a"
    if refpy_kib <= floor:
        return f"<={refpy_kib / cpython_kib:.2f}x"
    if cpython_kib <= floor:
        return f">={refpy_kib / floor:.2f}x"
    return f"{refpy_kib / cpython_kib:.2f}x"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per interpreter (default 5)")
    parser.add_argument(
        "--filter", action="append", default=[],
        help="only programs whose name contains TEXT (repeatable; 'startup' selects the -c pass row)",
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    if not REFPY.is_file():
        sys.exit(f"error: {REFPY} not found; build it first with `cargo build --release`")
    cpython = find_cpython()

    cases = [(STARTUP, ["-c", "pass"])]
    for path in sorted(PROGRAMS.glob("*.py")):
        cases.append((path.stem, [str(path)]))
    if args.filter:
        cases = [c for c in cases if any(f in c[0] for f in args.filter)]
    if not cases:
        sys.exit("error: no program matches --filter")

    print(f"CPython: {cpython} ({platform_line(cpython)})", file=sys.stderr)
    print(f"refpy:   {REFPY}", file=sys.stderr)
    print(f"runs:    {args.runs} each, alternating; {os.cpu_count()} CPUs", file=sys.stderr)
    print(f"RSS floor: {mib(rss_floor()):.1f} MiB (the runner's own peak; see rss_floor)", file=sys.stderr)

    rows = []
    failures = 0
    for name, prog_args in cases:
        times = {"cpython": [], "refpy": []}
        rss = {"cpython": [], "refpy": []}
        mismatch = None
        for i in range(args.runs):
            # Alternate which interpreter goes first as well.
            order = [("refpy", str(REFPY)), ("cpython", cpython)]
            if i % 2:
                order.reverse()
            results = {}
            stderr = {}
            for label, exe in order:
                out, err, code, wall, peak = run_once([exe, *prog_args])
                results[label] = (out, code)
                stderr[label] = err
                times[label].append(wall)
                rss[label].append(peak)
            if mismatch is None and results["refpy"] != results["cpython"]:
                mismatch = (i, results["cpython"], results["refpy"], stderr["refpy"])
        if mismatch:
            failures += 1
            i, (c_out, c_code), (r_out, r_code), r_err = mismatch
            print(f"MISMATCH {name} (run {i + 1}):", file=sys.stderr)
            print(f"  CPython exit {c_code}, stdout {shorten(c_out)}", file=sys.stderr)
            print(f"  refpy   exit {r_code}, stdout {shorten(r_out)}", file=sys.stderr)
            if r_err.strip():
                last = r_err.strip().splitlines()[-1]
                print(f"  refpy   stderr ends: {shorten(last)}", file=sys.stderr)
        c_med = statistics.median(times["cpython"])
        r_med = statistics.median(times["refpy"])
        c_rss = statistics.median(rss["cpython"])
        r_rss = statistics.median(rss["refpy"])
        floor = rss_floor()
        rows.append([
            name + (" (MISMATCH)" if mismatch else ""),
            fmt_time(c_med),
            fmt_time(r_med),
            f"{r_med / c_med:.2f}x",
            fmt_rss(c_rss, floor),
            fmt_rss(r_rss, floor),
            fmt_rss_ratio(r_rss, c_rss, floor),
        ])
        print(f"  {name}: done", file=sys.stderr)

    header = [
        "program", "CPython median s", "refpy median s", "ratio (refpy/CPython)",
        "CPython peak MiB", "refpy peak MiB", "RSS ratio",
    ]
    print_table(header, rows, args.markdown)
    if failures:
        print(f"{failures} program(s) produced different output or exit status", file=sys.stderr)
        return 1
    return 0


def platform_line(cpython):
    try:
        return subprocess.run(
            [cpython, "-c", "import platform; print(platform.python_version())"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown version"


def fmt_time(seconds):
    return f"{seconds:.4f}" if seconds < 0.1 else f"{seconds:.3f}"


def shorten(data, limit=200):
    text = repr(data)
    return text if len(text) <= limit else text[:limit] + "..."


def print_table(header, rows, markdown):
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(
        c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))
    )
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


if __name__ == "__main__":
    sys.exit(main())
