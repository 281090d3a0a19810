//! The command line: parses the flags (clap), reads the program from a file, `-c` or stdin,
//! runs the front end on a thread with a large stack and turns the outcome into stderr text
//! and an exit status. Messages about the command line itself mirror python3's, with refpy's
//! name. Running a program goes through `run_program`, the one place the evaluator plugs in.

use clap::Parser;
use refpy::{FrontEndError, Program};
use std::ffi::{OsStr, OsString};
use std::io::{IsTerminal, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::ExitCode;

/// Stack for the thread that runs the front end (and later the evaluator). The OS commits
/// pages lazily, so deeply nested but legal input costs memory only when it is that deep.
const STACK_SIZE: usize = 1 << 30;

#[derive(Parser, Debug)]
#[command(
    name = "refpy",
    version = concat!(env!("CARGO_PKG_VERSION"), " (Python 3.11 subset)"),
    about = "Runs a Python 3.11 subset and prints exactly what CPython prints, object lifetimes included",
    override_usage = "refpy [OPTIONS] FILE [ARGS]...\n       refpy [OPTIONS] -c CODE [ARGS]...\n       \
                      refpy [OPTIONS] - [ARGS]...",
    after_help = "Options go before FILE, `-c CODE` or `-`; every argument after those belongs to \
                  the program (sys.argv), as with python3."
)]
struct Cli {
    /// Program passed in as a string, as with `python3 -c`
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<OsString>,

    /// Parse and resolve only: print nothing and exit 0 when the program is valid
    #[arg(long, group = "mode")]
    check: bool,

    /// Print the resolved syntax tree (Rust Debug format) instead of running the program
    #[arg(long, group = "mode")]
    dump_ast: bool,

    /// Print the token stream (after layout) instead of running the program
    #[arg(long, group = "mode")]
    dump_tokens: bool,

    /// Render syntax errors with source labels (miette) instead of CPython's format
    #[arg(long)]
    pretty_errors: bool,

    /// Deliver SIGINT (KeyboardInterrupt) to the program after SECONDS, as
    /// `timeout -s INT SECONDS python3 prog.py` does (on the virtual clock with --virtual-time)
    #[arg(long, value_name = "SECONDS")]
    interrupt_after: Option<f64>,

    /// Run on a virtual clock: sleeping and the event loop's waits move the clock (time.time,
    /// time.monotonic) instead of waiting, so timers fire at once, in the same order
    #[arg(long)]
    virtual_time: bool,

    /// End the program (status 0, after the normal shutdown) when an event loop would wait
    /// forever with nothing scheduled
    #[arg(long)]
    until_idle: bool,

    /// Program file, or `-` to read the program from standard input (the default when stdin
    /// is not a terminal)
    #[arg(value_name = "FILE")]
    file: Option<OsString>,

    /// Arguments for the program (sys.argv[1:])
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<OsString>,
}

/// What the front end stage should do with the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Run,
    Check,
    DumpAst,
    DumpTokens,
}

/// Where the program text comes from.
enum Input {
    /// A script path as given on the command line.
    File(OsString),
    Code(OsString),
    Stdin,
}

/// Everything the worker thread needs; plain data, so it can cross the thread boundary.
struct Job {
    mode: Mode,
    pretty_errors: bool,
    /// The name tracebacks and syntax errors print: absolute path, `<string>` or `<stdin>`.
    display_path: String,
    bytes: Vec<u8>,
    /// sys.argv for the program.
    argv: Vec<OsString>,
}

/// Runs refpy with the process's arguments and returns the exit status.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse_from(split_program_args(std::env::args_os().collect())) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let interrupt_after = cli.interrupt_after.filter(|s| s.is_finite() && *s >= 0.0);
    let (virtual_time, until_idle) = (cli.virtual_time, cli.until_idle);
    let job = match prepare(cli) {
        Ok(job) => job,
        Err(status) => return status,
    };
    refpy::modules::time::configure(virtual_time, until_idle, interrupt_after);
    if let Some(seconds) = interrupt_after.filter(|_| !virtual_time) {
        refpy::runtime::signals::interrupt_after(std::time::Duration::from_secs_f64(seconds));
    }
    let worker = std::thread::Builder::new()
        .name("refpy".into())
        .stack_size(STACK_SIZE)
        .spawn(move || execute(job));
    match worker {
        Ok(handle) => handle.join().unwrap_or(ExitCode::from(101)),
        Err(e) => fail(
            2,
            &format!("refpy: cannot start the interpreter thread: {e}"),
        ),
    }
}

/// Makes python3's rule explicit for clap: options end at the script name or at `-c CODE`;
/// everything after belongs to the program, even if it looks like a refpy option. This
/// inserts `--` at that point.
/// refpy's options that take a separate value.
const OPTIONS_WITH_VALUE: &[&[u8]] = &[b"--interrupt-after"];

fn split_program_args(mut argv: Vec<OsString>) -> Vec<OsString> {
    let mut i = 1;
    while i < argv.len() {
        let arg = argv[i].as_bytes();
        if arg == b"--" {
            break;
        }
        if arg == b"-c" {
            // The code itself is the next argument; the program's arguments follow it.
            if i + 2 <= argv.len() {
                argv.insert(i + 2, "--".into());
            }
            break;
        }
        if OPTIONS_WITH_VALUE.contains(&arg) {
            // `--interrupt-after SECONDS`: the value is not the script.
            i += 2;
            continue;
        }
        if arg.starts_with(b"-c") || arg.len() < 2 || arg[0] != b'-' {
            // `-cCODE`, `-`, or the script name: the program's part starts after (or at) it.
            let at = if arg.starts_with(b"-c") { i + 1 } else { i };
            argv.insert(at, "--".into());
            break;
        }
        i += 1;
    }
    argv
}

/// Reads the program and works out its display name, printing python3's messages for what
/// cannot be opened.
fn prepare(cli: Cli) -> Result<Job, ExitCode> {
    let mode = if cli.check {
        Mode::Check
    } else if cli.dump_ast {
        Mode::DumpAst
    } else if cli.dump_tokens {
        Mode::DumpTokens
    } else {
        Mode::Run
    };
    let (input, mut argv) = match (cli.command, cli.file) {
        (Some(code), file) => {
            let argv = std::iter::once(OsString::from("-c"))
                .chain(file)
                .chain(cli.args)
                .collect();
            (Input::Code(code), argv)
        }
        (None, Some(file)) if file == "-" => {
            let argv = std::iter::once(file).chain(cli.args).collect();
            (Input::Stdin, argv)
        }
        (None, Some(file)) => {
            let argv = std::iter::once(file.clone()).chain(cli.args).collect();
            (Input::File(file), argv)
        }
        (None, None) => {
            if std::io::stdin().is_terminal() {
                return Err(ExitCode::from(refpy::repl::run()));
            }
            (Input::Stdin, vec![OsString::new()])
        }
    };
    let (display_path, bytes) = match input {
        Input::File(path) => read_script(&path)?,
        Input::Code(code) => ("<string>".to_string(), code_bytes(&code)?),
        Input::Stdin => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                return Err(fail(
                    2,
                    &format!("refpy: can't read <stdin>: {}", errno_text(&e)),
                ));
            }
            ("<stdin>".to_string(), bytes)
        }
    };
    if argv.is_empty() {
        argv.push(OsString::new());
    }
    Ok(Job {
        mode,
        pretty_errors: cli.pretty_errors,
        display_path,
        bytes,
        argv,
    })
}

/// Reads a script file. CPython 3.11 makes a relative script path absolute by joining it to
/// the working directory without normalising it (`./x.py` stays `/cwd/./x.py`), and prints
/// that path both in tracebacks and in its "can't open file" message.
fn read_script(path: &OsStr) -> Result<(String, Vec<u8>), ExitCode> {
    let given = Path::new(path);
    let absolute = if given.is_absolute() {
        given.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(cwd) => cwd.join(given),
            Err(_) => given.to_path_buf(),
        }
    };
    let shown = absolute.to_string_lossy().into_owned();
    if absolute.is_dir() {
        // CPython runs `__main__.py` from a directory; refpy does not.
        let message = if absolute.join("__main__.py").exists() {
            format!(
                "refpy: can't run directory {}: not supported by refpy",
                refpy::types::str::str_repr(&shown)
            )
        } else {
            format!(
                "refpy: can't find '__main__' module in {}",
                refpy::types::str::str_repr(&shown)
            )
        };
        return Err(fail(1, &message));
    }
    match std::fs::read(given) {
        Ok(bytes) => Ok((shown, bytes)),
        Err(e) => Err(fail(
            2,
            &format!(
                "refpy: can't open file {}: {}",
                refpy::types::str::str_repr(&shown),
                errno_text(&e)
            ),
        )),
    }
}

/// The bytes of a `-c` argument. CPython refuses arguments that are not valid UTF-8 with the
/// two lines below (the bad byte appears as a surrogate escape, counted in characters).
fn code_bytes(code: &OsStr) -> Result<Vec<u8>, ExitCode> {
    let bytes = code.as_bytes();
    if let Err(e) = std::str::from_utf8(bytes) {
        let at = e.valid_up_to();
        let position = String::from_utf8_lossy(&bytes[..at]).chars().count();
        return Err(fail(
            1,
            &format!(
                "Unable to decode the command from the command line:\n\
                 UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc{:02x}' in \
                 position {position}: surrogates not allowed",
                bytes[at]
            ),
        ));
    }
    Ok(bytes.to_vec())
}

/// The worker thread's body: the front end, then whatever the mode asks for.
fn execute(job: Job) -> ExitCode {
    let report = |e: FrontEndError| {
        let text = if job.pretty_errors {
            e.render_pretty()
        } else {
            e.render_cpython()
        };
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
        ExitCode::from(1)
    };
    match job.mode {
        Mode::DumpTokens => {
            let source = match refpy::load_source(&job.display_path, &job.bytes) {
                Ok(source) => source,
                Err(e) => return report(e),
            };
            match refpy::syntax::tokenize(&source.text) {
                Ok(tokens) => {
                    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                    for (span, tok) in tokens {
                        let (l1, c1) = (
                            source.line_of(span.start as usize),
                            source.column_of(span.start as usize),
                        );
                        let (l2, c2) = (
                            source.line_of(span.end as usize),
                            source.column_of(span.end as usize),
                        );
                        if writeln!(out, "{l1}:{c1}-{l2}:{c2} {tok:?}").is_err() {
                            break;
                        }
                    }
                    let _ = out.flush();
                    ExitCode::SUCCESS
                }
                Err(error) => report(FrontEndError { error, source }),
            }
        }
        mode => match refpy::check_source(&job.display_path, &job.bytes) {
            Err(e) => report(e),
            Ok(_) if mode == Mode::Check => ExitCode::SUCCESS,
            Ok(program) if mode == Mode::DumpAst => {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{:#?}", program.module);
                let _ = out.flush();
                ExitCode::SUCCESS
            }
            Ok(program) => run_program(program, job.argv),
        },
    }
}

/// Runs a program that passed the front end, with `argv` as sys.argv.
fn run_program(program: Program, argv: Vec<OsString>) -> ExitCode {
    refpy::runtime::stack::set_budget(STACK_SIZE - (1 << 20));
    let argv = argv
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    ExitCode::from(refpy::run_program(program, argv))
}

/// Prints `message` and a newline to stderr and returns `status`.
fn fail(status: u8, message: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr().lock(), "{message}");
    ExitCode::from(status)
}

/// `[Errno 2] No such file or directory`, as CPython formats an OSError.
fn errno_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(code) => {
            let suffix = format!(" (os error {code})");
            format!(
                "[Errno {code}] {}",
                text.strip_suffix(&suffix).unwrap_or(&text)
            )
        }
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(args: &[&str]) -> Vec<String> {
        split_program_args(args.iter().map(OsString::from).collect())
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    #[test]
    fn program_arguments_are_split_off() {
        assert_eq!(
            split(&["refpy", "--check", "x.py", "--check"]),
            ["refpy", "--check", "--", "x.py", "--check"]
        );
        assert_eq!(
            split(&["refpy", "-c", "pass", "--check"]),
            ["refpy", "-c", "pass", "--", "--check"]
        );
        assert_eq!(
            split(&["refpy", "-cpass", "a"]),
            ["refpy", "-cpass", "--", "a"]
        );
        assert_eq!(split(&["refpy", "-", "-x"]), ["refpy", "--", "-", "-x"]);
        assert_eq!(split(&["refpy", "--", "x.py"]), ["refpy", "--", "x.py"]);
    }

    #[test]
    fn repr_quotes_like_python() {
        assert_eq!(refpy::types::str::str_repr("/a/b.py"), "'/a/b.py'");
        assert_eq!(refpy::types::str::str_repr("it's"), "\"it's\"");
        assert_eq!(refpy::types::str::str_repr("a'\"b"), "'a\\'\"b'");
    }
}
