//! Hostile input for the front end: `refpy --check` on bytes no program should contain. Each
//! run must end within 10 s with status 1 or 2 and a diagnostic (a SyntaxError-family line,
//! CPython's RecursionError for over-deep code, or a `refpy: ...` line), never a panic or a
//! death by signal.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const REFPY: &str = env!("CARGO_BIN_EXE_refpy");
const TIMEOUT: Duration = Duration::from_secs(10);

#[test]
fn invalid_utf8() {
    expect_rejected("invalid_utf8", b"x = 1\nprint('\xff\xfe')\n");
}

#[test]
fn nul_byte() {
    expect_rejected("nul_byte", b"x = 1\0\nprint(x)\n");
}

#[test]
fn deeply_nested_parentheses() {
    // CPython: "too many nested parentheses" (its tokenizer allows 200 levels).
    let depth = 100_000;
    let mut text = b"x = ".to_vec();
    text.extend(std::iter::repeat_n(b'(', depth));
    text.push(b'1');
    text.extend(std::iter::repeat_n(b')', depth));
    text.push(b'\n');
    expect_rejected("nested_parentheses", &text);
}

#[test]
fn ten_megabyte_line() {
    // CPython: "RecursionError: maximum recursion depth exceeded during compilation".
    let mut text = b"x = 1".to_vec();
    while text.len() < 10_000_000 {
        text.extend_from_slice(b" + 1");
    }
    text.push(b'\n');
    expect_rejected("long_line", &text);
}

#[test]
fn random_bytes() {
    // Half the inputs are uniform bytes (mostly exercising decoding), half are drawn from
    // Python-looking fragments (exercising the lexer, layout and parser). With this seed
    // CPython rejects every one of the 200 inputs (checked with python3's compile()).
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    let mut failures = Vec::new();
    for i in 0..200 {
        let len = 1 + (rng.next() % 2000) as usize;
        let input: Vec<u8> = if i % 2 == 0 {
            (0..len).map(|_| rng.next() as u8).collect()
        } else {
            python_like(&mut rng, len)
        };
        if let Err(report) = check_rejected(&format!("random_{i:03}"), &input) {
            failures.push(report);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of 200 random inputs were mishandled; the first:\n{}",
        failures.len(),
        failures[0]
    );
}

/// Fragments that make the lexer and parser work harder than uniform bytes do.
const FRAGMENTS: &[&[u8]] = &[
    b"def ",
    b"class ",
    b"lambda",
    b" if ",
    b"else",
    b"elif ",
    b"while ",
    b"for ",
    b" in ",
    b"return",
    b"yield",
    b"await ",
    b"async ",
    b"import ",
    b"from ",
    b"try:",
    b"except",
    b"finally:",
    b"with ",
    b" as ",
    b"global ",
    b"nonlocal ",
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b":",
    b";",
    b",",
    b".",
    b"=",
    b"==",
    b"+",
    b"-",
    b"*",
    b"**",
    b"/",
    b"//",
    b"%",
    b"@",
    b"<<",
    b">>",
    b"&",
    b"|",
    b"^",
    b"~",
    b"<",
    b">",
    b"!=",
    b":=",
    b"->",
    b"...",
    b"\n",
    b"\n",
    b"\n    ",
    b"\n\t",
    b"    ",
    b" ",
    b"\\\n",
    b"#",
    b"'",
    b"\"",
    b"'''",
    b"\"\"\"",
    b"f'{",
    b"}'",
    b"b'",
    b"r'",
    b"rb\"",
    b"x",
    b"y_1",
    b"__init__",
    b"0",
    b"1_000",
    b"0x1F",
    b"0o7",
    b"0b101",
    b"1.5e-3",
    b"1j",
    b"None",
    b"True",
    b"\r\n",
    b"\x0c",
    b"\xc3\xa9",
    b"\xf0\x9f\x98\x80",
    b"\0",
    b"\x80",
];

fn python_like(rng: &mut XorShift, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 16);
    while out.len() < len {
        let fragment = FRAGMENTS[(rng.next() % FRAGMENTS.len() as u64) as usize];
        out.extend_from_slice(fragment);
    }
    out.truncate(len);
    out
}

/// Marsaglia's xorshift64: a fixed sequence on every machine.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Panics unless refpy rejects `input` by the rules in the header.
fn expect_rejected(label: &str, input: &[u8]) {
    if let Err(report) = check_rejected(label, input) {
        panic!("{report}");
    }
}

/// Writes `input` to a file, runs `refpy --check` on it and checks the rules in the header.
fn check_rejected(label: &str, input: &[u8]) -> Result<(), String> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bad_input");
    std::fs::create_dir_all(&dir).expect("create the scratch directory");
    let path = dir.join(format!("{label}.py"));
    std::fs::write(&path, input).expect("write the input");

    let started = Instant::now();
    let mut child = Command::new(REFPY)
        .arg("--check")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start refpy");
    let mut stdout_pipe = child.stdout.take().expect("piped stdout");
    let mut stderr_pipe = child.stderr.take().expect("piped stderr");
    let stdout = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout_pipe.read_to_string(&mut text);
        text
    });
    let stderr = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr_pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for refpy") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{label}: refpy --check {} ran over {TIMEOUT:?}",
                path.display()
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    let shown = format!(
        "{label}: refpy --check {}\nstatus: {status}\nstdout:\n{stdout}\nstderr:\n{stderr}",
        path.display()
    );

    if stderr.contains("panicked at") {
        return Err(format!("panic\n{shown}"));
    }
    if !matches!(status.code(), Some(1 | 2)) {
        return Err(format!("expected exit status 1 or 2\n{shown}"));
    }
    let diagnostic = stderr.lines().any(|line| {
        [
            "SyntaxError: ",
            "IndentationError: ",
            "TabError: ",
            "refpy: ",
        ]
        .iter()
        .any(|start| line.starts_with(start))
            || line == "RecursionError: maximum recursion depth exceeded during compilation"
    });
    if !diagnostic {
        return Err(format!("no diagnostic on stderr\n{shown}"));
    }
    Ok(())
}
