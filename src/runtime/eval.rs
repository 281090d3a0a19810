//! Expressions. Temporaries are held exactly as long as CPython's value stack holds them
//! and released explicitly where the order is observable (operands after the operation,
//! call arguments after a built-in call returns).

use super::exec::Ctx;
use super::interp::Interp;
use super::{PyErr, PyResult};
use crate::object::{ObjRef, Payload, Value};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::token::IntLit;
use crate::types::class::class_lookup;
use crate::types::dict::{PyDict, StrKey};
use crate::types::function::{Args, Body, Code, PyFunction};
use crate::types::iter::PySlice;
use crate::types::ordered_map::keys_epoch;
use std::cell::RefCell;
use std::rc::Rc;

/// A function's positional defaults and keyword-only defaults.
pub type Defaults = (Vec<Value>, Vec<(Rc<str>, Value)>);

impl Interp {
    /// Evaluates an expression. Local variables and constants, the most common operands,
    /// are read here without entering the full evaluator (whose large stack frame every
    /// recursive step would otherwise pay for).
    #[inline(always)]
    pub fn eval(&self, cx: &Ctx, e: &'static Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(cx, n),
            ExprKind::Constant(Constant::Int(IntLit::Small(i))) => Ok(Value::Int(*i)),
            ExprKind::Constant(Constant::None) => Ok(Value::None),
            _ => self.eval_node(cx, e),
        }
    }

    fn eval_node(&self, cx: &Ctx, e: &'static Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(cx, n),
            ExprKind::Constant(c) => self.constant(cx, e, c),
            ExprKind::FString(parts) => {
                let text = self.fstring(cx, parts, e.span)?;
                Ok(self.new_str(text))
            }
            ExprKind::Attribute { value, attr, site } => {
                let obj = self.eval(cx, value)?;
                cx.at(attr_position(cx, e.span, e, attr));
                self.load_attr_cached(site, &obj, attr)
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(cx, value)?;
                let idx = self.eval(cx, index)?;
                cx.at(e.span);
                let r = self.getitem(&obj, &idx);
                drop(obj);
                drop(idx);
                r
            }
            ExprKind::Slice { lower, upper, step } => {
                let part = |p: &'static Option<Box<Expr>>| -> PyResult<Value> {
                    match p {
                        Some(x) => self.eval(cx, x),
                        None => Ok(Value::None),
                    }
                };
                let start = part(lower)?;
                let stop = part(upper)?;
                let step = part(step)?;
                Ok(Value::Obj(ObjRef::new(Payload::Slice(Box::new(PySlice {
                    start,
                    stop,
                    step,
                })))))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.eval_call(cx, e, func, args, keywords),
            ExprKind::UnaryOp { op, operand } => {
                let v = self.eval(cx, operand)?;
                cx.at(e.span);
                self.unary_op(*op, &v)
            }
            ExprKind::BinOp { left, op, right } => {
                let a = self.eval(cx, left)?;
                let b = self.eval(cx, right)?;
                cx.at(e.span);
                let r = self.binary_op(*op, &a, &b);
                drop(a);
                drop(b);
                r
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for (i, v) in values.iter().enumerate() {
                    drop(last);
                    last = self.eval(cx, v)?;
                    if i + 1 < values.len() {
                        let t = self.truthy(&last)?;
                        if (*op == BoolOp::And) != t {
                            return Ok(last);
                        }
                    }
                }
                Ok(last)
            }
            // One operator, the usual case: no chaining to set up.
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1 => {
                let a = self.eval(cx, left)?;
                let b = self.eval(cx, &comparators[0])?;
                cx.at(e.span);
                match self.compare(ops[0], &a, &b) {
                    Ok(r) => {
                        drop(a);
                        drop(b);
                        Ok(r)
                    }
                    Err(err) => {
                        drop(b);
                        drop(a);
                        Err(err)
                    }
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut a = self.eval(cx, left)?;
                for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                    let b = self.eval(cx, right)?;
                    cx.at(e.span);
                    let r = self.compare(*op, &a, &b)?;
                    if i + 1 == ops.len() {
                        drop(a);
                        drop(b);
                        return Ok(r);
                    }
                    if !self.truthy(&r)? {
                        return Ok(r);
                    }
                    drop(r);
                    a = b;
                }
                unreachable!("a comparison has at least one operator")
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval(cx, test)?;
                let t = self.truthy(&t)?;
                self.eval(cx, if t { body } else { orelse })
            }
            ExprKind::Lambda(l) => {
                let defaults = self.eval_defaults(cx, &l.params)?;
                let code = self.code_for(cx, "<lambda>", &l.scope, Body::Lambda(l), e.span);
                Ok(self.make_function(cx, code, defaults))
            }
            ExprKind::Tuple(items) => Ok(self.new_tuple(self.eval_items(cx, items, e.span)?)),
            ExprKind::List(items) => Ok(self.new_list(self.eval_items(cx, items, e.span)?)),
            ExprKind::Set(items) => self.eval_set_display(cx, items, e.span),
            ExprKind::Dict(items) => {
                let d = self.new_dict();
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            let k = self.eval(cx, k)?;
                            let v = self.eval(cx, v)?;
                            cx.at(e.span);
                            self.dict_set(&d, k, v)?;
                        }
                        DictItem::Unpack(m) => {
                            let m = self.eval(cx, m)?;
                            cx.at(e.span);
                            self.dict_update(&d, &m)?;
                        }
                    }
                }
                Ok(Value::Obj(d))
            }
            ExprKind::Starred(_) => {
                Err(self.err(&self.exc.runtime_error, "can't use starred expression here"))
            }
            ExprKind::Comprehension(c) => self.eval_comprehension(cx, e, c),
            // Suspending expressions of statements go through `suspend_expr`; these are the
            // positions it does not cover (decorators, defaults, class bases).
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_) => Err(self.err(
                &self.exc.not_implemented_error,
                "yield or await in this position is not supported by refpy yet",
            )),
            ExprKind::NamedExpr { target, value } => {
                let v = self.eval(cx, value)?;
                self.store_name(cx, target, v.clone())?;
                Ok(v)
            }
        }
    }

    #[inline]
    pub fn constant(&self, _cx: &Ctx, _e: &Expr, c: &Constant) -> PyResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => self.ellipsis.clone(),
            Constant::Int(IntLit::Small(i)) => Value::Int(*i),
            Constant::Int(IntLit::Big(b)) => crate::types::int::from_big((**b).clone()),
            Constant::Float(x) => Value::Float(*x),
            Constant::Str(s) => self.new_str(&**s),
            Constant::Bytes(b) => crate::types::bytes::new_bytes(&**b),
        })
    }

    /// Evaluates display items, expanding `*iterable` (reported at the display's `span`).
    pub fn eval_items(&self, cx: &Ctx, items: &'static [Expr], span: Span) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let v = self.eval(cx, inner)?;
                    cx.at(span);
                    match self.collect(&v) {
                        Ok(items) => out.extend(items),
                        Err(e) if self.not_iterable(&e, &v) => {
                            return Err(self.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                self.type_name(&v)
                            )))
                        }
                        Err(e) => return Err(e),
                    }
                }
                _ => out.push(self.eval(cx, item)?),
            }
        }
        Ok(out)
    }

    /// The constant frozenset CPython makes of a display of constants: built from the
    /// items in order, then rebuilt in its own order by the compiler's constant merging.
    fn const_frozenset(&self, cx: &Ctx, items: &'static [Expr]) -> PyResult<ObjRef> {
        use crate::types::set;
        let first = set::new_set(true);
        for item in items {
            let v = self.eval(cx, item)?;
            set::add_key(self, set::set_of(&first), v)?;
        }
        let merged = set::new_set(true);
        for (k, _) in set::set_of(&first).entries() {
            set::add_key(self, set::set_of(&merged), k)?;
        }
        Ok(merged)
    }

    /// The iterable of a `for` or of a comprehension's `for`: the optimizer turns a set
    /// display of constants there into a constant frozenset.
    pub fn eval_iterable(&self, cx: &Ctx, e: &'static Expr) -> PyResult<Value> {
        if let ExprKind::Set(items) = &e.kind {
            if items.iter().all(is_folded_constant) {
                return Ok(Value::Obj(self.const_frozenset(cx, items)?));
            }
        }
        self.eval(cx, e)
    }

    /// A set display, built as CPython 3.11 compiles it: more than two constants become a
    /// constant frozenset merged into an empty set; otherwise the items before the first
    /// `*` are evaluated and then added in order, later items added as they are evaluated.
    fn eval_set_display(&self, cx: &Ctx, items: &'static [Expr], span: Span) -> PyResult<Value> {
        use crate::types::set;
        if items.len() > 2 && items.iter().all(is_folded_constant) {
            let merged = self.const_frozenset(cx, items)?;
            let r = set::new_set(false);
            set::update_internal(self, set::set_of(&r), &Value::Obj(merged))?;
            return Ok(Value::Obj(r));
        }
        let big = items.len() > 30;
        let star = items
            .iter()
            .position(|i| matches!(i.kind, ExprKind::Starred(_)));
        let built_at = if big { 0 } else { star.unwrap_or(items.len()) };
        let mut pending = Vec::with_capacity(built_at);
        for item in &items[..built_at] {
            pending.push(self.eval(cx, item)?);
        }
        cx.at(span);
        let r = set::new_set(false);
        let s = set::set_of(&r);
        for v in pending {
            set::add_key(self, s, v)?;
        }
        for item in &items[built_at..] {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let v = self.eval(cx, inner)?;
                    cx.at(span);
                    set::update_internal(self, s, &v)?;
                }
                _ => {
                    let v = self.eval(cx, item)?;
                    cx.at(span);
                    set::add_key(self, s, v)?;
                }
            }
        }
        Ok(Value::Obj(r))
    }

    /// Whether `err`, raised while iterating `v`, says that `v` has no iteration protocol
    /// at all (a TypeError from a type without `__iter__` or `__getitem__`).
    pub(crate) fn not_iterable(&self, err: &PyErr, v: &Value) -> bool {
        if !self.isinstance(&Value::Obj(err.exc.clone()), &self.exc.type_error) {
            return false;
        }
        if let Some(Payload::Instance(i)) = v.as_obj().map(ObjRef::payload) {
            if class_lookup(&i.class, "__iter__").is_some()
                || class_lookup(&i.class, "__getitem__").is_some()
            {
                return false;
            }
        }
        self.iter(v).is_err()
    }

    pub fn dict_update(&self, d: &ObjRef, mapping: &Value) -> PyResult<()> {
        // A dict subclass instance unpacks its native dict.
        let mapping = super::native_base::native_value(mapping).unwrap_or(mapping);
        let Value::Obj(m) = mapping else {
            return Err(self.type_error(format!(
                "'{}' object is not a mapping",
                self.type_name(mapping)
            )));
        };
        let Payload::Dict(src) = m.payload() else {
            return Err(self.type_error(format!(
                "'{}' object is not a mapping",
                self.type_name(mapping)
            )));
        };
        let entries = src.entries();
        for (k, v) in entries {
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    fn eval_call(
        &self,
        cx: &Ctx,
        e: &'static Expr,
        func: &'static Expr,
        args: &'static [Arg],
        keywords: &'static [Keyword],
    ) -> PyResult<Value> {
        // `obj.method(...)`: CPython 3.11's LOAD_METHOD passes `obj` as the first argument
        // without making a bound method, so `obj` is owned by the callee's frame.
        // CPython's method call starts at the method name when the call spans lines.
        let simple = !args.iter().any(|a| matches!(a, Arg::Star(_)))
            && keywords.iter().all(|k| k.name.is_some());
        let call_span = match &func.kind {
            ExprKind::Attribute { attr, .. } if simple => attr_position(cx, e.span, func, attr),
            _ => e.span,
        };
        let (callable, this) = match &func.kind {
            ExprKind::Attribute { value, attr, site } => {
                let obj = self.eval(cx, value)?;
                cx.at(attr_position(cx, func.span, func, attr));
                if let Some(f) = self.cached_method(site, &obj) {
                    (f, Some(obj))
                } else {
                    let found = self.method_for_call(&obj, attr);
                    self.refill(site, &obj, attr);
                    match found? {
                        Some(f) => (f, Some(obj)),
                        None => (self.getattr(&obj, attr)?, None),
                    }
                }
            }
            // A function called by its global name: straight to the name's cache.
            ExprKind::Name(n) if n.slot == NameRef::Global => {
                (self.load_global_cached(cx, n)?, None)
            }
            _ => (self.eval(cx, func)?, None),
        };
        if simple && keywords.is_empty() {
            if let Some(Payload::Function(f)) = callable.as_obj().map(ObjRef::payload) {
                if f.code.direct_arity() == Some(args.len() + this.is_some() as usize) {
                    // A plain positional call of a plain function: the arguments go
                    // straight into the callee's slots.
                    let mut slots =
                        crate::types::frame_pool::slot_vec(f.code.scope.slot_names.len());
                    if let Some(this) = this {
                        slots.push(Some(this));
                    }
                    for a in args {
                        if let Arg::Positional(x) = a {
                            slots.push(Some(self.eval(cx, x)?));
                        }
                    }
                    cx.at(call_span);
                    let r = self.call_direct(f, slots);
                    drop(callable);
                    return r;
                }
            }
        }
        let mut pos = crate::types::frame_pool::argument_vec(Self::argument_capacity(
            &callable,
            args.len() + this.is_some() as usize,
        ));
        if let Some(this) = this {
            pos.push(this);
        }
        for a in args {
            match a {
                Arg::Positional(x) => pos.push(self.eval(cx, x)?),
                Arg::Star(x) => {
                    let v = self.eval(cx, x)?;
                    match self.collect(&v) {
                        Ok(items) => pos.extend(items),
                        Err(err) => {
                            return Err(self.star_arg_error(&callable, &v, err, args.len() == 1))
                        }
                    }
                }
            }
        }
        let mut kw = Vec::with_capacity(keywords.len());
        for (j, k) in keywords.iter().enumerate() {
            let Some(name) = &k.name else {
                // From the first `**` on, the keywords are merged (call_unpack.rs).
                self.merge_keywords(cx, e.span, call_span, &callable, &mut kw, &keywords[j..])?;
                break;
            };
            let v = self.eval(cx, &k.value)?;
            kw.push((name.clone(), v));
        }
        cx.at(call_span);
        let unpacking = args.iter().any(|a| matches!(a, Arg::Star(_)))
            || keywords.iter().any(|k| k.name.is_none());
        self.call_and_release(callable, pos, kw, unpacking)
    }

    /// Calls and releases the temporaries in CPython 3.11's order. A Python function steals
    /// its arguments into its frame (CALL); any other callable borrows them, and the caller
    /// then releases the callable, then the arguments first to last. With `*`/`**` unpacking
    /// (CALL_FUNCTION_EX) the arguments travel in a tuple and a dict that die after the
    /// callable, the tuple releasing its items last to first.
    pub(crate) fn call_and_release(
        &self,
        callable: Value,
        mut pos: Vec<Value>,
        kw: Vec<(Rc<str>, Value)>,
        unpacking: bool,
    ) -> PyResult<Value> {
        if !unpacking {
            match callable.as_obj().map(ObjRef::payload) {
                Some(Payload::Function(_)) => {
                    let r = self.call(&callable, Args { pos, kw });
                    drop(callable);
                    return r;
                }
                // A bound method of a Python function is unpacked first and released.
                Some(Payload::Method(m)) if is_python_function(&m.func) => {
                    let (func, this) = (m.func.clone(), m.this.clone());
                    drop(callable);
                    pos.insert(0, this);
                    let r = self.call(&func, Args { pos, kw });
                    drop(func);
                    return r;
                }
                // A Python class with a plain `__init__`: the arguments stay here.
                Some(Payload::Class(_)) if kw.is_empty() => {
                    let class = callable.as_obj().expect("a class is an object");
                    if let Some(r) = self.instantiate_direct(class, &pos) {
                        drop(callable);
                        crate::types::frame_pool::release_arguments(pos);
                        return r;
                    }
                }
                _ => {}
            }
        }
        let r = self.call(
            &callable,
            Args {
                pos: pos.clone(),
                kw: kw.clone(),
            },
        );
        drop(callable);
        if unpacking {
            crate::types::list::release_backwards(&mut pos);
        } else {
            crate::types::frame_pool::release_arguments(pos);
        }
        for (k, v) in kw {
            drop(k);
            drop(v);
        }
        r
    }

    /// `f()` as error messages name a callable.
    pub(crate) fn callable_name(&self, v: &Value) -> String {
        match v.as_obj().map(ObjRef::payload) {
            Some(Payload::Function(f)) => format!("{}()", f.qualname.borrow()),
            Some(Payload::Builtin(b)) => format!("{}()", b.name),
            Some(Payload::Method(m)) => match m.func.as_obj().map(ObjRef::payload) {
                Some(Payload::Builtin(b)) => b.call_name(),
                _ => self.callable_name(&m.func),
            },
            _ => format!("{}()", self.type_name(v)),
        }
    }

    /// The plain function `obj.name` would bind, when it is a method found on the type and
    /// not shadowed by the instance.
    pub(crate) fn method_for_call(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Obj(o) = obj else {
            let class = self.type_of(obj);
            return Ok(class_lookup(&class, name).filter(is_plain_function));
        };
        match o.payload() {
            Payload::Instance(i) => {
                if crate::types::class::as_class(&i.class).overrides_getattribute()
                    || i.get_attr(name).is_some()
                {
                    return Ok(None);
                }
                Ok(class_lookup(&i.class, name).filter(is_plain_function))
            }
            Payload::Class(_)
            | Payload::Module(_)
            | Payload::Function(_)
            | Payload::Method(_)
            | Payload::Super(_) => Ok(None),
            _ => {
                let class = self.type_of(obj);
                Ok(class_lookup(&class, name).filter(is_plain_function))
            }
        }
    }

    /// Evaluates the defaults of a parameter list (at `def` time, in the enclosing scope).
    /// A failure releases the values evaluated so far last to first, as CPython pops them.
    #[inline(never)]
    pub fn eval_defaults(&self, cx: &Ctx, params: &'static Parameters) -> PyResult<Defaults> {
        let mut defaults = Vec::new();
        let mut kwdefaults = Vec::new();
        let defaults_then_kw = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly);
        for (i, p) in defaults_then_kw.enumerate() {
            if let Some(d) = &p.default {
                match self.eval(cx, d) {
                    Ok(v) if i < params.posonly.len() + params.args.len() => defaults.push(v),
                    Ok(v) => kwdefaults.push((p.name.clone(), v)),
                    Err(e) => {
                        while let Some(kw) = kwdefaults.pop() {
                            drop(kw);
                        }
                        crate::types::list::release_backwards(&mut defaults);
                        return Err(e);
                    }
                }
            }
        }
        Ok((defaults, kwdefaults))
    }

    pub fn code_for(
        &self,
        cx: &Ctx,
        name: &str,
        scope: &'static ScopeInfo,
        body: Body,
        span: crate::source::Span,
    ) -> Rc<Code> {
        let file = cx.f.code.file.clone();
        let first_line = file.line_of(span.start as usize) as u32;
        let qualname = if scope.qualname.is_empty() {
            name.into()
        } else {
            scope.qualname.clone()
        };
        Rc::new(Code {
            name: name.into(),
            qualname,
            file,
            scope,
            body,
            first_line,
        })
    }

    /// Creates a function object: defaults, then the closure cells it captures.
    pub fn make_function(
        &self,
        cx: &Ctx,
        code: Rc<Code>,
        (defaults, kwdefaults): Defaults,
    ) -> Value {
        let closure: Vec<ObjRef> = code
            .scope
            .free_from
            .iter()
            .filter_map(|&slot| match cx.f.slots.borrow().get(slot as usize) {
                Some(Some(Value::Obj(c))) => Some(c.clone()),
                _ => None,
            })
            .collect();
        let module = match cx.f.globals.payload() {
            Payload::Dict(d) => d.get_str("__name__").unwrap_or(Value::None),
            _ => Value::None,
        };
        let doc = match &code.body {
            Body::Def(d) => docstring(&d.body).map_or(Value::None, |s| self.new_str(s)),
            _ => Value::None,
        };
        Value::Obj(ObjRef::new(Payload::Function(Box::new(PyFunction {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals: cx.f.globals.clone(),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            doc: RefCell::new(doc),
            dict: RefCell::new(None),
            closure,
            module: RefCell::new(module),
            annotations: RefCell::default(),
        }))))
    }

    /// List, set and dict comprehensions run as a hidden function, as in CPython 3.11: the
    /// first iterable is evaluated here and passed in as the function's `.0` argument.
    fn eval_comprehension(
        &self,
        cx: &Ctx,
        e: &'static Expr,
        c: &'static Comprehension,
    ) -> PyResult<Value> {
        let func = self.comprehension_function(cx, e, c);
        let first = self.eval_iterable(cx, &c.generators[0].iter)?;
        self.call_comprehension(cx, e, func, first)
    }

    /// The hidden function of a comprehension.
    pub(crate) fn comprehension_function(
        &self,
        cx: &Ctx,
        e: &'static Expr,
        c: &'static Comprehension,
    ) -> Value {
        let name = match c.kind {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        };
        let code = self.code_for(cx, name, &c.scope, Body::Comprehension(c), e.span);
        self.make_function(cx, code, (vec![], vec![]))
    }

    /// Calls a comprehension's hidden function with an iterator over its first iterable.
    pub(crate) fn call_comprehension(
        &self,
        cx: &Ctx,
        e: &'static Expr,
        func: Value,
        first: Value,
    ) -> PyResult<Value> {
        cx.at(e.span);
        let it = self.iter(&first)?;
        drop(first);
        let r = self.call(&func, Args::positional(vec![it]));
        drop(func);
        r
    }

    /// The body of a comprehension's hidden function.
    pub fn run_comprehension(&self, cx: &Ctx, c: &'static Comprehension) -> PyResult<Value> {
        let result = match c.kind {
            ComprehensionKind::Dict => Value::Obj(self.new_dict()),
            ComprehensionKind::Set => Value::Obj(crate::types::set::new_set(false)),
            _ => self.new_list(vec![]),
        };
        let source = cx.f.slots.borrow()[0].clone().unwrap_or(Value::None);
        self.comprehension_level(cx, c, 0, &source, &result)?;
        Ok(result)
    }

    fn comprehension_level(
        &self,
        cx: &Ctx,
        c: &'static Comprehension,
        level: usize,
        iterable: &Value,
        result: &Value,
    ) -> PyResult<()> {
        let g = &c.generators[level];
        let it = if level == 0 {
            iterable.clone()
        } else {
            self.iter(iterable)?
        };
        'items: while let Some(item) = self.next(&it)? {
            self.assign(cx, &g.target, item)?;
            for cond in &g.ifs {
                let t = self.eval(cx, cond)?;
                if !self.truthy(&t)? {
                    continue 'items;
                }
            }
            if level + 1 < c.generators.len() {
                let next = self.eval_iterable(cx, &c.generators[level + 1].iter)?;
                self.comprehension_level(cx, c, level + 1, &next, result)?;
                continue;
            }
            match (c.kind, result) {
                (ComprehensionKind::Dict, Value::Obj(d)) => {
                    let k = self.eval(cx, &c.element)?;
                    let v = match &c.value {
                        Some(v) => self.eval(cx, v)?,
                        None => Value::None,
                    };
                    self.dict_set(d, k, v)?;
                }
                (_, Value::Obj(l)) => {
                    let v = self.eval(cx, &c.element)?;
                    match l.payload() {
                        Payload::List(l) => l.items.borrow_mut().push(v),
                        Payload::Set(s) => crate::types::set::add_key(self, s, v)?,
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The text of an f-string; a failing conversion or format is reported at `span`, the
    /// whole f-string, as CPython 3.11 does.
    pub(crate) fn fstring(
        &self,
        cx: &Ctx,
        parts: &'static [FStringPart],
        span: Span,
    ) -> PyResult<String> {
        let mut out = String::with_capacity(32);
        for part in parts {
            match part {
                FStringPart::Literal(s) => out.push_str(s),
                FStringPart::Field(f) => {
                    if let Some(t) = &f.debug_text {
                        out.push_str(t);
                    }
                    let v = self.eval(cx, &f.value)?;
                    cx.at(span);
                    // An int or exact str without conversion or spec is written in place
                    // (what `format(v, '')` gives them), without a string of its own.
                    if f.conversion.is_none() && f.format_spec.is_none() {
                        match &v {
                            Value::Int(i) => {
                                use std::fmt::Write;
                                let _ = write!(out, "{i}");
                                continue;
                            }
                            Value::Obj(o) => {
                                if let Payload::Str(s) = o.payload() {
                                    out.push_str(&s.text);
                                    continue;
                                }
                            }
                            _ => {}
                        }
                    }
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
                    out.push_str(&crate::builtins::format_value(self, &v, &spec)?);
                }
            }
        }
        Ok(out)
    }

    // ---------------------------------------------------------------- names

    /// Reads a name; the local-slot case is inlined into the evaluator's loop.
    #[inline(always)]
    pub fn load_name(&self, cx: &Ctx, n: &'static Name) -> PyResult<Value> {
        if let NameRef::Fast(i) = n.slot {
            if let Some(v) = &cx.f.slots.borrow()[i as usize] {
                return Ok(v.clone());
            }
        }
        self.load_name_general(cx, n)
    }

    #[inline(never)]
    fn load_name_general(&self, cx: &Ctx, n: &'static Name) -> PyResult<Value> {
        match n.slot {
            NameRef::Fast(i) => match &cx.f.slots.borrow()[i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(self.unbound_local(cx, n)),
            },
            NameRef::Deref(i) => match self.cell_get(cx, i) {
                Some(v) => Ok(v),
                None => Err(self.unbound_deref(cx, n, i)),
            },
            NameRef::Global => self.load_global_cached(cx, n),
            NameRef::Name => match cx.f.locals().map(ObjRef::payload) {
                Some(Payload::Dict(d)) => match d.get_str(&n.id) {
                    Some(v) => Ok(v),
                    None => self.load_global(cx, &n.id, n.span),
                },
                // Module level: globals are the locals.
                None => self.load_global_cached(cx, n),
                Some(_) => self.load_global(cx, &n.id, n.span),
            },
            NameRef::ClassDeref(i) => {
                if let Some(Payload::Dict(d)) = cx.f.locals().map(ObjRef::payload) {
                    if let Some(v) = d.get_str(&n.id) {
                        return Ok(v);
                    }
                }
                match self.cell_get(cx, i) {
                    Some(v) => Ok(v),
                    None => Err(self.unbound_deref(cx, n, i)),
                }
            }
            NameRef::Unresolved => self.load_global(cx, &n.id, n.span),
        }
    }

    /// A global name through its site's cache: while no dict has gained or lost a key
    /// since the cache was filled (the keys epoch), the value is read at the recorded
    /// position without hashing or comparing the name.
    #[inline(always)]
    fn load_global_cached(&self, cx: &Ctx, n: &'static Name) -> PyResult<Value> {
        let (Payload::Dict(g), Payload::Dict(b)) =
            (cx.f.globals.payload(), self.builtins.payload())
        else {
            return self.load_global(cx, &n.id, n.span);
        };
        let c = &n.cache;
        if c.epoch.get() == keys_epoch() && c.dict.get() == cx.f.globals.addr() {
            let d = if c.builtin.get() { b } else { g };
            if let Some((_, v)) = d.map.borrow().get_index(c.index.get() as usize) {
                return Ok(v.clone());
            }
        }
        self.load_global_and_cache(cx, n, g, b)
    }

    #[inline(never)]
    fn load_global_and_cache(
        &self,
        cx: &Ctx,
        n: &'static Name,
        g: &PyDict,
        b: &PyDict,
    ) -> PyResult<Value> {
        let c = &n.cache;
        let here = cx.f.globals.addr();
        let fill = |index: usize, builtin: bool| {
            if let Ok(i) = u32::try_from(index) {
                c.epoch.set(keys_epoch());
                c.dict.set(here);
                c.index.set(i);
                c.builtin.set(builtin);
            }
        };
        // Some dict changed its keys: the name is most likely still where it was.
        if c.dict.get() == here && !c.builtin.get() {
            let gm = g.map.borrow();
            if let Some((k, v)) = gm.get_index(c.index.get() as usize) {
                if super::ops::exact_str_of(&k.key) == Some(&*n.id) {
                    let v = v.clone();
                    drop(gm);
                    fill(c.index.get() as usize, false);
                    return Ok(v);
                }
            }
        }
        let key = StrKey {
            hash: super::ops::str_hash(&n.id),
            text: &n.id,
        };
        if let Some((i, _, v)) = g.map.borrow().get_full(&key) {
            fill(i, false);
            return Ok(v.clone());
        }
        if let Some((i, _, v)) = b.map.borrow().get_full(&key) {
            fill(i, true);
            return Ok(v.clone());
        }
        self.load_global(cx, &n.id, n.span)
    }

    /// Stores a global or module-level name, replacing the value in place when the site's
    /// cache knows its position in `d` (the globals). Returns the old value to release.
    fn store_global_cached(&self, d: &ObjRef, n: &'static Name, v: Value) -> Option<Value> {
        let Payload::Dict(g) = d.payload() else {
            return self.dict_store(d, &n.id, v);
        };
        let c = &n.cache;
        if c.epoch.get() == keys_epoch() && c.dict.get() == d.addr() && !c.builtin.get() {
            if let Some((_, slot)) = g.map.borrow_mut().get_index_mut(c.index.get() as usize) {
                crate::object::gc::dict_store(d, &Value::None, &v);
                return Some(std::mem::replace(slot, v));
            }
        }
        let old = self.dict_store(d, &n.id, v);
        let key = StrKey {
            hash: super::ops::str_hash(&n.id),
            text: &n.id,
        };
        if let Some((i, _, _)) = g.map.borrow().get_full(&key) {
            if let Ok(i) = u32::try_from(i) {
                c.epoch.set(keys_epoch());
                c.dict.set(d.addr());
                c.index.set(i);
                c.builtin.set(false);
            }
        }
        old
    }

    fn load_global(&self, cx: &Ctx, name: &str, span: crate::source::Span) -> PyResult<Value> {
        if let Payload::Dict(g) = cx.f.globals.payload() {
            if let Some(v) = g.get_str(name) {
                return Ok(v);
            }
        }
        if let Payload::Dict(b) = self.builtins.payload() {
            if let Some(v) = b.get_str(name) {
                return Ok(v);
            }
        }
        cx.at(span);
        let err = self.err(
            &self.exc.name_error,
            format!("name '{name}' is not defined"),
        );
        self.set_name_error_name(&err, name);
        Err(err)
    }

    /// NameError keeps the missing name, for the "Did you mean" hint of tracebacks.
    fn set_name_error_name(&self, err: &PyErr, name: &str) {
        if let Payload::Instance(i) = err.exc.payload() {
            drop(i.set_attr("name", self.new_str(name)));
        }
    }

    fn unbound_local(&self, cx: &Ctx, n: &Name) -> PyErr {
        cx.at(n.span);
        self.err(
            &self.exc.unbound_local_error,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                n.id
            ),
        )
    }

    fn unbound_deref(&self, cx: &Ctx, n: &Name, slot: u32) -> PyErr {
        cx.at(n.span);
        let scope = cx.f.code.scope;
        let is_free = (slot as usize) >= scope.slot_names.len() - scope.free_from.len();
        if is_free {
            let err = self.err(
                &self.exc.name_error,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    n.id
                ),
            );
            self.set_name_error_name(&err, &n.id);
            err
        } else {
            self.unbound_local(cx, n)
        }
    }

    fn cell_get(&self, cx: &Ctx, slot: u32) -> Option<Value> {
        let slots = cx.f.slots.borrow();
        match &slots[slot as usize] {
            Some(Value::Obj(c)) => match c.payload() {
                Payload::Cell(cell) => cell.value.borrow().clone(),
                _ => None,
            },
            _ => None,
        }
    }

    /// Binds a name; the old value is released after the new one is stored. The local-slot
    /// case is inlined into the evaluator's loop.
    #[inline(always)]
    pub fn store_name(&self, cx: &Ctx, n: &'static Name, v: Value) -> PyResult<()> {
        if let NameRef::Fast(i) = n.slot {
            let old = cx.f.slots.borrow_mut()[i as usize].replace(v);
            drop(old);
            return Ok(());
        }
        self.store_name_general(cx, n, v)
    }

    /// `store_name` for an assignment's name target at `target`: when the store frees the
    /// old value, the frame points at the name meanwhile (see `release_stored`).
    #[inline]
    pub fn store_name_at(
        &self,
        cx: &Ctx,
        n: &'static Name,
        v: Value,
        target: Span,
    ) -> PyResult<()> {
        if let NameRef::Fast(i) = n.slot {
            let old = cx.f.slots.borrow_mut()[i as usize].replace(v);
            release_stored(cx, old, target);
            return Ok(());
        }
        // A store into a namespace or cell points at the target for its whole length.
        let statement = cx.f.span.get();
        cx.at(target);
        let r = self.store_name_general(cx, n, v);
        cx.at(statement);
        r
    }

    #[inline(never)]
    fn store_name_general(&self, cx: &Ctx, n: &'static Name, v: Value) -> PyResult<()> {
        let old = match n.slot {
            NameRef::Fast(i) => cx.f.slots.borrow_mut()[i as usize].replace(v),
            NameRef::Deref(i) | NameRef::ClassDeref(i) => {
                let cell = cx.f.slots.borrow()[i as usize].clone();
                match cell.as_ref().and_then(Value::as_obj).map(ObjRef::payload) {
                    Some(Payload::Cell(c)) => c.value.borrow_mut().replace(v),
                    _ => None,
                }
            }
            NameRef::Global => self.store_global_cached(&cx.f.globals, n, v),
            NameRef::Name if cx.f.locals().is_none() => {
                self.store_global_cached(&cx.f.globals, n, v)
            }
            NameRef::Name | NameRef::Unresolved => {
                let target = cx.f.locals().unwrap_or(&cx.f.globals);
                self.dict_store(target, &n.id, v)
            }
        };
        drop(old);
        Ok(())
    }

    fn dict_store(&self, d: &ObjRef, name: &str, v: Value) -> Option<Value> {
        crate::object::gc::dict_store(d, &Value::None, &v);
        match d.payload() {
            // Rebinding an existing name needs no new key object.
            Payload::Dict(d) => match d.replace_str(name, v) {
                Ok(old) => Some(old),
                Err(v) => {
                    let key = self.new_str(name);
                    d.set_str(key.as_obj().cloned().expect("a str is an object"), v)
                }
            },
            _ => None,
        }
    }

    pub fn delete_name(&self, cx: &Ctx, n: &'static Name) -> PyResult<()> {
        let old = match n.slot {
            NameRef::Fast(i) => cx.f.slots.borrow_mut()[i as usize].take(),
            NameRef::Deref(i) | NameRef::ClassDeref(i) => {
                let cell = cx.f.slots.borrow()[i as usize].clone();
                match cell.as_ref().and_then(Value::as_obj).map(ObjRef::payload) {
                    Some(Payload::Cell(c)) => c.value.borrow_mut().take(),
                    _ => None,
                }
            }
            NameRef::Global => self.dict_remove(&cx.f.globals, &n.id),
            NameRef::Name | NameRef::Unresolved => {
                let target = cx.f.locals().unwrap_or(&cx.f.globals);
                self.dict_remove(target, &n.id)
            }
        };
        match old {
            Some(v) => {
                drop(v);
                Ok(())
            }
            None => match n.slot {
                NameRef::Fast(_) => Err(self.unbound_local(cx, n)),
                _ => {
                    cx.at(n.span);
                    let err = self.err(
                        &self.exc.name_error,
                        format!("name '{}' is not defined", n.id),
                    );
                    self.set_name_error_name(&err, &n.id);
                    Err(err)
                }
            },
        }
    }

    fn dict_remove(&self, d: &ObjRef, name: &str) -> Option<Value> {
        match d.payload() {
            Payload::Dict(d) => d.remove_str(name).map(|(k, v)| {
                drop(k);
                v
            }),
            _ => None,
        }
    }
}

fn is_python_function(v: &Value) -> bool {
    matches!(v.as_obj().map(ObjRef::payload), Some(Payload::Function(_)))
}

/// The position of an attribute access (or of a method call, `span` being the call's) as
/// CPython 3.11 records it: when the access spans lines, it starts at the attribute name
/// (CPython: `update_start_location_to_match_attr`).
#[inline]
pub(crate) fn attr_position(cx: &Ctx, span: Span, attribute: &Expr, attr: &str) -> Span {
    // The usual single-line access needs no line lookups; the site remembers which it is
    // (`span` starts where the attribute expression starts, for a load and for a call).
    if let (ExprKind::Attribute { site, .. }, true) =
        (&attribute.kind, span.start == attribute.span.start)
    {
        match site.one_line.get() {
            1 => return span,
            2 => return multiline_attr_position(cx, span, attribute, attr),
            _ => {}
        }
        let text = cx.f.code.file.text.as_bytes();
        let range = attribute.span.start as usize..attribute.span.end as usize;
        let one_line = text.get(range).is_some_and(|b| !b.contains(&b'\n'));
        site.one_line.set(if one_line { 1 } else { 2 });
    }
    multiline_attr_position(cx, span, attribute, attr)
}

#[inline(never)]
fn multiline_attr_position(cx: &Ctx, span: Span, attribute: &Expr, attr: &str) -> Span {
    let file = &cx.f.code.file;
    let attr_end = attribute.span.end as usize;
    let on_one_line = file
        .text
        .as_bytes()
        .get(span.start as usize..attr_end)
        .is_some_and(|b| !b.contains(&b'\n'));
    if on_one_line {
        return span;
    }
    let end_line = file.line_of(attr_end);
    if file.line_of(span.start as usize) == end_line {
        return span;
    }
    let len = attr.chars().count();
    if len <= attr_end - file.line_start(end_line) {
        Span::new(attr_end - len, span.end as usize)
    } else {
        span
    }
}

fn is_plain_function(v: &Value) -> bool {
    matches!(
        v.as_obj().map(ObjRef::payload),
        Some(Payload::Function(_) | Payload::Builtin(_))
    )
}

/// The docstring of a body: its first statement when that is a string constant.
pub fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

/// Whether CPython's AST optimizer turns `e` into a constant: literals, operators applied
/// to constants, and tuples of constants.
fn is_folded_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { operand, .. } => is_folded_constant(operand),
        ExprKind::BinOp { left, right, .. } => {
            is_folded_constant(left) && is_folded_constant(right)
        }
        ExprKind::Tuple(items) => items.iter().all(is_folded_constant),
        _ => false,
    }
}

/// Releases what an assignment to a name replaced. When that frees the object, the frame
/// points at the target name meanwhile, as CPython's store instruction does, so that a
/// report made while it dies (a generator ignoring GeneratorExit) underlines the name. Only
/// a release that frees something pays for the position.
#[inline]
fn release_stored(cx: &Ctx, old: Option<Value>, target: Span) {
    if let Some(Value::Obj(o)) = &old {
        if o.refcount() == 1 {
            return release_last(cx, old, target);
        }
    }
    drop(old);
}

#[inline(never)]
fn release_last(cx: &Ctx, old: Option<Value>, target: Span) {
    let statement = cx.f.span.get();
    cx.at(target);
    drop(old);
    cx.at(statement);
}
