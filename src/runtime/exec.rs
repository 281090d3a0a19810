//! Statements, frames and the module entry point. A frame is a heap object so that a
//! traceback can keep it (and its locals) alive after the call, as in CPython.

use super::generator::{Pending, Resume, Step, TryStage};
use super::interp::Interp;
use super::{Flow, PyErr, PyResult};
use crate::object::{ObjRef, Payload, Value};
use crate::source::{SourceFile, Span};
use crate::syntax::ast::*;
use crate::types::dict::PyDict;
use crate::types::exception::PyTraceback;
use crate::types::function::{Annotations, Args, Body, Code, PyFrame};
use crate::types::list::release_backwards;
use std::cell::RefCell;
use std::rc::Rc;

/// Where `run_statements` records the statement a generator suspended in.
const IN_BODY: u8 = 0;
const IN_BLOCK: u8 = 1;
const IN_LOOP: u8 = 2;

/// The frame being executed.
pub struct Ctx<'a> {
    pub frame: &'a ObjRef,
    pub f: &'a PyFrame,
    /// Where the generator running this frame stopped (`None` outside generators).
    pub susp: Option<&'a crate::runtime::generator::Suspension>,
}

impl Ctx<'_> {
    /// Whether a resumed generator is descending to its `yield` in this frame.
    #[inline(always)]
    pub fn is_resuming(&self) -> bool {
        match self.susp {
            Some(s) => s.resuming.get(),
            None => false,
        }
    }

    /// Records the position being executed, for tracebacks.
    #[inline]
    pub fn at(&self, span: Span) {
        self.f.span.set(span);
    }
}

impl Interp {
    /// Runs a whole program as `__main__`. The tree is kept for the life of the process:
    /// functions point into it.
    pub fn run_main(&self, module: &'static Module, file: Rc<SourceFile>) -> PyResult<()> {
        let globals = self.main_module();
        let frame = self.module_frame(module, file, globals);
        self.run_frame(&frame).map(drop)
    }

    /// Creates `__main__` and registers it in `sys.modules`. Returns its namespace.
    pub fn main_module(&self) -> ObjRef {
        let globals = self.new_dict();
        if let Payload::Dict(d) = globals.payload() {
            let key = |s: &str| self.new_str(s).as_obj().cloned().expect("str");
            drop(d.set_str(key("__name__"), self.new_str("__main__")));
            drop(d.set_str(key("__doc__"), Value::None));
            drop(d.set_str(key("__builtins__"), Value::Obj(self.builtins_module())));
        }
        let main = super::interp::new_module("__main__", globals.clone());
        self.add_module("__main__", &main);
        globals
    }

    /// A frame that runs `module` in the namespace `globals`.
    pub fn module_frame(
        &self,
        module: &'static Module,
        file: Rc<SourceFile>,
        globals: ObjRef,
    ) -> ObjRef {
        let code = Rc::new(Code {
            name: "<module>".into(),
            qualname: "<module>".into(),
            file,
            scope: &module.scope,
            body: Body::Module(&module.body),
            first_line: 1,
        });
        ObjRef::new_untracked(Payload::Frame(PyFrame::new(
            code,
            vec![None; module.scope.slot_names.len()],
            globals,
        )))
    }

    /// Runs one interactive input: like a module, except that the value of an expression
    /// statement is printed with `repr` (unless None) and kept in `builtins._`, as CPython's
    /// REPL does (`sys.displayhook`).
    pub fn run_interactive(
        &self,
        module: &'static Module,
        file: Rc<SourceFile>,
        globals: ObjRef,
    ) -> PyResult<()> {
        let frame = self.module_frame(module, file, globals);
        let Payload::Frame(f) = frame.payload() else {
            return Ok(());
        };
        self.frames.borrow_mut().push(frame.clone());
        let cx = Ctx {
            frame: &frame,
            f,
            susp: None,
        };
        let mut result = Ok(());
        for s in &module.body {
            let outcome = match &s.kind {
                StmtKind::Expr(e) => {
                    cx.at(s.span);
                    self.eval(&cx, e).and_then(|v| self.display(v))
                }
                _ => self.exec(&cx, s).map(drop),
            };
            if let Err(e) = outcome {
                result = Err(self.traced(&cx, e));
                break;
            }
        }
        let popped = self.frames.borrow_mut().pop();
        drop(popped);
        if frame.refcount() > 1 {
            frame.track_late();
        }
        result
    }

    /// `sys.displayhook`: print the repr of a value that is not None and bind it to `_`.
    fn display(&self, v: Value) -> PyResult<()> {
        if matches!(v, Value::None) {
            return Ok(());
        }
        let text = self.repr(&v)?;
        crate::builtins::set(self, &self.builtins, "_", v);
        use std::io::Write as _;
        let _ = writeln!(self.stdout.borrow_mut(), "{text}");
        self.flush_stdout();
        Ok(())
    }

    fn builtins_module(&self) -> ObjRef {
        super::interp::new_module("builtins", self.builtins.clone())
    }

    /// Executes a frame's code. Returns the function's return value.
    #[inline(always)]
    pub fn run_frame(&self, frame: &ObjRef) -> PyResult<Value> {
        let Payload::Frame(f) = frame.payload() else {
            return Ok(Value::None);
        };
        self.enter_frame(frame)?;
        let cx = Ctx {
            frame,
            f,
            susp: None,
        };
        let result = match self.check_interrupt() {
            Err(e) => Err(e),
            Ok(()) => self.run_body(&cx),
        };
        self.leave_frame();
        // A frame that something else still holds (a traceback) keeps its caller's frame,
        // and from now on the collector sees it.
        if frame.refcount() > 1 {
            let back = self.frames.borrow().last().cloned();
            f.set_back(back);
            frame.track_late();
        }
        result
    }

    /// Pushes a frame about to run, checking the recursion limit and the native stack.
    #[inline(always)]
    pub fn enter_frame(&self, frame: &ObjRef) -> PyResult<()> {
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() || super::stack::exhausted() {
            return Err(self.err(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth.set(depth);
        self.frames.borrow_mut().push(frame.clone());
        Ok(())
    }

    /// A module or class body with annotated names starts with an empty `__annotations__`
    /// in its namespace, unless it has one (CPython: SETUP_ANNOTATIONS).
    fn setup_annotations(&self, cx: &Ctx, body: &[Stmt]) {
        if !has_annotations(body) {
            return;
        }
        let ns = cx.f.locals().unwrap_or(&cx.f.globals);
        if let Payload::Dict(d) = ns.payload() {
            if d.get_str("__annotations__").is_none() {
                let key = self.new_str("__annotations__");
                let value = Value::Obj(self.new_dict());
                drop(d.set_str(key.as_obj().cloned().expect("str"), value));
            }
        }
    }

    /// `__annotations__` as the body sees it (CPython: LOAD_NAME).
    fn annotations_dict(&self, cx: &Ctx, span: Span) -> PyResult<Value> {
        let ns = cx.f.locals().unwrap_or(&cx.f.globals);
        for d in [ns, &cx.f.globals, &self.builtins] {
            if let Payload::Dict(d) = d.payload() {
                if let Some(v) = d.get_str("__annotations__") {
                    return Ok(v);
                }
            }
        }
        cx.at(span);
        Err(self.err(
            &self.exc.name_error,
            "name '__annotations__' is not defined",
        ))
    }

    /// Pops the frame `enter_frame` pushed.
    pub fn leave_frame(&self) {
        self.depth.set(self.depth.get() - 1);
        let popped = self.frames.borrow_mut().pop();
        drop(popped);
    }

    #[inline(always)]
    fn run_body(&self, cx: &Ctx) -> PyResult<Value> {
        match cx.f.code.body {
            Body::Module(stmts) => {
                self.setup_annotations(cx, stmts);
                self.exec_block(cx, stmts).map(|_| Value::None)
            }
            Body::Class(c) => {
                self.setup_annotations(cx, &c.body);
                self.exec_block(cx, &c.body).map(|_| Value::None)
            }
            Body::Def(d) => self.run_function_body(cx, &d.body),
            Body::Lambda(l) => self.eval(cx, &l.body).map_err(|e| self.traced(cx, e)),
            Body::Comprehension(c) => self
                .run_comprehension(cx, c)
                .map_err(|e| self.traced(cx, e)),
        }
    }

    /// A called function's statements, run in the caller's native frame: on deep recursion
    /// every native frame between two Python calls costs a mispredicted return. (A
    /// generator's body runs through `exec_generator_body`; `break` and `continue` cannot
    /// leave a function.)
    #[inline(always)]
    fn run_function_body(&self, cx: &Ctx, stmts: &'static [Stmt]) -> PyResult<Value> {
        for s in stmts {
            match self.exec(cx, s) {
                Ok(Flow::Normal) => {}
                Ok(Flow::Return(v)) => return Ok(v),
                Ok(_) => return Ok(Value::None),
                Err(e) => return Err(self.traced(cx, e)),
            }
        }
        Ok(Value::None)
    }

    /// Adds this frame to the traceback of an exception passing through it, once per raise
    /// (CPython: `PyTraceBack_Here`).
    pub fn traced(&self, cx: &Ctx, mut err: PyErr) -> PyErr {
        let here = cx.frame.addr();
        let traced_in = err.traced_in();
        if traced_in == here {
            return err;
        }
        if traced_in == 0 && crate::runtime::traceback_is_empty(&err.exc) {
            // An exception raised by an operation gets its context here, where it first
            // leaves the code that raised it.
            err = self.with_context(err);
        }
        err.set_traced_in(here);
        if cx.f.code.file.name == crate::builtins::PRELUDE_NAME {
            return err;
        }
        if let Payload::Instance(i) = err.exc.payload() {
            if let Some(exc) = &i.exc {
                let next = exc.borrow_mut().traceback.take();
                let tb = ObjRef::new(Payload::Traceback(PyTraceback {
                    frame: cx.frame.clone(),
                    span: cx.f.span.get(),
                    next: RefCell::new(next),
                }));
                exc.borrow_mut().traceback = Some(tb);
            }
        }
        err
    }

    pub fn exec_block(&self, cx: &Ctx, stmts: &'static [Stmt]) -> PyResult<Flow> {
        self.exec_statements::<false>(cx, stmts)
    }

    /// The body of a generator's function: where it stopped is kept in the generator
    /// itself instead of as a resume point, so that a generator suspended in its body's
    /// own statements keeps no list of points at all.
    #[inline]
    pub fn exec_generator_body(&self, cx: &Ctx, stmts: &'static [Stmt]) -> PyResult<Flow> {
        let Some(susp) = cx.susp.filter(|s| s.resuming.get()) else {
            return self.exec_statements::<true>(cx, stmts);
        };
        let mut start = susp.body_index.get() as usize;
        if let Some(flow) = stmts.get(start).and_then(|s| self.resume_body_loop(cx, s)) {
            match flow {
                Ok(Flow::Normal) => start += 1,
                Ok(flow) => return Ok(flow),
                Err(e) => return Err(self.traced(cx, e)),
            }
        }
        self.run_statements::<IN_BODY>(cx, stmts, start, &mut 0)
    }

    /// Resumes a generator stopped in a loop of its body's own statements (the common
    /// shapes: `for x in it: yield f(x)`, `while c: yield v`) straight in the loop, without
    /// the statement dispatch in between; `None` when it stopped elsewhere. A yield leaves
    /// the body's index as it is.
    #[inline(always)]
    fn resume_body_loop(&self, cx: &Ctx, s: &'static Stmt) -> Option<PyResult<Flow>> {
        let susp = cx.susp?;
        match &s.kind {
            StmtKind::For {
                target,
                body,
                orelse,
                is_async: false,
                ..
            } => {
                if !matches!(susp.points.borrow().last(), Some(Resume::ForBody(..))) {
                    return None;
                }
                self.enter_statement(cx, s);
                let Some(Resume::ForBody(it, at)) = self.resume_point(cx) else {
                    return Some(Err(self.corrupt_generator()));
                };
                Some(self.for_loop(cx, s, target, body, orelse, it, Some(at as usize)))
            }
            StmtKind::While { test, body, orelse } => {
                let at = match susp.points.borrow().last() {
                    Some(&Resume::Loop(at)) => at as usize,
                    _ => return None,
                };
                self.enter_statement(cx, s);
                drop(self.resume_point(cx));
                Some(self.while_loop(cx, s, test, body, orelse, Some(at)))
            }
            _ => None,
        }
    }

    #[inline(always)]
    fn exec_statements<const BODY: bool>(
        &self,
        cx: &Ctx,
        stmts: &'static [Stmt],
    ) -> PyResult<Flow> {
        // A resumed generator continues at the statement it stopped in.
        let start = if !cx.is_resuming() {
            0
        } else if BODY {
            cx.susp.map_or(0, |s| s.body_index.get() as usize)
        } else {
            match self.resume_block(cx) {
                Some(i) => i,
                None => return Err(self.corrupt_generator()),
            }
        };
        if BODY {
            self.run_statements::<IN_BODY>(cx, stmts, start, &mut 0)
        } else {
            self.run_statements::<IN_BLOCK>(cx, stmts, start, &mut 0)
        }
    }

    /// Runs `stmts` from statement `start` (the one a resumed generator continues in).
    /// When one suspends, its index is recorded as `KIND` says: the function body's index
    /// in the generator (`IN_BODY`), a `Block` point (`IN_BLOCK`), or in `at` for the loop
    /// to keep in its own point (`IN_LOOP`). Loop bodies, where a generator spends its life,
    /// run the suspending statements' common shapes inline; other blocks call out for
    /// them, keeping ordinary code's frames small.
    #[inline(always)]
    fn run_statements<const KIND: u8>(
        &self,
        cx: &Ctx,
        stmts: &'static [Stmt],
        start: usize,
        at: &mut usize,
    ) -> PyResult<Flow> {
        for (i, s) in stmts.iter().enumerate().skip(start) {
            let flow = if !s.suspends {
                self.exec(cx, s)
            } else if KIND == IN_LOOP {
                self.exec_suspends(cx, s)
            } else {
                self.exec_suspends_outlined(cx, s)
            };
            match flow {
                Ok(Flow::Normal) => {}
                Ok(Flow::Yield(v)) => {
                    match KIND {
                        IN_BODY => {
                            if let Some(susp) = cx.susp {
                                susp.body_index.set(i as u32);
                            }
                        }
                        IN_BLOCK => self.suspend_in_block(cx, i),
                        _ => *at = i,
                    }
                    return Ok(Flow::Yield(v));
                }
                Ok(flow) => return Ok(flow),
                Err(e) => return Err(self.traced(cx, e)),
            }
        }
        Ok(Flow::Normal)
    }

    /// A statement that contains a suspension point of its frame. The shapes a generator
    /// resumes through on every item (a plain `yield` statement, a loop whose header does
    /// not suspend) are run from here, without `exec`'s dispatch on each resume.
    #[inline(always)]
    fn exec_suspends(&self, cx: &Ctx, s: &'static Stmt) -> PyResult<Flow> {
        match &s.kind {
            StmtKind::Expr(
                e @ Expr {
                    kind: ExprKind::Yield(value),
                    ..
                },
            ) if !value.as_ref().is_some_and(|v| v.suspends) => {
                self.enter_statement(cx, s);
                self.yield_statement(cx, e, value.as_deref())
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } if !iter.suspends && !target.suspends => {
                self.enter_statement(cx, s);
                self.exec_for(cx, s, target, iter, body, orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.enter_statement(cx, s);
                self.exec_while(cx, s, test, body, orelse)
            }
            _ => self.exec(cx, s),
        }
    }

    #[inline(never)]
    fn exec_suspends_outlined(&self, cx: &Ctx, s: &'static Stmt) -> PyResult<Flow> {
        self.exec_suspends(cx, s)
    }

    /// What every statement does first: record its position and run a collection that
    /// became due.
    #[inline(always)]
    fn enter_statement(&self, cx: &Ctx, s: &'static Stmt) {
        cx.at(s.span);
        if crate::object::gc::pending() {
            crate::modules::gc::collect_if_due(self);
        }
    }

    /// The statements that run once per definition or import (kept out of `exec`, whose
    /// frame every statement pays for).
    #[inline(never)]
    fn exec_definition(&self, cx: &Ctx, s: &'static Stmt) -> PyResult<Flow> {
        match &s.kind {
            StmtKind::Assert { test, msg } => {
                let t = self.eval(cx, test)?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(cx, m)?],
                        None => vec![],
                    };
                    cx.at(assert_position(test).unwrap_or(s.span));
                    return Err(PyErr::new(
                        self.new_exception(&self.exc.assertion_error, args),
                    ));
                }
            }
            StmtKind::FunctionDef(d) => {
                // A failure releases what was evaluated as CPython unwinds its stack: last
                // to first, except a finished keyword-only defaults dict, first to last.
                let mut decorators = self.eval_each(cx, d.decorators.iter())?;
                let defaults = match self.eval_defaults(cx, &d.params) {
                    Ok(defaults) => defaults,
                    Err(e) => {
                        release_backwards(&mut decorators);
                        return Err(e);
                    }
                };
                let annotations = match self.eval_each(cx, d.annotations().map(|(_, e)| e)) {
                    Ok(a) => a,
                    Err(e) => {
                        let (mut defaults, kwdefaults) = defaults;
                        drop(kwdefaults);
                        release_backwards(&mut defaults);
                        release_backwards(&mut decorators);
                        return Err(e);
                    }
                };
                self.finish_def(cx, s.span, d, decorators, defaults, annotations)?;
            }
            StmtKind::ClassDef(c) => {
                let class = self.exec_class(cx, c, s.span)?;
                self.store_name(cx, &c.target, class)?;
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let m = self.import(&a.name)?;
                    self.store_name(cx, &a.target, m)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                star,
                ..
            } => {
                let name = module.as_deref().unwrap_or("");
                let m = self.import(name)?;
                if *star {
                    let target = cx.f.locals().unwrap_or(&cx.f.globals);
                    return self.import_star(&m, target).map(|()| Flow::Normal);
                }
                for a in names {
                    let v = self.getattr(&m, &a.name).map_err(|_| {
                        self.err(
                            &self.exc.import_error,
                            format!(
                                "cannot import name '{}' from '{name}' (unknown location)",
                                a.name
                            ),
                        )
                    })?;
                    self.store_name(cx, &a.target, v)?;
                }
            }
            _ => {}
        }
        Ok(Flow::Normal)
    }

    /// A `def` once its decorators and defaults are evaluated: makes the function,
    /// decorates it and binds its name.
    pub(crate) fn finish_def(
        &self,
        cx: &Ctx,
        span: Span,
        d: &'static FunctionDef,
        decorators: Vec<Value>,
        defaults: super::eval::Defaults,
        annotations: Vec<Value>,
    ) -> PyResult<()> {
        let code = self.code_for(cx, &d.name, &d.scope, Body::Def(d), span);
        cx.at(span);
        let f = self.make_function(cx, code, defaults);
        if !annotations.is_empty() {
            if let Some(Payload::Function(func)) = f.as_obj().map(ObjRef::payload) {
                *func.annotations.borrow_mut() = Annotations::Values(annotations);
            }
        }
        let f = self.decorate(cx, &d.decorators, decorators, f)?;
        self.store_name(cx, &d.target, f)
    }

    /// Evaluates `exprs` in order (a `def`'s decorators, or its annotations: in the
    /// enclosing scope, after its defaults, as CPython 3.11 does without `from __future__
    /// import annotations`). A failure releases the values evaluated so far last to first,
    /// as CPython pops its stack.
    fn eval_each(
        &self,
        cx: &Ctx,
        exprs: impl Iterator<Item = &'static Expr>,
    ) -> PyResult<Vec<Value>> {
        let mut values = Vec::new();
        for e in exprs {
            match self.eval(cx, e) {
                Ok(v) => values.push(v),
                Err(err) => {
                    release_backwards(&mut values);
                    return Err(err);
                }
            }
        }
        Ok(values)
    }

    fn corrupt_generator(&self) -> PyErr {
        self.err(&self.exc.runtime_error, "refpy: corrupt generator state")
    }

    /// The position a resumed generator recorded for this construct, if it is resuming.
    fn resuming_at(&self, cx: &Ctx) -> PyResult<Option<Resume>> {
        if !cx.is_resuming() {
            return Ok(None);
        }
        match self.resume_point(cx) {
            Some(point) => Ok(Some(point)),
            None => Err(self.corrupt_generator()),
        }
    }

    fn exec(&self, cx: &Ctx, s: &'static Stmt) -> PyResult<Flow> {
        self.enter_statement(cx, s);
        if s.suspends && super::suspend_expr::in_header(s) {
            return self.exec_suspending(cx, s);
        }
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.eval(cx, e)?;
                drop(v);
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(cx, value)?;
                let last = targets.len() - 1;
                for (i, t) in targets.iter().enumerate() {
                    if i == last {
                        return self.assign(cx, t, v).map(|_| Flow::Normal);
                    }
                    self.assign(cx, t, v.clone())?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(cx, target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(value) = value {
                    let v = self.eval(cx, value)?;
                    self.assign(cx, target, v)?;
                }
                // Module and class bodies evaluate the annotation, after the value; a plain
                // name's goes into `__annotations__` (functions evaluate none).
                if matches!(cx.f.code.body, Body::Module(_) | Body::Class(_)) {
                    let ann = self.eval(cx, annotation)?;
                    if let (true, ExprKind::Name(n)) = (*simple, &target.kind) {
                        let annotations = self.annotations_dict(cx, s.span)?;
                        self.setitem(&annotations, self.new_str(&*n.id), ann)?;
                    }
                }
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.eval(cx, e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(cx, t)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let t = match self.resuming_at(cx)? {
                    Some(Resume::Branch(b)) => b,
                    Some(_) => return Err(self.corrupt_generator()),
                    None => {
                        let t = self.eval(cx, test)?;
                        self.truthy(&t)?
                    }
                };
                let block = if t { body } else { orelse };
                // The usual `if` of a function: one statement, no generator to resume.
                if let ([only], None) = (block.as_slice(), cx.susp) {
                    return self.exec(cx, only).map_err(|e| self.traced(cx, e));
                }
                let flow = self.exec_block(cx, block)?;
                if let Flow::Yield(_) = flow {
                    self.suspend_at(cx, Resume::Branch(t));
                }
                return Ok(flow);
            }
            StmtKind::While { test, body, orelse } => {
                return self.exec_while(cx, s, test, body, orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return Err(self.unsupported("async for"));
                }
                return self.exec_for(cx, s, target, iter, body, orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => return self.exec_try(cx, body, handlers, orelse, finalbody),
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    return Err(self.unsupported("async with"));
                }
                return self.exec_with(cx, s.span, items, body);
            }
            StmtKind::Raise { exc, cause } => return Err(self.exec_raise(cx, s.span, exc, cause)?),
            StmtKind::Assert { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. } => return self.exec_definition(cx, s),
        }
        Ok(Flow::Normal)
    }

    /// A `for` statement whose header does not suspend.
    #[inline(never)]
    fn exec_for(
        &self,
        cx: &Ctx,
        s: &'static Stmt,
        target: &'static Expr,
        iter: &'static Expr,
        body: &'static [Stmt],
        orelse: &'static [Stmt],
    ) -> PyResult<Flow> {
        let (it, in_body) = match self.resuming_at(cx)? {
            None => {
                let iterable = self.eval_iterable(cx, iter)?;
                cx.at(s.span);
                let it = self.iter(&iterable)?;
                drop(iterable);
                (it, None)
            }
            Some(Resume::ForBody(it, at)) => (it, Some(at as usize)),
            Some(Resume::Branch(false)) => return self.exec_loop_else(cx, orelse),
            Some(_) => return Err(self.corrupt_generator()),
        };
        self.for_loop(cx, s, target, body, orelse, it, in_body)
    }

    /// A `while` statement; its test may suspend (`while (yield):`), recording `Header`.
    #[inline(never)]
    pub(crate) fn exec_while(
        &self,
        cx: &Ctx,
        s: &'static Stmt,
        test: &'static Expr,
        body: &'static [Stmt],
        orelse: &'static [Stmt],
    ) -> PyResult<Flow> {
        let in_body = match self.resuming_at(cx)? {
            None | Some(Resume::Header) => None,
            Some(Resume::Loop(at)) => Some(at as usize),
            Some(Resume::Branch(false)) => return self.exec_loop_else(cx, orelse),
            Some(_) => return Err(self.corrupt_generator()),
        };
        self.while_loop(cx, s, test, body, orelse, in_body)
    }

    /// The loop of a `while` statement (`in_body`: the statement of the body to continue
    /// at, the one a resumed generator stopped in).
    fn while_loop(
        &self,
        cx: &Ctx,
        s: &'static Stmt,
        test: &'static Expr,
        body: &'static [Stmt],
        orelse: &'static [Stmt],
        mut in_body: Option<usize>,
    ) -> PyResult<Flow> {
        loop {
            if in_body.is_none() {
                let t = if test.suspends {
                    match self.eval_s(cx, test)? {
                        Step::Suspend(v) => {
                            self.suspend_at(cx, Resume::Header);
                            return Ok(Flow::Yield(v));
                        }
                        Step::Done(t) => t,
                    }
                } else {
                    self.eval(cx, test)?
                };
                if !self.truthy(&t)? {
                    break;
                }
            }
            let mut at = 0;
            match self.run_statements::<IN_LOOP>(cx, body, in_body.take().unwrap_or(0), &mut at)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Yield(v) => {
                    self.suspend_at(cx, Resume::Loop(at as u32));
                    return Ok(Flow::Yield(v));
                }
                _ => {}
            }
            cx.at(s.span);
            self.check_interrupt()?;
        }
        self.exec_loop_else(cx, orelse)
    }

    /// The loop of a `for` statement once its iterator exists (`in_body`: the statement of
    /// the body to continue at for the current item, the one a resumed generator stopped
    /// in). Loops run their bodies themselves and record where a generator stopped in
    /// their own point, so that resuming one descends a level less.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn for_loop(
        &self,
        cx: &Ctx,
        s: &'static Stmt,
        target: &'static Expr,
        body: &'static [Stmt],
        orelse: &'static [Stmt],
        it: Value,
        mut in_body: Option<usize>,
    ) -> PyResult<Flow> {
        loop {
            if in_body.is_none() {
                cx.at(s.span);
                let Some(item) = self.next_item(&it)? else {
                    break;
                };
                match &target.kind {
                    ExprKind::Name(n) => self.store_name_at(cx, n, item, target.span)?,
                    _ if target.suspends => {
                        if let Some(y) = self.store_for_target(cx, target, &it, item)? {
                            return Ok(Flow::Yield(y));
                        }
                    }
                    _ => self.assign(cx, target, item)?,
                }
            }
            let mut at = 0;
            match self.run_statements::<IN_LOOP>(cx, body, in_body.take().unwrap_or(0), &mut at)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Yield(v) => {
                    self.suspend_at(cx, Resume::ForBody(it, at as u32));
                    return Ok(Flow::Yield(v));
                }
                _ => {}
            }
            cx.at(s.span);
            self.check_interrupt()?;
        }
        drop(it);
        self.exec_loop_else(cx, orelse)
    }

    /// The next item of a `for` loop's iterator: a generator is resumed without the
    /// iterator protocol's dispatch (built-in iterators, the most common, are checked first).
    #[inline(always)]
    fn next_item(&self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match o.payload() {
                Payload::Iter(_) => {}
                Payload::Generator(g) if g.kind == super::generator::GenKind::Generator => {
                    return self.gen_next(o);
                }
                _ => {}
            }
        }
        self.next(it)
    }

    /// The `else` block of a loop; a generator suspended in it records `Branch(false)`.
    pub(crate) fn exec_loop_else(&self, cx: &Ctx, orelse: &'static [Stmt]) -> PyResult<Flow> {
        let flow = self.exec_block(cx, orelse)?;
        if let Flow::Yield(_) = flow {
            self.suspend_at(cx, Resume::Branch(false));
        }
        Ok(flow)
    }

    /// Raises KeyboardInterrupt when SIGINT arrived. CPython checks at loop back-edges and
    /// function entry; so does refpy.
    #[inline]
    fn check_interrupt(&self) -> PyResult<()> {
        if super::signals::take_pending() {
            return Err(PyErr::new(
                self.new_exception(&self.exc.keyboard_interrupt, vec![]),
            ));
        }
        Ok(())
    }

    pub(crate) fn unsupported(&self, what: &str) -> PyErr {
        self.err(
            &self.exc.not_implemented_error,
            format!("{what} is not supported by refpy yet"),
        )
    }

    /// Binds a value to an assignment target.
    pub fn assign(&self, cx: &Ctx, target: &'static Expr, v: Value) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n) => self.store_name_at(cx, n, v, target.span),
            ExprKind::Attribute { value, attr, site } => {
                let obj = self.eval(cx, value)?;
                cx.at(target.span);
                self.store_attr_cached(site, &obj, attr, v)
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(cx, value)?;
                let idx = self.eval(cx, index)?;
                cx.at(target.span);
                self.setitem(&obj, idx, v)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                cx.at(target.span);
                self.unpack(cx, items, v)
            }
            ExprKind::Starred(inner) => self.assign(cx, inner, v),
            _ => Err(self.err(&self.exc.runtime_error, "invalid assignment target")),
        }
    }

    fn unpack(&self, cx: &Ctx, targets: &'static [Expr], v: Value) -> PyResult<()> {
        let values = self.unpack_values(targets, v)?;
        for (t, item) in targets.iter().zip(values) {
            self.assign(cx, t, item)?;
        }
        Ok(())
    }

    /// The values an unpacking assignment stores, one per target (a starred target's is a
    /// list), with CPython's errors for a wrong count.
    pub(crate) fn unpack_values(&self, targets: &'static [Expr], v: Value) -> PyResult<Vec<Value>> {
        let items = self.collect(&v).map_err(|_| {
            self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(&v)
            ))
        })?;
        drop(v);
        let star = targets
            .iter()
            .position(|t| matches!(t.kind, ExprKind::Starred(_)));
        let n = items.len();
        match star {
            None => {
                if n != targets.len() {
                    return Err(if n > targets.len() {
                        self.err(
                            &self.exc.value_error,
                            format!("too many values to unpack (expected {})", targets.len()),
                        )
                    } else {
                        self.err(
                            &self.exc.value_error,
                            format!(
                                "not enough values to unpack (expected {}, got {n})",
                                targets.len()
                            ),
                        )
                    });
                }
                Ok(items)
            }
            Some(s) => {
                let after = targets.len() - s - 1;
                if n < targets.len() - 1 {
                    return Err(self.err(
                        &self.exc.value_error,
                        format!(
                            "not enough values to unpack (expected at least {}, got {n})",
                            targets.len() - 1
                        ),
                    ));
                }
                let mut items = items.into_iter();
                let mut values: Vec<Value> = items.by_ref().take(s).collect();
                let middle: Vec<Value> = items.by_ref().take(n - s - after).collect();
                values.push(self.new_list(middle));
                values.extend(items);
                Ok(values)
            }
        }
    }

    fn aug_assign(
        &self,
        cx: &Ctx,
        target: &'static Expr,
        op: BinOp,
        value: &'static Expr,
    ) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                let old = self.load_name(cx, n)?;
                let v = self.eval(cx, value)?;
                cx.at(target.span.to(value.span));
                let r = self.inplace_op(op, &old, &v)?;
                drop(old);
                drop(v);
                self.store_name(cx, n, r)
            }
            ExprKind::Attribute {
                value: obj,
                attr,
                site,
            } => {
                let o = self.eval(cx, obj)?;
                let old = self.load_attr_cached(site, &o, attr)?;
                let v = self.eval(cx, value)?;
                cx.at(target.span.to(value.span));
                let r = self.inplace_op(op, &old, &v)?;
                drop(old);
                drop(v);
                self.store_attr_cached(site, &o, attr, r)
            }
            ExprKind::Subscript { value: obj, index } => {
                let o = self.eval(cx, obj)?;
                let i = self.eval(cx, index)?;
                let old = self.getitem(&o, &i)?;
                let v = self.eval(cx, value)?;
                cx.at(target.span.to(value.span));
                let r = self.inplace_op(op, &old, &v)?;
                drop(old);
                drop(v);
                self.setitem(&o, i, r)
            }
            _ => Err(self.err(
                &self.exc.runtime_error,
                "invalid augmented assignment target",
            )),
        }
    }

    pub(crate) fn delete(&self, cx: &Ctx, target: &'static Expr) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                cx.at(target.span);
                self.delete_name(cx, n)
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.eval(cx, value)?;
                cx.at(target.span);
                self.delattr(&obj, attr)
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(cx, value)?;
                let idx = self.eval(cx, index)?;
                cx.at(target.span);
                let r = self.delitem(&obj, &idx);
                drop(idx);
                r
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for t in items {
                    self.delete(cx, t)?;
                }
                Ok(())
            }
            _ => Err(self.err(&self.exc.runtime_error, "invalid delete target")),
        }
    }

    // ---------------------------------------------------------------- exceptions

    fn exec_raise(
        &self,
        cx: &Ctx,
        span: Span,
        exc: &'static Option<Expr>,
        cause: &'static Option<Expr>,
    ) -> PyResult<PyErr> {
        let Some(exc) = exc else {
            // A bare `raise` re-raises the exception being handled, without a new
            // traceback entry for this frame.
            let current = self.handling.borrow().last().cloned();
            return match current {
                Some(Value::Obj(e)) => Ok(PyErr::reraised_in(e, cx.frame.addr())),
                _ => Ok(self.err(&self.exc.runtime_error, "No active exception to reraise")),
            };
        };
        let v = self.eval(cx, exc)?;
        cx.at(span);
        let instance = self.exception_instance(v)?;
        if let Some(cause) = cause {
            let c = self.eval(cx, cause)?;
            cx.at(span);
            let c = match c {
                Value::None => Value::None,
                c => Value::Obj(self.exception_instance(c).map_err(|_| {
                    self.type_error("exception causes must derive from BaseException")
                })?),
            };
            if let Payload::Instance(i) = instance.payload() {
                if let Some(e) = &i.exc {
                    let mut e = e.borrow_mut();
                    let old = e.cause.replace(c);
                    e.suppress_context = true;
                    drop(e);
                    drop(old);
                }
            }
        }
        Ok(self.with_context(PyErr::new(instance)))
    }

    /// The exception instance `raise v` raises: `v` itself, or `v()` for a class.
    pub(crate) fn exception_instance(&self, v: Value) -> PyResult<ObjRef> {
        if let Value::Obj(o) = &v {
            match o.payload() {
                Payload::Class(_) if self.is_subclass(o, &self.exc.base_exception) => {
                    let inst = self.call(&v, Args::positional(vec![]))?;
                    if let Value::Obj(i) = inst {
                        return Ok(i);
                    }
                }
                Payload::Instance(i) if i.exc.is_some() => return Ok(o.clone()),
                _ => {}
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Sets `__context__` of an exception being raised to the one being handled, first
    /// cutting the handled exception's context chain where it reaches the new one so that no
    /// new cycle appears (CPython: `_PyErr_SetObject`).
    pub fn with_context(&self, err: PyErr) -> PyErr {
        let current = self.handling.borrow().last().cloned();
        let Some(Value::Obj(handled)) = current else {
            return err;
        };
        if handled.is(&err.exc) {
            return err;
        }
        let mut o = handled.clone();
        let mut slow = handled.clone();
        let mut toggle = false;
        while let Some(context) = exc_context(&o) {
            if context.is(&err.exc) {
                set_exc_context(&o, None);
                break;
            }
            o = context;
            if o.is(&slow) {
                break;
            }
            if toggle {
                slow = exc_context(&slow).unwrap_or(slow);
            }
            toggle = !toggle;
        }
        set_exc_context(&err.exc, Some(handled));
        err
    }

    fn exec_try(
        &self,
        cx: &Ctx,
        body: &'static [Stmt],
        handlers: &'static [ExceptHandler],
        orelse: &'static [Stmt],
        finalbody: &'static [Stmt],
    ) -> PyResult<Flow> {
        let stage = match self.resuming_at(cx)? {
            None => None,
            Some(Resume::Try(stage)) => Some(stage),
            Some(_) => return Err(self.corrupt_generator()),
        };
        let outcome = match stage {
            None | Some(TryStage::Body) => match self.exec_block(cx, body) {
                Ok(Flow::Yield(v)) => {
                    self.suspend_at(cx, Resume::Try(TryStage::Body));
                    return Ok(Flow::Yield(v));
                }
                Err(err) => self.handle(cx, err, handlers),
                Ok(Flow::Normal) if !orelse.is_empty() => self.exec_try_else(cx, orelse),
                other => other,
            },
            Some(TryStage::Handler(exc)) => match self.resume_block(cx) {
                Some(index) => self.run_handler(cx, handlers, index, exc, true),
                None => return Err(self.corrupt_generator()),
            },
            Some(TryStage::Else) => self.exec_try_else(cx, orelse),
            Some(TryStage::Finally(pending)) => return self.exec_finally(cx, finalbody, *pending),
        };
        if finalbody.is_empty() || matches!(outcome, Ok(Flow::Yield(_))) {
            return outcome;
        }
        let pending = match outcome {
            Ok(flow) => Pending::Flow(flow),
            Err(err) => Pending::Error(err),
        };
        self.exec_finally(cx, finalbody, pending)
    }

    fn exec_try_else(&self, cx: &Ctx, orelse: &'static [Stmt]) -> PyResult<Flow> {
        let r = self.exec_block(cx, orelse);
        if let Ok(Flow::Yield(_)) = &r {
            self.suspend_at(cx, Resume::Try(TryStage::Else));
        }
        r
    }

    /// `finally` runs with the pending exception as the one being handled, so that an
    /// exception raised inside gets it as its context; then the pending outcome resumes
    /// unless the block ended otherwise.
    fn exec_finally(
        &self,
        cx: &Ctx,
        finalbody: &'static [Stmt],
        pending: Pending,
    ) -> PyResult<Flow> {
        let handled = match &pending {
            Pending::Error(err) => Some(Value::Obj(err.exc.clone())),
            Pending::Flow(_) => None,
        };
        if let Some(h) = &handled {
            self.handling.borrow_mut().push(h.clone());
        }
        let r = self.exec_block(cx, finalbody);
        if handled.is_some() {
            self.handling.borrow_mut().pop();
        }
        match r {
            Ok(Flow::Yield(v)) => {
                self.suspend_at(cx, Resume::Try(TryStage::Finally(Box::new(pending))));
                Ok(Flow::Yield(v))
            }
            Ok(Flow::Normal) => match pending {
                Pending::Flow(flow) => Ok(flow),
                Pending::Error(err) => Err(err),
            },
            other => other,
        }
    }

    /// Finds the handler for `err` and runs it.
    fn handle(&self, cx: &Ctx, err: PyErr, handlers: &'static [ExceptHandler]) -> PyResult<Flow> {
        let exc_value = Value::Obj(err.exc.clone());
        for (index, h) in handlers.iter().enumerate() {
            let matches = match &h.typ {
                None => true,
                Some(t) => {
                    // The clause is evaluated while the exception is being handled: an
                    // error here gets it as its context.
                    self.handling.borrow_mut().push(exc_value.clone());
                    let matched = self
                        .eval(cx, t)
                        .and_then(|t| self.exception_matches(&exc_value, &t))
                        .map_err(|e| self.traced(cx, e));
                    self.handling.borrow_mut().pop();
                    matched?
                }
            };
            if !matches {
                continue;
            }
            drop(err);
            return self.run_handler(cx, handlers, index, exc_value, false);
        }
        Err(err)
    }

    /// Runs `handlers[index]` for `exc_value`; `resumed` when a generator continues inside
    /// it. A generator suspended in a handler keeps the exception it handles.
    fn run_handler(
        &self,
        cx: &Ctx,
        handlers: &'static [ExceptHandler],
        index: usize,
        exc_value: Value,
        resumed: bool,
    ) -> PyResult<Flow> {
        let h = &handlers[index];
        self.handling.borrow_mut().push(exc_value.clone());
        if !resumed {
            if let Some(name) = &h.name {
                self.store_name(cx, name, exc_value.clone())?;
            }
        }
        let result = self.exec_block(cx, &h.body);
        if let Ok(Flow::Yield(v)) = result {
            let kept = self.handling.borrow_mut().pop();
            drop(kept);
            self.suspend_in_block(cx, index);
            self.suspend_at(cx, Resume::Try(TryStage::Handler(exc_value)));
            return Ok(Flow::Yield(v));
        }
        drop(exc_value);
        // `except E as e:` ends with an implicit `del e`.
        if let Some(name) = &h.name {
            let _ = self.delete_name(cx, name);
        }
        let handled = self.handling.borrow_mut().pop();
        drop(handled);
        result
    }

    fn exception_matches(&self, exc: &Value, t: &Value) -> PyResult<bool> {
        match t.as_obj().map(ObjRef::payload) {
            Some(Payload::Tuple(items)) => {
                // CPython checks every entry before matching any (check_except_type_valid).
                for item in &items.items {
                    let is_exception_class =
                        matches!(item.as_obj().map(ObjRef::payload), Some(Payload::Class(_)))
                            && item
                                .as_obj()
                                .is_some_and(|c| self.is_subclass(c, &self.exc.base_exception));
                    if !is_exception_class {
                        return Err(self.type_error(
                            "catching classes that do not inherit from BaseException is not allowed",
                        ));
                    }
                }
                for item in &items.items {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Payload::Class(_)) => {
                let class = t.as_obj().expect("checked");
                if !self.is_subclass(class, &self.exc.base_exception) {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(self.isinstance(exc, class))
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn exec_with(
        &self,
        cx: &Ctx,
        span: Span,
        items: &'static [WithItem],
        body: &'static [Stmt],
    ) -> PyResult<Flow> {
        let Some((item, rest)) = items.split_first() else {
            return self.exec_block(cx, body);
        };
        let (manager, exit, outcome) = match self.resuming_at(cx)? {
            Some(Resume::With(held)) => {
                let (manager, exit) = *held;
                (manager, exit, self.exec_with(cx, span, rest, body))
            }
            Some(_) => return Err(self.corrupt_generator()),
            None => {
                let (manager, exit, entered) = self.enter_with(cx, span, item)?;
                // The target is bound inside the statement: an error there reaches
                // `__exit__`, as in CPython.
                let outcome = self
                    .bind_with_target(cx, item, entered)
                    .and_then(|()| self.exec_with(cx, span, rest, body));
                (manager, exit, outcome)
            }
        };
        if let Ok(Flow::Yield(v)) = outcome {
            self.suspend_at(cx, Resume::With(Box::new((manager, exit))));
            return Ok(Flow::Yield(v));
        }
        self.exit_with(cx, span, manager, exit, outcome)
    }

    /// Evaluates a `with` item and calls `__enter__`. Returns the manager, its `__exit__`
    /// and what `__enter__` returned.
    fn enter_with(
        &self,
        cx: &Ctx,
        span: Span,
        item: &'static WithItem,
    ) -> PyResult<(Value, Value, Value)> {
        let manager = self.eval(cx, &item.context)?;
        self.enter_manager(cx, span, manager)
    }

    /// Binds what `__enter__` returned to the item's target, if it has one.
    pub(crate) fn bind_with_target(
        &self,
        cx: &Ctx,
        item: &'static WithItem,
        entered: Value,
    ) -> PyResult<()> {
        match &item.target {
            Some(t) => self.assign(cx, t, entered),
            None => {
                drop(entered);
                Ok(())
            }
        }
    }

    /// Calls `__enter__` of an evaluated `with` item. Returns the manager, its `__exit__`
    /// and what `__enter__` returned.
    pub(crate) fn enter_manager(
        &self,
        cx: &Ctx,
        span: Span,
        manager: Value,
    ) -> PyResult<(Value, Value, Value)> {
        cx.at(span);
        let class = self.type_of(&manager);
        let (Some(enter), Some(exit)) = (
            crate::types::class::class_lookup(&class, "__enter__"),
            crate::types::class::class_lookup(&class, "__exit__"),
        ) else {
            let missing = if crate::types::class::class_lookup(&class, "__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{missing}",
                self.type_name(&manager)
            )));
        };
        let entered = self.call(&enter, Args::positional(vec![manager.clone()]))?;
        Ok((manager, exit, entered))
    }

    /// Calls `__exit__` with the outcome of the body; a true result swallows an exception.
    pub(crate) fn exit_with(
        &self,
        cx: &Ctx,
        span: Span,
        manager: Value,
        exit: Value,
        outcome: PyResult<Flow>,
    ) -> PyResult<Flow> {
        cx.at(span);
        match outcome {
            Err(err) => {
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
                self.handling.borrow_mut().push(exc.clone());
                let r = self.call(&exit, Args::positional(vec![manager, typ, exc, tb]));
                self.handling.borrow_mut().pop();
                let r = r?;
                if self.truthy(&r)? {
                    Ok(Flow::Normal)
                } else {
                    Err(err)
                }
            }
            Ok(flow) => {
                let r = self.call(
                    &exit,
                    Args::positional(vec![manager, Value::None, Value::None, Value::None]),
                )?;
                drop(r);
                Ok(flow)
            }
        }
    }

    // ---------------------------------------------------------------- classes

    fn exec_class(&self, cx: &Ctx, c: &'static ClassDef, span: Span) -> PyResult<Value> {
        let mut decorators = Vec::new();
        for dec in &c.decorators {
            decorators.push(self.eval(cx, dec)?);
        }
        let mut header = Vec::new();
        for e in class_header(c) {
            header.push(self.eval(cx, e)?);
        }
        self.build_class(cx, c, span, decorators, header)
    }

    /// The class statement once its decorators, bases and keyword values (`header`, in
    /// source order) are evaluated: the metaclass, the body, the class, the decorators.
    pub(crate) fn build_class(
        &self,
        cx: &Ctx,
        c: &'static ClassDef,
        span: Span,
        decorators: Vec<Value>,
        header: Vec<Value>,
    ) -> PyResult<Value> {
        let mut header = header.into_iter();
        let mut bases = Vec::new();
        let mut base_values = Vec::new();
        for b in &c.bases {
            let v = header.next().unwrap_or(Value::None);
            match b {
                Arg::Positional(_) => base_values.push(v),
                Arg::Star(_) => base_values.extend(self.collect(&v)?),
            }
        }
        for v in base_values {
            match v {
                Value::Obj(o) if matches!(o.payload(), Payload::Class(_)) => bases.push(o),
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(&other)
                    )))
                }
            }
        }
        let mut keywords = Vec::new();
        let mut explicit_meta = None;
        for k in &c.keywords {
            let v = header.next().unwrap_or(Value::None);
            match &k.name {
                Some(name) if &**name == "metaclass" => explicit_meta = Some(v),
                Some(name) => keywords.push((name.clone(), v)),
                None => return Err(self.unsupported("**kwargs in a class statement")),
            }
        }
        // The metaclass: the one asked for, or the most derived of the bases' types. A
        // metaclass other than `type` gets the namespace from `__prepare__` and makes the
        // class itself (`runtime/metaclass.rs`).
        let requested = match explicit_meta {
            Some(Value::Obj(m)) if matches!(m.payload(), Payload::Class(_)) => Ok(m),
            Some(other) => Err(other),
            None => Ok(self.types.type_.clone()),
        };
        let meta: Option<Value> = match requested {
            Ok(m) => {
                let winner = self.calculate_metaclass(&m, &bases)?;
                (!winner.is(&self.types.type_)).then_some(Value::Obj(winner))
            }
            // A metaclass that is not a class (a function) is called as it is.
            Err(other) => Some(other),
        };
        let namespace = match &meta {
            Some(meta) => self.prepare_namespace(meta, c, &bases, &keywords)?,
            None => self.new_dict(),
        };
        if let Payload::Dict(d) = namespace.payload() {
            let module = match cx.f.globals.payload() {
                Payload::Dict(g) => g.get_str("__name__").unwrap_or(Value::None),
                _ => Value::None,
            };
            let key = |s: &str| self.new_str(s).as_obj().cloned().expect("str");
            drop(d.set_str(key("__module__"), module));
            drop(d.set_str(key("__qualname__"), self.new_str(&*c.scope.qualname)));
            if let Some(doc) = super::eval::docstring(&c.body) {
                drop(d.set_str(key("__doc__"), self.new_str(doc)));
            }
        }
        let code = self.code_for(cx, &c.name, &c.scope, Body::Class(c), span);
        let mut slots: Vec<Option<Value>> = vec![None; c.scope.slot_names.len()];
        let closure: Vec<ObjRef> = c
            .scope
            .free_from
            .iter()
            .filter_map(|&slot| match cx.f.slots.borrow().get(slot as usize) {
                Some(Some(Value::Obj(cell))) => Some(cell.clone()),
                _ => None,
            })
            .collect();
        self.make_cells(&c.scope, &mut slots, &closure);
        cx.at(span);
        let frame = ObjRef::new_untracked(Payload::Frame(PyFrame::with_locals(
            code,
            slots,
            cx.f.globals.clone(),
            namespace.clone(),
        )));
        if let Payload::Frame(f) = frame.payload() {
            f.span.set(span);
        }
        self.run_frame(&frame)?;
        if let Some(meta) = meta {
            // `meta(name, bases, namespace, **kwargs)`; the namespace carries the
            // `__class__` cell as `__classcell__` for `type.__new__` to fill.
            let class_cell = c
                .scope
                .slot_names
                .iter()
                .position(|n| &**n == "__class__")
                .and_then(|i| match frame.payload() {
                    Payload::Frame(f) => f.slots.borrow().get(i).cloned().flatten(),
                    _ => None,
                });
            if let (Some(cell), Payload::Dict(d)) = (&class_cell, namespace.payload()) {
                let key = self.new_str("__classcell__");
                drop(d.set_str(key.as_obj().cloned().expect("str"), cell.clone()));
            }
            let pos = vec![
                self.new_str(&*c.name),
                self.new_tuple(bases.into_iter().map(Value::Obj).collect()),
                Value::Obj(namespace),
            ];
            cx.at(span);
            let made = self.call(&meta, Args { pos, kw: keywords })?;
            drop(class_cell);
            drop(frame);
            return self.decorate(cx, &c.decorators, decorators, made);
        }
        let ns = match namespace.payload() {
            Payload::Dict(d) => {
                let moved = PyDict::new();
                *moved.map.borrow_mut() = std::mem::take(&mut *d.map.borrow_mut());
                moved
            }
            _ => PyDict::new(),
        };
        let class = self.new_class(c.name.clone(), c.scope.qualname.clone(), bases, ns)?;
        self.finish_class(&class, keywords)?;
        // The implicit `__class__` cell that `super()` reads.
        if let Some(i) = c.scope.slot_names.iter().position(|n| &**n == "__class__") {
            if let Payload::Frame(f) = frame.payload() {
                if let Some(Some(Value::Obj(cell))) = f.slots.borrow().get(i) {
                    if let Payload::Cell(cell) = cell.payload() {
                        *cell.value.borrow_mut() = Some(Value::Obj(class.clone()));
                    }
                }
            }
        }
        drop(frame);
        self.decorate(cx, &c.decorators, decorators, Value::Obj(class))
    }

    /// Applies a class statement's decorators, innermost first.
    /// Applies evaluated decorators (`decorators`, from `exprs` top down) bottom up.
    fn decorate(
        &self,
        cx: &Ctx,
        exprs: &'static [Expr],
        mut decorators: Vec<Value>,
        mut v: Value,
    ) -> PyResult<Value> {
        for expr in exprs.iter().rev() {
            let Some(dec) = decorators.pop() else { break };
            cx.at(expr.span);
            v = self.call(&dec, Args::positional(vec![v]))?;
        }
        Ok(v)
    }

    /// The namespace a metaclass gives a class body: `meta.__prepare__(name, bases,
    /// **kwargs)` when it has one, else a new dict, with `__module__` and `__qualname__`
    /// (and `__doc__`) stored as the body's first names.
    fn prepare_namespace(
        &self,
        meta: &Value,
        c: &'static ClassDef,
        bases: &[ObjRef],
        keywords: &[(Rc<str>, Value)],
    ) -> PyResult<ObjRef> {
        let ns = match self.lookup_attr(meta, "__prepare__")? {
            Some(prepare) => {
                let pos = vec![
                    self.new_str(&*c.name),
                    self.new_tuple(bases.iter().cloned().map(Value::Obj).collect()),
                ];
                let ns = self.call(
                    &prepare,
                    Args {
                        pos,
                        kw: keywords.to_vec(),
                    },
                )?;
                match ns {
                    Value::Obj(o) if matches!(o.payload(), Payload::Dict(_)) => o,
                    other => {
                        return Err(self.unsupported(&format!(
                            "a __prepare__ that returns a '{}' instead of a dict",
                            self.type_name(&other)
                        )))
                    }
                }
            }
            None => self.new_dict(),
        };
        Ok(ns)
    }
}

/// `exc.__context__` when it is an exception.
fn exc_context(exc: &ObjRef) -> Option<ObjRef> {
    match exc.payload() {
        Payload::Instance(i) => match i.exc.as_ref()?.borrow().context.as_ref()? {
            Value::Obj(c) => Some(c.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn set_exc_context(exc: &ObjRef, context: Option<ObjRef>) {
    if let Payload::Instance(i) = exc.payload() {
        if let Some(e) = &i.exc {
            let old = std::mem::replace(&mut e.borrow_mut().context, context.map(Value::Obj));
            drop(old);
        }
    }
}

/// Where CPython 3.11 reports a failing `assert`: its conditional jump takes the position of
/// a comparison in the test (the last one the jump logic reaches) and keeps it for the
/// raise; otherwise the statement's.
pub(crate) fn assert_position(test: &Expr) -> Option<Span> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => assert_position(operand),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(assert_position),
        _ => None,
    }
}

/// Whether a body has an annotated assignment to a plain name outside nested functions and
/// classes (CPython's compiler: `find_ann`).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

/// The expressions of a class statement's bases and keywords, in source order.
pub(crate) fn class_header(c: &'static ClassDef) -> impl Iterator<Item = &'static Expr> {
    c.bases
        .iter()
        .map(|b| match b {
            Arg::Positional(e) | Arg::Star(e) => e,
        })
        .chain(c.keywords.iter().map(|k| &k.value))
}
