//! The iteration protocol's edges for Python classes: an object with `__getitem__` and no
//! `__iter__` is iterated by index until IndexError or StopIteration (CPython's
//! `PySeqIter`), and `iter()` rejects an `__iter__` that returns something without
//! `__next__`.

use super::interp::Interp;
use super::PyResult;
use crate::object::{ObjRef, Payload, Value};
use crate::types::class::class_lookup;
use crate::types::iter::{IterState, PyIter};

impl Interp {
    /// The result of `__iter__`, checked to be an iterator.
    pub fn checked_iterator(&self, r: Value) -> PyResult<Value> {
        let ok = match r.as_obj().map(ObjRef::payload) {
            Some(Payload::Iter(_) | Payload::Generator(_)) => true,
            _ => class_lookup(&self.type_of(&r), "__next__").is_some(),
        };
        if ok {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "iter() returned non-iterator of type '{}'",
            self.type_name(&r)
        )))
    }

    /// The state of a sequence iterator over `v`, when its class has `__getitem__`.
    pub fn getitem_iter(&self, v: &Value) -> Option<(IterState, &'static str)> {
        class_lookup(&self.type_of(v), "__getitem__")?;
        Some((
            IterState::GetItem {
                obj: v.clone(),
                index: 0,
            },
            "iterator",
        ))
    }

    /// The next item of a sequence iterator: `obj[index]`, or the end at IndexError or
    /// StopIteration.
    pub fn getitem_iter_next(
        &self,
        it: &PyIter,
        obj: Value,
        index: i64,
    ) -> PyResult<Option<Value>> {
        match self.getitem(&obj, &Value::Int(index)) {
            Ok(v) => {
                if let IterState::GetItem { index: i, .. } = &mut *it.state.borrow_mut() {
                    *i = index + 1;
                }
                Ok(Some(v))
            }
            Err(e)
                if self.isinstance(&Value::Obj(e.exc.clone()), &self.exc.index_error)
                    || self.isinstance(&Value::Obj(e.exc.clone()), &self.exc.stop_iteration) =>
            {
                let old = std::mem::replace(&mut *it.state.borrow_mut(), IterState::Exhausted);
                drop(old);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}
