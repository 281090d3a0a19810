//! Functions, built-in functions, bound methods, cells and frames.

use crate::object::{ObjRef, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::source::{SourceFile, Span};
use crate::syntax::ast;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

/// The code a function or frame runs. The syntax tree lives as long as the program.
pub enum Body {
    Module(&'static [ast::Stmt]),
    Class(&'static ast::ClassDef),
    Def(&'static ast::FunctionDef),
    Lambda(&'static ast::Lambda),
    Comprehension(&'static ast::Comprehension),
}

/// What CPython keeps in a code object: names, the file, the scope layout.
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub file: Rc<SourceFile>,
    pub scope: &'static ast::ScopeInfo,
    pub body: Body,
    pub first_line: u32,
}

impl Code {
    /// The number of arguments of a function a call may enter directly, when binding is
    /// only moving positional arguments into the first slots: a plain `def` without `*args`,
    /// `**kwargs`, keyword-only parameters or cells, that is not a generator or coroutine.
    #[inline(always)]
    pub fn direct_arity(&self) -> Option<usize> {
        let Body::Def(d) = self.body else {
            return None;
        };
        let (p, s) = (&d.params, self.scope);
        let plain = p.vararg.is_none()
            && p.kwarg.is_none()
            && p.kwonly.is_empty()
            && s.cell_slots.is_empty()
            && !s.flags.is_generator
            && !s.flags.is_coroutine;
        plain.then(|| p.posonly.len() + p.args.len())
    }
}

pub struct PyFunction {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// Defaults of the last positional parameters, in order.
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Vec<(Rc<str>, Value)>>,
    pub doc: RefCell<Value>,
    pub dict: RefCell<Option<ObjRef>>,
    /// Cells for the free variables, in the code's free-variable order.
    pub closure: Vec<ObjRef>,
    /// `__module__`: the defining module's `__name__`, assignable to any object.
    pub module: RefCell<Value>,
    pub annotations: RefCell<Annotations>,
}

/// A function's `__annotations__`: the values its `def` evaluated, kept in CPython's
/// evaluation order until the attribute is first read (CPython keeps them in a tuple and
/// makes the dict lazily), or the dict itself once read or assigned.
#[derive(Default)]
pub enum Annotations {
    /// No annotations, or `__annotations__` was set to None or deleted.
    #[default]
    Unset,
    /// The values of `FunctionDef::annotations`, in that order.
    Values(Vec<Value>),
    Dict(ObjRef),
}

impl Annotations {
    /// Releases what it holds in CPython's order: a tuple's items last to first.
    pub fn release(self) {
        match self {
            Annotations::Unset => {}
            Annotations::Values(mut v) => super::list::release_backwards(&mut v),
            Annotations::Dict(d) => drop(d),
        }
    }
}

impl Drop for PyFunction {
    /// CPython's `func_clear` order: module, defaults (last first), keyword defaults,
    /// docstring, `__dict__`, closure (last cell first), annotations.
    fn drop(&mut self) {
        drop(std::mem::replace(self.module.get_mut(), Value::None));
        super::list::release_backwards(self.defaults.get_mut());
        for (k, v) in std::mem::take(self.kwdefaults.get_mut()) {
            drop(k);
            drop(v);
        }
        drop(std::mem::replace(self.doc.get_mut(), Value::None));
        drop(self.dict.get_mut().take());
        while let Some(cell) = self.closure.pop() {
            drop(cell);
        }
        std::mem::take(self.annotations.get_mut()).release();
    }
}

/// Arguments of a call: positional values, then keyword names and values.
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn positional(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
}

pub type NativeFn = fn(&Interp, Args) -> PyResult<Value>;

pub struct PyBuiltin {
    pub name: &'static str,
    /// The type a method belongs to, for `repr` ("<method 'append' of 'list' objects>").
    pub owner: Option<&'static str>,
    pub func: NativeFn,
}

impl PyBuiltin {
    /// How argument errors name the built-in: `list.append()`, or `print()` for a function.
    pub fn call_name(&self) -> String {
        match self.owner {
            Some(owner) => format!("{owner}.{}()", self.name),
            None => format!("{}()", self.name),
        }
    }
}

pub struct PyMethod {
    pub func: Value,
    pub this: Value,
}

impl Drop for PyMethod {
    /// CPython's `method_dealloc`: `__func__`, then `__self__`.
    fn drop(&mut self) {
        drop(std::mem::replace(&mut self.func, Value::None));
        drop(std::mem::replace(&mut self.this, Value::None));
    }
}

pub struct PyCell {
    pub value: RefCell<Option<Value>>,
}

/// A frame: held inline in its object (`Payload::Frame`), so that a call allocates one box.
/// What only some frames need lives in `extra`, made on first use; a generator keeps
/// where its frame stopped in the generator object.
pub struct PyFrame {
    pub code: Rc<Code>,
    /// Local variables in slot order; released in that order when the frame dies.
    pub slots: RefCell<Vec<Option<Value>>>,
    pub globals: ObjRef,
    /// The statement or expression being executed, for tracebacks.
    pub span: Cell<Span>,
    extra: OnceCell<Box<FrameExtra>>,
}

/// The parts of a frame that a function call's frame does not use.
#[derive(Default)]
struct FrameExtra {
    /// The namespace of a module or class body (`None` in functions).
    locals: Option<ObjRef>,
    /// `f_back`, kept only when the frame outlives its call (CPython 3.11's
    /// `take_ownership`): a frame held by a traceback keeps its callers' frames alive.
    back: RefCell<Option<ObjRef>>,
    /// The dict `f_locals` and `locals()` return in a function's frame: one per frame,
    /// refreshed from the slots at each access, so it keeps the values it saw alive until
    /// the next access or the frame's end (CPython 3.11's `frame->f_locals`).
    snapshot: RefCell<Option<ObjRef>>,
    /// Whether the frame outlived its call; such a frame releases its snapshot before its
    /// slots, one that dies with its call after them (CPython's `frame_dealloc` and
    /// `_PyFrame_Clear`).
    outlived: Cell<bool>,
}

impl PyFrame {
    pub fn new(code: Rc<Code>, slots: Vec<Option<Value>>, globals: ObjRef) -> PyFrame {
        PyFrame {
            code,
            slots: RefCell::new(slots),
            globals,
            span: Cell::new(Span::default()),
            extra: OnceCell::new(),
        }
    }

    /// A class body's frame, which stores its names in `namespace`.
    pub fn with_locals(
        code: Rc<Code>,
        slots: Vec<Option<Value>>,
        globals: ObjRef,
        namespace: ObjRef,
    ) -> PyFrame {
        let frame = PyFrame::new(code, slots, globals);
        let _ = frame.extra.set(Box::new(FrameExtra {
            locals: Some(namespace),
            ..FrameExtra::default()
        }));
        frame
    }

    #[inline]
    fn extra(&self) -> &FrameExtra {
        self.extra.get_or_init(Box::default)
    }

    /// The namespace of a module or class body (`None` in functions).
    pub fn locals(&self) -> Option<&ObjRef> {
        self.extra.get().and_then(|e| e.locals.as_ref())
    }

    /// `f_back` of a frame that outlived its call.
    pub fn back(&self) -> Option<ObjRef> {
        self.extra
            .get()
            .and_then(|e| e.back.try_borrow().ok()?.clone())
    }

    /// Where `f_back` is held, if this frame has had one (for the collector's traversal,
    /// which must not touch reference counts).
    pub fn back_cell(&self) -> Option<&RefCell<Option<ObjRef>>> {
        self.extra.get().map(|e| &e.back)
    }

    pub fn set_back(&self, back: Option<ObjRef>) {
        if back.is_some() || self.extra.get().is_some() {
            let extra = self.extra();
            extra.outlived.set(true);
            let old = extra.back.replace(back);
            drop(old);
        }
    }

    /// Records that the frame outlived its run (see `outlived`); only a frame with an
    /// `f_locals` dict has anything to order.
    pub fn mark_outlived(&self) {
        if let Some(extra) = self.extra.get() {
            extra.outlived.set(true);
        }
    }

    /// The `f_locals` dict of a function's frame, if one was made (see `snapshot`).
    pub fn snapshot(&self) -> Option<ObjRef> {
        self.extra
            .get()
            .and_then(|e| e.snapshot.try_borrow().ok()?.clone())
    }

    /// Where the `f_locals` dict is held (for the collector's traversal).
    pub fn snapshot_cell(&self) -> Option<&RefCell<Option<ObjRef>>> {
        self.extra.get().map(|e| &e.snapshot)
    }

    /// Keeps `dict` as this frame's `f_locals` dict.
    pub fn set_snapshot(&self, dict: ObjRef) {
        let old = self.extra().snapshot.replace(Some(dict));
        drop(old);
    }

    /// Takes the `f_locals` dict out (the collector's clear).
    pub fn take_snapshot(&self) -> Option<ObjRef> {
        self.extra
            .get()
            .and_then(|e| e.snapshot.try_borrow_mut().ok()?.take())
    }

    /// Takes `f_back` out (the collector's clear).
    pub fn take_back(&self) -> Option<ObjRef> {
        self.extra
            .get()
            .and_then(|e| e.back.try_borrow_mut().ok()?.take())
    }
}

impl PyFrame {
    /// Releases the locals in slot order; taking each value out first keeps the vector
    /// whole for reuse.
    #[inline(always)]
    fn release_slots(&mut self) {
        let mut slots = std::mem::take(self.slots.get_mut());
        for slot in slots.iter_mut() {
            drop(slot.take());
        }
        slots.clear();
        super::frame_pool::recycle_slots(slots);
    }

    /// The end of a frame that has a `FrameExtra` (class and module bodies, frames that
    /// outlived their call or made `f_locals`): the `f_locals` dict goes after the slots
    /// (CPython's `_PyFrame_Clear`), or before them when the frame outlived its call
    /// (`frame_dealloc`); then `f_back`.
    #[cold]
    #[inline(never)]
    fn release_with_extra(&mut self) {
        let mut snapshot = None;
        if let Some(extra) = self.extra.get_mut() {
            snapshot = extra.snapshot.get_mut().take();
            if extra.outlived.get() {
                drop(snapshot.take());
            }
        }
        self.release_slots();
        drop(snapshot);
        if let Some(extra) = self.extra.get_mut() {
            drop(extra.back.get_mut().take());
        }
    }
}

impl Drop for PyFrame {
    fn drop(&mut self) {
        // A call's frame has no extra record: only its slots to release.
        if self.extra.get().is_some() {
            return self.release_with_extra();
        }
        self.release_slots();
    }
}
