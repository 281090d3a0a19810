//! Native stack budget. Python recursion runs on the native stack of the evaluator thread,
//! so deep recursion (`sys.setrecursionlimit(100000)`) needs a large, lazily committed
//! stack, and a guard that raises RecursionError before the stack runs out.

use std::cell::Cell;

thread_local! {
    /// The lowest stack address the evaluator may reach on this thread (0: not set).
    static LIMIT: Cell<usize> = const { Cell::new(0) };
}

/// How close to the end of its stack the evaluator stops, for the code that runs after
/// the check (a built-in's own frames, printing the traceback).
const MARGIN: usize = 256 << 10;

#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Declares that the current thread may use `bytes` more of stack from here.
pub fn set_budget(bytes: usize) {
    let here = stack_pointer();
    LIMIT.with(|l| l.set(here.saturating_sub(bytes.saturating_sub(MARGIN))));
}

/// Sets a budget unless the thread already has one.
pub fn set_default_budget(bytes: usize) {
    if LIMIT.with(Cell::get) == 0 {
        set_budget(bytes);
    }
}

/// Whether the stack is too deep to start another Python frame.
#[inline]
pub fn exhausted() -> bool {
    let limit = LIMIT.with(Cell::get);
    limit != 0 && stack_pointer() < limit
}
