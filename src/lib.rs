//! refpy: a Python 3.11 subset interpreter whose output, object lifetimes included, is exactly
//! CPython's. See src/README.md for a map of the modules. The functions here are the public
//! entry points: they run the front end (decode, parse, resolve) on a program's bytes.

pub mod builtins;
pub mod location;
pub mod modules;
pub mod object;
pub mod repl;
pub mod resolve;
pub mod runtime;
pub mod source;
pub mod syntax;
pub mod types;

use source::SourceFile;
use std::rc::Rc;
use syntax::ast;
use syntax::error::SyntaxError;

/// A program that passed the front end: its source and its resolved syntax tree.
#[derive(Debug)]
pub struct Program {
    pub source: Rc<SourceFile>,
    pub module: ast::Module,
}

/// An error found before execution, with the source it refers to (for rendering).
#[derive(Debug)]
pub struct FrontEndError {
    pub error: SyntaxError,
    pub source: Rc<SourceFile>,
}

impl FrontEndError {
    /// The error as CPython 3.11 prints it to stderr, ending with a newline.
    pub fn render_cpython(&self) -> String {
        self.error.render_cpython(&self.source, &self.source.name)
    }

    /// The error rendered by miette (`--pretty-errors`).
    pub fn render_pretty(&self) -> String {
        self.error.render_pretty(&self.source, &self.source.name)
    }
}

/// Decodes a program's bytes into a `SourceFile` named `display_path` (the name tracebacks
/// and syntax errors print: an absolute path, `<string>` or `<stdin>`).
pub fn load_source(display_path: &str, bytes: &[u8]) -> Result<Rc<SourceFile>, FrontEndError> {
    match syntax::encoding::decode_source(bytes, display_path) {
        Ok(text) => Ok(SourceFile::new(display_path, text)),
        Err(error) => Err(FrontEndError {
            error,
            // Keep what can be shown, so the error can still quote its line.
            source: SourceFile::new(display_path, String::from_utf8_lossy(bytes)),
        }),
    }
}

/// Runs the whole front end: decode, parse, resolve. On success the tree is ready to run.
pub fn check_source(display_path: &str, bytes: &[u8]) -> Result<Program, FrontEndError> {
    let source = load_source(display_path, bytes)?;
    let fail = |error| FrontEndError {
        error,
        source: source.clone(),
    };
    let mut module = syntax::parse_module(&source).map_err(fail)?;
    resolve::resolve_module(&mut module, &source).map_err(fail)?;
    Ok(Program { source, module })
}

/// Runs a program that passed the front end as `__main__` and returns the exit status,
/// printing an uncaught exception as CPython does. The syntax tree is kept for the life of
/// the process, as CPython keeps code objects.
/// Keeps a parsed module for the rest of the process: code objects refer into its tree.
/// The address is also recorded, so that leak checkers see the tree as still reachable
/// rather than lost.
pub fn keep_module(module: ast::Module) -> &'static ast::Module {
    static KEPT: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());
    let module: &'static ast::Module = Box::leak(Box::new(module));
    if let Ok(mut kept) = KEPT.lock() {
        kept.push(module as *const ast::Module as usize);
    }
    module
}

pub fn run_program(program: Program, argv: Vec<String>) -> u8 {
    let module = keep_module(program.module);
    let script_dir = std::path::Path::new(&program.source.name)
        .parent()
        .map(std::path::Path::to_path_buf)
        .filter(|_| !program.source.name.starts_with('<'));
    let argv = argv.into_iter().map(|a| a.into()).collect();
    runtime::stack::set_default_budget(7 << 20);
    runtime::signals::install();
    let interp = runtime::interp::Interp::enter(argv, script_dir);
    let (status, interrupted) = match interp.run_main(module, program.source) {
        Ok(()) => (0, false),
        Err(err) => {
            let exc = object::Value::Obj(err.exc.clone());
            let interrupted = interp.isinstance(&exc, &interp.exc.keyboard_interrupt);
            (exit_status_of(&interp, err), interrupted)
        }
    };
    interp.teardown();
    interp.leave();
    drop(interp);
    release_leftovers();
    if interrupted {
        runtime::signals::die_by_sigint();
    }
    status
}

/// After the interpreter is gone: frees what CPython never frees (`gc.garbage`, frozen
/// objects) and the cycles among the built-in classes, silently (no Python code can run
/// any more), so that the count of live objects reaches 0.
fn release_leftovers() {
    modules::gc::release_module_lists();
    object::gc::unfreeze();
    object::gc::collect(2);
    object::free_list::release_all();
    types::frame_pool::release_all();
}

/// The exit status for an uncaught exception, after printing it (SystemExit prints only its
/// message, and only when it is not an int).
fn exit_status_of(interp: &runtime::interp::Interp, err: runtime::PyErr) -> u8 {
    use object::Value;
    let exc = Value::Obj(err.exc.clone());
    if interp.isinstance(&exc, &interp.exc.system_exit) {
        // `code` is the single argument, or the argument tuple when there are several.
        let mut args = interp.exception_args(&err.exc);
        let code = match args.len() {
            0 => Value::None,
            1 => args.pop().unwrap_or(Value::None),
            _ => interp.new_tuple(args),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as u8,
            Value::Bool(b) => b as u8,
            // An int too large for a C long: PyLong_AsLong fails and the status is -1.
            other if runtime::ops::to_big(&other).is_some() => {
                use num_traits::ToPrimitive;
                let n = runtime::ops::to_big(&other).unwrap_or_default();
                n.to_i64().map_or(255, |i| i as u8)
            }
            other => {
                let text = interp.str(&other).unwrap_or_default();
                interp.write_stderr(&format!("{text}\n"));
                1
            }
        };
    }
    runtime::traceback::print_uncaught(interp, &err.exc);
    interp.set_last_exception(&err.exc);
    *interp.last_exc.borrow_mut() = Some(err.exc);
    1
}
