//! The source position the runtime is executing, kept as a compact id so that every new
//! object can record where it was made (`ObjRef::origin`) for lifetime reports.

use std::cell::Cell;

thread_local! {
    static CURRENT: Cell<u32> = const { Cell::new(0) };
}

/// The location id of the code now running (0 when unknown).
#[inline]
pub fn current() -> u32 {
    CURRENT.with(Cell::get)
}

/// Records the position the evaluator is at; returns the previous one.
#[inline]
pub fn set_current(id: u32) -> u32 {
    CURRENT.with(|c| c.replace(id))
}
