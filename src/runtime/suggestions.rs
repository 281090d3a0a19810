//! "Did you mean" hints for NameError and AttributeError, computed when an uncaught
//! exception is printed, as CPython 3.11's `Python/suggestions.c` does: a Levenshtein
//! distance over UTF-8 bytes where a case flip costs 1 and any other edit 2, candidates from
//! the raising frame's locals, globals and builtins (NameError) or `dir(obj)`
//! (AttributeError).

use super::interp::Interp;
use crate::object::{ObjRef, Payload, Value};
use crate::types::class::as_class;
use crate::types::function::Body;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) && a.is_ascii_alphabetic() {
        return CASE_COST;
    }
    MOVE_COST
}

/// The distance between `a` and `b`, or `max_cost + 1` when it is larger than `max_cost`.
pub fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ca) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ca);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, the first one on ties (CPython: `calculate_suggestions`).
pub fn closest<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
            if d == 0 {
                continue;
            }
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

/// The hint for an exception about to be printed, if it has one.
pub fn offer(interp: &Interp, exc: &ObjRef) -> Option<String> {
    let v = Value::Obj(exc.clone());
    let Payload::Instance(inst) = exc.payload() else {
        return None;
    };
    if interp.isinstance(&v, &interp.exc.name_error) {
        let name = inst.get_attr("name")?;
        let name = exact_str(interp, &name)?;
        let tb = inst.exc.as_ref()?.borrow().traceback.clone()?;
        return name_error_hint(&tb, &name);
    }
    if interp.isinstance(&v, &interp.exc.attribute_error) {
        let name = inst.get_attr("name")?;
        let name = exact_str(interp, &name)?;
        let obj = inst.get_attr("obj")?;
        let dir = dir_of(interp, &obj);
        let refs: Vec<&str> = dir.iter().map(String::as_str).collect();
        return closest(&refs, &name).map(str::to_string);
    }
    None
}

fn exact_str(interp: &Interp, v: &Value) -> Option<String> {
    if !interp.type_of(v).is(&interp.types.str_) {
        return None;
    }
    super::ops::str_of(v).map(str::to_string)
}

fn name_error_hint(tb: &ObjRef, name: &str) -> Option<String> {
    let mut last = tb.clone();
    loop {
        let Payload::Traceback(t) = last.payload() else {
            return None;
        };
        let next = t.next.borrow().clone();
        match next {
            Some(n) => last = n,
            None => break,
        }
    }
    let Payload::Traceback(t) = last.payload() else {
        return None;
    };
    let Payload::Frame(f) = t.frame.payload() else {
        return None;
    };
    // co_varnames: parameters and plain locals (not cells or free variables).
    let scope = f.code.scope;
    let mut varnames: Vec<&str> = Vec::new();
    if matches!(
        f.code.body,
        Body::Def(_) | Body::Lambda(_) | Body::Comprehension(_)
    ) {
        let free_start = scope.slot_names.len() - scope.free_from.len();
        for (i, n) in scope.slot_names.iter().enumerate() {
            let is_arg = (i as u32) < scope.arg_count;
            let is_cell = scope.cell_slots.contains(&(i as u32));
            if is_arg || (!is_cell && i < free_start) {
                varnames.push(n);
            }
        }
    }
    if let Some(s) = closest(&varnames, name) {
        return Some(s.to_string());
    }
    let globals = dict_keys(&f.globals);
    let refs: Vec<&str> = globals.iter().map(String::as_str).collect();
    if let Some(s) = closest(&refs, name) {
        return Some(s.to_string());
    }
    closest(names::BUILTIN_NAMES, name).map(str::to_string)
}

fn dict_keys(d: &ObjRef) -> Vec<String> {
    match d.payload() {
        Payload::Dict(d) => d
            .map
            .borrow()
            .iter()
            .filter_map(|(k, _)| super::ops::str_of(&k.key).map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn static_dir(name: &str) -> &'static [&'static str] {
    names::BUILTIN_DIRS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(&[], |(_, d)| d)
}

/// The names `type.__dir__` lists for a class: its namespace and its bases'.
fn class_dir(class: &ObjRef, out: &mut Vec<String>) {
    let mut chain = vec![class.clone()];
    chain.extend(as_class(class).mro.iter().cloned());
    for k in &chain {
        let c = as_class(k);
        let user_defined = c
            .dict
            .get_str("__module__")
            .is_some_and(|m| super::ops::str_of(&m) != Some("builtins"));
        match c.native {
            _ if user_defined => {
                for (key, _) in c.dict.map.borrow().iter() {
                    if let Some(s) = super::ops::str_of(&key.key) {
                        if s != "__qualname__" {
                            out.push(s.to_string());
                        }
                    }
                }
            }
            crate::types::class::NativeKind::Exception => {
                let name = c.name.borrow().clone();
                out.extend(static_dir("BaseException").iter().map(|s| s.to_string()));
                if let Some((_, extra)) = names::EXCEPTION_EXTRAS.iter().find(|(n, _)| **n == *name)
                {
                    out.extend(extra.iter().map(|s| s.to_string()));
                }
            }
            _ => {
                let name = c.name.borrow().clone();
                out.extend(static_dir(&name).iter().map(|s| s.to_string()));
            }
        }
    }
}

/// `dir(obj)`, sorted, as far as suggestions need it.
pub fn dir_of(interp: &Interp, obj: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    match obj.as_obj().map(ObjRef::payload) {
        Some(Payload::Module(m)) => out = dict_keys(&m.dict),
        Some(Payload::Class(_)) => class_dir(obj.as_obj().expect("object"), &mut out),
        Some(Payload::Instance(i)) => {
            out.extend(i.items().into_iter().map(|(k, _)| k.to_string()));
            class_dir(&i.class, &mut out);
        }
        _ => {
            let class = interp.type_of(obj);
            class_dir(&class, &mut out);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Name lists recorded from CPython 3.11.
mod names {
    /// The names CPython 3.11's built-in types add to `dir()` beyond their bases' (sorted), for
    /// the suggestions of AttributeError; `class_dir` adds the bases' names along the MRO.
    pub static BUILTIN_DIRS: &[(&str, &[&str])] = &[
        (
            "object",
            &[
                "__class__",
                "__delattr__",
                "__dir__",
                "__doc__",
                "__eq__",
                "__format__",
                "__ge__",
                "__getattribute__",
                "__getstate__",
                "__gt__",
                "__hash__",
                "__init__",
                "__init_subclass__",
                "__le__",
                "__lt__",
                "__ne__",
                "__new__",
                "__reduce__",
                "__reduce_ex__",
                "__repr__",
                "__setattr__",
                "__sizeof__",
                "__str__",
                "__subclasshook__",
            ],
        ),
        (
            "int",
            &[
                "__abs__",
                "__add__",
                "__and__",
                "__bool__",
                "__ceil__",
                "__divmod__",
                "__float__",
                "__floor__",
                "__floordiv__",
                "__getnewargs__",
                "__index__",
                "__int__",
                "__invert__",
                "__lshift__",
                "__mod__",
                "__mul__",
                "__neg__",
                "__or__",
                "__pos__",
                "__pow__",
                "__radd__",
                "__rand__",
                "__rdivmod__",
                "__rfloordiv__",
                "__rlshift__",
                "__rmod__",
                "__rmul__",
                "__ror__",
                "__round__",
                "__rpow__",
                "__rrshift__",
                "__rshift__",
                "__rsub__",
                "__rtruediv__",
                "__rxor__",
                "__sub__",
                "__truediv__",
                "__trunc__",
                "__xor__",
                "as_integer_ratio",
                "bit_count",
                "bit_length",
                "conjugate",
                "denominator",
                "from_bytes",
                "imag",
                "numerator",
                "real",
                "to_bytes",
            ],
        ),
        ("bool", &[]),
        (
            "float",
            &[
                "__abs__",
                "__add__",
                "__bool__",
                "__ceil__",
                "__divmod__",
                "__float__",
                "__floor__",
                "__floordiv__",
                "__getformat__",
                "__getnewargs__",
                "__int__",
                "__mod__",
                "__mul__",
                "__neg__",
                "__pos__",
                "__pow__",
                "__radd__",
                "__rdivmod__",
                "__rfloordiv__",
                "__rmod__",
                "__rmul__",
                "__round__",
                "__rpow__",
                "__rsub__",
                "__rtruediv__",
                "__sub__",
                "__truediv__",
                "__trunc__",
                "as_integer_ratio",
                "conjugate",
                "fromhex",
                "hex",
                "imag",
                "is_integer",
                "real",
            ],
        ),
        (
            "bytes",
            &[
                "__add__",
                "__bytes__",
                "__contains__",
                "__getitem__",
                "__getnewargs__",
                "__iter__",
                "__len__",
                "__mod__",
                "__mul__",
                "__rmod__",
                "__rmul__",
                "capitalize",
                "center",
                "count",
                "decode",
                "endswith",
                "expandtabs",
                "find",
                "fromhex",
                "hex",
                "index",
                "isalnum",
                "isalpha",
                "isascii",
                "isdigit",
                "islower",
                "isspace",
                "istitle",
                "isupper",
                "join",
                "ljust",
                "lower",
                "lstrip",
                "maketrans",
                "partition",
                "removeprefix",
                "removesuffix",
                "replace",
                "rfind",
                "rindex",
                "rjust",
                "rpartition",
                "rsplit",
                "rstrip",
                "split",
                "splitlines",
                "startswith",
                "strip",
                "swapcase",
                "title",
                "translate",
                "upper",
                "zfill",
            ],
        ),
        (
            "str",
            &[
                "__add__",
                "__contains__",
                "__getitem__",
                "__getnewargs__",
                "__iter__",
                "__len__",
                "__mod__",
                "__mul__",
                "__rmod__",
                "__rmul__",
                "capitalize",
                "casefold",
                "center",
                "count",
                "encode",
                "endswith",
                "expandtabs",
                "find",
                "format",
                "format_map",
                "index",
                "isalnum",
                "isalpha",
                "isascii",
                "isdecimal",
                "isdigit",
                "isidentifier",
                "islower",
                "isnumeric",
                "isprintable",
                "isspace",
                "istitle",
                "isupper",
                "join",
                "ljust",
                "lower",
                "lstrip",
                "maketrans",
                "partition",
                "removeprefix",
                "removesuffix",
                "replace",
                "rfind",
                "rindex",
                "rjust",
                "rpartition",
                "rsplit",
                "rstrip",
                "split",
                "splitlines",
                "startswith",
                "strip",
                "swapcase",
                "title",
                "translate",
                "upper",
                "zfill",
            ],
        ),
        (
            "list",
            &[
                "__add__",
                "__class_getitem__",
                "__contains__",
                "__delitem__",
                "__getitem__",
                "__iadd__",
                "__imul__",
                "__iter__",
                "__len__",
                "__mul__",
                "__reversed__",
                "__rmul__",
                "__setitem__",
                "append",
                "clear",
                "copy",
                "count",
                "extend",
                "index",
                "insert",
                "pop",
                "remove",
                "reverse",
                "sort",
            ],
        ),
        (
            "tuple",
            &[
                "__add__",
                "__class_getitem__",
                "__contains__",
                "__getitem__",
                "__getnewargs__",
                "__iter__",
                "__len__",
                "__mul__",
                "__rmul__",
                "count",
                "index",
            ],
        ),
        (
            "dict",
            &[
                "__class_getitem__",
                "__contains__",
                "__delitem__",
                "__getitem__",
                "__ior__",
                "__iter__",
                "__len__",
                "__or__",
                "__reversed__",
                "__ror__",
                "__setitem__",
                "clear",
                "copy",
                "fromkeys",
                "get",
                "items",
                "keys",
                "pop",
                "popitem",
                "setdefault",
                "update",
                "values",
            ],
        ),
        ("NoneType", &["__bool__"]),
        (
            "function",
            &[
                "__annotations__",
                "__builtins__",
                "__call__",
                "__closure__",
                "__code__",
                "__defaults__",
                "__dict__",
                "__get__",
                "__globals__",
                "__kwdefaults__",
                "__module__",
                "__name__",
                "__qualname__",
            ],
        ),
        (
            "range",
            &[
                "__bool__",
                "__contains__",
                "__getitem__",
                "__iter__",
                "__len__",
                "__reversed__",
                "count",
                "index",
                "start",
                "step",
                "stop",
            ],
        ),
        ("slice", &["indices", "start", "step", "stop"]),
        (
            "BaseException",
            &[
                "__cause__",
                "__context__",
                "__dict__",
                "__setstate__",
                "__suppress_context__",
                "__traceback__",
                "add_note",
                "args",
                "with_traceback",
            ],
        ),
        (
            "type",
            &[
                "__abstractmethods__",
                "__annotations__",
                "__base__",
                "__bases__",
                "__basicsize__",
                "__call__",
                "__dict__",
                "__dictoffset__",
                "__flags__",
                "__instancecheck__",
                "__itemsize__",
                "__module__",
                "__mro__",
                "__name__",
                "__or__",
                "__prepare__",
                "__qualname__",
                "__ror__",
                "__subclasscheck__",
                "__subclasses__",
                "__text_signature__",
                "__weakrefoffset__",
                "mro",
            ],
        ),
        (
            "builtin_function_or_method",
            &[
                "__call__",
                "__module__",
                "__name__",
                "__qualname__",
                "__self__",
                "__text_signature__",
            ],
        ),
        (
            "method",
            &[
                "__call__",
                "__name__",
                "__objclass__",
                "__qualname__",
                "__self__",
                "__text_signature__",
            ],
        ),
        ("NotImplementedType", &["__bool__"]),
        ("ellipsis", &[]),
    ];
    /// Attributes built-in exception classes add to BaseException's.
    pub static EXCEPTION_EXTRAS: &[(&str, &[&str])] = &[
        ("AttributeError", &["name", "obj"]),
        (
            "BaseExceptionGroup",
            &[
                "__class_getitem__",
                "derive",
                "exceptions",
                "message",
                "split",
                "subgroup",
            ],
        ),
        (
            "BlockingIOError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "BrokenPipeError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "ChildProcessError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "ConnectionAbortedError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "ConnectionError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "ConnectionRefusedError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "ConnectionResetError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "EnvironmentError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "ExceptionGroup",
            &[
                "__class_getitem__",
                "__module__",
                "__weakref__",
                "derive",
                "exceptions",
                "message",
                "split",
                "subgroup",
            ],
        ),
        (
            "FileExistsError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "FileNotFoundError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "IOError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        ("ImportError", &["msg", "name", "path"]),
        (
            "IndentationError",
            &[
                "end_lineno",
                "end_offset",
                "filename",
                "lineno",
                "msg",
                "offset",
                "print_file_and_line",
                "text",
            ],
        ),
        (
            "InterruptedError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "IsADirectoryError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        ("ModuleNotFoundError", &["msg", "name", "path"]),
        ("NameError", &["name"]),
        (
            "NotADirectoryError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "OSError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "PermissionError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        (
            "ProcessLookupError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        ("StopIteration", &["value"]),
        (
            "SyntaxError",
            &[
                "end_lineno",
                "end_offset",
                "filename",
                "lineno",
                "msg",
                "offset",
                "print_file_and_line",
                "text",
            ],
        ),
        ("SystemExit", &["code"]),
        (
            "TabError",
            &[
                "end_lineno",
                "end_offset",
                "filename",
                "lineno",
                "msg",
                "offset",
                "print_file_and_line",
                "text",
            ],
        ),
        (
            "TimeoutError",
            &[
                "characters_written",
                "errno",
                "filename",
                "filename2",
                "strerror",
            ],
        ),
        ("UnboundLocalError", &["name"]),
        (
            "UnicodeDecodeError",
            &["encoding", "end", "object", "reason", "start"],
        ),
        (
            "UnicodeEncodeError",
            &["encoding", "end", "object", "reason", "start"],
        ),
        (
            "UnicodeTranslateError",
            &["encoding", "end", "object", "reason", "start"],
        ),
    ];
    /// CPython 3.11's builtins namespace, in its order, for the suggestions of NameError.
    pub static BUILTIN_NAMES: &[&str] = &[
        "__name__",
        "__doc__",
        "__package__",
        "__loader__",
        "__spec__",
        "__build_class__",
        "__import__",
        "abs",
        "all",
        "any",
        "ascii",
        "bin",
        "breakpoint",
        "callable",
        "chr",
        "compile",
        "delattr",
        "dir",
        "divmod",
        "eval",
        "exec",
        "format",
        "getattr",
        "globals",
        "hasattr",
        "hash",
        "hex",
        "id",
        "input",
        "isinstance",
        "issubclass",
        "iter",
        "aiter",
        "len",
        "locals",
        "max",
        "min",
        "next",
        "anext",
        "oct",
        "ord",
        "pow",
        "print",
        "repr",
        "round",
        "setattr",
        "sorted",
        "sum",
        "vars",
        "None",
        "Ellipsis",
        "NotImplemented",
        "False",
        "True",
        "bool",
        "memoryview",
        "bytearray",
        "bytes",
        "classmethod",
        "complex",
        "dict",
        "enumerate",
        "filter",
        "float",
        "frozenset",
        "property",
        "int",
        "list",
        "map",
        "object",
        "range",
        "reversed",
        "set",
        "slice",
        "staticmethod",
        "str",
        "super",
        "tuple",
        "type",
        "zip",
        "__debug__",
        "BaseException",
        "BaseExceptionGroup",
        "Exception",
        "GeneratorExit",
        "KeyboardInterrupt",
        "SystemExit",
        "ArithmeticError",
        "AssertionError",
        "AttributeError",
        "BufferError",
        "EOFError",
        "ImportError",
        "LookupError",
        "MemoryError",
        "NameError",
        "OSError",
        "ReferenceError",
        "RuntimeError",
        "StopAsyncIteration",
        "StopIteration",
        "SyntaxError",
        "SystemError",
        "TypeError",
        "ValueError",
        "Warning",
        "FloatingPointError",
        "OverflowError",
        "ZeroDivisionError",
        "BytesWarning",
        "DeprecationWarning",
        "EncodingWarning",
        "FutureWarning",
        "ImportWarning",
        "PendingDeprecationWarning",
        "ResourceWarning",
        "RuntimeWarning",
        "SyntaxWarning",
        "UnicodeWarning",
        "UserWarning",
        "BlockingIOError",
        "ChildProcessError",
        "ConnectionError",
        "FileExistsError",
        "FileNotFoundError",
        "InterruptedError",
        "IsADirectoryError",
        "NotADirectoryError",
        "PermissionError",
        "ProcessLookupError",
        "TimeoutError",
        "IndentationError",
        "IndexError",
        "KeyError",
        "ModuleNotFoundError",
        "NotImplementedError",
        "RecursionError",
        "UnboundLocalError",
        "UnicodeError",
        "BrokenPipeError",
        "ConnectionAbortedError",
        "ConnectionRefusedError",
        "ConnectionResetError",
        "TabError",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "UnicodeTranslateError",
        "ExceptionGroup",
        "EnvironmentError",
        "IOError",
        "open",
        "quit",
        "exit",
        "copyright",
        "credits",
        "license",
        "help",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(levenshtein(b"coutn", b"count", 100), 4);
        assert_eq!(levenshtein(b"Name", b"name", 100), 1);
        assert_eq!(levenshtein(b"abc", b"abc", 100), 0);
        assert_eq!(closest(&["count", "values"], "coutn"), Some("count"));
        assert_eq!(closest(&["zzz"], "abc"), None);
    }
}
