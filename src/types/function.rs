//! Functions, built-in functions, bound methods, cells and frames.

use crate::object::{ObjRef, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::source::{SourceFile, Span};
use crate::syntax::ast;
use std::cell::{Cell, RefCell};
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
    #[inline]
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
    pub module: Value,
}

impl Drop for PyFunction {
    /// CPython's `func_clear` order: defaults (last first), keyword defaults, docstring,
    /// `__dict__`, closure (last cell first).
    fn drop(&mut self) {
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

pub struct PyFrame {
    pub code: Rc<Code>,
    /// Local variables in slot order; released in that order when the frame dies.
    pub slots: RefCell<Vec<Option<Value>>>,
    pub globals: ObjRef,
    /// The namespace of a module or class body (`None` in functions).
    pub locals: Option<ObjRef>,
    /// The statement or expression being executed, for tracebacks.
    pub span: Cell<Span>,
    /// `f_back`, kept only when the frame outlives its call (CPython 3.11's
    /// `take_ownership`): a frame held by a traceback keeps its callers' frames alive.
    pub back: RefCell<Option<ObjRef>>,
    /// Where a generator's frame stopped, and what it is resumed with.
    pub suspension: crate::runtime::generator::Suspension,
}

impl Drop for PyFrame {
    fn drop(&mut self) {
        let mut slots = std::mem::take(self.slots.get_mut());
        // In slot order; taking each value out first keeps the vector whole for reuse.
        for slot in slots.iter_mut() {
            drop(slot.take());
        }
        slots.clear();
        super::frame_pool::recycle_slots(slots);
        drop(self.back.get_mut().take());
        drop(std::mem::take(self.suspension.points.get_mut()));
    }
}
