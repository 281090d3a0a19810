//! `*iterable` and `**mapping` arguments of a call: merging `**` mappings into the keyword
//! arguments, and the errors CPython 3.11 reports for both (its `CALL_FUNCTION_EX`,
//! `LIST_EXTEND` and `DICT_MERGE` paths), which name the callable as
//! `_PyObject_FunctionStr` does (`__main__.f()`).

use super::exec::Ctx;
use super::interp::Interp;
use super::{PyErr, PyResult};
use crate::object::{ObjRef, Payload, Value};
use crate::source::Span;
use crate::syntax::ast::Keyword;
use crate::types::function::Args;
use std::rc::Rc;

/// What the `**` arguments of one call have merged so far besides the keyword arguments:
/// keys that are not strings. CPython merges every `**` mapping into one dict first and
/// rejects such keys only at the call, so later arguments are still evaluated and merged.
#[derive(Default)]
pub struct NonStrKeys(Vec<(Value, Value)>);

impl NonStrKeys {
    /// The call's error once every argument is merged, if a key was not a string.
    #[inline]
    pub fn check(self, interp: &Interp) -> PyResult<()> {
        if self.0.is_empty() {
            return Ok(());
        }
        Err(non_str_error(interp))
    }
}

#[cold]
#[inline(never)]
fn non_str_error(interp: &Interp) -> PyErr {
    interp.type_error("keywords must be strings")
}

impl Interp {
    /// How CPython names a callable in argument errors (`_PyObject_FunctionStr`):
    /// `module.qualname()`, `qualname()` for built-ins, or `str(callable)` when it has no
    /// `__qualname__`.
    #[inline(never)]
    pub(crate) fn function_str(&self, callable: &Value) -> PyResult<String> {
        match callable.as_obj().map(ObjRef::payload) {
            Some(Payload::Builtin(b)) => return Ok(b.call_name()),
            Some(Payload::Method(m))
                if matches!(
                    m.func.as_obj().map(ObjRef::payload),
                    Some(Payload::Builtin(_))
                ) =>
            {
                return Ok(self.callable_name(callable));
            }
            _ => {}
        }
        let Some(qualname) = self.lookup_attr_or_none(callable, "__qualname__")? else {
            return self.str(callable);
        };
        let qualname = self.str(&qualname)?;
        match self.lookup_attr_or_none(callable, "__module__")? {
            Some(Value::None) | None => Ok(format!("{qualname}()")),
            Some(module) => {
                let module = self.str(&module)?;
                Ok(if module == "builtins" {
                    format!("{qualname}()")
                } else {
                    format!("{module}.{qualname}()")
                })
            }
        }
    }

    /// The error for a `*v` argument that could not be unpacked: `err` itself unless `v` is
    /// not iterable at all. A call whose only positional argument is `*v` reports it with
    /// the callable's name (CPython's `CALL_FUNCTION_EX`); with other positional arguments
    /// the list being built reports it (`LIST_EXTEND`).
    #[inline(never)]
    pub(crate) fn star_arg_error(
        &self,
        callable: &Value,
        v: &Value,
        err: PyErr,
        sole: bool,
    ) -> PyErr {
        if !self.not_iterable(&err, v) {
            return err;
        }
        let what = if sole {
            match self.function_str(callable) {
                Ok(name) => format!("{name} argument after *"),
                Err(e) => return e,
            }
        } else {
            "Value after *".to_string()
        };
        self.type_error(format!(
            "{what} must be an iterable, not {}",
            self.type_name(v)
        ))
    }

    /// Evaluates the keyword arguments of a call from its first `**` on and merges them
    /// into `kw`; a key that is not a string is rejected once all are merged, at the call.
    #[inline(never)]
    pub(crate) fn merge_keywords(
        &self,
        cx: &Ctx,
        span: Span,
        call_span: Span,
        callable: &Value,
        kw: &mut Vec<(Rc<str>, Value)>,
        keywords: &'static [Keyword],
    ) -> PyResult<()> {
        let mut non_str = NonStrKeys::default();
        for k in keywords {
            let v = self.eval(cx, &k.value)?;
            cx.at(span);
            match &k.name {
                Some(name) => {
                    self.merge_keyword(callable, kw, &mut non_str, self.new_str(&**name), v)?
                }
                None => self.merge_kwargs(callable, kw, &mut non_str, &v)?,
            }
        }
        cx.at(call_span);
        non_str.check(self)
    }

    /// Adds the items of a `**v` argument to the keyword arguments `kw` (CPython's
    /// `DICT_MERGE`): a dict's own items, or `v.keys()` and `v[key]` for another mapping.
    #[inline(never)]
    pub(crate) fn merge_kwargs(
        &self,
        callable: &Value,
        kw: &mut Vec<(Rc<str>, Value)>,
        non_str: &mut NonStrKeys,
        v: &Value,
    ) -> PyResult<()> {
        let mapping = super::native_base::native_value(v).unwrap_or(v);
        if let Some(Payload::Dict(d)) = mapping.as_obj().map(ObjRef::payload) {
            // Keys that are not strings are compared (which may run Python code) once the
            // dict is no longer borrowed.
            let mut others = Vec::new();
            for (key, value) in d.map.borrow().iter() {
                match super::ops::str_of(&key.key) {
                    Some(name) if kw.iter().any(|(k, _)| &**k == name) => {
                        return Err(self.multiple_values(callable, name));
                    }
                    Some(name) => kw.push((name.into(), value.clone())),
                    None => others.push((key.key.clone(), value.clone())),
                }
            }
            for (key, value) in others {
                self.merge_keyword(callable, kw, non_str, key, value)?;
            }
            return Ok(());
        }
        // Any AttributeError while reading a mapping means it is not one (CPython's
        // `format_kwargs_error`).
        let not_mapping = |e: PyErr| -> PyErr {
            if !self.is_attribute_error(&e) {
                return e;
            }
            match self.function_str(callable) {
                Ok(name) => self.type_error(format!(
                    "{name} argument after ** must be a mapping, not {}",
                    self.type_name(v)
                )),
                Err(e) => e,
            }
        };
        let keys = self.getattr(v, "keys").map_err(not_mapping)?;
        let keys = self
            .call(&keys, Args::positional(vec![]))
            .map_err(not_mapping)?;
        let keys = match self.collect(&keys) {
            Ok(keys) => keys,
            Err(e) if self.not_iterable(&e, &keys) => {
                return Err(self.type_error(format!(
                    "{}.keys() returned a non-iterable (type {})",
                    self.type_name(v),
                    self.type_name(&keys)
                )))
            }
            Err(e) => return Err(not_mapping(e)),
        };
        for key in keys {
            self.check_new_keyword(callable, kw, non_str, &key)?;
            let value = self.getitem(v, &key).map_err(not_mapping)?;
            match super::ops::str_of(&key) {
                Some(name) => kw.push((name.into(), value)),
                None => non_str.0.push((key, value)),
            }
        }
        Ok(())
    }

    /// One key of a `**` mapping: a repeated key is CPython's KeyError turned into "got
    /// multiple values", a key that is not a string is kept for the call to reject.
    #[inline(never)]
    pub(crate) fn merge_keyword(
        &self,
        callable: &Value,
        kw: &mut Vec<(Rc<str>, Value)>,
        non_str: &mut NonStrKeys,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        self.check_new_keyword(callable, kw, non_str, &key)?;
        match super::ops::str_of(&key) {
            Some(name) => kw.push((name.into(), value)),
            None => non_str.0.push((key, value)),
        }
        Ok(())
    }

    /// Fails when `key` was already merged (CPython checks before reading the value).
    #[inline(never)]
    fn check_new_keyword(
        &self,
        callable: &Value,
        kw: &[(Rc<str>, Value)],
        non_str: &NonStrKeys,
        key: &Value,
    ) -> PyResult<()> {
        if let Some(name) = super::ops::str_of(key) {
            if kw.iter().any(|(k, _)| &**k == name) {
                return Err(self.multiple_values(callable, name));
            }
            return Ok(());
        }
        for i in 0..non_str.0.len() {
            let seen = non_str.0[i].0.clone();
            if self.eq(&seen, key)? {
                return Err(self.multiple_values(callable, &self.str(key)?));
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn multiple_values(&self, callable: &Value, key: &str) -> PyErr {
        match self.function_str(callable) {
            Ok(name) => self.type_error(format!(
                "{name} got multiple values for keyword argument '{key}'"
            )),
            Err(e) => e,
        }
    }
}
