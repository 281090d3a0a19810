//! Generators without native stacks. A suspended generator is its frame plus a record of
//! where it stopped: when `yield` unwinds, each enclosing construct that contains it pushes
//! its position (statement index, branch, loop iterator, `try` stage, `with` manager) onto
//! the frame's suspension points; resuming descends the same path, each construct popping
//! what it pushed, outermost first. Code without a `yield` never looks at any of this.
//!
//! A `yield` inside an expression suspends the same way: each expression node on the path
//! records the operands it already holds (`runtime/suspend_expr.rs`). Asynchronous
//! generators share this machinery; their `asend`/`athrow` awaitables are written in
//! Python in the built-ins prelude, on top of `_agen_send` and `_agen_throw` below.

use super::interp::Interp;
use super::{Flow, PyErr, PyResult};
use crate::object::{ObjRef, Payload, Value};
use crate::types::function::Args;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// One construct's position in a suspended generator.
pub enum Resume {
    /// The index of the statement being run in a block.
    Block(usize),
    /// Which branch of an `if`.
    Branch(bool),
    /// Inside a `while` body, at this statement of it.
    Loop(u32),
    /// Inside a `for` statement's body: the loop's iterator (held as CPython's value stack
    /// does) and the statement of the body.
    ForBody(Value, u32),
    /// Inside a comprehension's or an `async for`'s loop, with the loop's iterator.
    For(Value),
    /// Inside a `for` loop's target, whose own expressions suspended: the iterator and the
    /// item being stored.
    ForTarget(Box<(Value, Value)>),
    Try(TryStage),
    /// Inside a `with` body: the manager and its `__exit__` (boxed to keep every point
    /// three words long).
    With(Box<(Value, Value)>),
    /// Inside a `with` item's target, whose own expressions suspended: the manager, its
    /// `__exit__` and what `__enter__` returned.
    WithTarget(Box<(Value, Value, Value)>),
    /// Delegating with `yield from` to this iterator.
    YieldFrom(Value),
    /// Inside an expression, with the operands it already computed.
    Expr(Box<Partial>),
    /// Inside the expression of a compound statement's header (`if (yield):`).
    Header,
    /// Awaiting `__aexit__` of an `async with`, with the body's outcome.
    AsyncExit(Box<Pending>),
}

// Every suspended generator keeps its points: they stay three words long.
const _: () = assert!(std::mem::size_of::<Resume>() == 24);

/// The operands an expression node holds while a `yield` below it is suspended: `next`
/// is the operand being evaluated, `values` what the node holds on the value stack, `kw`
/// the keyword arguments of a call.
pub struct Partial {
    pub next: usize,
    pub values: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Partial {
    fn at(next: usize) -> Box<Partial> {
        Box::new(Partial {
            next,
            values: Vec::new(),
            kw: Vec::new(),
        })
    }
}

/// Where in a `try` statement a generator stopped.
pub enum TryStage {
    Body,
    /// In a handler, handling this exception (the handler's index is the `Block` point
    /// recorded under this one, which keeps every point three words long).
    Handler(Value),
    Else,
    /// In `finally`, with what happens after it.
    Finally(Box<Pending>),
}

/// What a `finally` block continues with.
pub enum Pending {
    Flow(Flow),
    Error(PyErr),
}

/// What a resumed generator receives at its `yield`.
pub enum Sent {
    Value(Value),
    Throw(PyErr),
}

/// Where a generator stopped: kept in the generator object, next to its frame (what is
/// sent in on a resume waits on the interpreter's `sent` stack, as CPython pushes it on
/// the frame's value stack).
#[derive(Default)]
pub struct Suspension {
    /// The points inside the body's statements, innermost first.
    pub points: RefCell<Vec<Resume>>,
    /// The statement of the function's body it stopped in (`exec_generator_body`).
    pub body_index: Cell<u32>,
    /// Set while a resumed generator descends to its `yield`.
    pub resuming: Cell<bool>,
    /// Whether what it was resumed with waits on the interpreter's `sent` stack (a plain
    /// `next()` sends None, which is not stored).
    pub has_sent: Cell<bool>,
    /// Set when an asynchronous generator suspends at a `yield` (not at an `await`): its
    /// value goes to the `asend` awaitable instead of to the event loop.
    pub yielded: Cell<bool>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// Generators and coroutines share the machinery; the kind decides the protocol.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The type name, as reprs and messages show it.
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

/// A generator, coroutine or asynchronous generator: its frame and where it stopped, in
/// one object (a million suspended generators are a million of these).
pub struct PyGenerator {
    /// What few generators carry; `None` keeps the object small. Declared first so that an
    /// asynchronous generator's finalizer hook is released before its frame, as CPython's
    /// `gen_dealloc` clears it.
    extra: Cell<Option<Box<GenExtra>>>,
    /// Read through `frame()`; replaced only by `finish_generator` (see there).
    frame: std::cell::UnsafeCell<ObjRef>,
    pub suspension: Suspension,
    pub kind: GenKind,
    pub state: Cell<GenState>,
    /// An asynchronous generator's `AG_*` bits (they fit in the object's padding).
    pub ag_flags: Cell<u8>,
}

/// `ag_flags`: the hooks were looked up at the first `__anext__`, `asend`, `athrow` or
/// `aclose` (CPython's `ag_hooks_inited`).
pub const AG_HOOKS_INITED: u8 = 1;
/// `ag_flags`: `aclose()` began, or a step ended with StopAsyncIteration or GeneratorExit;
/// such a generator is closed, not handed to the finalizer hook (CPython's `ag_closed`).
pub const AG_CLOSED: u8 = 2;
/// `ag_flags`: one of its awaitables is suspended at an `await` inside it, so that no other
/// may start (CPython's `ag_running_async`).
pub const AG_RUNNING_ASYNC: u8 = 4;

/// A generator's `__name__` and `__qualname__`.
type GenNames = (Rc<str>, Rc<str>);

/// The rarely present parts of a generator.
#[derive(Default)]
struct GenExtra {
    /// `__name__` and `__qualname__` when they differ from the code's (set by the program,
    /// or taken from a renamed function).
    names: Option<GenNames>,
    /// The `sys.set_asyncgen_hooks` finalizer an asynchronous generator captured when it
    /// was first iterated.
    ag_finalizer: Option<Value>,
}

impl PyGenerator {
    /// A generator running `frame`, named as the function that made it.
    pub fn new(frame: ObjRef, kind: GenKind, name: Rc<str>, qualname: Rc<str>) -> PyGenerator {
        let gen = PyGenerator {
            extra: Cell::new(None),
            frame: std::cell::UnsafeCell::new(frame),
            suspension: Suspension::default(),
            kind,
            state: Cell::new(GenState::Created),
            ag_flags: Cell::new(0),
        };
        if let Payload::Frame(f) = gen.frame().payload() {
            if *f.code.name == *name && *f.code.qualname == *qualname {
                return gen;
            }
        }
        gen.set_names((name, qualname));
        gen
    }

    /// Runs `f` on the generator's rare parts, made on demand.
    fn update_extra(&self, f: impl FnOnce(&mut GenExtra)) {
        let mut extra = self.extra.take().unwrap_or_default();
        f(&mut extra);
        self.extra.set(Some(extra));
    }

    fn set_names(&self, names: GenNames) {
        self.update_extra(|e| e.names = Some(names));
    }

    /// Stores the finalizer hook an asynchronous generator captured.
    pub fn set_ag_finalizer(&self, finalizer: Value) {
        self.update_extra(|e| e.ag_finalizer = Some(finalizer));
    }

    /// The finalizer hook an asynchronous generator captured, if any.
    pub fn ag_finalizer(&self) -> Option<Value> {
        let extra = self.extra.take();
        let result = extra.as_ref().and_then(|e| e.ag_finalizer.clone());
        self.extra.set(extra);
        result
    }

    /// Calls `visit` on the captured finalizer hook without taking a reference (for the
    /// collector's traversal).
    pub fn visit_ag_finalizer(&self, visit: impl FnOnce(&Value)) {
        let extra = self.extra.take();
        if let Some(v) = extra.as_ref().and_then(|e| e.ag_finalizer.as_ref()) {
            visit(v);
        }
        self.extra.set(extra);
    }

    /// The generator's frame.
    #[inline]
    pub fn frame(&self) -> &ObjRef {
        // SAFETY: the frame is replaced only by `detach_frame`, which runs when the
        // generator has finished, outside any borrow of the frame (see there).
        unsafe { &*self.frame.get() }
    }

    /// Gives the generator a fresh, empty frame in place of its own and returns the old
    /// one, which something else still holds.
    ///
    /// Only `finish_generator` calls it, after the generator's frame stopped running and
    /// before anything borrows the frame again: no reference from `frame()` is alive.
    fn detach_frame(&self) -> ObjRef {
        let fresh = match self.frame().payload() {
            Payload::Frame(f) => ObjRef::new(Payload::Frame(crate::types::function::PyFrame::new(
                f.code.clone(),
                Vec::new(),
                f.globals.clone(),
            ))),
            _ => self.frame().clone(),
        };
        fresh.set_flag(crate::object::flags::GENERATOR_FRAME);
        // SAFETY: see above: no borrow of the old frame is alive.
        let old = unsafe { std::ptr::replace(self.frame.get(), fresh) };
        // The old frame is now a frame object of its own, as the collector sees it.
        old.clear_flag(crate::object::flags::GENERATOR_FRAME);
        old
    }

    fn names(&self) -> (Rc<str>, Rc<str>) {
        let extra = self.extra.take();
        let result = match extra.as_ref().and_then(|e| e.names.as_ref()) {
            Some(n) => (n.0.clone(), n.1.clone()),
            None => match self.frame().payload() {
                Payload::Frame(f) => (f.code.name.clone(), f.code.qualname.clone()),
                _ => (Rc::from(""), Rc::from("")),
            },
        };
        self.extra.set(extra);
        result
    }

    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        self.names().0
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        self.names().1
    }

    pub fn set_name(&self, name: Rc<str>) {
        let (_, qualname) = self.names();
        self.set_names((name, qualname));
    }

    pub fn set_qualname(&self, qualname: Rc<str>) {
        let (name, _) = self.names();
        self.set_names((name, qualname));
    }

    /// A suspended generator is closed when it dies; a coroutine that was never awaited
    /// warns; an asynchronous generator whose `__anext__` was called but never awaited goes
    /// to its finalizer hook.
    pub fn needs_close(&self) -> bool {
        match self.state.get() {
            GenState::Suspended => true,
            GenState::Created => match self.kind {
                GenKind::Coroutine => true,
                GenKind::AsyncGenerator => self.hands_to_finalizer(),
                GenKind::Generator => false,
            },
            _ => false,
        }
    }

    /// Whether a dying unfinished asynchronous generator is handed to the finalizer hook it
    /// captured instead of being closed (CPython's `_PyGen_Finalize`).
    pub fn hands_to_finalizer(&self) -> bool {
        self.kind == GenKind::AsyncGenerator
            && self.ag_flags.get() & (AG_HOOKS_INITED | AG_CLOSED) == AG_HOOKS_INITED
            && self.ag_finalizer().is_some()
    }

    pub fn is_suspended(&self) -> bool {
        self.state.get() == GenState::Suspended
    }
}

/// The generator attribute a kind's attribute stands for (`cr_frame` of a coroutine and
/// `ag_frame` of an async generator are `gi_frame`); other names are returned unchanged,
/// so a generator has no `cr_frame`.
pub fn attribute_name(kind: GenKind, name: &str) -> &str {
    let prefix = match kind {
        GenKind::Generator => return name,
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    match name.strip_prefix(prefix) {
        Some("await") => "gi_yieldfrom",
        Some("frame") => "gi_frame",
        Some("running") => "gi_running",
        Some("code") => "gi_code",
        Some("suspended") if kind == GenKind::Coroutine => "gi_suspended",
        _ if name.starts_with("gi_") => "",
        _ => name,
    }
}

/// What a `yield`, `yield from` or `await` did.
pub enum Step {
    /// The generator suspends, yielding this value.
    Suspend(Value),
    /// The expression's value: what was sent in, or the delegate's return value.
    Done(Value),
}

impl Interp {
    /// A finished generator releases its frame's locals at once, in slot order
    /// (CPython clears the frame when the generator returns or is closed).
    pub(crate) fn finish_generator(&self, gen: &PyGenerator) {
        gen.state.set(GenState::Finished);
        let points = std::mem::take(&mut *gen.suspension.points.borrow_mut());
        drop(points);
        // A frame that something else holds (the traceback of the exception that ended the
        // generator, a program's `gi_frame`) keeps its locals and leaves the generator, as
        // CPython's frame object takes them over (`_PyFrame_Clear`, `take_ownership`).
        if gen.frame().refcount() > 1 {
            if let Payload::Frame(f) = gen.frame().payload() {
                f.mark_outlived();
            }
            drop(gen.detach_frame());
            return;
        }
        if let Payload::Frame(f) = gen.frame().payload() {
            let slots = std::mem::take(&mut *f.slots.borrow_mut());
            for v in slots {
                drop(v);
            }
            // Then the `f_locals` dict, as CPython's `_PyFrame_Clear` does.
            drop(f.take_snapshot());
        }
    }

    /// `gi_yieldfrom`: the iterator a suspended generator delegates to. The innermost
    /// point is recorded first.
    pub fn gen_yieldfrom(&self, gen: &PyGenerator) -> Value {
        if gen.state.get() != GenState::Suspended {
            return Value::None;
        }
        if let Some(Resume::YieldFrom(it)) = gen.suspension.points.borrow().first() {
            return it.clone();
        }
        Value::None
    }

    /// `suspend_at(cx, Resume::Block(index))`, building the point in place: a point built
    /// on the stack and then copied stalls the copy's load on every suspension.
    #[inline(always)]
    pub fn suspend_in_block(&self, cx: &super::exec::Ctx, index: usize) {
        if let Some(s) = cx.susp {
            let mut points = s.points.borrow_mut();
            if points.len() == points.capacity() {
                points.reserve_exact(1);
            }
            points.push(Resume::Block(index));
        }
    }

    /// Pops the innermost-remaining suspension point when it is a block's statement index
    /// (the most common point, checked without running the points' drop code).
    #[inline(always)]
    pub fn resume_block(&self, cx: &super::exec::Ctx) -> Option<usize> {
        let mut points = cx.susp?.points.borrow_mut();
        match points.last() {
            Some(&Resume::Block(i)) => {
                // A block's point owns nothing, so forgetting it releases nothing.
                std::mem::forget(points.pop());
                Some(i)
            }
            _ => None,
        }
    }

    /// Pops the innermost-remaining suspension point of the frame being resumed.
    #[inline(always)]
    pub fn resume_point(&self, cx: &super::exec::Ctx) -> Option<Resume> {
        cx.susp?.points.borrow_mut().pop()
    }

    /// Records a suspension point while `yield` unwinds. The stack grows one point at a
    /// time: a million suspended generators each keep theirs.
    #[inline(always)]
    pub fn suspend_at(&self, cx: &super::exec::Ctx, point: Resume) {
        if let Some(s) = cx.susp {
            let mut points = s.points.borrow_mut();
            if points.len() == points.capacity() {
                points.reserve_exact(1);
            }
            points.push(point);
        }
    }

    /// Marks an asynchronous generator's suspension as a `yield` (see `Suspension`).
    pub fn mark_yielded(&self, cx: &super::exec::Ctx) {
        if let Some(s) = cx.susp {
            s.yielded.set(true);
        }
    }

    /// At the `yield` a resumed generator stopped at: what it was resumed with.
    pub fn take_sent(&self, cx: &super::exec::Ctx) -> Sent {
        let Some(s) = cx.susp else {
            return Sent::Value(Value::None);
        };
        s.resuming.set(false);
        if s.has_sent.replace(false) {
            if let Some(sent) = self.sent.borrow_mut().pop() {
                return sent;
            }
        }
        Sent::Value(Value::None)
    }

    /// Runs a generator until its next `yield` (`Some(value)`) or its end (`None` after a
    /// `return`, with the returned value in the StopIteration the caller raises).
    pub fn gen_resume(&self, gen_obj: &ObjRef, sent: Sent) -> PyResult<Result<Value, Value>> {
        let Payload::Generator(gen) = gen_obj.payload() else {
            return Err(self.type_error("not a generator"));
        };
        let pending = match gen.state.get() {
            GenState::Running => {
                let msg = match gen.kind {
                    GenKind::Generator => "generator already executing",
                    GenKind::Coroutine => "coroutine already executing",
                    GenKind::AsyncGenerator => "async generator already executing",
                };
                return Err(self.err(&self.exc.value_error, msg));
            }
            // An exhausted coroutine refuses to run again (`close()` never gets here).
            GenState::Finished if gen.kind == GenKind::Coroutine => {
                return Err(self.err(
                    &self.exc.runtime_error,
                    "cannot reuse already awaited coroutine",
                ));
            }
            GenState::Finished => {
                return match sent {
                    Sent::Throw(e) => Err(e),
                    Sent::Value(_) => Ok(Err(Value::None)),
                };
            }
            GenState::Created => match sent {
                Sent::Value(Value::None) => None,
                Sent::Value(_) => {
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
                }
                Sent::Throw(e) => {
                    self.finish_generator(gen);
                    return Err(e);
                }
            },
            GenState::Suspended => {
                gen.suspension.resuming.set(true);
                Some(sent)
            }
        };
        gen.state.set(GenState::Running);
        // What was sent waits for the `yield` on the interpreter's stack (a generator that
        // was just started takes nothing).
        let stored = match pending {
            None | Some(Sent::Value(Value::None)) => false,
            Some(sent) => {
                self.sent.borrow_mut().push(sent);
                true
            }
        };
        gen.suspension.has_sent.set(stored);
        let outcome = self.run_generator_frame(gen);
        if gen.suspension.has_sent.replace(false) {
            let unused = self.sent.borrow_mut().pop();
            drop(unused);
        }
        match outcome {
            Ok(Flow::Yield(v)) => {
                gen.state.set(GenState::Suspended);
                Ok(Ok(v))
            }
            outcome => self.gen_ended(gen, outcome),
        }
    }

    /// A generator's frame returned or raised: it is finished, and its return value is the
    /// outcome (a StopIteration leaving it becomes RuntimeError).
    #[inline(never)]
    fn gen_ended(
        &self,
        gen: &PyGenerator,
        outcome: PyResult<Flow>,
    ) -> PyResult<Result<Value, Value>> {
        match outcome {
            Ok(Flow::Return(v)) => {
                self.finish_generator(gen);
                Ok(Err(v))
            }
            Ok(_) => {
                self.finish_generator(gen);
                Ok(Err(Value::None))
            }
            Err(e) => {
                self.finish_generator(gen);
                // PEP 479: a StopIteration leaving a generator becomes RuntimeError.
                let exc = Value::Obj(e.exc.clone());
                let stop_async = gen.kind == GenKind::AsyncGenerator
                    && self.isinstance(&exc, &self.stop_async_iteration());
                if self.isinstance(&exc, &self.exc.stop_iteration) || stop_async {
                    let message = match (gen.kind, stop_async) {
                        (GenKind::AsyncGenerator, true) => {
                            "async generator raised StopAsyncIteration"
                        }
                        (GenKind::AsyncGenerator, false) => "async generator raised StopIteration",
                        (GenKind::Coroutine, _) => "coroutine raised StopIteration",
                        (GenKind::Generator, _) => "generator raised StopIteration",
                    };
                    let err = self.err(&self.exc.runtime_error, message);
                    if let Payload::Instance(i) = err.exc.payload() {
                        if let Some(state) = &i.exc {
                            let mut s = state.borrow_mut();
                            s.cause = Some(exc.clone());
                            s.context = Some(exc);
                            s.suppress_context = true;
                        }
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// `next(gen)`: the next value, or `None` when the generator is finished. A suspended
    /// generator, resumed with nothing to send, takes the short way (what every `for` loop
    /// over a generator does on each item).
    pub fn gen_next(&self, gen_obj: &ObjRef) -> PyResult<Option<Value>> {
        if let Payload::Generator(gen) = gen_obj.payload() {
            if gen.state.get() == GenState::Suspended {
                gen.suspension.resuming.set(true);
                gen.state.set(GenState::Running);
                return match self.run_generator_frame(gen) {
                    Ok(Flow::Yield(v)) => {
                        gen.state.set(GenState::Suspended);
                        Ok(Some(v))
                    }
                    outcome => Ok(self.gen_ended(gen, outcome)?.ok()),
                };
            }
        }
        Ok(self.gen_resume(gen_obj, Sent::Value(Value::None))?.ok())
    }

    /// StopIteration carrying a generator's return value.
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if matches!(value, Value::None) {
            vec![]
        } else {
            vec![value]
        };
        PyErr::new(self.new_exception(&self.exc.stop_iteration, args))
    }

    /// `gen.close()`: GeneratorExit at the `yield`; yielding again is a RuntimeError.
    pub fn gen_close(&self, gen_obj: &ObjRef) -> PyResult<Value> {
        let Payload::Generator(gen) = gen_obj.payload() else {
            return Ok(Value::None);
        };
        match gen.state.get() {
            GenState::Created => {
                self.finish_generator(gen);
                return Ok(Value::None);
            }
            GenState::Finished => return Ok(Value::None),
            GenState::Suspended if self.close_without_handlers(gen) => return Ok(Value::None),
            _ => {}
        }
        let exit = PyErr::new(self.new_exception(&self.exc.generator_exit, vec![]));
        match self.gen_resume(gen_obj, Sent::Throw(exit)) {
            Ok(Ok(_)) => Err(self.err(
                &self.exc.runtime_error,
                format!(
                    "{} ignored GeneratorExit",
                    gen.kind.type_name().replace('_', " ")
                ),
            )),
            Ok(Err(_)) => Ok(Value::None),
            Err(e) => {
                let exc = Value::Obj(e.exc.clone());
                if self.isinstance(&exc, &self.exc.generator_exit)
                    || self.isinstance(&exc, &self.exc.stop_iteration)
                {
                    Ok(Value::None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Closes a suspended generator whose `yield` has no `try`, `with` or `yield from`
    /// around it, where GeneratorExit would only unwind the frame: no Python code can see
    /// the exception, so none is made (CPython's `gen_close` raises GeneratorExit without
    /// an instance, too). What unwinding does is done in the same order: the loops'
    /// iterators are released innermost first with the frame running, then the locals.
    /// `false` when the slow way is needed: the frame is held elsewhere (its line and
    /// locals stay visible) or a construct around the `yield` could run code.
    fn close_without_handlers(&self, gen: &PyGenerator) -> bool {
        let frame = gen.frame();
        if gen.kind != GenKind::Generator || frame.refcount() != 1 {
            return false;
        }
        let unwinds_silently = gen.suspension.points.borrow().iter().all(|p| {
            matches!(
                p,
                Resume::Block(_)
                    | Resume::Branch(_)
                    | Resume::Loop(_)
                    | Resume::Header
                    | Resume::ForBody(..)
                    | Resume::For(_)
            )
        });
        if !unwinds_silently || self.depth.get() >= self.recursion_limit.get() {
            return false;
        }
        if self.enter_frame(frame).is_err() {
            return false;
        }
        gen.state.set(GenState::Running);
        // The resumed frame would reach a statement boundary, where a due collection runs.
        if crate::object::gc::pending() {
            crate::modules::gc::collect_if_due(self);
        }
        let points = std::mem::take(&mut *gen.suspension.points.borrow_mut());
        // Innermost first, as each construct drops what it holds when the error leaves it.
        drop(points);
        self.leave_frame();
        self.finish_generator(gen);
        true
    }

    /// The finalizer of a dying suspended generator (CPython: `_PyGen_Finalize`).
    pub fn finalize_generator(&self, gen_obj: &ObjRef) {
        if let Payload::Generator(g) = gen_obj.payload() {
            if g.state.get() != GenState::Finished && g.hands_to_finalizer() {
                self.call_asyncgen_finalizer(gen_obj, g);
                return;
            }
            if g.kind == GenKind::Coroutine && g.state.get() == GenState::Created {
                self.warn_never_awaited(&g.qualname());
                self.finish_generator(g);
                return;
            }
        }
        if let Err(e) = self.gen_close(gen_obj) {
            // An error made by close() itself ("generator ignored GeneratorExit") shows the
            // frame that was running when the generator died, as CPython reports it.
            if super::traceback_is_empty(&e.exc) {
                let current = self.frames.borrow().last().cloned();
                if let Some(frame) = current {
                    if let (Payload::Frame(f), Payload::Instance(i)) =
                        (frame.payload(), e.exc.payload())
                    {
                        if let Some(state) = &i.exc {
                            let tb = crate::types::exception::PyTraceback {
                                frame: frame.clone(),
                                span: f.span.get(),
                                next: RefCell::new(None),
                            };
                            state.borrow_mut().traceback =
                                Some(ObjRef::new(Payload::Traceback(tb)));
                        }
                    }
                }
            }
            self.report_unraisable(e, &Value::Obj(gen_obj.clone()));
        }
    }

    /// Runs a generator's frame to its next `yield` or its end. Inlined into `gen_resume`:
    /// every native frame between a `for` loop and the generator's statements costs a
    /// return on each item.
    #[inline(always)]
    fn run_generator_frame(&self, gen: &PyGenerator) -> PyResult<Flow> {
        let frame = gen.frame();
        let Payload::Frame(f) = frame.payload() else {
            return Ok(Flow::Normal);
        };
        self.enter_frame(frame)?;
        let cx = super::exec::Ctx {
            frame,
            f,
            susp: Some(&gen.suspension),
        };
        let result = match &f.code.body {
            crate::types::function::Body::Def(d) => self.exec_generator_body(&cx, &d.body),
            crate::types::function::Body::Comprehension(c) if Self::is_async_comprehension(c) => {
                self.run_async_comprehension(&cx, c)
                    .map_err(|e| self.traced(&cx, e))
            }
            crate::types::function::Body::Comprehension(c) => self
                .genexp_level(&cx, c, 0)
                .map_err(|e| self.traced(&cx, e)),
            _ => Ok(Flow::Normal),
        };
        self.leave_frame();
        result
    }

    /// Suspends at a yield-like expression, or, when the generator is resumed there,
    /// produces its value. An operand that itself suspends (`yield (yield)`,
    /// `await f(await g())`) is evaluated first and records `Expr` point 0; the
    /// suspension at this node itself records point 1 above the delegate's.
    pub fn yield_step(
        &self,
        cx: &super::exec::Ctx,
        e: &'static crate::syntax::ast::Expr,
    ) -> PyResult<Step> {
        use crate::syntax::ast::ExprKind;
        let inner = match &e.kind {
            ExprKind::Yield(v) => v.as_deref(),
            ExprKind::YieldFrom(v) | ExprKind::Await(v) => Some(&**v),
            _ => None,
        };
        let Some(inner) = inner.filter(|i| i.suspends) else {
            return self.yield_at(cx, e, None);
        };
        let at_self = cx.is_resuming()
            && match self.resume_point(cx) {
                Some(Resume::Expr(p)) => p.next == 1,
                _ => return Err(self.err(&self.exc.runtime_error, "corrupt generator state")),
            };
        let mut operand = None;
        if !at_self {
            match self.eval_s(cx, inner)? {
                Step::Suspend(v) => {
                    self.suspend_at(cx, Resume::Expr(Partial::at(0)));
                    return Ok(Step::Suspend(v));
                }
                Step::Done(v) => operand = Some(v),
            }
        }
        let r = self.yield_at(cx, e, operand);
        if let Ok(Step::Suspend(_)) = &r {
            self.suspend_at(cx, Resume::Expr(Partial::at(1)));
        }
        r
    }

    /// The `yield value` statement whose value does not suspend, the one most generators
    /// stop at: suspends with the value, or, resumed there, takes what was sent (its value
    /// is dropped, as the statement discards it).
    #[inline(always)]
    pub(crate) fn yield_statement(
        &self,
        cx: &super::exec::Ctx,
        e: &'static crate::syntax::ast::Expr,
        value: Option<&'static crate::syntax::ast::Expr>,
    ) -> PyResult<Flow> {
        if cx.is_resuming() {
            cx.at(e.span);
            return match self.take_sent(cx) {
                Sent::Throw(err) => Err(err),
                Sent::Value(_) => Ok(Flow::Normal),
            };
        }
        let v = match value {
            Some(v) => self.eval(cx, v)?,
            None => Value::None,
        };
        cx.at(e.span);
        if cx.f.code.scope.flags.is_coroutine {
            self.mark_yielded(cx);
        }
        Ok(Flow::Yield(v))
    }

    /// `yield`, `yield from` or `await` with its operand's value when already computed.
    fn yield_at(
        &self,
        cx: &super::exec::Ctx,
        e: &'static crate::syntax::ast::Expr,
        operand: Option<Value>,
    ) -> PyResult<Step> {
        use crate::syntax::ast::ExprKind;
        let f = cx.f;
        if cx.is_resuming() {
            // A resumed generator stands at this expression (what a thrown exception's
            // traceback shows).
            cx.at(e.span);
        }
        match &e.kind {
            ExprKind::YieldFrom(inner) => return self.delegate(cx, inner, operand, false),
            ExprKind::Await(inner) => return self.delegate(cx, inner, operand, true),
            _ => {}
        }
        if cx.is_resuming() {
            return match self.take_sent(cx) {
                Sent::Throw(err) => Err(err),
                Sent::Value(v) => Ok(Step::Done(v)),
            };
        }
        let value = match (operand, &e.kind) {
            (Some(v), _) => v,
            (None, ExprKind::Yield(Some(v))) => self.eval(cx, v)?,
            _ => Value::None,
        };
        cx.at(e.span);
        if f.code.scope.flags.is_coroutine {
            self.mark_yielded(cx);
        }
        Ok(Step::Suspend(value))
    }

    /// `yield from iterable` and `await awaitable`: delegates `next`, `send`, `throw` and
    /// `close` to the inner iterator and produces its return value.
    fn delegate(
        &self,
        cx: &super::exec::Ctx,
        inner: &'static crate::syntax::ast::Expr,
        operand: Option<Value>,
        is_await: bool,
    ) -> PyResult<Step> {
        if cx.is_resuming() {
            return self.resume_delegate(cx);
        }
        let v = match operand {
            Some(v) => v,
            None => self.eval(cx, inner)?,
        };
        cx.at(inner.span);
        let iter = if is_await {
            self.awaitable_iter(&v)?
        } else {
            if let Value::Obj(o) = &v {
                if let Payload::Generator(g) = o.payload() {
                    if g.kind == GenKind::Coroutine {
                        return Err(self.type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ));
                    }
                }
            }
            self.iter(&v)?
        };
        drop(v);
        self.drive(cx, iter, Sent::Value(Value::None))
    }

    /// Continues a delegation the generator was suspended in.
    pub fn resume_delegate(&self, cx: &super::exec::Ctx) -> PyResult<Step> {
        // The delegation's point stays recorded while the delegate runs: when it yields
        // again, as it mostly does, the point is already in place.
        let iter = cx.susp.and_then(|s| match s.points.borrow().last() {
            Some(Resume::YieldFrom(it)) => Some(it.clone()),
            _ => None,
        });
        let Some(iter) = iter else {
            return Err(self.err(&self.exc.runtime_error, "corrupt generator state"));
        };
        let sent = self.take_sent(cx);
        let step = self.iter_send(&iter, sent);
        if !matches!(step, Ok(Ok(_))) {
            // The delegation is over: its point goes, then this reference.
            drop(self.resume_point(cx));
        }
        drop(iter);
        match step? {
            Ok(v) => Ok(Step::Suspend(v)),
            Err(result) => Ok(Step::Done(result)),
        }
    }

    /// One step of a delegation to `iter`: suspends with what it yields (recording it), or
    /// produces its return value.
    pub fn drive(&self, cx: &super::exec::Ctx, iter: Value, sent: Sent) -> PyResult<Step> {
        let step = match self.iter_send(&iter, sent) {
            Ok(step) => step,
            Err(e) => {
                drop(iter);
                return Err(e);
            }
        };
        match step {
            Ok(v) => {
                self.suspend_at(cx, Resume::YieldFrom(iter));
                Ok(Step::Suspend(v))
            }
            Err(result) => {
                drop(iter);
                Ok(Step::Done(result))
            }
        }
    }

    /// Sends into (or throws into) the iterator a `yield from` delegates to: `Ok(v)` when
    /// it yields `v`, `Err(r)` when it returns `r` (CPython: `gen_send_ex`, `_gen_throw`).
    fn iter_send(&self, iter: &Value, sent: Sent) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(o) = iter {
            if let Payload::Generator(_) = o.payload() {
                return match sent {
                    // GeneratorExit closes the delegate, then reaches the delegating frame.
                    Sent::Throw(err) if self.is_generator_exit(&err) => {
                        self.gen_close(o)?;
                        Err(err)
                    }
                    sent => self.gen_resume(o, sent),
                };
            }
        }
        let (name, args) = match sent {
            Sent::Value(Value::None) => {
                if let Some(Payload::Iter(_)) = iter.as_obj().map(ObjRef::payload) {
                    return Ok(self.next(iter)?.ok_or(Value::None));
                }
                ("__next__", vec![])
            }
            Sent::Value(v) => ("send", vec![v]),
            Sent::Throw(err) => {
                let is_exit = self.is_generator_exit(&err);
                let method = if is_exit { "close" } else { "throw" };
                let Some(m) = self.lookup_attr(iter, method)? else {
                    return Err(err);
                };
                if is_exit {
                    self.call(&m, Args::positional(vec![]))?;
                    return Err(err);
                }
                let exc = Value::Obj(err.exc.clone());
                drop(err);
                return self.stop_value(self.call(&m, Args::positional(vec![exc])));
            }
        };
        let m = self.getattr(iter, name)?;
        self.stop_value(self.call(&m, Args::positional(args)))
    }

    /// A StopIteration raised by a delegate becomes its return value.
    fn stop_value(&self, r: PyResult<Value>) -> PyResult<Result<Value, Value>> {
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) if self.isinstance(&Value::Obj(e.exc.clone()), &self.exc.stop_iteration) => {
                let v = self
                    .getattr(&Value::Obj(e.exc.clone()), "value")
                    .unwrap_or(Value::None);
                Ok(Err(v))
            }
            Err(e) => Err(e),
        }
    }

    fn is_generator_exit(&self, err: &PyErr) -> bool {
        self.isinstance(&Value::Obj(err.exc.clone()), &self.exc.generator_exit)
    }

    /// StopAsyncIteration, which ends `async for`.
    pub fn stop_async_iteration(&self) -> ObjRef {
        self.exc
            .others
            .iter()
            .find(|(n, _)| *n == "StopAsyncIteration")
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| self.exc.exception.clone())
    }

    /// The iterator `await v` drives: a coroutine itself, or what `__await__` returns.
    pub(crate) fn awaitable_iter(&self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            match o.payload() {
                Payload::Generator(g) if g.kind == GenKind::Coroutine => {
                    if g.state.get() == GenState::Finished {
                        return Err(self.err(
                            &self.exc.runtime_error,
                            "cannot reuse already awaited coroutine",
                        ));
                    }
                    return Ok(v.clone());
                }
                Payload::Instance(i) => {
                    if let Some(m) = crate::types::class::class_lookup(&i.class, "__await__") {
                        let it = self.call(&m, Args::positional(vec![v.clone()]))?;
                        let is_iterator = match it.as_obj().map(ObjRef::payload) {
                            Some(Payload::Iter(_)) => true,
                            Some(Payload::Generator(g)) => g.kind == GenKind::Generator,
                            Some(Payload::Instance(j)) => {
                                crate::types::class::class_lookup(&j.class, "__next__").is_some()
                            }
                            _ => false,
                        };
                        if !is_iterator {
                            return Err(self.type_error(format!(
                                "__await__() returned non-iterator of type '{}'",
                                self.type_name(&it)
                            )));
                        }
                        return Ok(it);
                    }
                }
                _ => {}
            }
        }
        Err(self.type_error(format!(
            "object {} can't be used in 'await' expression",
            self.type_name(v)
        )))
    }

    /// CPython's "coroutine ... was never awaited" RuntimeWarning, printed once per
    /// location by the default warning filter, at the line that was running.
    fn warn_never_awaited(&self, qualname: &str) {
        let current = self.frames.borrow().last().cloned();
        let (place, source) = match current.as_ref().map(ObjRef::payload) {
            Some(Payload::Frame(f)) => {
                let line = f.code.file.line_of(f.span.get().start as usize);
                let text = if self.finalizing.get() || f.code.file.name.starts_with('<') {
                    String::new()
                } else {
                    f.code.file.line_text(line).trim().to_string()
                };
                (format!("{}:{line}", f.code.file.name), text)
            }
            _ => ("sys:1".to_string(), String::new()),
        };
        let message = format!("coroutine '{qualname}' was never awaited");
        if !self
            .warned
            .borrow_mut()
            .insert(format!("{place}:{message}"))
        {
            return;
        }
        let mut text = format!("{place}: RuntimeWarning: {message}\n");
        if !source.is_empty() {
            text.push_str(&format!("  {source}\n"));
        }
        text.push_str(
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
        );
        self.write_stderr(&text);
    }
}

impl Interp {
    /// One `for` level of a generator expression: yields the element at the innermost
    /// level, recording each level's iterator as it suspends.
    fn genexp_level(
        &self,
        cx: &super::exec::Ctx,
        c: &'static crate::syntax::ast::Comprehension,
        level: usize,
    ) -> PyResult<Flow> {
        let g = &c.generators[level];
        let innermost = level + 1 == c.generators.len();
        let f = cx.f;
        let (it, mut resumed) = if cx.is_resuming() {
            match self.resume_point(cx) {
                Some(Resume::For(it)) => (it, true),
                _ => return Err(self.err(&self.exc.runtime_error, "corrupt generator state")),
            }
        } else if level == 0 {
            (f.slots.borrow()[0].clone().unwrap_or(Value::None), false)
        } else {
            let v = self.eval_iterable(cx, &g.iter)?;
            (self.iter(&v)?, false)
        };
        'items: loop {
            if resumed {
                resumed = false;
                if innermost {
                    if let Sent::Throw(err) = self.take_sent(cx) {
                        return Err(err);
                    }
                } else if let Flow::Yield(v) = self.genexp_level(cx, c, level + 1)? {
                    self.suspend_at(cx, Resume::For(it));
                    return Ok(Flow::Yield(v));
                }
                continue;
            }
            let Some(item) = self.next(&it)? else {
                break;
            };
            self.assign(cx, &g.target, item)?;
            for cond in &g.ifs {
                let t = self.eval(cx, cond)?;
                if !self.truthy(&t)? {
                    continue 'items;
                }
            }
            if innermost {
                let v = self.eval(cx, &c.element)?;
                self.suspend_at(cx, Resume::For(it));
                return Ok(Flow::Yield(v));
            }
            if let Flow::Yield(v) = self.genexp_level(cx, c, level + 1)? {
                self.suspend_at(cx, Resume::For(it));
                return Ok(Flow::Yield(v));
            }
        }
        Ok(Flow::Normal)
    }
}

// ---------------------------------------------------------------- methods

/// The generator a method was called on.
fn this_gen(interp: &Interp, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(interp.type_error("descriptor requires a 'generator' object")),
    }
}

fn step_result(interp: &Interp, step: Result<Value, Value>) -> PyResult<Value> {
    match step {
        Ok(v) => Ok(v),
        Err(v) => Err(interp.stop_iteration(v)),
    }
}

pub fn generator_next(interp: &Interp, args: Args) -> PyResult<Value> {
    let g = this_gen(interp, &args)?;
    let step = interp.gen_resume(&g, Sent::Value(Value::None))?;
    step_result(interp, step)
}

pub fn generator_send(interp: &Interp, args: Args) -> PyResult<Value> {
    let g = this_gen(interp, &args)?;
    let value = args.pos.get(1).cloned().unwrap_or(Value::None);
    let step = interp.gen_resume(&g, Sent::Value(value))?;
    step_result(interp, step)
}

pub fn generator_throw(interp: &Interp, args: Args) -> PyResult<Value> {
    let g = this_gen(interp, &args)?;
    let exc = thrown(interp, &args)?;
    let step = interp.gen_resume(&g, Sent::Throw(exc))?;
    step_result(interp, step)
}

/// The exception `throw(typ[, val[, tb]])` raises at the `yield`.
fn thrown(interp: &Interp, args: &Args) -> PyResult<PyErr> {
    let Some(first) = args.pos.get(1).cloned() else {
        return Err(interp.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = match (&first, args.pos.get(2)) {
        (Value::Obj(c), value)
            if matches!(c.payload(), Payload::Class(_))
                && interp.is_subclass(c, &interp.exc.base_exception) =>
        {
            // throw(type, value): a tuple value is the argument list; an instance of
            // the type is raised as it is (CPython: `_PyErr_NormalizeException`).
            let args = match value {
                Some(Value::None) | None => vec![],
                Some(v) if interp.isinstance(v, c) => {
                    if let Value::Obj(o) = v {
                        return Ok(PyErr::new(o.clone()));
                    }
                    vec![v.clone()]
                }
                Some(v) => match v.as_obj().map(ObjRef::payload) {
                    Some(Payload::Tuple(t)) => t.items.to_vec(),
                    _ => vec![v.clone()],
                },
            };
            match interp.call(&first, Args::positional(args))? {
                Value::Obj(o) => o,
                _ => return Err(interp.type_error("exceptions must derive from BaseException")),
            }
        }
        (Value::Obj(o), _) if matches!(o.payload(), Payload::Instance(i) if i.exc.is_some()) => {
            o.clone()
        }
        _ => {
            return Err(interp.type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + &interp.type_name(&first),
            ))
        }
    };
    Ok(PyErr::new(exc))
}

pub fn generator_close(interp: &Interp, args: Args) -> PyResult<Value> {
    let g = this_gen(interp, &args)?;
    interp.gen_close(&g)
}

pub fn generator_iter(_: &Interp, args: Args) -> PyResult<Value> {
    Ok(args.pos.into_iter().next().unwrap_or(Value::None))
}

/// `_agen_send(gen, value, first)`: resumes an async generator; `(True, v)` when it
/// yields `v`, `(False, v)` when it awaits something that suspends with `v`,
/// StopAsyncIteration when it returns.
pub fn async_generator_send(interp: &Interp, args: Args) -> PyResult<Value> {
    let g = this_gen(interp, &args)?;
    let value = args.pos.get(1).cloned().unwrap_or(Value::None);
    if let Payload::Generator(gen) = g.payload() {
        // The first send of an `__anext__`/`asend` awaitable is refused (None) while
        // another awaitable of the generator is in progress.
        let first = matches!(args.pos.get(2), Some(Value::Bool(true)));
        if first && super::async_gen::is_running_async(gen) {
            return Ok(Value::None);
        }
        super::async_gen::before_step(gen);
    }
    let step = interp.gen_resume(&g, Sent::Value(value));
    async_step(interp, &g, step, true)
}

/// `_agen_throw(gen, typ, val, unwrap=True)`: throws into an async generator, as
/// `_agen_send` (see `async_gen::after_step` for `unwrap`).
pub fn async_generator_throw(interp: &Interp, args: Args) -> PyResult<Value> {
    let g = this_gen(interp, &args)?;
    let exc = thrown(interp, &args)?;
    let unwrap = !matches!(args.pos.get(3), Some(Value::Bool(false)));
    let step = interp.gen_resume(&g, Sent::Throw(exc));
    async_step(interp, &g, step, unwrap)
}

/// `_agen_finished(gen)`: whether the async generator has returned or been closed.
pub fn async_generator_finished(interp: &Interp, args: Args) -> PyResult<Value> {
    let g = this_gen(interp, &args)?;
    let Payload::Generator(gen) = g.payload() else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(gen.state.get() == GenState::Finished))
}

fn async_step(
    interp: &Interp,
    g: &ObjRef,
    step: PyResult<Result<Value, Value>>,
    unwrap: bool,
) -> PyResult<Value> {
    let Payload::Generator(gen) = g.payload() else {
        return Ok(Value::None);
    };
    let yielded = matches!(step, Ok(Ok(_))) && gen.suspension.yielded.replace(false);
    super::async_gen::after_step(interp, gen, &step, yielded, unwrap);
    match step? {
        Ok(v) => Ok(interp.new_tuple(vec![Value::Bool(yielded), v])),
        Err(_) => Err(PyErr::new(
            interp.new_exception(&interp.stop_async_iteration(), vec![]),
        )),
    }
}
