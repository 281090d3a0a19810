//! Weak references. A weakref does not own its target; the targets that have weakrefs are
//! flagged in their header and listed in a registry, and when such a target dies the
//! dealloc protocol clears its weakrefs and calls their callbacks, newest first, at the
//! point CPython does for that type (after `__del__` for instances, before `close()` for
//! generators): `object/dealloc.rs` calls `clear_weakrefs`.

use crate::object::{flags, ObjRef, Payload, Value};
use crate::runtime::PyResult;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};

thread_local! {
    /// Target address → its live weakrefs, oldest first, as (object address, address of
    /// the `PyWeakref` inside it).
    static REGISTRY: RefCell<FxHashMap<usize, Vec<(usize, usize)>>> =
        RefCell::new(FxHashMap::default());
}

pub struct PyWeakref {
    /// The target's address while it lives; 0 once it died.
    pub target: Cell<usize>,
    pub callback: RefCell<Option<Value>>,
    /// The target's hash, cached the first time the weakref is hashed.
    pub hash: Cell<Option<i64>>,
    /// Never handed out by `weakref.ref(obj)` as the shared plain weakref: the ones inside
    /// refpy's proxies and other Python-level weak objects, which CPython does not share.
    pub private: bool,
    /// `KeyedRef.key`: the key of a `WeakValueDictionary` entry, which its removal
    /// callback needs (CPython's `KeyedRef` is a `ref` subclass with this one slot).
    pub key: Option<Value>,
}

impl PyWeakref {
    /// The target, as a new reference, while it lives.
    pub fn get(&self) -> Option<ObjRef> {
        let addr = self.target.get();
        // SAFETY: a registered target is alive: its dealloc clears `target` before freeing.
        (addr != 0).then(|| unsafe { ObjRef::from_addr_incref(addr) })
    }
}

impl Drop for PyWeakref {
    fn drop(&mut self) {
        let target = self.target.get();
        if target != 0 {
            let me = self as *const PyWeakref as usize;
            REGISTRY.with(|r| {
                let mut r = r.borrow_mut();
                if let Some(list) = r.get_mut(&target) {
                    list.retain(|&(_, payload)| payload != me);
                    if list.is_empty() {
                        r.remove(&target);
                    }
                }
            });
        }
        drop(self.callback.get_mut().take());
        drop(self.key.take());
    }
}

/// Creates a weak reference to `target`, registered so that the target's death clears it.
pub fn new_weakref(target: &ObjRef, callback: Option<Value>) -> ObjRef {
    new_weakref_of_kind(target, callback, false, None)
}

/// `new_weakref`, optionally private (never shared as the plain weakref of `target`).
pub fn new_weakref_of_kind(
    target: &ObjRef,
    callback: Option<Value>,
    private: bool,
    key: Option<Value>,
) -> ObjRef {
    let payload = Box::new(PyWeakref {
        target: Cell::new(target.addr()),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
        private,
        key,
    });
    let payload_addr = &*payload as *const PyWeakref as usize;
    let w = ObjRef::new(Payload::Weakref(payload));
    target.set_flag(flags::HAS_WEAKREFS);
    REGISTRY.with(|r| {
        r.borrow_mut()
            .entry(target.addr())
            .or_default()
            .push((w.addr(), payload_addr))
    });
    w
}

/// The live weakrefs to `target`, oldest first (new references).
pub fn weakrefs_to(target: &ObjRef) -> Vec<ObjRef> {
    REGISTRY.with(|r| {
        r.borrow()
            .get(&target.addr())
            .map(|list| {
                // SAFETY: registered weakref objects are alive.
                list.iter()
                    .map(|&(w, _)| unsafe { ObjRef::from_addr_incref(w) })
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Called by the dealloc protocol when a flagged object dies: marks every weakref dead,
/// then calls the callbacks of those that have one, newest first (CPython:
/// `PyObject_ClearWeakRefs`).
pub fn clear_weakrefs(target_addr: usize) {
    let list = REGISTRY
        .with(|r| r.borrow_mut().remove(&target_addr))
        .unwrap_or_default();
    // SAFETY: registered weakref objects are alive until they unregister themselves.
    let refs: Vec<ObjRef> = list
        .iter()
        .map(|&(w, _)| unsafe { ObjRef::from_addr_incref(w) })
        .collect();
    for w in &refs {
        if let Payload::Weakref(p) = w.payload() {
            p.target.set(0);
        }
    }
    for w in refs.iter().rev() {
        let callback = match w.payload() {
            Payload::Weakref(p) => p.callback.borrow_mut().take(),
            _ => None,
        };
        if let Some(cb) = callback {
            crate::runtime::interp::with(|interp| {
                let args = crate::types::function::Args::positional(vec![Value::Obj(w.clone())]);
                if let Err(e) = interp.call(&cb, args) {
                    interp.report_unraisable(e, &cb);
                }
            });
        }
    }
}

/// Whether objects of this payload can be weakly referenced, as in CPython.
pub fn accepts_weakrefs(obj: &ObjRef) -> bool {
    if let Payload::Instance(i) = obj.payload() {
        return crate::types::class::as_class(&i.class).has_weakref;
    }
    matches!(
        obj.payload(),
        Payload::Function(_)
            | Payload::Class(_)
            | Payload::Generator(_)
            | Payload::Method(_)
            | Payload::Module(_)
            | Payload::Code(_)
            | Payload::Set(_)
    )
}

/// The collector's half of `clear_weakrefs`: marks every weakref to `target_addr` dead and
/// returns them, newest first, without calling any callback (CPython: `handle_weakrefs`).
pub fn detach_weakrefs(target_addr: usize) -> Vec<ObjRef> {
    let list = REGISTRY
        .with(|r| r.borrow_mut().remove(&target_addr))
        .unwrap_or_default();
    // SAFETY: registered weakref objects are alive until they unregister themselves.
    let refs: Vec<ObjRef> = list
        .iter()
        .rev()
        .map(|&(w, _)| unsafe { ObjRef::from_addr_incref(w) })
        .collect();
    for w in &refs {
        if let Payload::Weakref(p) = w.payload() {
            p.target.set(0);
        }
    }
    refs
}

/// Calls the callback of a dead weakref, if it has one, with the weakref as argument.
pub fn call_callback(w: &ObjRef) {
    let callback = match w.payload() {
        Payload::Weakref(p) => p.callback.borrow_mut().take(),
        _ => None,
    };
    if let Some(cb) = callback {
        crate::runtime::interp::with(|interp| {
            let args = crate::types::function::Args::positional(vec![Value::Obj(w.clone())]);
            if let Err(e) = interp.call(&cb, args) {
                interp.report_unraisable(e, &cb);
            }
        });
    }
}

/// Whether a weakref still has a callback to call.
pub fn has_callback(w: &ObjRef) -> bool {
    match w.payload() {
        Payload::Weakref(p) => p.callback.try_borrow().is_ok_and(|c| c.is_some()),
        _ => false,
    }
}

/// `hash(ref)`: the target's hash, computed once and kept, so that a dead weakref that was
/// hashed while alive can still be found in a dict (CPython: `weakref_hash`).
pub fn weakref_hash(interp: &crate::runtime::interp::Interp, w: &PyWeakref) -> PyResult<i64> {
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(target) = w.get() else {
        return Err(interp.type_error("weak object has gone away"));
    };
    let h = interp.hash(&Value::Obj(target))?;
    w.hash.set(Some(h));
    Ok(h)
}

/// `ref == ref`: the targets compared while both live, identity once either died
/// (CPython: `weakref_richcompare`).
pub fn weakrefs_equal(
    interp: &crate::runtime::interp::Interp,
    a: &ObjRef,
    b: &ObjRef,
) -> PyResult<bool> {
    let (Payload::Weakref(x), Payload::Weakref(y)) = (a.payload(), b.payload()) else {
        return Ok(a.is(b));
    };
    match (x.get(), y.get()) {
        (Some(s), Some(t)) => interp.eq(&Value::Obj(s), &Value::Obj(t)),
        _ => Ok(a.is(b)),
    }
}

/// CPython's `weakref_repr`: the target's type, address and `__name__` when its type has
/// one (functions, classes, generators).
pub fn weakref_repr(interp: &crate::runtime::interp::Interp, w: &ObjRef, p: &PyWeakref) -> String {
    let Some(t) = p.get() else {
        return format!("<weakref at {:#x}; dead>", w.addr());
    };
    let name = match t.payload() {
        Payload::Function(f) => Some(f.name.borrow().to_string()),
        Payload::Class(c) => Some(c.name.borrow().to_string()),
        Payload::Generator(g) => Some(g.name().to_string()),
        _ => None,
    };
    let tv = Value::Obj(t.clone());
    let base = format!(
        "<weakref at {:#x}; to '{}' at {:#x}",
        w.addr(),
        interp.type_name(&tv),
        t.addr()
    );
    match name {
        Some(n) => format!("{base} ({n})>"),
        None => format!("{base}>"),
    }
}
