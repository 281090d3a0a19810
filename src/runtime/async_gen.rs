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

/// `_agen_init_hooks(agen)`: the built-ins prelude calls it from `__anext__`, `asend`,
/// `athrow` and `aclose`.
pub fn agen_init_hooks(interp: &Interp, args: Args) -> PyResult<Value> {
    if let Some(Value::Obj(g)) = args.pos.first() {
        interp.asyncgen_init_hooks(g)?;
    }
    Ok(Value::None)
}

/// `_agen_running(agen)`: `ag_running`, for the awaitables' "already running" checks.
pub fn agen_running(_: &Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(gen_arg(&args).is_some_and(is_running_async)))
}

/// `_agen_closed(agen)`: whether `aclose()` began or a step ended the generator.
pub fn agen_closed(_: &Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        gen_arg(&args).is_some_and(|g| g.ag_flags.get() & AG_CLOSED != 0),
    ))
}

/// `_agen_start(agen, closing)`: an `athrow()` or `aclose()` awaitable begins: the generator
/// runs, and after `aclose()` it counts as closed.
pub fn agen_start(_: &Interp, args: Args) -> PyResult<Value> {
    if let Some(gen) = gen_arg(&args) {
        before_step(gen);
        if matches!(args.pos.get(1), Some(Value::Bool(true))) {
            set_flag(gen, AG_CLOSED, true);
        }
    }
    Ok(Value::None)
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
