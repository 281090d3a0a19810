//! The payloads of heap objects, one file per built-in type under `types/`. `Payload` is the
//! closed set the runtime knows; each variant's own type decides, through its `Drop`, the
//! order in which a dying object releases what it holds (CPython's measured orders).

pub mod class;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod printable;
pub mod str;
pub mod tuple;

use crate::object::ObjRef;

pub enum Payload {
    Str(str::PyStr),
    BigInt(num_bigint::BigInt),
    Tuple(tuple::PyTuple),
    List(list::PyList),
    Dict(dict::PyDict),
    Function(function::PyFunction),
    Builtin(function::PyBuiltin),
    Method(function::PyMethod),
    Cell(function::PyCell),
    Class(class::PyClass),
    Instance(instance::PyInstance),
    Module(class::PyModule),
    Frame(function::PyFrame),
    Traceback(exception::PyTraceback),
    Range(iter::PyRange),
    Slice(iter::PySlice),
    Iter(iter::PyIter),
    DictView(dict::PyDictView),
    /// `NotImplemented` and `Ellipsis`.
    Singleton(&'static str),
    /// A test-only object that logs its death (see `object::tests`).
    #[cfg(test)]
    Probe(crate::object::tests::Probe),
}

impl Payload {
    /// Whether objects of this payload may have a finalizer to run before they die.
    #[inline]
    pub fn has_finalizer(&self) -> bool {
        match self {
            Payload::Instance(i) => i.class_has_del(),
            _ => false,
        }
    }

    /// Containers go through CPython's trashcan; leaf objects cannot nest.
    pub fn uses_trashcan(&self) -> bool {
        matches!(
            self,
            Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Instance(_)
                | Payload::Frame(_)
                | Payload::Traceback(_)
                | Payload::Function(_)
                | Payload::Method(_)
        )
    }
}

/// Runs the finalizer of a dying object that `has_finalizer`. Errors are reported as
/// "Exception ignored in", never propagated.
pub fn run_finalizer(obj: &ObjRef) {
    crate::runtime::interp::with(|interp| interp.run_del(obj));
}
