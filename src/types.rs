//! The payloads of heap objects, one file per built-in type under `types/`. `Payload` is the
//! closed set the runtime knows; each variant's own type decides, through its `Drop`, the
//! order in which a dying object releases what it holds (CPython's measured orders).

pub mod bytes;
pub mod class;
pub mod class_ext;
pub mod codecs;
pub mod dict;
pub mod exception;
pub mod float;
pub mod frame_pool;
pub mod function;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod member;
pub mod ordered_map;
pub mod printable;
pub mod set;
pub mod set_table;
pub mod str;
pub mod timsort;
pub mod tuple;
pub mod weakref;

use crate::object::ObjRef;

/// Large or rare payloads are boxed so that every object stays small (an instance is the
/// size that matters: see the memory target in benches/README.md).
pub enum Payload {
    Str(str::PyStr),
    Bytes(bytes::PyBytes),
    BigInt(num_bigint::BigInt),
    Tuple(tuple::PyTuple),
    List(list::PyList),
    Dict(dict::PyDict),
    Function(Box<function::PyFunction>),
    Builtin(Box<function::PyBuiltin>),
    Method(Box<function::PyMethod>),
    Cell(function::PyCell),
    Class(Box<class::PyClass>),
    Instance(instance::PyInstance),
    Module(Box<class::PyModule>),
    Frame(function::PyFrame),
    /// Held inline: a suspended generator is often one of very many small objects.
    Generator(crate::runtime::generator::PyGenerator),
    /// A code object, made when a program asks for `f_code` or `__code__`.
    Code(std::rc::Rc<function::Code>),
    Traceback(exception::PyTraceback),
    Range(Box<iter::PyRange>),
    Slice(Box<iter::PySlice>),
    Super(Box<iter::PySuper>),
    Iter(Box<iter::PyIter>),
    DictView(dict::PyDictView),
    /// A read-only view of a mapping: a class's `__dict__`, `types.MappingProxyType`.
    MappingProxy(mappingproxy::PyMappingProxy),
    /// A `__slots__` member or a `__dict__`/`__weakref__` descriptor of a class.
    Member(Box<member::PyMember>),
    Weakref(Box<weakref::PyWeakref>),
    Set(Box<set::PySet>),
    /// `NotImplemented` and `Ellipsis`.
    Singleton(&'static str),
    /// A test-only object that logs its death (see `object::tests`).
    #[cfg(test)]
    Probe(crate::object::tests::Probe),
}

impl Payload {
    /// Whether objects of this payload may have a finalizer to run before they die.
    #[inline]
    pub fn has_finalizer(&self) -> bool {
        match self {
            Payload::Instance(i) => i.class_has_del(),
            Payload::Generator(g) => g.needs_close(),
            _ => false,
        }
    }

    /// Whether the cycle collector tracks objects of this payload (CPython's GC types).
    pub fn is_gc(&self) -> bool {
        matches!(
            self,
            Payload::List(_)
                | Payload::Dict(_)
                | Payload::Function(_)
                | Payload::Method(_)
                | Payload::Cell(_)
                | Payload::Class(_)
                | Payload::Instance(_)
                | Payload::Module(_)
                | Payload::Frame(_)
                | Payload::Generator(_)
                | Payload::Traceback(_)
                | Payload::Super(_)
                | Payload::Iter(_)
                | Payload::DictView(_)
                | Payload::MappingProxy(_)
                | Payload::Weakref(_)
                | Payload::Set(_)
        ) || matches!(self, Payload::Tuple(t) if !t.items.is_empty())
    }

    /// Generators clear their weak references before they are closed; everything else
    /// after its finalizer.
    pub fn clears_weakrefs_first(&self) -> bool {
        matches!(self, Payload::Generator(_))
    }

    /// Containers go through CPython's trashcan; leaf objects cannot nest.
    pub fn uses_trashcan(&self) -> bool {
        matches!(
            self,
            Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Instance(_)
                | Payload::Frame(_)
                | Payload::Generator(_)
                | Payload::Traceback(_)
                | Payload::Function(_)
                | Payload::Method(_)
        )
    }
}

/// Runs the finalizer of a dying object that `has_finalizer`. Errors are reported as
/// "Exception ignored in", never propagated.
pub fn run_finalizer(obj: &ObjRef) {
    crate::runtime::interp::with(|interp| match obj.payload() {
        Payload::Generator(_) => interp.finalize_generator(obj),
        _ => interp.run_del(obj),
    });
}
