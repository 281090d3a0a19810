//! Name resolution, mirroring CPython 3.11's symtable.c and the parts of compile.c that decide
//! where names live: every `Name` gets its `NameRef`, every scope its `ScopeInfo` (frame slot
//! layout, qualname, generator flags), statements and expressions that may suspend are marked,
//! and identifiers are name-mangled in place. Scope errors and the compiler's own checks
//! (`'return' outside function`, loop control, nesting limits) are reported here.

mod analyze;
mod layout;
mod symtable;
#[cfg(test)]
mod tests;

use crate::source::{SourceFile, Span};
use crate::syntax::ast::{self, Ident};
use crate::syntax::error::SyntaxError;

/// Deepest statement and expression nesting the resolver walks. CPython's symtable stops at
/// three times the recursion limit (about 3000 levels) and raises
/// `RecursionError: maximum recursion depth exceeded during compilation`, as refpy does.
pub const MAX_NESTING: u32 = 3000;

/// CPython's CO_MAXBLOCKS: loops, `try` and `with` blocks nested in one code object.
pub const MAX_BLOCKS: usize = 20;

/// Resolves every name of `module` in place: fills each `Name.slot`, each `ScopeInfo`, the
/// `suspends` marks, and mangles private names inside classes. Reports the first error in
/// CPython's order (symbol-table errors first, in the order the symbol table visits the
/// tree, then the compiler's errors in compilation order).
pub fn resolve_module(module: &mut ast::Module, src: &SourceFile) -> Result<(), SyntaxError> {
    let _ = src;
    let mut table = symtable::build(module)?;
    analyze::analyze(&mut table)?;
    layout::assign(module, &mut table)
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`. Names ending in `__`, names
/// with a dot, and classes named only with underscores are left alone.
pub fn mangle(class_name: Option<&str>, ident: &str) -> Option<Ident> {
    let private = class_name?;
    if !ident.starts_with("__") || ident.ends_with("__") || ident.contains('.') {
        return None;
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{stripped}{ident}").into())
}

/// The range CPython's caret marks for `import *` (the star itself, the statement's last byte).
fn star_span(stmt: Span) -> Span {
    Span {
        start: stmt.end.saturating_sub(1),
        end: stmt.end,
    }
}

fn err(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::syntax(message, span)
}
