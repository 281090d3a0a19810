//! The syntax tree. Every node carries a `Span`. The resolver (`resolve.rs`) fills in the
//! `NameRef` of each name and the `ScopeInfo` of each function, class, lambda and
//! comprehension in place, so this same tree is what the evaluator runs.

use crate::source::Span;
use crate::syntax::token::IntLit;
use std::rc::Rc;

/// An identifier as written (after name mangling, once the resolver has run).
pub type Ident = Rc<str>;

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
    pub scope: ScopeInfo,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
    /// Set by the resolver: this statement contains a `yield` or `await` of its own scope,
    /// so a suspended generator may have to resume inside it.
    pub suspends: bool,
}

impl Stmt {
    pub fn new(span: Span, kind: StmtKind) -> Stmt {
        Stmt {
            span,
            kind,
            suspends: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: targets left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; `simple` is a bare name not in parentheses.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    Pass,
    Break,
    Continue,
    Delete(Vec<Expr>),
    Return(Option<Expr>),
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        is_async: bool,
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    With {
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from ..m import x as y` (`names` empty means `*`).
    ImportFrom {
        module: Option<Ident>,
        level: u32,
        names: Vec<Alias>,
        star: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    pub typ: Option<Expr>,
    /// The `as` target; a name bound in the enclosing scope.
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `import a.b.c as d`: `name` is the dotted path as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub span: Span,
    pub name: Ident,
    pub asname: Option<Ident>,
    /// The name this alias binds (resolved): `asname`, or the first component of `name`.
    pub target: Name,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub is_async: bool,
    pub name: Ident,
    /// Where the `def` binds the function.
    pub target: Name,
    pub decorators: Vec<Expr>,
    pub params: Parameters,
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
    pub scope: ScopeInfo,
}

impl FunctionDef {
    /// The annotated parameters and the return annotation, in the order CPython 3.11
    /// evaluates them (`compiler_visit_annotations`: positional before positional-only,
    /// then `*args`, keyword-only, `**kwargs`, `return`).
    pub fn annotations(&self) -> impl Iterator<Item = (&str, &Expr)> {
        let p = &self.params;
        p.args
            .iter()
            .chain(&p.posonly)
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg)
            .filter_map(|param| Some((&*param.name, param.annotation.as_ref()?)))
            .chain(self.returns.as_ref().map(|r| ("return", r)))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub target: Name,
    pub decorators: Vec<Expr>,
    pub bases: Vec<Arg>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub scope: ScopeInfo,
}

/// A parameter list in source order. Defaults belong to the parameter that declares them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parameters {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

impl Parameters {
    /// Every parameter in CPython's slot order: positional-only, positional, keyword-only,
    /// then `*args`, then `**kwargs`.
    pub fn in_slot_order(&self) -> impl Iterator<Item = &Param> {
        self.posonly
            .iter()
            .chain(&self.args)
            .chain(&self.kwonly)
            .chain(&self.vararg)
            .chain(&self.kwarg)
    }

    pub fn is_empty(&self) -> bool {
        self.in_slot_order().next().is_none()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub span: Span,
    pub name: Ident,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
    /// Set by the resolver: this expression contains a `yield` or `await` of its own scope.
    pub suspends: bool,
    /// How deeply nested this expression's tree is (1 for a leaf), counted up to
    /// `MAX_EXPR_DEPTH`. Every pass over the tree recurses, so the parser refuses deeper ones.
    pub depth: u16,
}

/// Deeper expressions are cut off while parsing: CPython's compiler gives up at about 3000
/// levels (`resolve::MAX_NESTING`), and a cut-off tree is small enough to free recursively.
pub const MAX_EXPR_DEPTH: u16 = 3100;

impl Expr {
    /// Builds a node. A node that would nest deeper than `MAX_EXPR_DEPTH` becomes `...`
    /// (with `depth` over the limit) so that a pathological program cannot build a tree too
    /// deep to walk or free; the parser then reports it (`syntax::parse_module`).
    pub fn new(span: Span, kind: ExprKind) -> Expr {
        let mut depth = 0u16;
        kind.for_each_child(|c| depth = depth.max(c.depth));
        let depth = depth.saturating_add(1);
        if depth > MAX_EXPR_DEPTH {
            return Expr {
                span,
                kind: ExprKind::Constant(Constant::Ellipsis),
                suspends: false,
                depth,
            };
        }
        Expr {
            span,
            kind,
            suspends: false,
            depth,
        }
    }
}

impl ExprKind {
    /// Calls `f` on each direct sub-expression (not inside nested scopes' bodies' statements).
    pub fn for_each_child(&self, mut f: impl FnMut(&Expr)) {
        match self {
            ExprKind::Name(_) | ExprKind::Constant(_) => {}
            ExprKind::FString(parts) => each_fstring_child(parts, &mut f),
            ExprKind::Attribute { value, .. } => f(value),
            ExprKind::Subscript { value, index } => {
                f(value);
                f(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for e in [lower, upper, step].into_iter().flatten() {
                    f(e);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                f(func);
                for a in args {
                    match a {
                        Arg::Positional(e) | Arg::Star(e) => f(e),
                    }
                }
                for k in keywords {
                    f(&k.value);
                }
            }
            ExprKind::UnaryOp { operand, .. } => f(operand),
            ExprKind::BinOp { left, right, .. } => {
                f(left);
                f(right);
            }
            ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                f(left);
                comparators.iter().for_each(f);
            }
            ExprKind::IfExp { test, body, orelse } => {
                f(test);
                f(body);
                f(orelse);
            }
            ExprKind::Lambda(l) => {
                for p in l.params.in_slot_order() {
                    if let Some(d) = &p.default {
                        f(d);
                    }
                }
                f(&l.body);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                items.iter().for_each(f)
            }
            ExprKind::Dict(items) => {
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            f(k);
                            f(v);
                        }
                        DictItem::Unpack(e) => f(e),
                    }
                }
            }
            ExprKind::Starred(e) | ExprKind::YieldFrom(e) | ExprKind::Await(e) => f(e),
            ExprKind::Yield(e) => {
                if let Some(e) = e {
                    f(e);
                }
            }
            ExprKind::Comprehension(c) => {
                f(&c.element);
                if let Some(v) = &c.value {
                    f(v);
                }
                for g in &c.generators {
                    f(&g.target);
                    f(&g.iter);
                    g.ifs.iter().for_each(&mut f);
                }
            }
            ExprKind::NamedExpr { value, .. } => f(value),
        }
    }
}

fn each_fstring_child(parts: &[FStringPart], f: &mut impl FnMut(&Expr)) {
    for part in parts {
        if let FStringPart::Field(field) = part {
            f(&field.value);
            if let Some(spec) = &field.format_spec {
                each_fstring_child(spec, f);
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(Name),
    Constant(Constant),
    /// An f-string (after implicit concatenation): literal text and replacement fields.
    FString(Vec<FStringPart>),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        /// What the last access here found (`runtime/attr_cache.rs`).
        site: AttrSite,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
        keywords: Vec<Keyword>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    /// `a and b and c`
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda(Box<Lambda>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<DictItem>),
    /// `*x` in a display, call or assignment target.
    Starred(Box<Expr>),
    Comprehension(Box<Comprehension>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
    /// `target := value`
    NamedExpr {
        target: Name,
        value: Box<Expr>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(IntLit),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(Rc<str>),
    Field(Box<FormattedValue>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormattedValue {
    pub value: Expr,
    /// `!r`, `!s`, `!a`
    pub conversion: Option<char>,
    /// The spec after `:`, itself an f-string (it may hold nested fields).
    pub format_spec: Option<Vec<FStringPart>>,
    /// `f"{x=}"`: the text `x=` printed before the value.
    pub debug_text: Option<Rc<str>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Positional(Expr),
    /// `*iterable`
    Star(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub span: Span,
    /// `None` for `**mapping`.
    pub name: Option<Ident>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DictItem {
    Pair(Expr, Expr),
    /// `**mapping`
    Unpack(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lambda {
    pub params: Parameters,
    pub body: Expr,
    pub scope: ScopeInfo,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// `[elt for ... if ...]`: its own scope, like CPython 3.11's hidden function.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub kind: ComprehensionKind,
    /// The element; for a dict comprehension, the key.
    pub element: Expr,
    /// The value of a dict comprehension.
    pub value: Option<Expr>,
    /// At least one. The first iterable is evaluated in the enclosing scope.
    pub generators: Vec<ComprehensionFor>,
    pub scope: ScopeInfo,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ComprehensionFor {
    pub is_async: bool,
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn reflected(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::LtE => CmpOp::GtE,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::GtE => CmpOp::LtE,
            other => other,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// A use of a name, with where the resolver found it.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub span: Span,
    pub id: Ident,
    pub slot: NameRef,
    /// Where a global or module-level name was last found.
    pub cache: NameCache,
}

impl Name {
    pub fn new(span: Span, id: Ident) -> Name {
        Name {
            span,
            id,
            slot: NameRef::Unresolved,
            cache: NameCache::default(),
        }
    }
}

/// A global name's inline cache, as CPython 3.11 specializes LOAD_GLOBAL: the globals dict
/// (by address) and the position where the last lookup found the name, in it or (when
/// `builtin`) in the builtins, valid while the keys epoch (`ordered_map::keys_epoch`) is the
/// one recorded. It holds no references. Not part of the tree's meaning: equal always.
#[derive(Clone, Debug, Default)]
pub struct NameCache {
    pub epoch: std::cell::Cell<u64>,
    pub dict: std::cell::Cell<usize>,
    pub index: std::cell::Cell<u32>,
    pub builtin: std::cell::Cell<bool>,
}

impl PartialEq for NameCache {
    fn eq(&self, _: &NameCache) -> bool {
        true
    }
}

/// An attribute access's inline cache: where the last access at this site found the name,
/// for the instance's class at a class version (`runtime/attr_cache.rs`). It holds no
/// references, so it keeps nothing alive. Not part of the tree's meaning: equal always.
#[derive(Clone, Debug, Default)]
pub struct AttrSite {
    /// The class's address; 0 when nothing is cached.
    pub class: std::cell::Cell<usize>,
    pub version: std::cell::Cell<u64>,
    /// Which fast paths hold (`attr_cache::LOAD` ...).
    pub kinds: std::cell::Cell<u8>,
    /// How often the cache had to be refilled; a site that keeps changing class stops
    /// refilling.
    pub refills: std::cell::Cell<u8>,
    /// The name's index in the class's shared keys, or `u32::MAX`.
    pub key: std::cell::Cell<u32>,
    /// The length of the shared keys when filled: a method is not shadowed by an instance
    /// attribute while no key was added.
    pub keys_len: std::cell::Cell<u32>,
    /// For a method: the class in the lookup order that defines it, and its dict entry.
    pub mro_pos: std::cell::Cell<u32>,
    pub dict_index: std::cell::Cell<u32>,
    /// Whether the access's source text is on one line: 0 not known yet, 1 yes, 2 no
    /// (tracebacks point at it differently; `eval::attr_position`).
    pub one_line: std::cell::Cell<u8>,
}

impl PartialEq for AttrSite {
    fn eq(&self, _: &AttrSite) -> bool {
        true
    }
}

/// Where a name lives at run time, as CPython's compiler decides it
/// (LOAD_FAST, LOAD_DEREF, LOAD_GLOBAL, LOAD_NAME, LOAD_CLASSDEREF).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameRef {
    /// Not resolved yet (the parser's output).
    Unresolved,
    /// A plain local of a function: frame slot `n`.
    Fast(u32),
    /// A cell or free variable: frame slot `n` holds the cell.
    Deref(u32),
    /// Module globals, then builtins (a function body naming a global).
    Global,
    /// Module and class bodies: the namespace dict, then globals, then builtins.
    Name,
    /// A class body reading a free variable: the class namespace, then the cell in slot `n`.
    ClassDeref(u32),
}

/// What the resolver learned about one scope (function, lambda, class body, comprehension,
/// module). Frame slots are laid out as CPython 3.11 lays out `co_localsplusnames`:
/// parameters, other locals in order of first use, cell variables sorted by name, then free
/// variables; a frame releases them in this order when it returns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScopeInfo {
    /// Slot names, in slot order.
    pub slot_names: Vec<Ident>,
    /// How many slots are parameters.
    pub arg_count: u32,
    /// Slots that hold cells created by this scope (parameters or locals captured by an inner
    /// scope): their indices into `slot_names`.
    pub cell_slots: Vec<u32>,
    /// For each free variable (trailing slots), the slot in the enclosing scope holding its cell.
    pub free_from: Vec<u32>,
    pub flags: ScopeFlags,
    /// The qualified name CPython gives the function or class (`f.<locals>.g`).
    pub qualname: Ident,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScopeFlags {
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A class body uses `super()` or `__class__`: it needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// The scope contains a `yield` or `await` somewhere in its own body.
    pub has_suspend: bool,
}
