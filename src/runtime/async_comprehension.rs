//! Asynchronous comprehensions (`[x async for x in a]`, `[await f(x) for x in y]` inside a
//! coroutine). As in CPython, the comprehension's hidden function is itself a coroutine
//! that the enclosing expression awaits; its body builds the result level by level and
//! records, at each level, the iterator and the stage it stopped in.

use super::exec::Ctx;
use super::generator::{Partial, Resume, Sent, Step};
use super::interp::Interp;
use super::{Flow, PyResult};
use crate::object::{Payload, Value};
use crate::syntax::ast::*;

/// Where a level of an asynchronous comprehension stopped (`Partial::next`).
const NEXT: usize = 0;
const AWAIT_NEXT: usize = 1;
const DEEPER: usize = 2;
const ELEMENT: usize = 3;
const VALUE: usize = 4;
const ITER: usize = 5;
/// `COND + k`: evaluating the level's `k`-th condition.
const COND: usize = 6;

impl Interp {
    /// Whether a comprehension runs as a coroutine the enclosing expression awaits.
    pub(crate) fn is_async_comprehension(c: &Comprehension) -> bool {
        c.scope.flags.is_coroutine && c.kind != ComprehensionKind::Generator
    }

    /// The iterator an asynchronous comprehension's hidden function receives.
    pub(crate) fn comprehension_source(&self, c: &Comprehension, first: &Value) -> PyResult<Value> {
        if c.generators[0].is_async {
            self.async_iter(first)
        } else {
            self.iter(first)
        }
    }

    /// The body of an asynchronous comprehension's coroutine: the result (kept as the
    /// outermost suspension point), or a suspension.
    pub(crate) fn run_async_comprehension(
        &self,
        cx: &Ctx,
        c: &'static Comprehension,
    ) -> PyResult<Flow> {
        let result = if cx.is_resuming() {
            match self.resume_point(cx) {
                Some(Resume::For(r)) => r,
                _ => return Err(self.unsupported("this comprehension state")),
            }
        } else {
            match c.kind {
                ComprehensionKind::Dict => Value::Obj(self.new_dict()),
                ComprehensionKind::Set => Value::Obj(crate::types::set::new_set(false)),
                _ => self.new_list(vec![]),
            }
        };
        match self.async_comprehension_level(cx, c, 0, &result)? {
            Flow::Yield(v) => {
                self.suspend_at(cx, Resume::For(result));
                Ok(Flow::Yield(v))
            }
            _ => Ok(Flow::Return(result)),
        }
    }

    fn async_comprehension_level(
        &self,
        cx: &Ctx,
        c: &'static Comprehension,
        level: usize,
        result: &Value,
    ) -> PyResult<Flow> {
        let g = &c.generators[level];
        let innermost = level + 1 == c.generators.len();
        let resumed = if cx.is_resuming() {
            match self.resume_point(cx) {
                Some(Resume::Expr(p)) => Some(*p),
                _ => return Err(self.unsupported("this comprehension state")),
            }
        } else {
            None
        };
        let (it, mut stage, mut key) = if let Some(p) = resumed.filter(|p| p.next != ITER) {
            let mut values = p.values.into_iter();
            let it = values.next().unwrap_or(Value::None);
            (it, p.next, values.next())
        } else if level == 0 {
            let it = cx.f.slots.borrow()[0].clone().unwrap_or(Value::None);
            (it, NEXT, None)
        } else {
            let v = if g.iter.suspends {
                match self.eval_s(cx, &g.iter)? {
                    Step::Suspend(y) => {
                        self.suspend_at(
                            cx,
                            Resume::Expr(Box::new(Partial {
                                next: ITER,
                                values: Vec::new(),
                                kw: Vec::new(),
                            })),
                        );
                        return Ok(Flow::Yield(y));
                    }
                    Step::Done(v) => v,
                }
            } else {
                self.eval_iterable(cx, &g.iter)?
            };
            let it = if g.is_async {
                self.async_iter(&v)?
            } else {
                self.iter(&v)?
            };
            (it, NEXT, None)
        };
        // Records this level's place and suspends.
        let suspend = |interp: &Interp, it: Value, next: usize, held: Option<Value>, y: Value| {
            let mut values = vec![it];
            values.extend(held);
            interp.suspend_at(
                cx,
                Resume::Expr(Box::new(Partial {
                    next,
                    values,
                    kw: Vec::new(),
                })),
            );
            Ok(Flow::Yield(y))
        };
        'items: loop {
            if stage == NEXT || stage == AWAIT_NEXT {
                let item = if g.is_async {
                    let step = if stage == AWAIT_NEXT {
                        self.resume_delegate(cx)
                    } else {
                        self.anext_awaitable(&it)
                            .and_then(|aw| self.drive(cx, aw, Sent::Value(Value::None)))
                    };
                    match step {
                        Ok(Step::Suspend(y)) => return suspend(self, it, AWAIT_NEXT, None, y),
                        Ok(Step::Done(item)) => item,
                        Err(e)
                            if self.isinstance(
                                &Value::Obj(e.exc.clone()),
                                &self.stop_async_iteration(),
                            ) =>
                        {
                            break;
                        }
                        Err(e) => return Err(e),
                    }
                } else {
                    match self.next(&it)? {
                        Some(item) => item,
                        None => break,
                    }
                };
                self.assign(cx, &g.target, item)?;
                stage = COND;
            }
            while stage >= COND && stage - COND < g.ifs.len() {
                match self.eval_s(cx, &g.ifs[stage - COND])? {
                    Step::Suspend(y) => return suspend(self, it, stage, None, y),
                    Step::Done(t) => {
                        if !self.truthy(&t)? {
                            stage = NEXT;
                            continue 'items;
                        }
                    }
                }
                stage += 1;
            }
            if !innermost {
                if let Flow::Yield(y) = self.async_comprehension_level(cx, c, level + 1, result)? {
                    return suspend(self, it, DEEPER, None, y);
                }
                stage = NEXT;
                continue;
            }
            if stage != VALUE {
                match self.eval_s(cx, &c.element)? {
                    Step::Suspend(y) => return suspend(self, it, ELEMENT, None, y),
                    Step::Done(v) => key = Some(v),
                }
            }
            let Value::Obj(r) = result else { break };
            match (c.kind, r.payload()) {
                (ComprehensionKind::Dict, _) => {
                    let v = match &c.value {
                        Some(e) => match self.eval_s(cx, e)? {
                            Step::Suspend(y) => return suspend(self, it, VALUE, key, y),
                            Step::Done(v) => v,
                        },
                        None => Value::None,
                    };
                    self.dict_set(r, key.take().unwrap_or(Value::None), v)?;
                }
                (_, Payload::List(l)) => {
                    l.items.borrow_mut().push(key.take().unwrap_or(Value::None))
                }
                (_, Payload::Set(s)) => {
                    crate::types::set::add_key(self, s, key.take().unwrap_or(Value::None))?
                }
                _ => {}
            }
            stage = NEXT;
        }
        drop(it);
        Ok(Flow::Normal)
    }
}
