//! What the cycle collector sees of each payload: `traverse` visits every strong reference
//! an object owns, exactly once, in CPython's `tp_traverse` order for the type (a list from
//! its last item to its first, a dict in entry order, key before value, an instance's
//! attributes then its class); `clear` is CPython's `tp_clear`, which drops the references
//! that can form cycles. A reference that `traverse` misses only makes the collector more
//! conservative; one visited that the object does not own would be a bug.

use super::{ObjRef, Payload, Value};
use crate::runtime::generator::{Pending, Resume, TryStage};
use crate::runtime::Flow;
use crate::types::instance::Attrs;
use crate::types::iter::IterState;
use crate::types::set_table::Slot;
use std::cell::RefCell;

/// What `traverse` reports to: every object reference, and (for `gc.get_referents`,
/// where CPython shows ints and floats as the objects they are there) every immediate.
pub trait Visit {
    fn obj(&mut self, o: &ObjRef);
    fn imm(&mut self, _v: &Value) {}
}

impl<F: FnMut(&ObjRef)> Visit for F {
    fn obj(&mut self, o: &ObjRef) {
        self(o)
    }
}

fn value(v: &Value, visit: &mut dyn Visit) {
    match v {
        Value::Obj(o) => visit.obj(o),
        imm => visit.imm(imm),
    }
}

fn opt(v: &Option<Value>, visit: &mut dyn Visit) {
    if let Some(v) = v {
        value(v, visit);
    }
}

fn flow(f: &Flow, visit: &mut dyn Visit) {
    if let Flow::Return(v) | Flow::Yield(v) = f {
        value(v, visit);
    }
}

/// Calls `visit` on each strong reference `p` holds. A payload whose state is borrowed
/// for writing at this moment is skipped whole (the collector then keeps what it holds).
pub fn traverse(p: &Payload, visit: &mut dyn Visit) {
    match p {
        Payload::Tuple(t) => t.items.iter().rev().for_each(|v| value(v, visit)),
        Payload::List(l) => {
            if let Ok(items) = l.items.try_borrow() {
                items.iter().rev().for_each(|v| value(v, visit));
            }
        }
        Payload::Dict(d) => {
            if let Ok(map) = d.map.try_borrow() {
                // A table of str keys visits its values only (CPython: dict_traverse).
                let str_keys = map
                    .keys()
                    .all(|k| crate::runtime::ops::str_of(&k.key).is_some());
                for (k, v) in map.iter() {
                    value(v, visit);
                    if !str_keys {
                        value(&k.key, visit);
                    }
                }
            }
        }
        Payload::Function(f) => {
            visit.obj(&f.globals);
            if let Ok(m) = f.module.try_borrow() {
                value(&m, visit);
            }
            if let Ok(d) = f.defaults.try_borrow() {
                d.iter().for_each(|v| value(v, visit));
            }
            if let Ok(d) = f.kwdefaults.try_borrow() {
                d.iter().for_each(|(_, v)| value(v, visit));
            }
            if let Ok(d) = f.doc.try_borrow() {
                value(&d, visit);
            }
            if let Ok(d) = f.dict.try_borrow() {
                if let Some(d) = &*d {
                    visit.obj(d);
                }
            }
            for c in &f.closure {
                visit.obj(c);
            }
            if let Ok(a) = f.annotations.try_borrow() {
                match &*a {
                    crate::types::function::Annotations::Values(v) => {
                        v.iter().for_each(|v| value(v, visit))
                    }
                    crate::types::function::Annotations::Dict(d) => visit.obj(d),
                    crate::types::function::Annotations::Unset => {}
                }
            }
        }
        Payload::Method(m) => {
            value(&m.func, visit);
            value(&m.this, visit);
        }
        Payload::Cell(c) => {
            if let Ok(v) = c.value.try_borrow() {
                opt(&v, visit);
            }
        }
        Payload::Class(c) => {
            if let Ok(map) = c.dict.map.try_borrow() {
                for (k, v) in map.iter() {
                    value(&k.key, visit);
                    value(v, visit);
                }
            }
            for o in &c.mro {
                visit.obj(o);
            }
            for o in &c.bases {
                visit.obj(o);
            }
            if let Ok(meta) = c.ext.metaclass.try_borrow() {
                if let Some(m) = &*meta {
                    visit.obj(m);
                }
            }
        }
        Payload::Instance(i) => {
            if let Ok(a) = i.attrs.try_borrow() {
                match &*a {
                    Attrs::Shared { values, .. } => values.iter().for_each(|v| opt(v, visit)),
                    Attrs::Dict(items) => items.iter().for_each(|(_, v)| value(v, visit)),
                    Attrs::Materialized { dict, extra, .. } => {
                        if let Some(e) = extra {
                            e.slots.iter().for_each(|(_, v)| value(v, visit));
                        }
                        visit.obj(dict)
                    }
                }
            }
            visit.obj(&i.class);
            // The native value is part of the instance (`runtime/native_base.rs`).
            if let Some(Value::Obj(b)) = i.base.as_deref() {
                traverse(b.payload(), visit);
            }
            if let Some(exc) = &i.exc {
                if let Ok(e) = exc.try_borrow() {
                    opt(&e.args, visit);
                    if let Some(tb) = &e.traceback {
                        visit.obj(tb);
                    }
                    opt(&e.cause, visit);
                    opt(&e.context, visit);
                }
            }
        }
        Payload::Module(m) => visit.obj(&m.dict),
        Payload::Frame(f) => {
            visit.obj(&f.globals);
            if let Some(l) = f.locals() {
                visit.obj(l);
            }
            if let Some(Ok(b)) = f.back_cell().map(RefCell::try_borrow) {
                if let Some(b) = &*b {
                    visit.obj(b);
                }
            }
            if let Some(Ok(d)) = f.snapshot_cell().map(RefCell::try_borrow) {
                if let Some(d) = &*d {
                    visit.obj(d);
                }
            }
            if let Ok(s) = f.slots.try_borrow() {
                s.iter().for_each(|v| opt(v, visit));
            }
        }
        Payload::Generator(g) => {
            // An asynchronous generator's finalizer hook first (CPython's
            // `async_gen_traverse`).
            g.visit_ag_finalizer(|v| value(v, visit));
            visit.obj(g.frame());
            if let Ok(points) = g.suspension.points.try_borrow() {
                for r in points.iter() {
                    match r {
                        Resume::For(v) | Resume::ForBody(v, _) | Resume::YieldFrom(v) => {
                            value(v, visit)
                        }
                        Resume::WithTarget(held) => {
                            value(&held.0, visit);
                            value(&held.1, visit);
                            value(&held.2, visit);
                        }
                        Resume::ForTarget(held) => {
                            value(&held.0, visit);
                            value(&held.1, visit);
                        }
                        Resume::With(held) => {
                            value(&held.0, visit);
                            value(&held.1, visit);
                        }
                        Resume::Try(TryStage::Handler(exc)) => value(exc, visit),
                        Resume::Try(TryStage::Finally(p)) | Resume::AsyncExit(p) => match &**p {
                            Pending::Flow(f) => flow(f, visit),
                            Pending::Error(e) => visit.obj(&e.exc),
                        },
                        Resume::Expr(p) => {
                            p.values.iter().for_each(|v| value(v, visit));
                            p.kw.iter().for_each(|(_, v)| value(v, visit));
                        }
                        _ => {}
                    }
                }
            }
        }
        Payload::Traceback(t) => {
            if let Ok(n) = t.next.try_borrow() {
                if let Some(n) = &*n {
                    visit.obj(n);
                }
            }
            visit.obj(&t.frame);
        }
        Payload::Super(s) => {
            visit.obj(&s.class);
            value(&s.obj, visit);
        }
        Payload::Iter(it) => {
            if let Ok(s) = it.state.try_borrow() {
                match &*s {
                    IterState::Seq { seq, .. } | IterState::SeqRev { seq, .. } => visit.obj(seq),
                    IterState::Str { s, .. } => visit.obj(s),
                    IterState::Dict { dict, .. } => visit.obj(dict),
                    IterState::Set { set, .. } => visit.obj(set),
                    IterState::Values { items, .. } => items.iter().for_each(|v| value(v, visit)),
                    IterState::Map { func, iters } => {
                        value(func, visit);
                        iters.iter().for_each(|v| value(v, visit));
                    }
                    IterState::Callable { func, sentinel } => {
                        value(func, visit);
                        value(sentinel, visit);
                    }
                    IterState::Filter { func, iter } => {
                        value(func, visit);
                        value(iter, visit);
                    }
                    IterState::Enumerate { iter, result, .. } => {
                        value(iter, visit);
                        opt(result, visit);
                    }
                    IterState::Zip { iters, result, .. } => {
                        iters.iter().for_each(|v| value(v, visit));
                        opt(result, visit);
                    }
                    IterState::GetItem { obj, .. } => value(obj, visit),
                    IterState::Range { .. } | IterState::Exhausted => {}
                }
            }
        }
        Payload::DictView(v) => visit.obj(&v.dict),
        Payload::MappingProxy(p) => visit.obj(&p.mapping),
        Payload::Weakref(w) => {
            if let Ok(cb) = w.callback.try_borrow() {
                opt(&cb, visit);
            }
            opt(&w.key, visit);
        }
        Payload::Set(s) => {
            if let Ok(t) = s.table.try_borrow() {
                for slot in &t.slots {
                    if let Slot::Active { key, .. } = slot {
                        value(key, visit);
                    }
                }
            }
        }
        _ => {}
    }
}

/// CPython's `tp_clear` for the types that have one: drops the references through which
/// cycles run. Everything released dies by the ordinary refcount path.
pub fn clear(obj: &ObjRef) {
    match obj.payload() {
        Payload::List(l) => {
            let items = match l.items.try_borrow_mut() {
                Ok(mut items) => std::mem::take(&mut *items),
                Err(_) => return,
            };
            // CPython's `_list_clear`: last item first.
            for v in items.into_iter().rev() {
                drop(v);
            }
        }
        Payload::Dict(d) => {
            let entries = match d.map.try_borrow_mut() {
                Ok(mut m) => std::mem::take(&mut *m),
                Err(_) => return,
            };
            crate::types::dict::release_entries(entries);
        }
        Payload::Instance(i) => {
            let attrs = match i.attrs.try_borrow_mut() {
                Ok(mut a) => std::mem::replace(
                    &mut *a,
                    Attrs::Shared {
                        values: Vec::new(),
                        order: None,
                    },
                ),
                Err(_) => return,
            };
            drop(attrs);
            if let Some(Value::Obj(b)) = i.base.as_deref() {
                clear(b);
            }
            if let Some(exc) = &i.exc {
                if let Ok(mut e) = exc.try_borrow_mut() {
                    let args = e.args.take();
                    let tb = e.traceback.take();
                    let cause = e.cause.take();
                    let context = e.context.take();
                    drop(e);
                    drop((args, tb, cause, context));
                }
            }
        }
        Payload::Function(f) => {
            let defaults = f
                .defaults
                .try_borrow_mut()
                .map(|mut d| std::mem::take(&mut *d));
            let kwdefaults = f
                .kwdefaults
                .try_borrow_mut()
                .map(|mut d| std::mem::take(&mut *d));
            let doc = f
                .doc
                .try_borrow_mut()
                .map(|mut d| std::mem::replace(&mut *d, Value::None));
            let dict = f.dict.try_borrow_mut().map(|mut d| d.take());
            let annotations = f
                .annotations
                .try_borrow_mut()
                .map(|mut a| std::mem::take(&mut *a));
            drop((defaults, kwdefaults, doc, dict));
            if let Ok(a) = annotations {
                a.release();
            }
        }
        Payload::Cell(c) => {
            let v = c.value.try_borrow_mut().map(|mut v| v.take());
            drop(v);
        }
        Payload::Class(c) => {
            let entries = match c.dict.map.try_borrow_mut() {
                Ok(mut m) => std::mem::take(&mut *m),
                Err(_) => return,
            };
            crate::types::dict::release_entries(entries);
        }
        Payload::Frame(f) => {
            // Slots stay in place (the frame may still be looked at), emptied.
            let slots: Vec<Option<Value>> = match f.slots.try_borrow_mut() {
                Ok(mut s) => s.iter_mut().map(Option::take).collect(),
                Err(_) => Vec::new(),
            };
            let back = f.take_back();
            let snapshot = f.take_snapshot();
            drop((slots, back, snapshot));
        }
        Payload::Generator(g) => {
            // Its frame (earlier in the collector's lists) was cleared first.
            let points = g
                .suspension
                .points
                .try_borrow_mut()
                .map(|mut p| std::mem::take(&mut *p));
            drop(points);
        }
        Payload::Traceback(t) => {
            let next = t.next.try_borrow_mut().map(|mut n| n.take());
            drop(next);
        }
        Payload::Weakref(w) => {
            let cb = w.callback.try_borrow_mut().map(|mut c| c.take());
            drop(cb);
        }
        Payload::Set(s) if s.table.try_borrow_mut().is_ok() => s.clear(),
        _ => {}
    }
}
