#!/usr/bin/env bash
# Runs the article's two programs (examples/minimal.py, examples/async.py) under CPython,
# refpy, PyPy and RustPython, each ended by SIGINT after a fixed time as a user would end
# it with Ctrl-C, and prints what each printed on stdout as a Markdown table, with the exit
# status. An interpreter that is not installed is reported as such. Not part of CI: it takes
# about 45 seconds of wall time, and its timings are real ones.
#
#   cargo build --release && bash benches/compare_originals.sh
#
# Interpreters (override with the variables): CPYTHON=python3, REFPY=target/release/refpy,
# PYPY=pypy3 (Debian: apt-get install pypy3), RUSTPYTHON=rustpython
# (RustPython 0.6.0 needs rustc 1.97 or later: `cargo +nightly install rustpython --locked
# --no-default-features --features threading,stdlib,stdio,importlib,host_env,freeze-stdlib`).
set -u
cd "$(dirname "$0")/.."

CPYTHON=${CPYTHON:-python3}
REFPY=${REFPY:-target/release/refpy}
PYPY=${PYPY:-pypy3}
RUSTPYTHON=${RUSTPYTHON:-rustpython}

# program and the seconds after which it gets SIGINT
PROGRAMS=("examples/minimal.py 4" "examples/async.py 6.8")
NAMES=(CPython refpy PyPy RustPython)
BINS=("$CPYTHON" "$REFPY" "$PYPY" "$RUSTPYTHON")

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

version() {
    "$1" -c 'import sys; print(sys.version.split()[0], end="")' 2>/dev/null \
        || "$1" --version 2>/dev/null | head -n1
}

echo "Interpreters:"
echo
for i in "${!NAMES[@]}"; do
    if command -v "${BINS[$i]}" >/dev/null 2>&1; then
        printf -- '- %s: `%s` (%s)\n' "${NAMES[$i]}" "${BINS[$i]}" "$(version "${BINS[$i]}")"
    else
        printf -- '- %s: `%s` not found\n' "${NAMES[$i]}" "${BINS[$i]}"
    fi
done

for entry in "${PROGRAMS[@]}"; do
    read -r prog secs <<<"$entry"
    echo
    printf '`%s`, SIGINT after %s s (`timeout --preserve-status -s INT %s INTERPRETER %s`):\n' \
        "$prog" "$secs" "$secs" "$prog"
    echo
    for i in "${!NAMES[@]}"; do
        f="$out/$i"
        if command -v "${BINS[$i]}" >/dev/null 2>&1; then
            timeout --preserve-status -s INT "$secs" "${BINS[$i]}" "$prog" >"$f" 2>/dev/null
            echo "exit status $?" >>"$f"
        else
            echo "(not installed)" >"$f"
        fi
    done
    # One column per interpreter, one row per output line.
    rows=0
    for i in "${!NAMES[@]}"; do
        n=$(wc -l <"$out/$i")
        ((n > rows)) && rows=$n
    done
    header="|"
    rule="|"
    for name in "${NAMES[@]}"; do
        header+=" $name |"
        rule+="---|"
    done
    echo "$header"
    echo "$rule"
    for ((r = 1; r <= rows; r++)); do
        line="|"
        for i in "${!NAMES[@]}"; do
            cell=$(sed -n "${r}p" "$out/$i")
            line+=" ${cell:+\`$cell\`} |"
        done
        echo "$line"
    done
done
