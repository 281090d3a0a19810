//! Built-in modules, one file each under `modules/`. `import` asks `builtin_module` first,
//! then looks for a `.py` file next to the main script (`runtime/import.rs`).

pub mod asyncio_steps;
pub mod atexit;
pub mod gc;
pub mod math;
pub mod operator;
pub mod random;
pub mod sys;
pub mod time;
pub mod types;
pub mod weakref;

use crate::builtins::set;
use crate::object::{ObjRef, Payload};
use crate::runtime::interp::{new_module, Interp};

/// The source of a standard module that refpy writes in Python, run by `import` like a
/// `.py` file (tracebacks show it as `<stdlib>/NAME.py`, as the golden harness prints
/// CPython's standard library).
pub fn python_module(name: &str) -> Option<&'static str> {
    Some(match name {
        "functools" => include_str!("modules/python/functools.py"),
        "heapq" => include_str!("modules/python/heapq.py"),
        "asyncio" => include_str!("modules/python/asyncio.py"),
        "contextlib" => include_str!("modules/python/contextlib.py"),
        "operator" => include_str!("modules/python/operator.py"),
        "_sysinfo" => include_str!("modules/python/_sysinfo.py"),
        "abc" => include_str!("modules/python/abc.py"),
        "itertools" => include_str!("modules/python/itertools.py"),
        "collections" => include_str!("modules/python/collections.py"),
        "platform" => include_str!("modules/python/platform.py"),
        "traceback" => include_str!("modules/python/traceback.py"),
        "enum" => include_str!("modules/python/enum.py"),
        "dataclasses" => include_str!("modules/python/dataclasses.py"),
        "_dataclass_methods" => include_str!("modules/python/_dataclass_methods.py"),
        "random" => include_str!("modules/python/random.py"),
        "weakref" => include_str!("modules/python/weakref.py"),
        "_weakrefset" => include_str!("modules/python/_weakrefset.py"),
        "types" => include_str!("modules/python/types.py"),
        "_namespace" => include_str!("modules/python/_namespace.py"),
        _ => return None,
    })
}

/// Where modules that CPython writes in C, and refpy in Python, say their code lives.
/// Tracebacks leave out frames from these files, as CPython's have no frames for C code.
pub const NATIVE_FILE_PREFIX: &str = "<native>/";

/// Whether refpy's Python module `name` stands for a C module of CPython (its frames are
/// hidden from tracebacks); the others stand for CPython's own Python modules.
pub fn is_native_python_module(name: &str) -> bool {
    matches!(
        name,
        "functools"
            | "heapq"
            | "operator"
            | "itertools"
            | "collections"
            | "random"
            | "_sysinfo"
            | "abc"
            | "_dataclass_methods"
            | "_namespace"
    )
}

/// A built-in module by name, or `None` when refpy does not provide it.
pub fn builtin_module(interp: &Interp, name: &str) -> Option<ObjRef> {
    match name {
        "builtins" => Some(new_module(name, interp.builtins.clone())),
        "sys" => {
            let m = sys::module(interp);
            // The struct-like values (version_info, implementation) are Python classes,
            // made by `_sysinfo` the first time a program imports sys.
            if let Payload::Module(module) = m.payload() {
                if let Payload::Dict(d) = module.dict.payload() {
                    if d.get_str("version_info").is_none() {
                        interp.add_module(name, &m);
                        if let Err(e) = interp.import("_sysinfo") {
                            crate::runtime::traceback::print_uncaught(interp, &e.exc);
                        }
                    }
                }
            }
            Some(m)
        }
        _ => {
            let install: fn(&Interp, &ObjRef) = match name {
                "atexit" => atexit::install,
                "gc" => gc::install,
                "_weakref" => weakref::install,
                "time" => time::install,
                "math" => math::install,
                "_operator" => operator::install,
                "_random" => random::install,
                "_refpy" => install_refpy,
                "_types" => types::install,
                _ => return None,
            };
            let dict = interp.new_dict();
            set(interp, &dict, "__name__", interp.new_str(name));
            install(interp, &dict);
            Some(new_module(name, dict))
        }
    }
}

/// Whether `name` is a module of CPython 3.11's standard library (`sys.stdlib_module_names`):
/// importing one refpy lacks says it is not supported; any other name is simply missing.
pub fn is_stdlib_module(name: &str) -> bool {
    let top = name.split('.').next().unwrap_or(name);
    STDLIB_MODULE_NAMES.binary_search(&top).is_ok()
}

/// `sys.stdlib_module_names` of CPython 3.11, sorted.
const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bootsubprocess",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydecimal",
    "_pyio",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha256",
    "_sha3",
    "_sha512",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

/// `_refpy`: hooks refpy's own Python modules need.
fn install_refpy(interp: &Interp, dict: &ObjRef) {
    crate::builtins::define(interp, dict, "print_exception", refpy_print_exception);
    crate::builtins::define(interp, dict, "format_exception", refpy_format_exception);
    crate::builtins::define(interp, dict, "drop_frames", refpy_drop_frames);
    crate::builtins::define(interp, dict, "wait_forever", refpy_wait_forever);
    crate::builtins::define(interp, dict, "task_step", asyncio_steps::task_step);
    crate::builtins::define(interp, dict, "run_handles", asyncio_steps::run_handles);
    crate::builtins::define(interp, dict, "bare_yield", asyncio_steps::bare_yield);
}

/// `_refpy.wait_forever()`: the event loop's wait with nothing scheduled (see `time`).
fn refpy_wait_forever(
    interp: &Interp,
    _: crate::types::function::Args,
) -> crate::runtime::PyResult<crate::object::Value> {
    time::wait_forever(interp)?;
    Ok(crate::object::Value::None)
}

/// `_refpy.drop_frames(exc, filename)`: removes the entries of frames running code from
/// `filename` from the exception's traceback. refpy's asyncio uses it for the frames that
/// CPython's C futures and tasks do not have.
fn refpy_drop_frames(
    _: &Interp,
    args: crate::types::function::Args,
) -> crate::runtime::PyResult<crate::object::Value> {
    use crate::object::{Payload, Value};
    let (Some(Value::Obj(exc)), Some(Value::Obj(name))) = (args.pos.first(), args.pos.get(1))
    else {
        return Ok(Value::None);
    };
    let (Payload::Instance(i), Payload::Str(name)) = (exc.payload(), name.payload()) else {
        return Ok(Value::None);
    };
    let Some(state) = &i.exc else {
        return Ok(Value::None);
    };
    let in_file = |tb: &ObjRef| match tb.payload() {
        Payload::Traceback(t) => match t.frame.payload() {
            Payload::Frame(f) => f.code.file.name == *name.text,
            _ => false,
        },
        _ => false,
    };
    let next_of = |tb: &ObjRef| match tb.payload() {
        Payload::Traceback(t) => t.next.borrow().clone(),
        _ => None,
    };
    // The head: skip leading entries of the file.
    let mut head = state.borrow().traceback.clone();
    while let Some(tb) = head.clone().filter(|tb| in_file(tb)) {
        head = next_of(&tb);
    }
    let old = std::mem::replace(&mut state.borrow_mut().traceback, head.clone());
    // Inner entries: unlink each entry of the file from its predecessor.
    let mut cursor = head;
    while let Some(tb) = cursor {
        let Payload::Traceback(t) = tb.payload() else {
            break;
        };
        let mut next = t.next.borrow().clone();
        while let Some(n) = next.clone().filter(|n| in_file(n)) {
            next = next_of(&n);
        }
        let removed = std::mem::replace(&mut *t.next.borrow_mut(), next.clone());
        drop(removed);
        cursor = next;
    }
    drop(old);
    Ok(Value::None)
}

/// `_refpy.format_exception(exc, chain)`: the report `traceback.format_exception` joins,
/// with the chained exceptions when `chain` is true.
fn refpy_format_exception(
    interp: &Interp,
    args: crate::types::function::Args,
) -> crate::runtime::PyResult<crate::object::Value> {
    use crate::object::{Payload, Value};
    let Some(Value::Obj(exc)) = args.pos.first() else {
        return Ok(interp.new_str(""));
    };
    let chain = !matches!(args.pos.get(1), Some(Value::Bool(false)));
    if chain {
        return Ok(interp.new_str(crate::runtime::traceback::format_exception(interp, exc)));
    }
    let mut out = String::new();
    let tb = match exc.payload() {
        Payload::Instance(i) => i.exc.as_ref().and_then(|e| e.borrow().traceback.clone()),
        _ => None,
    };
    if let Some(tb) = tb {
        out.push_str("Traceback (most recent call last):\n");
        crate::runtime::traceback::format_tb(interp, &tb, &mut out);
    }
    out.push_str(&crate::runtime::traceback::exception_line(interp, exc));
    Ok(interp.new_str(out))
}

/// `_refpy.print_exception(exc)`: the report of an exception on stderr, as
/// `traceback.print_exception` writes it.
fn refpy_print_exception(
    interp: &Interp,
    args: crate::types::function::Args,
) -> crate::runtime::PyResult<crate::object::Value> {
    if let Some(crate::object::Value::Obj(exc)) = args.pos.first() {
        crate::runtime::traceback::print_uncaught(interp, exc);
    }
    Ok(crate::object::Value::None)
}
