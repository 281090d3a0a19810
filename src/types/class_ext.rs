//! What a class records about its place in the hierarchy and about the hooks it
//! overrides: its live subclasses (`type.__subclasses__()`, kept as weak references as
//! CPython's `tp_subclasses` does) and flags computed when the class is made or its
//! namespace changes, so that attribute access checks one bit instead of looking a name up.

use super::class::{as_class, PyClass};
use crate::object::{ObjRef, Payload};
use std::cell::{Cell, RefCell};

/// The class was made by a `class` statement or `type(name, bases, dict)` (CPython's
/// heap types), not built into refpy.
pub const HEAP: u32 = 1;
/// The class or a base other than `object` defines `__getattribute__`.
pub const GETATTRIBUTE: u32 = 2;
/// Loads go through `runtime/attr_hooks.rs`: the class overrides `__getattribute__` or
/// defines `__getattr__` (which also catches AttributeErrors raised by descriptors).
/// Exception classes keep the ordinary path, which knows their built-in attributes.
pub const GETATTR_HOOK: u32 = 4;

#[derive(Default)]
pub struct ClassExt {
    pub flags: Cell<u32>,
    /// Weak references to the direct subclasses, oldest first.
    subclasses: RefCell<Vec<ObjRef>>,
    /// The class's metaclass when it is not `type` (a class made by a subclass of `type`,
    /// `runtime/metaclass.rs`); set once, right after the class is made.
    pub metaclass: RefCell<Option<ObjRef>>,
    /// The layout descriptors the class put in its namespace (`types/member.rs`), which
    /// know the class by address and must forget it when the class dies.
    pub descriptors: RefCell<Vec<ObjRef>>,
}

impl ClassExt {
    #[inline]
    pub fn has(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }

    fn set(&self, flag: u32, on: bool) {
        let f = self.flags.get();
        self.flags.set(if on { f | flag } else { f & !flag });
    }
}

impl PyClass {
    /// Whether attribute loads on instances must go through a user `__getattribute__`.
    #[inline]
    pub fn overrides_getattribute(&self) -> bool {
        self.ext.has(GETATTRIBUTE)
    }

    /// Whether attribute loads on instances go through `Interp::getattribute_hook`.
    #[inline]
    pub fn has_getattr_hook(&self) -> bool {
        self.ext.has(GETATTR_HOOK)
    }

    pub fn is_heap(&self) -> bool {
        self.ext.has(HEAP)
    }

    /// The metaclass, when it is not `type`.
    #[inline]
    pub fn metaclass(&self) -> Option<ObjRef> {
        self.ext.metaclass.borrow().clone()
    }
}

/// Sets the flags of a class just made from `namespace`, and records it with its bases.
pub fn init_class(class: &ObjRef) {
    let c = as_class(class);
    c.ext.set(HEAP, true);
    refresh_flags(class);
    for base in &c.bases {
        let w = crate::types::weakref::new_weakref(class, None);
        let mut subs = as_class(base).ext.subclasses.borrow_mut();
        subs.retain(|w| weak_target(w).is_some());
        subs.push(w);
    }
}

/// Recomputes the hook flags of `class` and of every class derived from it; called when a
/// class's namespace gains or loses one of the hook names.
pub fn refresh_flags(class: &ObjRef) {
    let c = as_class(class);
    let getattribute = c
        .lookup_order(class)
        .filter(|k| as_class(k).is_heap())
        .any(|k| as_class(k).dict.get_str("__getattribute__").is_some());
    c.ext.set(GETATTRIBUTE, getattribute);
    let getattr = c
        .lookup_order(class)
        .filter(|k| as_class(k).is_heap())
        .any(|k| as_class(k).dict.get_str("__getattr__").is_some());
    let exception = c.native == super::class::NativeKind::Exception;
    c.ext
        .set(GETATTR_HOOK, (getattribute || getattr) && !exception);
    for sub in subclasses(class) {
        refresh_flags(&sub);
    }
}

/// Whether assigning or deleting `name` on a class can change its flags.
pub fn is_hook_name(name: &str) -> bool {
    matches!(name, "__getattribute__" | "__getattr__")
}

fn weak_target(w: &ObjRef) -> Option<ObjRef> {
    match w.payload() {
        Payload::Weakref(w) => w.get(),
        _ => None,
    }
}

/// The live direct subclasses of `class`, oldest first.
pub fn subclasses(class: &ObjRef) -> Vec<ObjRef> {
    as_class(class)
        .ext
        .subclasses
        .borrow()
        .iter()
        .filter_map(weak_target)
        .collect()
}
