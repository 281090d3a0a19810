//! The payloads of heap objects, one file per built-in type under `types/`. `Payload` is the
//! closed set the runtime knows; each variant's own type decides, through its `Drop`, the
//! order in which a dying object releases what it holds (CPython's measured orders).

pub mod list;
pub mod str;
pub mod tuple;

use crate::object::ObjRef;

pub enum Payload {
    Str(str::PyStr),
    BigInt(num_bigint::BigInt),
    Tuple(tuple::PyTuple),
    List(list::PyList),
    /// A test-only object that logs its death (see `object::tests`).
    #[cfg(test)]
    Probe(crate::object::tests::Probe),
}

impl Payload {
    /// Whether objects of this payload may have a finalizer to run before they die.
    pub fn has_finalizer(&self) -> bool {
        false
    }

    /// Containers go through CPython's trashcan; leaf objects cannot nest.
    pub fn uses_trashcan(&self) -> bool {
        matches!(self, Payload::Tuple(_) | Payload::List(_))
    }
}

/// Runs the finalizer of a dying object that `has_finalizer`. Errors are reported as
/// "Exception ignored in", never propagated.
pub fn run_finalizer(obj: &ObjRef) {
    let _ = obj;
}
