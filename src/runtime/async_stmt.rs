//! `async for` and `async with`, and `with` statements whose items suspend. They await
//! `__anext__`, `__aenter__` and `__aexit__` through the same delegation as `await`, and
//! record where they stopped as the other constructs do (`runtime/generator.rs`).

use super::exec::Ctx;
use super::generator::{Partial, Pending, Resume, Sent, Step};
use super::interp::Interp;
use super::{Flow, PyResult};
use crate::object::{Payload, Value};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::types::class::class_lookup;
use crate::types::function::Args;

impl Interp {
    /// `async for target in iter: body else: orelse`. Points: `Header` while evaluating the
    /// iterable, `Expr` (holding the async iterator) while awaiting `__anext__`, `For`
    /// inside the body, `Branch(false)` inside `else`.
    pub(crate) fn exec_async_for(
        &self,
        cx: &Ctx,
        s: &'static Stmt,
        target: &'static Expr,
        iter: &'static Expr,
        body: &'static [Stmt],
        orelse: &'static [Stmt],
    ) -> PyResult<Flow> {
        enum At {
            Next,
            Awaiting,
            Body,
        }
        let (it, mut at) = match self.resume_header_point(cx)? {
            None => match self.eval_s(cx, iter)? {
                Step::Suspend(v) => {
                    self.suspend_at(cx, Resume::Header);
                    return Ok(Flow::Yield(v));
                }
                Step::Done(iterable) => {
                    cx.at(iter.span);
                    (self.async_iter(&iterable)?, At::Next)
                }
            },
            Some(Resume::Expr(p)) => {
                let Some(it) = p.values.into_iter().next() else {
                    return Err(self.unsupported("this async for state"));
                };
                (it, At::Awaiting)
            }
            Some(Resume::For(it)) => (it, At::Body),
            Some(Resume::Branch(false)) => return self.exec_loop_else(cx, orelse),
            Some(_) => return Err(self.unsupported("this async for state")),
        };
        loop {
            if !matches!(at, At::Body) {
                let step = match at {
                    At::Awaiting => self.resume_delegate(cx),
                    _ => {
                        cx.at(s.span);
                        self.anext_awaitable(&it)
                            .and_then(|aw| self.drive(cx, aw, Sent::Value(Value::None)))
                    }
                };
                match step {
                    Ok(Step::Suspend(v)) => {
                        self.suspend_at(
                            cx,
                            Resume::Expr(Box::new(Partial {
                                next: 1,
                                values: vec![it],
                                kw: Vec::new(),
                            })),
                        );
                        return Ok(Flow::Yield(v));
                    }
                    Ok(Step::Done(item)) => self.assign(cx, target, item)?,
                    Err(e)
                        if self.isinstance(
                            &Value::Obj(e.exc.clone()),
                            &self.stop_async_iteration(),
                        ) =>
                    {
                        drop(e);
                        break;
                    }
                    Err(e) => return Err(e),
                }
            }
            at = At::Next;
            match self.exec_block(cx, body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Yield(v) => {
                    self.suspend_at(cx, Resume::For(it));
                    return Ok(Flow::Yield(v));
                }
                _ => {}
            }
        }
        drop(it);
        self.exec_loop_else(cx, orelse)
    }

    /// The point a statement recorded (`Header` reads as `None`: start over, the header's
    /// own points resume it).
    fn resume_header_point(&self, cx: &Ctx) -> PyResult<Option<Resume>> {
        if !cx.is_resuming() {
            return Ok(None);
        }
        match self.resume_point(cx) {
            Some(Resume::Header) => Ok(None),
            Some(p) => Ok(Some(p)),
            None => Err(self.err(&self.exc.runtime_error, "refpy: corrupt generator state")),
        }
    }

    /// `aiter(v)` as `async for` calls it.
    pub(crate) fn async_iter(&self, v: &Value) -> PyResult<Value> {
        let class = self.type_of(v);
        let Some(m) = class_lookup(&class, "__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            )));
        };
        let it = self.call(&m, Args::positional(vec![v.clone()]))?;
        if class_lookup(&self.type_of(&it), "__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// The iterator that awaits `it.__anext__()`.
    pub(crate) fn anext_awaitable(&self, it: &Value) -> PyResult<Value> {
        let class = self.type_of(it);
        let Some(m) = class_lookup(&class, "__anext__") else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(it)
            )));
        };
        let aw = self.call(&m, Args::positional(vec![it.clone()]))?;
        self.awaitable_iter(&aw).map_err(|_| {
            self.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                self.type_name(&aw)
            ))
        })
    }

    /// A `with` or `async with` statement that must suspend in its header.
    pub(crate) fn exec_with_suspending(
        &self,
        cx: &Ctx,
        s: &'static Stmt,
        items: &'static [WithItem],
        body: &'static [Stmt],
    ) -> PyResult<Flow> {
        let is_async = matches!(s.kind, StmtKind::With { is_async: true, .. });
        self.with_items(cx, s.span, is_async, items, body)
    }

    /// One item of the statement and, inside it, the rest. Points: `Header` while
    /// evaluating the item, `Expr` holding the manager and `__aexit__` while awaiting
    /// `__aenter__`, `With` inside, `AsyncExit` while awaiting `__aexit__`.
    fn with_items(
        &self,
        cx: &Ctx,
        span: Span,
        is_async: bool,
        items: &'static [WithItem],
        body: &'static [Stmt],
    ) -> PyResult<Flow> {
        let Some((item, rest)) = items.split_first() else {
            return self.exec_block(cx, body);
        };
        // `entered`: what `__enter__` returned, bound to the target inside the statement
        // (an error there reaches `__exit__`); `None` when resuming inside the body.
        let (manager, exit, entered) = match self.resume_header_point(cx)? {
            None => {
                let manager = match self.eval_s(cx, &item.context)? {
                    Step::Suspend(v) => {
                        self.suspend_at(cx, Resume::Header);
                        return Ok(Flow::Yield(v));
                    }
                    Step::Done(m) => m,
                };
                if !is_async {
                    let (manager, exit, entered) = self.enter_manager(cx, span, manager)?;
                    (manager, exit, Some(entered))
                } else {
                    cx.at(span);
                    let (exit, aw) = self.async_enter(&manager)?;
                    let step = self.drive(cx, aw, Sent::Value(Value::None))?;
                    match self.entered(cx, manager, exit, step) {
                        Ok((manager, exit, entered)) => (manager, exit, Some(entered)),
                        Err(v) => return Ok(Flow::Yield(v)),
                    }
                }
            }
            Some(Resume::Expr(p)) => {
                let mut values = p.values.into_iter();
                let (Some(manager), Some(exit)) = (values.next(), values.next()) else {
                    return Err(self.unsupported("this async with state"));
                };
                let step = self.resume_delegate(cx)?;
                match self.entered(cx, manager, exit, step) {
                    Ok((manager, exit, entered)) => (manager, exit, Some(entered)),
                    Err(v) => return Ok(Flow::Yield(v)),
                }
            }
            Some(Resume::With(held)) => {
                let (manager, exit) = *held;
                (manager, exit, None)
            }
            Some(Resume::WithTarget(held)) => {
                let (manager, exit, entered) = *held;
                (manager, exit, Some(entered))
            }
            Some(Resume::AsyncExit(pending)) => {
                let step = self.resume_delegate(cx);
                return self.async_exited(cx, step, *pending);
            }
            Some(_) => return Err(self.unsupported("this with state")),
        };
        let outcome = match entered {
            Some(entered) => match &item.target {
                Some(t) if t.suspends => match self.assign_s(cx, t, entered.clone()) {
                    Ok(Step::Suspend(y)) => {
                        let held = Box::new((manager, exit, entered));
                        self.suspend_at(cx, Resume::WithTarget(held));
                        return Ok(Flow::Yield(y));
                    }
                    Ok(Step::Done(_)) => {
                        drop(entered);
                        self.with_items(cx, span, is_async, rest, body)
                    }
                    Err(e) => {
                        drop(entered);
                        Err(e)
                    }
                },
                _ => self
                    .bind_with_target(cx, item, entered)
                    .and_then(|()| self.with_items(cx, span, is_async, rest, body)),
            },
            None => self.with_items(cx, span, is_async, rest, body),
        };
        if let Ok(Flow::Yield(v)) = outcome {
            self.suspend_at(cx, Resume::With(Box::new((manager, exit))));
            return Ok(Flow::Yield(v));
        }
        if !is_async {
            return self.exit_with(cx, span, manager, exit, outcome);
        }
        cx.at(span);
        let pending = match outcome {
            Ok(flow) => Pending::Flow(flow),
            Err(err) => Pending::Error(err),
        };
        let args = match &pending {
            Pending::Error(err) => {
                let exc = Value::Obj(err.exc.clone());
                let typ = Value::Obj(self.type_of(&exc));
                let tb = match err.exc.payload() {
                    Payload::Instance(i) => i
                        .exc
                        .as_ref()
                        .and_then(|e| e.borrow().traceback.clone())
                        .map_or(Value::None, Value::Obj),
                    _ => Value::None,
                };
                vec![manager, typ, exc, tb]
            }
            Pending::Flow(_) => vec![manager, Value::None, Value::None, Value::None],
        };
        let step = self
            .call(&exit, Args::positional(args))
            .and_then(|aw| {
                self.awaitable_iter(&aw).map_err(|_| {
                    self.type_error(format!(
                        "'async with' received an object from __aexit__ that does not implement __await__: {}",
                        self.type_name(&aw)
                    ))
                })
            })
            .and_then(|it| self.drive(cx, it, Sent::Value(Value::None)));
        self.async_exited(cx, step, pending)
    }

    /// Looks up `__aenter__` and `__aexit__` and calls `__aenter__`: the `__aexit__` and
    /// the iterator awaiting the entry.
    fn async_enter(&self, manager: &Value) -> PyResult<(Value, Value)> {
        let class = self.type_of(manager);
        let (Some(enter), Some(exit)) = (
            class_lookup(&class, "__aenter__"),
            class_lookup(&class, "__aexit__"),
        ) else {
            let missing = if class_lookup(&class, "__aenter__").is_none() {
                ""
            } else {
                " (missed __aexit__ method)"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{missing}",
                self.type_name(manager)
            )));
        };
        let aw = self.call(&enter, Args::positional(vec![manager.clone()]))?;
        let it = self.awaitable_iter(&aw).map_err(|_| {
            self.type_error(format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                self.type_name(&aw)
            ))
        })?;
        Ok((exit, it))
    }

    /// After a step of awaiting `__aenter__`: the manager, `__aexit__` and what
    /// `__aenter__` produced once entered, or the value the generator suspends with.
    fn entered(
        &self,
        cx: &Ctx,
        manager: Value,
        exit: Value,
        step: Step,
    ) -> Result<(Value, Value, Value), Value> {
        match step {
            Step::Suspend(v) => {
                self.suspend_at(
                    cx,
                    Resume::Expr(Box::new(Partial {
                        next: 1,
                        values: vec![manager, exit],
                        kw: Vec::new(),
                    })),
                );
                Err(v)
            }
            Step::Done(entered) => Ok((manager, exit, entered)),
        }
    }

    /// After a step of awaiting `__aexit__`: suspends again, or ends the statement (a true
    /// result swallows the body's exception).
    fn async_exited(&self, cx: &Ctx, step: PyResult<Step>, pending: Pending) -> PyResult<Flow> {
        match step? {
            Step::Suspend(v) => {
                self.suspend_at(cx, Resume::AsyncExit(Box::new(pending)));
                Ok(Flow::Yield(v))
            }
            Step::Done(r) => match pending {
                Pending::Flow(flow) => Ok(flow),
                Pending::Error(err) => {
                    if self.truthy(&r)? {
                        Ok(Flow::Normal)
                    } else {
                        Err(err)
                    }
                }
            },
        }
    }
}
