//! The acceptance program in real time: `refpy --until-idle examples/minimal.py` prints the
//! article's four lines, the last two only after the 3-second collection timer, and then
//! ends by itself with status 0 (where CPython would wait for Ctrl-C).

use std::process::Command;
use std::time::{Duration, Instant};

const REFPY: &str = env!("CARGO_BIN_EXE_refpy");

#[test]
fn minimal_until_idle_in_real_time() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/minimal.py");
    let started = Instant::now();
    let out = Command::new(REFPY)
        .args(["--until-idle", example])
        .output()
        .expect("refpy runs");
    let elapsed = started.elapsed();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Delete foo\nExit foo\nExit bar\nDelete bar\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        elapsed >= Duration::from_secs(3),
        "the collection timer fires after 3 s of real time, but the run took {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
}
