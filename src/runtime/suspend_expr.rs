//! `yield`, `yield from` and `await` inside expressions. An expression node the resolver
//! marked `suspends` is evaluated here instead of by the fast evaluator: it evaluates its
//! operands in CPython's order, and when one of them suspends the generator, the node
//! records the operands it already holds (as CPython's value stack holds them) in a
//! `Resume::Expr` point. Resuming pops that point, keeps the held operands and continues
//! with the operand that suspended. Statements whose expressions suspend (`x = (yield) + 1`,
//! `if (yield):`, `f(await g())`) go through `exec_suspending`.

use super::exec::Ctx;
use super::generator::{Partial, Resume, Step};
use super::interp::Interp;
use super::{Flow, PyErr, PyResult};
use crate::object::{ObjRef, Payload, Value};
use crate::syntax::ast::*;
use std::rc::Rc;

/// The operands a suspending node holds while it evaluates the rest.
struct Held {
    next: usize,
    values: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
}

impl Held {
    /// What this node recorded when it suspended, or a fresh start.
    fn resume(interp: &Interp, cx: &Ctx) -> PyResult<Held> {
        if !cx.is_resuming() {
            return Ok(Held {
                next: 0,
                values: Vec::new(),
                kw: Vec::new(),
            });
        }
        match interp.resume_point(cx) {
            Some(Resume::Expr(p)) => {
                let p = *p;
                Ok(Held {
                    next: p.next,
                    values: p.values,
                    kw: p.kw,
                })
            }
            _ => Err(interp.err(&interp.exc.runtime_error, "refpy: corrupt generator state")),
        }
    }

    /// Records the held operands: the generator suspends inside operand `next`.
    fn suspend(self, interp: &Interp, cx: &Ctx, next: usize, v: Value) -> Step {
        interp.suspend_at(
            cx,
            Resume::Expr(Box::new(Partial {
                next,
                values: self.values,
                kw: self.kw,
            })),
        );
        Step::Suspend(v)
    }

    /// An exception unwinds through the node: the held operands are released from the top
    /// of the stack down, as CPython's unwinding pops them.
    fn release(mut self) {
        while let Some((k, v)) = self.kw.pop() {
            drop(v);
            drop(k);
        }
        crate::types::list::release_backwards(&mut self.values);
    }
}

/// Evaluates operand `$i` (`$child`) unless it is already held, pushing its value; returns
/// from the enclosing function when it suspends or raises.
macro_rules! operand {
    ($self:ident, $cx:ident, $held:ident, $i:expr, $child:expr) => {
        if $held.next <= $i {
            match $self.eval_s($cx, $child) {
                Ok(Step::Done(v)) => {
                    $held.values.push(v);
                    $held.next = $i + 1;
                }
                Ok(Step::Suspend(y)) => return Ok($held.suspend($self, $cx, $i, y).into()),
                Err(e) => {
                    $held.release();
                    return Err(e);
                }
            }
        }
    };
}

/// Like `operand!`, for a value that is not kept on the stack: yields it.
macro_rules! value_of {
    ($self:ident, $cx:ident, $held:ident, $i:expr, $child:expr) => {
        match $self.eval_s($cx, $child) {
            Ok(Step::Done(v)) => v,
            Ok(Step::Suspend(y)) => return Ok($held.suspend($self, $cx, $i, y).into()),
            Err(e) => {
                $held.release();
                return Err(e);
            }
        }
    };
}

/// `?` for an operation that runs while operands are held.
macro_rules! attempt {
    ($held:ident, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => {
                $held.release();
                return Err(e);
            }
        }
    };
}

impl Interp {
    /// Evaluates an expression that may suspend the generator.
    pub fn eval_s(&self, cx: &Ctx, e: &'static Expr) -> PyResult<Step> {
        if !e.suspends {
            return self.eval(cx, e).map(Step::Done);
        }
        match &e.kind {
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_) => {
                self.yield_step(cx, e)
            }
            _ => self.eval_partial(cx, e),
        }
    }

    /// An expression that contains a suspension point below it.
    fn eval_partial(&self, cx: &Ctx, e: &'static Expr) -> PyResult<Step> {
        let mut held = Held::resume(self, cx)?;
        let v = match &e.kind {
            ExprKind::Attribute { value, attr, .. } => {
                operand!(self, cx, held, 0, value);
                let obj = held.values.pop().unwrap_or(Value::None);
                cx.at(super::eval::attr_position(cx, e.span, e, attr));
                self.getattr(&obj, attr)?
            }
            ExprKind::Subscript { value, index } => {
                operand!(self, cx, held, 0, value);
                operand!(self, cx, held, 1, index);
                let idx = held.values.pop().unwrap_or(Value::None);
                let obj = held.values.pop().unwrap_or(Value::None);
                cx.at(e.span);
                let r = self.getitem(&obj, &idx);
                drop(obj);
                drop(idx);
                r?
            }
            ExprKind::Slice { lower, upper, step } => {
                for (i, part) in [lower, upper, step].into_iter().enumerate() {
                    match part {
                        Some(x) => operand!(self, cx, held, i, x),
                        None if held.next <= i => {
                            held.values.push(Value::None);
                            held.next = i + 1;
                        }
                        None => {}
                    }
                }
                let mut parts = held.values.into_iter();
                let mut next = || parts.next().unwrap_or(Value::None);
                let (start, stop, step) = (next(), next(), next());
                Value::Obj(ObjRef::new(Payload::Slice(Box::new(
                    crate::types::iter::PySlice { start, stop, step },
                ))))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => return self.call_partial(cx, e, held, func, args, keywords),
            ExprKind::UnaryOp { op, operand } => {
                operand!(self, cx, held, 0, operand);
                let v = held.values.pop().unwrap_or(Value::None);
                cx.at(e.span);
                self.unary_op(*op, &v)?
            }
            ExprKind::BinOp { left, op, right } => {
                operand!(self, cx, held, 0, left);
                operand!(self, cx, held, 1, right);
                let b = held.values.pop().unwrap_or(Value::None);
                let a = held.values.pop().unwrap_or(Value::None);
                cx.at(e.span);
                let r = self.binary_op(*op, &a, &b);
                drop(a);
                drop(b);
                r?
            }
            ExprKind::BoolOp { op, values } => {
                // Only the operand being evaluated is live: a tested one is popped.
                let mut last = Value::None;
                for (i, v) in values.iter().enumerate().skip(held.next) {
                    drop(last);
                    last = value_of!(self, cx, held, i, v);
                    if i + 1 < values.len() {
                        let t = self.truthy(&last)?;
                        if (*op == BoolOp::And) != t {
                            return Ok(Step::Done(last));
                        }
                    }
                }
                last
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                // `held.values` holds the left operand of the comparison being evaluated.
                if held.next == 0 {
                    operand!(self, cx, held, 0, left);
                }
                let start = held.next - 1;
                for (i, (op, right)) in ops.iter().zip(comparators).enumerate().skip(start) {
                    let b = value_of!(self, cx, held, i + 1, right);
                    let a = held.values.pop().unwrap_or(Value::None);
                    cx.at(e.span);
                    let r = self.compare(*op, &a, &b)?;
                    if i + 1 == ops.len() {
                        drop(a);
                        drop(b);
                        return Ok(Step::Done(r));
                    }
                    if !self.truthy(&r)? {
                        return Ok(Step::Done(r));
                    }
                    drop(r);
                    drop(a);
                    held.values.push(b);
                    held.next = i + 2;
                }
                Value::None
            }
            ExprKind::IfExp { test, body, orelse } => {
                let branch = match held.next {
                    0 => {
                        let t = value_of!(self, cx, held, 0, test);
                        if self.truthy(&t)? {
                            1
                        } else {
                            2
                        }
                    }
                    n => n,
                };
                let chosen = if branch == 1 { body } else { orelse };
                value_of!(self, cx, held, branch, chosen)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    self_item(self, cx, &mut held, i, item, e)?;
                    if let Some(step) = held_suspended(&mut held) {
                        return Ok(step);
                    }
                }
                let values = std::mem::take(&mut held.values);
                if matches!(e.kind, ExprKind::Tuple(_)) {
                    self.new_tuple(values)
                } else {
                    self.new_list(values)
                }
            }
            ExprKind::Set(items) => {
                for (i, item) in items.iter().enumerate() {
                    self_item(self, cx, &mut held, i, item, e)?;
                    if let Some(step) = held_suspended(&mut held) {
                        return Ok(step);
                    }
                }
                cx.at(e.span);
                let r = crate::types::set::new_set(false);
                for v in std::mem::take(&mut held.values) {
                    crate::types::set::add_key(self, crate::types::set::set_of(&r), v)?;
                }
                Value::Obj(r)
            }
            ExprKind::Dict(items) => {
                let mut i = 0;
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            operand!(self, cx, held, i, k);
                            operand!(self, cx, held, i + 1, v);
                        }
                        DictItem::Unpack(m) => {
                            operand!(self, cx, held, i, m);
                            if held.next <= i + 1 {
                                held.values.push(Value::None);
                                held.next = i + 2;
                            }
                        }
                    }
                    i += 2;
                }
                cx.at(e.span);
                let d = self.new_dict();
                let mut values = std::mem::take(&mut held.values).into_iter();
                for item in items {
                    let (a, b) = (
                        values.next().unwrap_or(Value::None),
                        values.next().unwrap_or(Value::None),
                    );
                    match item {
                        DictItem::Pair(..) => self.dict_set(&d, a, b)?,
                        DictItem::Unpack(_) => self.dict_update(&d, &a)?,
                    }
                }
                Value::Obj(d)
            }
            ExprKind::FString(parts) => {
                // Each field is formatted as soon as it is evaluated; the texts are held.
                let mut i = 0;
                for part in parts {
                    if let FStringPart::Field(f) = part {
                        if held.next <= i {
                            let v = value_of!(self, cx, held, i, &f.value);
                            cx.at(e.span);
                            let text = attempt!(held, self.format_field(cx, f, v, e.span));
                            held.values.push(self.new_str(text));
                            held.next = i + 1;
                        }
                        i += 1;
                    }
                }
                let mut out = String::new();
                let mut texts = held.values.iter();
                for part in parts {
                    match part {
                        FStringPart::Literal(s) => out.push_str(s),
                        FStringPart::Field(f) => {
                            if let Some(t) = &f.debug_text {
                                out.push_str(t);
                            }
                            if let Some(s) = texts.next().and_then(super::ops::str_of) {
                                out.push_str(s);
                            }
                        }
                    }
                }
                self.new_str(out)
            }
            ExprKind::Comprehension(c) => {
                // The hidden function is made before the first iterable is evaluated.
                if held.next == 0 {
                    held.values.push(self.comprehension_function(cx, e, c));
                    held.next = 1;
                }
                let awaiting = held.next == 2;
                operand!(self, cx, held, 1, &c.generators[0].iter);
                if Self::is_async_comprehension(c) {
                    // The hidden function is a coroutine, awaited here (operand 2).
                    let step = if awaiting {
                        self.resume_delegate(cx)
                    } else {
                        let first = held.values.pop().unwrap_or(Value::None);
                        let func = held.values.pop().unwrap_or(Value::None);
                        cx.at(e.span);
                        let coro = self.comprehension_source(c, &first).and_then(|it| {
                            drop(first);
                            self.call(&func, crate::types::function::Args::positional(vec![it]))
                        });
                        drop(func);
                        coro.and_then(|co| {
                            self.drive(cx, co, super::generator::Sent::Value(Value::None))
                        })
                    };
                    return match step? {
                        Step::Suspend(y) => Ok(held.suspend(self, cx, 2, y)),
                        Step::Done(v) => Ok(Step::Done(v)),
                    };
                }
                let first = held.values.pop().unwrap_or(Value::None);
                let func = held.values.pop().unwrap_or(Value::None);
                self.call_comprehension(cx, e, func, first)?
            }
            ExprKind::NamedExpr { target, value } => {
                operand!(self, cx, held, 0, value);
                let v = held.values.pop().unwrap_or(Value::None);
                self.store_name(cx, target, v.clone())?;
                v
            }
            ExprKind::Starred(_) => {
                return Err(self.err(&self.exc.runtime_error, "can't use starred expression here"))
            }
            _ => return Err(self.unsupported_suspension()),
        };
        Ok(Step::Done(v))
    }

    fn unsupported_suspension(&self) -> PyErr {
        self.err(
            &self.exc.not_implemented_error,
            "yield or await in this position is not supported by refpy yet",
        )
    }

    /// A call whose function or arguments suspend. `held.values` holds the callable and
    /// the positional arguments so far (`*args` already expanded), `held.kw` the keyword
    /// arguments; operand 0 is the function, then each argument, then each keyword.
    fn call_partial(
        &self,
        cx: &Ctx,
        e: &'static Expr,
        mut held: Held,
        func: &'static Expr,
        args: &'static [Arg],
        keywords: &'static [Keyword],
    ) -> PyResult<Step> {
        let simple = !args.iter().any(|a| matches!(a, Arg::Star(_)))
            && keywords.iter().all(|k| k.name.is_some());
        if held.next == 0 {
            match &func.kind {
                ExprKind::Attribute { value, attr, .. } => {
                    let obj = value_of!(self, cx, held, 0, value);
                    cx.at(super::eval::attr_position(cx, func.span, func, attr));
                    match self.method_for_call(&obj, attr)? {
                        Some(f) => {
                            held.values.push(f);
                            held.values.push(obj);
                        }
                        None => held.values.push(self.getattr(&obj, attr)?),
                    }
                }
                _ => {
                    let f = value_of!(self, cx, held, 0, func);
                    held.values.push(f);
                }
            }
            held.next = 1;
        }
        for (i, a) in args.iter().enumerate() {
            let i = i + 1;
            if held.next > i {
                continue;
            }
            match a {
                Arg::Positional(x) => operand!(self, cx, held, i, x),
                Arg::Star(x) => {
                    let v = value_of!(self, cx, held, i, x);
                    let items = self.collect(&v).map_err(|err| {
                        self.star_arg_error(&held.values[0], &v, err, args.len() == 1)
                    });
                    held.values.extend(attempt!(held, items));
                    held.next = i + 1;
                }
            }
        }
        for (j, k) in keywords.iter().enumerate() {
            let i = args.len() + 1 + j;
            if held.next > i {
                continue;
            }
            let v = value_of!(self, cx, held, i, &k.value);
            // Keys that are not strings are rejected at once here, not at the call: the
            // held operands have no place for them across a suspension.
            let mut non_str = super::call_unpack::NonStrKeys::default();
            let merged = keywords[..j].iter().any(|k| k.name.is_none());
            let (callable, mut kw) = (held.values[0].clone(), std::mem::take(&mut held.kw));
            let r = match &k.name {
                Some(name) if !merged => {
                    kw.push((name.clone(), v));
                    Ok(())
                }
                Some(name) => {
                    self.merge_keyword(&callable, &mut kw, &mut non_str, self.new_str(&**name), v)
                }
                None => self.merge_kwargs(&callable, &mut kw, &mut non_str, &v),
            };
            held.kw = kw;
            drop(callable);
            attempt!(held, r.and_then(|()| non_str.check(self)));
            held.next = i + 1;
        }
        let call_span = match &func.kind {
            ExprKind::Attribute { attr, .. } if simple => {
                super::eval::attr_position(cx, e.span, func, attr)
            }
            _ => e.span,
        };
        cx.at(call_span);
        let mut values = std::mem::take(&mut held.values);
        let callable = values.remove(0);
        let kw = std::mem::take(&mut held.kw);
        self.call_and_release(callable, values, kw, !simple)
            .map(Step::Done)
    }

    /// The text of one f-string field for value `v`.
    fn format_field(
        &self,
        cx: &Ctx,
        f: &'static FormattedValue,
        v: Value,
        span: crate::source::Span,
    ) -> PyResult<String> {
        let v = match f.conversion {
            Some('r') => self.new_str(self.repr(&v)?),
            Some('s') => self.new_str(self.str(&v)?),
            Some('a') => self.new_str(crate::builtins::ascii_of(&self.repr(&v)?)),
            _ => v,
        };
        let spec = match &f.format_spec {
            Some(spec) => self.fstring(cx, spec, span)?,
            None => String::new(),
        };
        cx.at(span);
        crate::builtins::format_value(self, &v, &spec)
    }
}

/// One item of a tuple, list or set display (operand `i`), expanding `*iterable`.
/// A suspension is left in `held.next` as `usize::MAX` with the yielded value last in
/// `held.values`; `held_suspended` turns that into the node's result.
fn self_item(
    interp: &Interp,
    cx: &Ctx,
    held: &mut Held,
    i: usize,
    item: &'static Expr,
    display: &'static Expr,
) -> PyResult<()> {
    if held.next > i {
        return Ok(());
    }
    let (inner, starred) = match &item.kind {
        ExprKind::Starred(inner) => (&**inner, true),
        _ => (item, false),
    };
    match interp.eval_s(cx, inner) {
        Ok(Step::Done(v)) => {
            if starred {
                cx.at(display.span);
                match interp.collect(&v) {
                    Ok(items) => held.values.extend(items),
                    Err(err) => {
                        let err = if interp.not_iterable(&err, &v) {
                            interp.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                interp.type_name(&v)
                            ))
                        } else {
                            err
                        };
                        std::mem::replace(
                            held,
                            Held {
                                next: 0,
                                values: Vec::new(),
                                kw: Vec::new(),
                            },
                        )
                        .release();
                        return Err(err);
                    }
                }
            } else {
                held.values.push(v);
            }
            held.next = i + 1;
            Ok(())
        }
        Ok(Step::Suspend(y)) => {
            let taken = std::mem::replace(
                held,
                Held {
                    next: usize::MAX,
                    values: Vec::new(),
                    kw: Vec::new(),
                },
            );
            let Step::Suspend(y) = taken.suspend(interp, cx, i, y) else {
                unreachable!("suspend returns a suspension")
            };
            held.values.push(y);
            Ok(())
        }
        Err(e) => {
            std::mem::replace(
                held,
                Held {
                    next: 0,
                    values: Vec::new(),
                    kw: Vec::new(),
                },
            )
            .release();
            Err(e)
        }
    }
}

fn held_suspended(held: &mut Held) -> Option<Step> {
    if held.next == usize::MAX {
        return Some(Step::Suspend(held.values.pop().unwrap_or(Value::None)));
    }
    None
}

// ---------------------------------------------------------------- statements

impl Interp {
    /// A simple statement, or the header of a compound one, that contains a suspension
    /// point of its own frame.
    pub fn exec_suspending(&self, cx: &Ctx, s: &'static Stmt) -> PyResult<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => Ok(match self.eval_s(cx, e)? {
                Step::Suspend(v) => Flow::Yield(v),
                Step::Done(_) => Flow::Normal,
            }),
            StmtKind::Return(Some(e)) => Ok(match self.eval_s(cx, e)? {
                Step::Suspend(v) => Flow::Yield(v),
                Step::Done(v) => Flow::Return(v),
            }),
            StmtKind::Assign { targets, value } => self.assign_suspending(cx, targets, value),
            StmtKind::AnnAssign {
                target,
                value: Some(value),
                ..
            } => self.assign_suspending(cx, std::slice::from_ref(target), value),
            StmtKind::AugAssign { target, op, value } => {
                self.aug_assign_suspending(cx, target, *op, value)
            }
            StmtKind::Delete(targets) => {
                let mut held = Held::resume(self, cx)?;
                for (i, t) in targets.iter().enumerate().skip(held.next) {
                    match self.delete_s(cx, t)? {
                        Step::Suspend(v) => return Ok(flow(held.suspend(self, cx, i, v))),
                        Step::Done(_) => held.next = i + 1,
                    }
                }
                Ok(Flow::Normal)
            }
            StmtKind::Raise { exc, cause } => self.raise_suspending(cx, s, exc, cause),
            StmtKind::Assert { test, msg } => {
                let mut held = Held::resume(self, cx)?;
                if held.next == 0 {
                    let t = value_of!(self, cx, held, 0, test);
                    if self.truthy(&t)? {
                        return Ok(Flow::Normal);
                    }
                    held.next = 1;
                }
                let args = match msg {
                    Some(m) => match self.eval_s(cx, m)? {
                        Step::Suspend(v) => return Ok(flow(held.suspend(self, cx, 1, v))),
                        Step::Done(v) => vec![v],
                    },
                    None => vec![],
                };
                cx.at(super::exec::assert_position(test).unwrap_or(s.span));
                Err(PyErr::new(
                    self.new_exception(&self.exc.assertion_error, args),
                ))
            }
            StmtKind::If { test, body, orelse } => {
                let t = match self.resume_header(cx)? {
                    Some(Resume::Branch(b)) => b,
                    Some(_) => return Err(self.unsupported_suspension()),
                    None => match self.eval_s(cx, test)? {
                        Step::Suspend(v) => {
                            self.suspend_at(cx, Resume::Header);
                            return Ok(Flow::Yield(v));
                        }
                        Step::Done(t) => self.truthy(&t)?,
                    },
                };
                let flow = self.exec_block(cx, if t { body } else { orelse })?;
                if let Flow::Yield(_) = flow {
                    self.suspend_at(cx, Resume::Branch(t));
                }
                Ok(flow)
            }
            StmtKind::While { test, body, orelse } => self.exec_while(cx, s, test, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return self.exec_async_for(cx, s, target, iter, body, orelse);
                }
                let (it, in_body) = match self.resume_header(cx)? {
                    None => match self.eval_s(cx, iter)? {
                        Step::Suspend(v) => {
                            self.suspend_at(cx, Resume::Header);
                            return Ok(Flow::Yield(v));
                        }
                        Step::Done(iterable) => {
                            cx.at(s.span);
                            (self.iter(&iterable)?, None)
                        }
                    },
                    Some(Resume::ForBody(it, at)) => (it, Some(at as usize)),
                    Some(Resume::ForTarget(held)) => {
                        // Resumed inside the target: finish storing the held item, then
                        // straight into the body for it.
                        let (it, item) = *held;
                        if let Some(y) = self.store_for_target(cx, target, &it, item)? {
                            return Ok(Flow::Yield(y));
                        }
                        (it, Some(0))
                    }
                    Some(Resume::Branch(false)) => return self.exec_loop_else(cx, orelse),
                    Some(_) => return Err(self.unsupported_suspension()),
                };
                self.for_loop(cx, s, target, body, orelse, it, in_body)
            }
            StmtKind::With { items, body, .. } => self.exec_with_suspending(cx, s, items, body),
            StmtKind::FunctionDef(d) => self.def_suspending(cx, s, d),
            StmtKind::ClassDef(c) => {
                // Decorators, then bases and keywords, held across suspensions.
                let mut held = Held::resume(self, cx)?;
                let operands = c.decorators.iter().chain(super::exec::class_header(c));
                for (i, e) in operands.enumerate() {
                    operand!(self, cx, held, i, e);
                }
                let mut decorators = std::mem::take(&mut held.values);
                let header = decorators.split_off(c.decorators.len());
                let class = self.build_class(cx, c, s.span, decorators, header)?;
                self.store_name(cx, &c.target, class)?;
                Ok(Flow::Normal)
            }
            _ => Err(self.unsupported_suspension()),
        }
    }

    /// A `def` whose decorators, defaults or annotations suspend: they are evaluated in
    /// CPython's order (decorators top down, then positional defaults, then keyword-only
    /// defaults, then annotations), held across suspensions, then the function is made and
    /// decorated.
    fn def_suspending(
        &self,
        cx: &Ctx,
        s: &'static Stmt,
        d: &'static FunctionDef,
    ) -> PyResult<Flow> {
        let mut held = Held::resume(self, cx)?;
        let params = &d.params;
        let defaults: Vec<&'static Expr> = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_ref())
            .collect();
        let kw: Vec<(&Rc<str>, &'static Expr)> = params
            .kwonly
            .iter()
            .filter_map(|p| p.default.as_ref().map(|e| (&p.name, e)))
            .collect();
        let operands = d
            .decorators
            .iter()
            .chain(defaults.iter().copied())
            .chain(kw.iter().map(|&(_, e)| e))
            .chain(d.annotations().map(|(_, e)| e));
        for (i, e) in operands.enumerate() {
            operand!(self, cx, held, i, e);
        }
        let mut decorators = std::mem::take(&mut held.values);
        let annotations = decorators.split_off(d.decorators.len() + defaults.len() + kw.len());
        let kw_values = decorators.split_off(d.decorators.len() + defaults.len());
        let default_values = decorators.split_off(d.decorators.len());
        let kwdefaults = kw
            .iter()
            .zip(kw_values)
            .map(|(&(name, _), v)| (name.clone(), v))
            .collect();
        self.finish_def(
            cx,
            s.span,
            d,
            decorators,
            (default_values, kwdefaults),
            annotations,
        )?;
        Ok(Flow::Normal)
    }

    /// The point a compound statement recorded; `None` when not resuming. `Header` means
    /// the generator suspended in the statement's own expression, which resumes itself.
    fn resume_header(&self, cx: &Ctx) -> PyResult<Option<Resume>> {
        if !cx.is_resuming() {
            return Ok(None);
        }
        match self.resume_point(cx) {
            Some(Resume::Header) => Ok(None),
            Some(p) => Ok(Some(p)),
            None => Err(self.err(&self.exc.runtime_error, "refpy: corrupt generator state")),
        }
    }

    /// Stores a `for` loop's item into a target whose own expressions suspend; the item
    /// stays held (under the target's operands, as on CPython's stack) until it is stored.
    /// Returns the yielded value when the target suspends.
    pub(crate) fn store_for_target(
        &self,
        cx: &Ctx,
        target: &'static Expr,
        it: &Value,
        item: Value,
    ) -> PyResult<Option<Value>> {
        match self.assign_s(cx, target, item.clone())? {
            Step::Suspend(y) => {
                self.suspend_at(cx, Resume::ForTarget(Box::new((it.clone(), item))));
                Ok(Some(y))
            }
            Step::Done(_) => Ok(None),
        }
    }

    /// `targets = value`: the value is held while each target's own expressions run.
    fn assign_suspending(
        &self,
        cx: &Ctx,
        targets: &'static [Expr],
        value: &'static Expr,
    ) -> PyResult<Flow> {
        let mut held = Held::resume(self, cx)?;
        operand!(self, cx, held, 0, value);
        for (i, t) in targets.iter().enumerate() {
            let i = i + 1;
            if held.next > i {
                continue;
            }
            // The last target takes the value; an unpacking target consumes it at once
            // (CPython's UNPACK_SEQUENCE pops it before any target runs), while other
            // targets leave it held below their own operands.
            let unpacks = matches!(t.kind, ExprKind::Tuple(_) | ExprKind::List(_));
            let v = if unpacks && i == targets.len() {
                std::mem::replace(&mut held.values[0], Value::None)
            } else {
                held.values[0].clone()
            };
            match attempt!(held, self.assign_s(cx, t, v)) {
                Step::Suspend(y) => return Ok(flow(held.suspend(self, cx, i, y))),
                Step::Done(_) => held.next = i + 1,
            }
        }
        Ok(Flow::Normal)
    }

    /// Binds `v` to a target, whose own expressions may suspend.
    pub(crate) fn assign_s(&self, cx: &Ctx, target: &'static Expr, v: Value) -> PyResult<Step> {
        if !target.suspends {
            return self.assign(cx, target, v).map(|_| Step::Done(Value::None));
        }
        let mut held = Held::resume(self, cx)?;
        match &target.kind {
            ExprKind::Attribute { value, attr, .. } => {
                operand!(self, cx, held, 0, value);
                let obj = held.values.pop().unwrap_or(Value::None);
                cx.at(target.span);
                self.setattr(&obj, attr, v)?;
            }
            ExprKind::Subscript { value, index } => {
                operand!(self, cx, held, 0, value);
                operand!(self, cx, held, 1, index);
                let idx = held.values.pop().unwrap_or(Value::None);
                let obj = held.values.pop().unwrap_or(Value::None);
                cx.at(target.span);
                self.setitem(&obj, idx, v)?;
            }
            ExprKind::Starred(inner) => return self.assign_s(cx, inner, v),
            ExprKind::Tuple(targets) | ExprKind::List(targets) => {
                // Held: the values not stored yet, the next one on top (as CPython's
                // UNPACK_SEQUENCE leaves them); `next` is 1 + the target being stored.
                if held.next == 0 {
                    let mut values = self.unpack_values(targets, v)?;
                    values.reverse();
                    held.values = values;
                    held.next = 1;
                }
                for (k, t) in targets.iter().enumerate().skip(held.next - 1) {
                    let item = held.values.last().cloned().unwrap_or(Value::None);
                    match attempt!(held, self.assign_s(cx, t, item)) {
                        Step::Suspend(y) => return Ok(held.suspend(self, cx, k + 1, y)),
                        Step::Done(_) => drop(held.values.pop()),
                    }
                }
            }
            _ => return Err(self.unsupported_suspension()),
        }
        Ok(Step::Done(Value::None))
    }

    fn delete_s(&self, cx: &Ctx, target: &'static Expr) -> PyResult<Step> {
        if !target.suspends {
            return self.delete(cx, target).map(|_| Step::Done(Value::None));
        }
        let mut held = Held::resume(self, cx)?;
        match &target.kind {
            ExprKind::Attribute { value, attr, .. } => {
                operand!(self, cx, held, 0, value);
                let obj = held.values.pop().unwrap_or(Value::None);
                cx.at(target.span);
                self.delattr(&obj, attr)?;
            }
            ExprKind::Subscript { value, index } => {
                operand!(self, cx, held, 0, value);
                operand!(self, cx, held, 1, index);
                let idx = held.values.pop().unwrap_or(Value::None);
                let obj = held.values.pop().unwrap_or(Value::None);
                cx.at(target.span);
                let r = self.delitem(&obj, &idx);
                drop(idx);
                r?;
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                // `next`: the item being deleted.
                for (k, t) in items.iter().enumerate().skip(held.next) {
                    match self.delete_s(cx, t)? {
                        Step::Suspend(y) => return Ok(held.suspend(self, cx, k, y)),
                        Step::Done(_) => held.next = k + 1,
                    }
                }
            }
            _ => return Err(self.unsupported_suspension()),
        }
        Ok(Step::Done(Value::None))
    }

    /// `target op= value` where the value or the target's expressions suspend. Held:
    /// the target's object (and index) and its old value.
    fn aug_assign_suspending(
        &self,
        cx: &Ctx,
        target: &'static Expr,
        op: BinOp,
        value: &'static Expr,
    ) -> PyResult<Flow> {
        let mut held = Held::resume(self, cx)?;
        match &target.kind {
            ExprKind::Name(n) => {
                if held.next == 0 {
                    held.values.push(self.load_name(cx, n)?);
                    held.next = 1;
                }
                operand!(self, cx, held, 1, value);
                let v = held.values.pop().unwrap_or(Value::None);
                let old = held.values.pop().unwrap_or(Value::None);
                cx.at(target.span.to(value.span));
                let r = self.inplace_op(op, &old, &v)?;
                drop(old);
                drop(v);
                self.store_name(cx, n, r)?;
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                if held.next == 0 {
                    let o = value_of!(self, cx, held, 0, obj);
                    let old = self.getattr(&o, attr)?;
                    held.values.push(o);
                    held.values.push(old);
                    held.next = 1;
                }
                let v = match self.eval_s(cx, value) {
                    Ok(Step::Done(v)) => v,
                    Ok(Step::Suspend(y)) => return Ok(flow(held.suspend(self, cx, 1, y))),
                    Err(e) => {
                        held.release();
                        return Err(e);
                    }
                };
                let old = held.values.pop().unwrap_or(Value::None);
                let o = held.values.pop().unwrap_or(Value::None);
                cx.at(target.span.to(value.span));
                let r = self.inplace_op(op, &old, &v)?;
                drop(old);
                drop(v);
                self.setattr(&o, attr, r)?;
            }
            ExprKind::Subscript { value: obj, index } => {
                operand!(self, cx, held, 0, obj);
                operand!(self, cx, held, 1, index);
                if held.next == 2 {
                    let old = attempt!(held, self.getitem(&held.values[0], &held.values[1]));
                    held.values.push(old);
                    held.next = 3;
                }
                let v = match self.eval_s(cx, value) {
                    Ok(Step::Done(v)) => v,
                    Ok(Step::Suspend(y)) => return Ok(flow(held.suspend(self, cx, 3, y))),
                    Err(e) => {
                        held.release();
                        return Err(e);
                    }
                };
                let old = held.values.pop().unwrap_or(Value::None);
                let i = held.values.pop().unwrap_or(Value::None);
                let o = held.values.pop().unwrap_or(Value::None);
                cx.at(target.span.to(value.span));
                let r = self.inplace_op(op, &old, &v)?;
                drop(old);
                drop(v);
                self.setitem(&o, i, r)?;
            }
            _ => return Err(self.unsupported_suspension()),
        }
        Ok(Flow::Normal)
    }

    fn raise_suspending(
        &self,
        cx: &Ctx,
        s: &'static Stmt,
        exc: &'static Option<Expr>,
        cause: &'static Option<Expr>,
    ) -> PyResult<Flow> {
        let (Some(exc), mut held) = (exc, Held::resume(self, cx)?) else {
            return Err(self.unsupported_suspension());
        };
        if held.next == 0 {
            let v = value_of!(self, cx, held, 0, exc);
            cx.at(s.span);
            let instance = self.exception_instance(v)?;
            held.values.push(Value::Obj(instance));
            held.next = 1;
        }
        if let Some(cause) = cause {
            let c = value_of!(self, cx, held, 1, cause);
            cx.at(s.span);
            let c = match c {
                Value::None => Value::None,
                c => Value::Obj(self.exception_instance(c).map_err(|_| {
                    self.type_error("exception causes must derive from BaseException")
                })?),
            };
            if let Some(Payload::Instance(i)) = held.values[0].as_obj().map(ObjRef::payload) {
                if let Some(e) = &i.exc {
                    let mut e = e.borrow_mut();
                    let old = e.cause.replace(c);
                    e.suppress_context = true;
                    drop(e);
                    drop(old);
                }
            }
        }
        let Some(Value::Obj(instance)) = held.values.pop() else {
            return Err(self.unsupported_suspension());
        };
        Err(self.with_context(PyErr::new(instance)))
    }
}

/// A statement that suspended yields; one that finished goes on.
impl From<Step> for Flow {
    fn from(step: Step) -> Flow {
        match step {
            Step::Suspend(v) => Flow::Yield(v),
            Step::Done(_) => Flow::Normal,
        }
    }
}

fn flow(step: Step) -> Flow {
    step.into()
}

/// Whether a statement that contains a suspension point must run here: simple statements,
/// `async` ones, and compound statements whose own header suspends. A compound statement
/// that only suspends in its body takes the ordinary path.
pub fn in_header(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::If { test, .. } | StmtKind::While { test, .. } => test.suspends,
        StmtKind::For {
            iter,
            target,
            is_async,
            ..
        } => *is_async || iter.suspends || target.suspends,
        StmtKind::With {
            items, is_async, ..
        } => {
            *is_async
                || items
                    .iter()
                    .any(|i| i.context.suspends || i.target.as_ref().is_some_and(|t| t.suspends))
        }
        // A `def` or `class` suspends only in its decorators, defaults, annotations, bases or
        // keywords
        // (its body is another scope, where `yield` cannot stand for this frame).
        StmtKind::Try { .. } => false,
        _ => true,
    }
}
