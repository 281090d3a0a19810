//! The collector's command-line switches: `--gc=off` stops automatic collection (an
//! explicit `gc.collect()` still works), `--gc-threshold=N` sets generation 0's threshold,
//! and `--stats` reports the live objects left after shutdown.

use std::process::Command;

const REFPY: &str = env!("CARGO_BIN_EXE_refpy");

/// Makes 2 000 self-referencing instances, then reports how many died before an explicit
/// collection and how many that collection freed.
const PROGRAM: &str = "\
import gc
deaths = []
class D:
    def __del__(self): deaths.append(1)
for i in range(2000):
    d = D(); d.me = d
del d
before = len(deaths)
n = gc.collect()
print(gc.isenabled(), gc.get_threshold()[0], before, n)
";

fn run(args: &[&str]) -> (String, String) {
    let out = Command::new(REFPY)
        .args(args)
        .arg("-c")
        .arg(PROGRAM)
        .output()
        .expect("refpy runs");
    assert!(out.status.success(), "{:?}", out);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn default_collects_automatically() {
    let (stdout, _) = run(&[]);
    let fields: Vec<&str> = stdout.split_whitespace().collect();
    assert_eq!(fields[0], "True");
    assert_eq!(fields[1], "700");
    assert!(fields[2].parse::<u32>().unwrap() > 0, "{stdout}");
}

#[test]
fn gc_off_leaves_cycles_for_an_explicit_collect() {
    let (stdout, _) = run(&["--gc=off"]);
    assert_eq!(stdout.trim(), "False 700 0 2000");
    let (stdout, _) = run(&["--gc", "off"]);
    assert_eq!(stdout.trim(), "False 700 0 2000");
}

#[test]
fn gc_threshold_sets_generation_zero() {
    let (stdout, _) = run(&["--gc-threshold=100000"]);
    assert_eq!(stdout.trim(), "True 100000 0 2000");
    let (stdout, _) = run(&["--gc-threshold=10"]);
    let fields: Vec<&str> = stdout.split_whitespace().collect();
    assert_eq!(fields[1], "10");
    assert!(fields[2].parse::<u32>().unwrap() >= 1900, "{stdout}");
}

#[test]
fn stats_reports_no_live_objects() {
    let (_, stderr) = run(&["--stats", "--gc=off"]);
    assert_eq!(
        stderr.lines().last(),
        Some("refpy --stats: 0 live objects after shutdown")
    );
}
