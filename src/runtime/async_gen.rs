//! The state of asynchronous generators that their awaitables (written in Python in the
//! built-ins prelude) read and set: `sys.set_asyncgen_hooks` and what the generators do with
//! the hooks (CPython: Python/sysmodule.c, Objects/genobject.c `async_gen_init_hooks` and
//! `_PyGen_Finalize`), and the running and closed flags.
//!
//! The first `__anext__`, `asend`, `athrow` or `aclose` of an asynchronous generator looks
//! the hooks up once: it keeps the finalizer that is current at that moment and calls
//! `firstiter(agen)`. When such a generator dies unfinished and not being closed, the kept
//! finalizer is called with it instead of closing it; the finalizer may keep it alive (an
//! event loop schedules `agen.aclose()` as a task). Plain generators never look here.

use super::generator::{GenKind, PyGenerator, AG_CLOSED, AG_HOOKS_INITED, AG_RUNNING_ASYNC};
use super::interp::Interp;
use super::PyResult;
use crate::object::{ObjRef, Payload, Value};
use crate::types::function::Args;

/// The hooks of the interpreter's thread (CPython keeps them in the thread state).
#[derive(Default)]
pub struct AsyncGenHooks {
    pub firstiter: Option<Value>,
    pub finalizer: Option<Value>,
}

impl Interp {
    /// `async_gen_init_hooks`: runs once per asynchronous generator, before the awaitable
    /// of its first `__anext__`/`asend`/`athrow`/`aclose` is made. An error from
    /// `firstiter` propagates from that call; the generator counts as initialized anyway.
    pub fn asyncgen_init_hooks(&self, gen_obj: &ObjRef) -> PyResult<()> {
        let Payload::Generator(gen) = gen_obj.payload() else {
            return Ok(());
        };
        let flags = gen.ag_flags.get();
        if gen.kind != GenKind::AsyncGenerator || flags & AG_HOOKS_INITED != 0 {
            return Ok(());
        }
        gen.ag_flags.set(flags | AG_HOOKS_INITED);
        let (firstiter, finalizer) = {
            let hooks = self.asyncgen_hooks.borrow();
            (hooks.firstiter.clone(), hooks.finalizer.clone())
        };
        if let Some(finalizer) = finalizer {
            gen.set_ag_finalizer(finalizer);
        }
        if let Some(firstiter) = firstiter {
            self.call(
                &firstiter,
                Args::positional(vec![Value::Obj(gen_obj.clone())]),
            )?;
        }
        Ok(())
    }

    /// `_PyGen_Finalize` for an unfinished asynchronous generator with a finalizer hook:
    /// `finalizer(agen)`, whose errors are reported as unraisable.
    pub(crate) fn call_asyncgen_finalizer(&self, gen_obj: &ObjRef, gen: &PyGenerator) {
        let Some(finalizer) = gen.ag_finalizer() else {
            return;
        };
        let result = self.call(
            &finalizer,
            Args::positional(vec![Value::Obj(gen_obj.clone())]),
        );
        drop(finalizer);
        match result {
            Ok(v) => drop(v),
            Err(e) => self.report_unraisable(e, &Value::Obj(gen_obj.clone())),
        }
    }
}

fn set_flag(gen: &PyGenerator, flag: u8, on: bool) {
    let flags = gen.ag_flags.get();
    gen.ag_flags
        .set(if on { flags | flag } else { flags & !flag });
}

/// `ag_running`: an awaitable of the generator is suspended at an `await` inside it.
pub fn is_running_async(gen: &PyGenerator) -> bool {
    gen.ag_flags.get() & AG_RUNNING_ASYNC != 0
}

/// After a step of an asynchronous generator (CPython's `async_gen_unwrap_value`): a value
/// it yielded or an exception ends the step, so it no longer runs; StopAsyncIteration and
/// GeneratorExit also mark it closed. Without `unwrap` (a thrown-in exception of an
/// `aclose()` awaitable) an exception changes nothing. A value that an inner `await`
/// passes to the event loop leaves it running.
pub fn after_step(
    interp: &Interp,
    gen: &PyGenerator,
    outcome: &PyResult<Result<Value, Value>>,
    yielded: bool,
    unwrap: bool,
) {
    match outcome {
        Ok(Ok(_)) if yielded => set_flag(gen, AG_RUNNING_ASYNC, false),
        Ok(Ok(_)) => {}
        // Returned: the awaitable raises StopAsyncIteration.
        Ok(Err(_)) if unwrap => {
            set_flag(gen, AG_CLOSED, true);
            set_flag(gen, AG_RUNNING_ASYNC, false);
        }
        Err(e) if unwrap => {
            let exc = Value::Obj(e.exc.clone());
            if interp.isinstance(&exc, &interp.stop_async_iteration())
                || interp.isinstance(&exc, &interp.exc.generator_exit)
            {
                set_flag(gen, AG_CLOSED, true);
            }
            set_flag(gen, AG_RUNNING_ASYNC, false);
        }
        _ => {}
    }
}

/// Marks the start of a step of an asynchronous generator: it runs until the step ends.
pub fn before_step(gen: &PyGenerator) {
    set_flag(gen, AG_RUNNING_ASYNC, true);
}

fn gen_arg(args: &Args) -> Option<&PyGenerator> {
    match args.pos.first() {
        Some(Value::Obj(g)) => match g.payload() {
            Payload::Generator(gen) => Some(gen),
            _ => None,
        },
        _ => None,
    }
}

/// `_agen_start(agen, closing, value)`: the first send of an `athrow()` or `aclose()`
/// awaitable. 1 when another awaitable of the generator is in progress, 2 when it is
/// closed; otherwise the generator runs (and after `aclose()` counts as closed): 0.
pub fn agen_start(interp: &Interp, args: Args) -> PyResult<Value> {
    let Some(gen) = gen_arg(&args) else {
        return Ok(Value::Int(0));
    };
    if is_running_async(gen) {
        return Ok(Value::Int(1));
    }
    if gen.ag_flags.get() & AG_CLOSED != 0 {
        return Ok(Value::Int(2));
    }
    if !matches!(args.pos.get(2), None | Some(Value::None)) {
        return Err(interp.err(
            &interp.exc.runtime_error,
            "can't send non-None value to a just-started coroutine",
        ));
    }
    before_step(gen);
    if matches!(args.pos.get(1), Some(Value::Bool(true))) {
        set_flag(gen, AG_CLOSED, true);
    }
    Ok(Value::Int(0))
}

/// The awaitable classes of the built-ins prelude, which the generator's methods make.
pub struct Awaitables {
    asend: ObjRef,
    athrow: ObjRef,
    anext: ObjRef,
}

/// Puts `__anext__`, `asend`, `athrow` and `aclose` on the async generator type, once the
/// prelude (whose namespace is `prelude`) has made the awaitable classes.
pub fn install(interp: &Interp, prelude: &crate::types::dict::PyDict) {
    let class = |name| match prelude.get_str(name) {
        Some(Value::Obj(c)) => Some(c),
        _ => None,
    };
    let (Some(asend), Some(athrow), Some(anext)) = (
        class("async_generator_asend"),
        class("async_generator_athrow"),
        class("anext_awaitable"),
    ) else {
        return;
    };
    *interp.agen_awaitables.borrow_mut() = Some(Awaitables {
        asend,
        athrow,
        anext,
    });
    let t = &interp.types.async_generator;
    crate::builtins::method(interp, t, "__anext__", "async_generator", agen_anext);
    crate::builtins::method(interp, t, "asend", "async_generator", agen_asend);
    crate::builtins::method(interp, t, "athrow", "async_generator", agen_athrow);
    crate::builtins::method(interp, t, "aclose", "async_generator", agen_aclose);
}

/// The generator a method was called on (after its hooks are looked up) and the rest of
/// the call; `kw_name` names the method in the error for keyword arguments.
fn receiver(interp: &Interp, args: Args, kw_name: &str) -> PyResult<(Value, Vec<Value>)> {
    let mut pos = args.pos.into_iter();
    let gen = match pos.next() {
        Some(v @ Value::Obj(_)) if matches!(v.as_obj().map(ObjRef::payload), Some(Payload::Generator(g)) if g.kind == GenKind::AsyncGenerator) => {
            v
        }
        _ => return Err(interp.type_error("descriptor requires a 'async_generator' object")),
    };
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!(
            "async_generator.{kw_name}() takes no keyword arguments"
        )));
    }
    Ok((gen, pos.collect()))
}

/// Makes an awaitable of the prelude's class `pick`, after the generator's first-call hooks.
fn awaitable(
    interp: &Interp,
    gen: Value,
    pick: fn(&Awaitables) -> &ObjRef,
    arg: Value,
) -> PyResult<Value> {
    if let Value::Obj(g) = &gen {
        interp.asyncgen_init_hooks(g)?;
    }
    let class = match &*interp.agen_awaitables.borrow() {
        Some(a) => Value::Obj(pick(a).clone()),
        None => return Ok(Value::None),
    };
    interp.call(&class, Args::positional(vec![gen, arg]))
}

/// `agen.__anext__()`.
fn agen_anext(interp: &Interp, args: Args) -> PyResult<Value> {
    let (gen, rest) = receiver(interp, args, "__anext__")?;
    if !rest.is_empty() {
        return Err(interp.type_error(format!("expected 0 arguments, got {}", rest.len())));
    }
    awaitable(interp, gen, |a| &a.asend, Value::None)
}

/// `agen.asend(value)`.
fn agen_asend(interp: &Interp, args: Args) -> PyResult<Value> {
    let (gen, mut rest) = receiver(interp, args, "asend")?;
    if rest.len() != 1 {
        return Err(interp.type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    let value = rest.pop().unwrap_or(Value::None);
    awaitable(interp, gen, |a| &a.asend, value)
}

/// `agen.athrow(typ[, val[, tb]])`: the arguments are checked when the awaitable starts.
fn agen_athrow(interp: &Interp, args: Args) -> PyResult<Value> {
    let (gen, rest) = receiver(interp, args, "athrow")?;
    let rest = interp.new_tuple(rest);
    awaitable(interp, gen, |a| &a.athrow, rest)
}

/// `agen.aclose()`.
fn agen_aclose(interp: &Interp, args: Args) -> PyResult<Value> {
    let (gen, rest) = receiver(interp, args, "aclose")?;
    if !rest.is_empty() {
        return Err(interp.type_error(format!(
            "async_generator.aclose() takes no arguments ({} given)",
            rest.len()
        )));
    }
    awaitable(interp, gen, |a| &a.athrow, Value::None)
}

/// `_await_iter(aw)`: the iterator that `await aw` drives (for `anext_awaitable`).
pub fn await_iter(interp: &Interp, args: Args) -> PyResult<Value> {
    let aw = args.pos.into_iter().next().unwrap_or(Value::None);
    interp.awaitable_iter(&aw)
}

/// Whether `v`'s type has an `__anext__` (CPython's `PyAIter_Check`).
fn is_async_iterator(interp: &Interp, v: &Value) -> bool {
    crate::types::class::class_lookup(&interp.type_of(v), "__anext__").is_some()
}

/// `aiter(obj)`.
pub fn builtin_aiter(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("aiter() takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        return Err(interp.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let obj = &args.pos[0];
    let Some(method) = crate::types::class::class_lookup(&interp.type_of(obj), "__aiter__") else {
        return Err(interp.type_error(format!(
            "'{}' object is not an async iterable",
            interp.type_name(obj)
        )));
    };
    let it = interp.call(&method, Args::positional(vec![obj.clone()]))?;
    if !is_async_iterator(interp, &it) {
        return Err(interp.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            interp.type_name(&it)
        )));
    }
    Ok(it)
}

/// `anext(aiterator[, default])`: `aiterator.__anext__()`, wrapped so that the end of the
/// iteration gives `default` when there is one.
pub fn builtin_anext(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("anext() takes no keyword arguments"));
    }
    match args.pos.len() {
        0 => return Err(interp.type_error("anext expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => return Err(interp.type_error(format!("anext expected at most 2 arguments, got {n}"))),
    }
    let mut pos = args.pos.into_iter();
    let it = pos.next().unwrap_or(Value::None);
    let Some(method) = crate::types::class::class_lookup(&interp.type_of(&it), "__anext__") else {
        return Err(interp.type_error(format!(
            "'{}' object is not an async iterator",
            interp.type_name(&it)
        )));
    };
    let awaitable = interp.call(&method, Args::positional(vec![it]))?;
    let Some(default) = pos.next() else {
        return Ok(awaitable);
    };
    let class = match &*interp.agen_awaitables.borrow() {
        Some(a) => Value::Obj(a.anext.clone()),
        None => return Ok(awaitable),
    };
    interp.call(&class, Args::positional(vec![awaitable, default]))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an omitted hook is kept, None
/// clears one. The finalizer is checked and set before the first-iteration hook, so a bad
/// `firstiter` leaves a new finalizer in place, as in CPython.
pub fn sys_set_asyncgen_hooks(interp: &Interp, args: Args) -> PyResult<Value> {
    let total = args.pos.len() + args.kw.len();
    if total > 2 {
        return Err(interp.type_error(format!(
            "function takes at most 2 arguments ({total} given)"
        )));
    }
    let mut slots: [Option<Value>; 2] = [args.pos.first().cloned(), args.pos.get(1).cloned()];
    for (i, name) in ["firstiter", "finalizer"].into_iter().enumerate() {
        if let Some((_, v)) = args.kw.iter().find(|(k, _)| &**k == name) {
            if i < args.pos.len() {
                return Err(interp.type_error(format!(
                    "argument for function given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            slots[i] = Some(v.clone());
        }
    }
    if let Some((k, _)) = args
        .kw
        .iter()
        .find(|(k, _)| !matches!(&**k, "firstiter" | "finalizer"))
    {
        return Err(interp.type_error(format!(
            "'{k}' is an invalid keyword argument for this function"
        )));
    }
    let [firstiter, finalizer] = slots;
    set_hook(interp, finalizer, "finalizer", |h| &mut h.finalizer)?;
    set_hook(interp, firstiter, "firstiter", |h| &mut h.firstiter)?;
    Ok(Value::None)
}

/// Sets one hook: `None` when the argument was omitted keeps it, Python's None clears it.
fn set_hook(
    interp: &Interp,
    arg: Option<Value>,
    name: &str,
    slot: fn(&mut AsyncGenHooks) -> &mut Option<Value>,
) -> PyResult<()> {
    let new = match arg {
        None => return Ok(()),
        Some(Value::None) => None,
        Some(v) if crate::builtins::is_callable(&v) => Some(v),
        Some(v) => {
            return Err(interp.type_error(format!(
                "callable {name} expected, got {}",
                interp.type_name(&v)
            )))
        }
    };
    // The old hook dies after the new one is in place, outside the borrow.
    let old = std::mem::replace(slot(&mut interp.asyncgen_hooks.borrow_mut()), new);
    drop(old);
    Ok(())
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`, a tuple
/// subclass written in `_sysinfo`.
pub fn sys_get_asyncgen_hooks(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("sys.get_asyncgen_hooks() takes no keyword arguments"));
    }
    if !args.pos.is_empty() {
        return Err(interp.type_error(format!(
            "sys.get_asyncgen_hooks() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    let (firstiter, finalizer) = {
        let hooks = interp.asyncgen_hooks.borrow();
        (
            hooks.firstiter.clone().unwrap_or(Value::None),
            hooks.finalizer.clone().unwrap_or(Value::None),
        )
    };
    let sysinfo = interp.import("_sysinfo")?;
    let class = interp.getattr(&sysinfo, "asyncgen_hooks")?;
    interp.call(&class, Args::positional(vec![firstiter, finalizer]))
}
