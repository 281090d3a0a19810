//! The golden harness: every `tests/golden/**/NAME.py` is one test comparing refpy's stdout,
//! stderr and exit status with what CPython 3.11 produced (committed next to the case), plus
//! one `check::<path>` test per valid `.py` in the repository running `refpy --check` on it.
//! `REFPY_BLESS=1` regenerates the expected files from CPython. docs/testing.md has the guide.

// ---------------------------------------------------------------------------------------------
// The rules, in one place.
//
// Cases. Each `tests/golden/**/NAME.py` is a case named by its path relative to tests/golden
// without `.py` (e.g. `errors/unclosed_paren`), except files whose name starts with `_`:
// those are helper modules that cases import. Expected files sit next to the case:
//   NAME.stdout  always present;
//   NAME.stderr  only when CPython wrote something to stderr;
//   NAME.status  only when the exit status is not 0; a death by signal N is 128 + N.
//
// Running. The binary runs as `refpy [args from the header] NAME.py`, with the case's
// directory as the working directory, stdin empty, and a 10 s limit (a case that takes longer
// is killed and fails). Any output containing `panicked at` fails, xfail or not.
//
// Normalisation, applied to the expected files when they are written and to refpy's output
// before comparing (and nothing else; caret lines are compared as they are):
//   1. `<case directory>/` is removed. CPython 3.11 prints the script's absolute path in
//      tracebacks and syntax errors (`File "/abs/dir/NAME.py"`), and so does refpy; after this
//      rule both read `File "NAME.py"`. The directory is the canonical (symlink-free) path.
//   2. CPython's standard library directory (sysconfig's "stdlib" path, asked from the
//      interpreter at bless time) followed by `/` becomes `<stdlib>/`. refpy has no such
//      directory: its built-in modules print `<stdlib>/...` paths themselves.
//   3. Every match of `0x[0-9a-f]+` becomes `0xADDR` (object addresses in reprs). This also
//      masks `hex()` output; cases that test hex formatting print without the `0x`.
//
// Header. Leading lines of the case that are comments or blank may carry directives of the
// form `# refpy: <directive>`:
//   args <options>        refpy CLI options put before the script name (split on whitespace);
//   cpython-wrap <cmd>    a command prefix for CPython when blessing (split on whitespace),
//                         e.g. `timeout -s INT 6.5`;
//   xfail <reason>        a known divergence; strict: the test fails if the case passes;
//   stdout-status-only    compare stdout and the exit status, not stderr;
//   stdout-only           compare stdout alone (a program CPython only ends by a signal,
//                         which refpy ends by itself, e.g. with --until-idle).
// An unknown directive fails the case.
//
// Bless. `REFPY_BLESS=1` runs each selected case under CPython and rewrites its expected files
// (removing .stderr/.status when empty/zero). The interpreter is `python3` unless
// `REFPY_CPYTHON` names another; it must report CPython 3.11.x or blessing is refused. It runs
// as `[cpython-wrap...] <python> -X utf8 -s NAME.py` in the case directory, with PYTHONHASHSEED=0
// and every other PYTHON* variable removed. The version goes to tests/golden/CPYTHON_VERSION.
//
// Selection. `REFPY_GOLDEN=<substring>` keeps only the tests whose name contains it, in any
// mode; libtest's own filters (`cargo test --test golden -- <filter>`) work too.
//
// Check tests. `check::<path>` runs `refpy --check <path>` on every `.py` under tests/ and
// examples/ that is not an expected syntax error (a golden case whose expected stderr is a
// syntax error report) and expects exit 0 with no output. A failure of an xfail case's check
// test is tolerated. tests/syntax/ is left out: its files are lexer inputs, which exercise
// tokens of valid Python outside refpy's subset too (`1j`).
// ---------------------------------------------------------------------------------------------

use libtest_mimic::{Arguments, Completion, Failed, Trial};
use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const REFPY: &str = env!("CARGO_BIN_EXE_refpy");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// How long refpy may run one case or check.
const TIMEOUT: Duration = Duration::from_secs(10);
/// How long CPython may run one case when blessing (cases may wait on real timers).
const BLESS_TIMEOUT: Duration = Duration::from_secs(120);

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let filter = std::env::var("REFPY_GOLDEN").ok().filter(|f| !f.is_empty());
    let bless = std::env::var("REFPY_BLESS").is_ok_and(|v| !v.is_empty() && v != "0");
    let golden_dir = match std::fs::canonicalize(Path::new(ROOT).join("tests/golden")) {
        Ok(dir) => dir,
        Err(_) => Path::new(ROOT).join("tests/golden"),
    };
    let selected = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));

    let cases: Vec<Case> = python_files(&golden_dir)
        .into_iter()
        .filter(|p| !file_name(p).starts_with('_'))
        .map(|p| Case::new(&golden_dir, p))
        .filter(|c| selected(&c.name))
        .collect();

    let mut trials = Vec::new();
    if bless {
        let cpython = match CPython::detect() {
            Ok(cpython) => cpython,
            Err(message) => {
                eprintln!("{message}");
                return ExitCode::FAILURE;
            }
        };
        let version_file = golden_dir.join("CPYTHON_VERSION");
        if let Err(e) = std::fs::write(&version_file, format!("{}\n", cpython.version)) {
            eprintln!("cannot write {}: {e}", version_file.display());
            return ExitCode::FAILURE;
        }
        let cpython = std::sync::Arc::new(cpython);
        for case in cases {
            let cpython = cpython.clone();
            trials.push(Trial::test(case.name.clone(), move || {
                bless_case(&case, &cpython)
            }));
        }
    } else {
        let invalid: Vec<PathBuf> = cases
            .iter()
            .filter(|c| c.expects_syntax_error())
            .map(|c| c.path.clone())
            .collect();
        let xfail: Vec<PathBuf> = cases
            .iter()
            .filter(|c| matches!(&c.header, Ok(h) if h.xfail.is_some()))
            .map(|c| c.path.clone())
            .collect();
        for case in cases {
            let case = std::sync::Arc::new(case);
            let again = case.clone();
            trials.push(Trial::test(format!("leaks::{}", case.name), move || {
                check_leaks(&again)
            }));
            trials.push(Trial::ignorable_test(case.name.clone(), move || {
                run_case(&case)
            }));
        }
        let root = Path::new(ROOT);
        let lexer_inputs = root.join("tests").join("syntax");
        for path in python_files(&root.join("tests"))
            .into_iter()
            .filter(|p| !p.starts_with(&lexer_inputs))
            .chain(python_files(&root.join("examples")))
        {
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            let name = format!("check::{shown}");
            let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if !selected(&name) || invalid.contains(&canonical) {
                continue;
            }
            let tolerated = xfail.contains(&canonical);
            trials.push(Trial::test(name, move || check_file(&canonical, tolerated)));
        }
    }
    libtest_mimic::run(&args, trials).exit_code()
}

/// Whether `stderr` is CPython's report of a program that did not compile: a SyntaxError,
/// IndentationError or TabError printed without a traceback (an error in an imported module
/// comes with a traceback and is a runtime error of the importing case).
fn is_syntax_error_report(stderr: &str) -> bool {
    !stderr.contains("Traceback (most recent call last):")
        && ["SyntaxError: ", "IndentationError: ", "TabError: "]
            .iter()
            .any(|class| stderr.lines().any(|line| line.starts_with(class)))
}

/// One golden case.
struct Case {
    /// Path relative to tests/golden without `.py`.
    name: String,
    /// Absolute path of the `.py` file.
    path: PathBuf,
    /// Absolute path of its directory (the working directory of every run).
    dir: PathBuf,
    header: Result<Header, String>,
}

/// The `# refpy: ...` directives of a case.
#[derive(Default)]
struct Header {
    args: Vec<String>,
    cpython_wrap: Vec<String>,
    xfail: Option<String>,
    /// A known leak (strict: the leak check fails once the case ends with 0 live objects).
    leaks: Option<String>,
    stdout_status_only: bool,
    stdout_only: bool,
    /// The program to run instead of the case file itself, relative to the case's
    /// directory: a case can run a file kept elsewhere (an example) without a copy of it.
    source: Option<String>,
}

/// What a process produced, normalised.
#[derive(Default)]
struct Output {
    stdout: String,
    stderr: String,
    status: i32,
}

impl Case {
    fn new(golden_dir: &Path, path: PathBuf) -> Case {
        let relative = path.strip_prefix(golden_dir).unwrap_or(&path);
        let name = relative.with_extension("").to_string_lossy().into_owned();
        let dir = path.parent().unwrap_or(golden_dir).to_path_buf();
        let header = std::fs::read(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))
            .and_then(|bytes| Header::parse(&String::from_utf8_lossy(&bytes)));
        Case {
            name,
            path,
            dir,
            header,
        }
    }

    fn file_name(&self) -> String {
        file_name(&self.path)
    }

    /// The file refpy and CPython run: the `source` header's, or the case file.
    fn program(&self) -> String {
        match &self.header {
            Ok(Header {
                source: Some(source),
                ..
            }) => source.clone(),
            _ => self.file_name(),
        }
    }

    fn expected_path(&self, extension: &str) -> PathBuf {
        self.path.with_extension(extension)
    }

    fn expected(&self) -> Result<Output, String> {
        let read = |ext: &str| std::fs::read(self.expected_path(ext)).ok();
        let stdout = read("stdout").ok_or_else(|| {
            format!(
                "{} has no expected output ({} is missing); bless it with:\n    {}",
                self.name,
                self.expected_path("stdout").display(),
                self.bless_command()
            )
        })?;
        let stderr = read("stderr").unwrap_or_default();
        let status = match read("status") {
            None => 0,
            Some(bytes) => String::from_utf8_lossy(&bytes)
                .trim()
                .parse()
                .map_err(|_| format!("{}: .status must hold an integer", self.name))?,
        };
        Ok(Output {
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            status,
        })
    }

    /// Whether the committed expectation is a syntax error (the file is not valid Python).
    fn expects_syntax_error(&self) -> bool {
        self.expected()
            .is_ok_and(|e| e.status != 0 && is_syntax_error_report(&e.stderr))
    }

    fn bless_command(&self) -> String {
        format!(
            "REFPY_BLESS=1 REFPY_GOLDEN={} cargo test --test golden",
            self.name
        )
    }

    fn normalize(&self, text: &[u8], stdlib: Option<&str>) -> String {
        normalize(&String::from_utf8_lossy(text), &self.dir, stdlib)
    }
}

impl Header {
    fn parse(text: &str) -> Result<Header, String> {
        let mut header = Header::default();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if !line.starts_with('#') {
                break;
            }
            let Some(directive) = line.strip_prefix("# refpy:") else {
                continue;
            };
            let directive = directive.trim();
            let (word, rest) = directive
                .split_once(char::is_whitespace)
                .map_or((directive, ""), |(w, r)| (w, r.trim()));
            let words = || rest.split_whitespace().map(str::to_owned).collect();
            match word {
                "args" => header.args = words(),
                "cpython-wrap" => header.cpython_wrap = words(),
                "xfail" if !rest.is_empty() => header.xfail = Some(rest.to_owned()),
                "xfail" => return Err("`# refpy: xfail` needs a reason".into()),
                "leaks" if !rest.is_empty() => header.leaks = Some(rest.to_owned()),
                "leaks" => return Err("`# refpy: leaks` needs a reason".into()),
                "stdout-status-only" => header.stdout_status_only = true,
                "stdout-only" => header.stdout_only = true,
                "source" if !rest.is_empty() => header.source = Some(rest.to_owned()),
                "source" => return Err("`# refpy: source` needs a path".into()),
                _ => {
                    return Err(format!(
                        "unknown directive `# refpy: {directive}` (known: args, cpython-wrap, \
                         xfail, leaks, stdout-status-only, stdout-only, source)"
                    ))
                }
            }
        }
        Ok(header)
    }
}

/// Runs one case under refpy and compares.
fn run_case(case: &Case) -> Result<Completion, Failed> {
    let header = case
        .header
        .as_ref()
        .map_err(|e| format!("{}: {e}", case.name))?;
    let expected = case.expected()?;
    let mut command = Command::new(REFPY);
    command
        .args(&header.args)
        .arg(case.program())
        .current_dir(&case.dir);
    let shown = format!(
        "cd {} && refpy {}",
        case.dir.display(),
        header
            .args
            .iter()
            .cloned()
            .chain([case.program()])
            .collect::<Vec<_>>()
            .join(" ")
    );
    let raw = run(&mut command, TIMEOUT).map_err(|e| format!("{shown}: {e}"))?;
    let actual = Output {
        stdout: case.normalize(&raw.stdout, None),
        stderr: case.normalize(&raw.stderr, None),
        status: raw.status,
    };
    if actual.stdout.contains("panicked at") || actual.stderr.contains("panicked at") {
        return Err(format!("{shown}: refpy panicked:\n{}", actual.stderr).into());
    }

    let mut report = String::new();
    report.push_str(&diff("stdout", &expected.stdout, &actual.stdout));
    if !header.stdout_status_only && !header.stdout_only {
        report.push_str(&diff("stderr", &expected.stderr, &actual.stderr));
    }
    if expected.status != actual.status && !header.stdout_only {
        report.push_str(&format!(
            "exit status: expected {}, got {}\n",
            expected.status, actual.status
        ));
    }
    match (&header.xfail, report.is_empty()) {
        (None, true) | (Some(_), false) => Ok(Completion::Completed),
        (None, false) => Err(format!(
            "{} differs from CPython (ran `{shown}`):\n{report}\
             To accept CPython's current output for this case (after changing the case), run:\n    {}",
            case.name,
            case.bless_command()
        )
        .into()),
        (Some(reason), true) => Err(format!(
            "{} passes now but is marked `# refpy: xfail {reason}`: remove that line from {} \
             (and the entry in docs/divergences.md)",
            case.name,
            case.path.display()
        )
        .into()),
    }
}

/// Runs one case with `refpy --stats` and checks that no heap object outlives shutdown.
/// Cases that end by a signal (no report) or with a syntax error (nothing ran) are skipped.
fn check_leaks(case: &Case) -> Result<(), Failed> {
    let header = case
        .header
        .as_ref()
        .map_err(|e| format!("{}: {e}", case.name))?;
    let mut command = Command::new(REFPY);
    command
        .arg("--stats")
        .args(&header.args)
        .arg(case.program())
        .current_dir(&case.dir);
    let raw = run(&mut command, TIMEOUT).map_err(|e| format!("{}: {e}", case.name))?;
    let stderr = String::from_utf8_lossy(&raw.stderr);
    let Some(report) = stderr
        .lines()
        .rev()
        .find(|l| l.starts_with("refpy --stats: "))
    else {
        if raw.status >= 128 || case.expects_syntax_error() {
            return Ok(());
        }
        return Err(format!("{}: no --stats report on stderr:\n{stderr}", case.name).into());
    };
    let clean = report == "refpy --stats: 0 live objects after shutdown";
    match (&header.leaks, clean) {
        (None, true) => Ok(()),
        (None, false) => Err(format!("{}: {report}", case.name).into()),
        (Some(_), false) => Ok(()),
        (Some(reason), true) => Err(format!(
            "{}: marked `# refpy: leaks {reason}` but no longer leaks: remove the header",
            case.name
        )
        .into()),
    }
}

/// `refpy --check` on one valid file: exit 0, no output.
fn check_file(path: &Path, tolerated: bool) -> Result<(), Failed> {
    let dir = path.parent().unwrap_or(Path::new(ROOT));
    let mut command = Command::new(REFPY);
    command.arg("--check").arg(path).current_dir(dir);
    let shown = format!("refpy --check {}", path.display());
    let out = run(&mut command, TIMEOUT).map_err(|e| format!("{shown}: {e}"))?;
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let failed = out.status != 0 || !out.stdout.is_empty() || !out.stderr.is_empty();
    let panicked = text(&out.stderr).contains("panicked at");
    if failed && (panicked || !tolerated) {
        return Err(format!(
            "`{shown}` should exit 0 silently; it exited {} with\n--- stdout\n{}--- stderr\n{}",
            out.status,
            text(&out.stdout),
            text(&out.stderr)
        )
        .into());
    }
    Ok(())
}

/// The interpreter that produces expected files.
struct CPython {
    program: OsString,
    version: String,
    stdlib: String,
}

impl CPython {
    /// Finds the interpreter and refuses anything but CPython 3.11.
    fn detect() -> Result<CPython, String> {
        let program = std::env::var_os("REFPY_CPYTHON").unwrap_or_else(|| "python3".into());
        let shown = program.to_string_lossy().into_owned();
        let mut command = Command::new(&program);
        cpython_env(&mut command).args([
            "-X",
            "utf8",
            "-s",
            "-c",
            "import sys, sysconfig\n\
             print(sys.implementation.name)\n\
             print('%d.%d.%d' % sys.version_info[:3])\n\
             print(sysconfig.get_paths()['stdlib'])",
        ]);
        let out = run(&mut command, BLESS_TIMEOUT)
            .map_err(|e| format!("refusing to bless: cannot run {shown}: {e}"))?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut lines = stdout.lines();
        let (name, version, stdlib) = (lines.next(), lines.next(), lines.next());
        match (name, version, stdlib) {
            (Some("cpython"), Some(version), Some(stdlib))
                if out.status == 0 && version.starts_with("3.11.") =>
            {
                Ok(CPython {
                    program,
                    version: version.to_owned(),
                    stdlib: stdlib.to_owned(),
                })
            }
            _ => Err(format!(
                "refusing to bless: {shown} must be CPython 3.11.x, but it reported {:?} \
                 (exit status {}); set REFPY_CPYTHON to a CPython 3.11 interpreter",
                stdout.trim(),
                out.status
            )),
        }
    }
}

/// Reruns a case under CPython and rewrites its expected files.
fn bless_case(case: &Case, cpython: &CPython) -> Result<(), Failed> {
    let header = case
        .header
        .as_ref()
        .map_err(|e| format!("{}: {e}", case.name))?;
    let (program, prefix) = match header.cpython_wrap.split_first() {
        Some((first, rest)) => (OsString::from(first), rest.to_vec()),
        None => (cpython.program.clone(), Vec::new()),
    };
    let mut command = Command::new(program);
    command.args(prefix);
    if !header.cpython_wrap.is_empty() {
        command.arg(&cpython.program);
    }
    cpython_env(&mut command)
        .args(["-X", "utf8", "-s"])
        .arg(case.program())
        .current_dir(&case.dir);
    let out = run(&mut command, BLESS_TIMEOUT)
        .map_err(|e| format!("{}: running CPython: {e}", case.name))?;
    let stdlib = Some(cpython.stdlib.as_str());
    write_expected(
        &case.expected_path("stdout"),
        &case.normalize(&out.stdout, stdlib),
        true,
    )?;
    write_expected(
        &case.expected_path("stderr"),
        &case.normalize(&out.stderr, stdlib),
        false,
    )?;
    let status = if out.status == 0 {
        String::new()
    } else {
        format!("{}\n", out.status)
    };
    write_expected(&case.expected_path("status"), &status, false)?;
    Ok(())
}

/// Writes an expected file, or removes it when it would be empty and is optional.
fn write_expected(path: &Path, text: &str, always: bool) -> Result<(), Failed> {
    let result = if text.is_empty() && !always {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    } else {
        std::fs::write(path, text)
    };
    result.map_err(|e| format!("cannot write {}: {e}", path.display()).into())
}

/// CPython's environment for blessing: PYTHONHASHSEED=0 and no other PYTHON* variable (not
/// `-E`, which would ignore PYTHONHASHSEED too).
fn cpython_env(command: &mut Command) -> &mut Command {
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            command.env_remove(key);
        }
    }
    command.env("PYTHONHASHSEED", "0")
}

/// What a finished process produced, before normalisation.
struct RawOutput {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// The exit code, or 128 + N for a death by signal N.
    status: i32,
}

/// Runs `command` with empty stdin, collecting its output; kills it after `timeout`.
fn run(command: &mut Command, timeout: Duration) -> Result<RawOutput, String> {
    use std::os::unix::process::ExitStatusExt;
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = reader(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = reader(child.stderr.take().map(|p| Box::new(p) as _));
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "timed out: killed after {} s",
                    timeout.as_secs_f64()
                ));
            }
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => return Err(format!("cannot wait: {e}")),
        }
    };
    let status = status
        .code()
        .or_else(|| status.signal().map(|signal| 128 + signal))
        .unwrap_or(-1);
    Ok(RawOutput {
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        status,
    })
}

/// The normalisation rules at the top of this file.
fn normalize(text: &str, case_dir: &Path, stdlib: Option<&str>) -> String {
    let mut text = text.replace(&format!("{}/", case_dir.display()), "");
    if let Some(stdlib) = stdlib {
        text = text.replace(&format!("{stdlib}/"), "<stdlib>/");
    }
    mask_addresses(&text)
}

/// Rule 3: `0x[0-9a-f]+` becomes `0xADDR`.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        let after = &rest[at + 2..];
        let digits = after
            .bytes()
            .take_while(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
            .count();
        out.push_str(&rest[..at + 2]);
        if digits > 0 {
            out.push_str("ADDR");
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// A unified diff of one stream, or nothing when equal.
fn diff(stream: &str, expected: &str, actual: &str) -> String {
    if expected == actual {
        return String::new();
    }
    let diff = similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("{stream} expected (CPython)"),
            &format!("{stream} actual (refpy)"),
        )
        .to_string();
    format!("{diff}\n")
}

/// Every `.py` file under `dir`, sorted; an absent directory has none.
fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
