"""refpy's asyncio: the event loop, futures and tasks of CPython 3.11 as far as the subset
goes, written so that objects live exactly as long as in CPython:

- `_run_once` keeps the last handle it ran in its local `handle` until the next ready handle
  replaces it, so a callback's arguments die at the same moment as in CPython;
- the loop keeps only weak references to tasks: a pending task that nobody references is
  destroyed and reported ("Task was destroyed but it is pending!");
- done callbacks are scheduled with `call_soon`, and a task's steps follow CPython's order.

CPython runs futures and tasks in C, so their own frames never show in tracebacks; refpy
removes this file's frames from the tracebacks of exceptions that futures store."""

import heapq
import sys
import time
import weakref
import _refpy

_task_step = _refpy.task_step
_run_handles = _refpy.run_handles

_MAXIMUM_SELECT_TIMEOUT = 24 * 3600
_FILE = '<stdlib>/asyncio.py'

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


CancelledError.__module__ = 'asyncio.exceptions'

TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


InvalidStateError.__module__ = 'asyncio.exceptions'


async def _probe():
    pass


_function_type = type(_probe)
_probe_coro = _probe()
_coroutine_type = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def _gen():
    yield


_generator_type = type(_gen())


def iscoroutine(obj):
    # CPython's test: a coroutine, a generator, or an instance of a class with the
    # methods of collections.abc.Coroutine (as the awaitables of async generators'
    # aclose() and asend() are).
    t = type(obj)
    if t is _coroutine_type or t is _generator_type:
        return True
    for name in ('__await__', 'send', 'throw', 'close'):
        if getattr(t, name, None) is None:
            return False
    return True


def isfuture(obj):
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


# -- reprs ------------------------------------------------------------------

def _short_repr(obj):
    """`reprlib.repr` for the values a future's repr shows."""
    if isinstance(obj, str):
        text = repr(obj[:30])
        if len(text) > 30:
            i = 13
            j = 14
            text = repr(obj[:i] + obj[len(obj) - j:])
            text = text[:i] + '...' + text[len(text) - j:]
        return text
    if isinstance(obj, (list, tuple)):
        if isinstance(obj, list):
            left, right = '[', ']'
        else:
            left, right = '(', ')'
        if not obj:
            return left + right
        parts = [_short_repr(x) for x in obj[:6]]
        if len(obj) > 6:
            parts.append('...')
        text = ', '.join(parts)
        if isinstance(obj, tuple) and len(obj) == 1:
            text += ','
        return left + text + right
    text = repr(obj)
    if isinstance(obj, (bool, int, float)) or obj is None:
        limit = 40
    else:
        limit = 30
    if len(text) > limit:
        i = (limit - 3) // 2
        j = limit - 3 - i
        text = text[:i] + '...' + text[len(text) - j:]
    return text


def _format_callback(func, args, suffix=''):
    if isinstance(func, _TaskWakeup):
        return 'Task.task_wakeup' + _format_args(args) + suffix
    if isinstance(func, _partial_types()):
        suffix = _format_args(args) + suffix
        return _format_callback(func.func, func.args, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if name is None:
        name = repr(func)
    return name + _format_args(args) + suffix


def _format_args(args):
    if not args:
        return '()'
    return '({})'.format(', '.join([_short_repr(a) for a in args]))


def _format_callback_source(func, args):
    text = _format_callback(func, args)
    # CPython names the source of plain functions only (through partials), not of bound
    # methods or other callables.
    while isinstance(func, _partial_types()):
        func = func.func
    if type(func) is _function_type:
        code = func.__code__
        text += ' at {}:{}'.format(code.co_filename, code.co_firstlineno)
    return text


def _partial_types():
    import functools
    return functools.partial


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        name = '<{} without __name__>'.format(type(coro).__name__)
    name += '()'
    code = getattr(coro, 'cr_code', None)
    if code is None:
        if getattr(coro, 'cr_running', False):
            return name + ' running'
        return name
    frame = getattr(coro, 'cr_frame', None)
    if frame is not None:
        # A coroutine that has not started is at its `def` line (refpy's frame says line 1
        # until it runs; a started one is always past the `def`).
        lineno = frame.f_lineno
        if lineno < code.co_firstlineno:
            lineno = code.co_firstlineno
        return '{} running at {}:{}'.format(name, code.co_filename, lineno)
    return '{} done, defined at {}:{}'.format(name, code.co_filename, code.co_firstlineno)


def _format_done_callbacks(callbacks):
    size = len(callbacks)
    if not size:
        return ''
    if size == 1:
        text = _format_callback_source(callbacks[0], ())
    elif size == 2:
        text = '{}, {}'.format(_format_callback_source(callbacks[0], ()),
                               _format_callback_source(callbacks[1], ()))
    else:
        text = '{}, <{} more>, {}'.format(_format_callback_source(callbacks[0], ()),
                                          size - 2,
                                          _format_callback_source(callbacks[-1], ()))
    return 'cb=[{}]'.format(text)


def _drop_own_frames(exc):
    """CPython's futures and tasks are C code: their frames are not in tracebacks."""
    _refpy.drop_frames(exc, _FILE)


# -- running loop -----------------------------------------------------------

_running_loop = None
_event_loop = None
_event_loop_set = False


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_event_loop():
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop()


def get_event_loop():
    global _event_loop
    loop = _running_loop
    if loop is not None:
        return loop
    if _event_loop is None and not _event_loop_set:
        set_event_loop(new_event_loop())
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop


def set_event_loop(loop):
    global _event_loop, _event_loop_set
    _event_loop_set = True
    if loop is not None and not isinstance(loop, BaseEventLoop):
        raise TypeError("loop must be an instance of AbstractEventLoop or None, not '{}'"
                        .format(type(loop).__name__))
    _event_loop = loop


def new_event_loop():
    return _UnixSelectorEventLoop()


# -- handles ----------------------------------------------------------------

class Handle:
    """A callback scheduled on an event loop."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop',
                 '_source_traceback', '_repr', '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(self._callback, self._args)
            msg = 'Exception in callback {}'.format(cb)
            context = {
                'message': msg,
                'exception': exc,
                'handle': self,
            }
            self._loop.call_exception_handler(context)
        self = None


class TimerHandle(Handle):
    """A callback scheduled at a time."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, 'when={}'.format(self._when))
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


# -- futures ----------------------------------------------------------------

class Future:
    """A result that will be available later; its done callbacks run through the loop."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = _get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []
        # An instance value (not only the class default) lets the task step's attribute
        # cache read it directly.
        self._state = _PENDING

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception={!r}'.format(self._exception))
            else:
                info.append('result={}'.format(_short_repr(self._result)))
        if self._callbacks:
            info.append(_format_done_callbacks(self._callbacks))
        return info

    def __del__(self):
        if not self.__log_traceback:
            return
        exc = self._exception
        context = {
            'message': '{} exception was never retrieved'.format(self.__class__.__name__),
            'exception': exc,
            'future': self,
        }
        self._loop.call_exception_handler(context)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        filtered = [f for f in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(filtered)
        if removed_count:
            self._callbacks[:] = filtered
        return removed_count

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        result = self.result()
        return result

    __iter__ = __await__


def _get_loop(fut):
    return fut.get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


# -- tasks ------------------------------------------------------------------

class _WeakTaskSet:
    """The loop's tasks, held weakly (CPython's `_all_tasks` WeakSet): a dict keyed by the
    weak references, in creation order. As in WeakSet, one callback made here serves every
    reference, so adding a task allocates nothing but its weak reference."""

    def __init__(self):
        refs = self._refs = {}

        def forget(ref):
            refs.pop(ref, None)
        self._forget = forget

    def add(self, task):
        self._refs[weakref.ref(task, self._forget)] = None

    def items(self):
        found = []
        for ref in list(self._refs):
            task = ref()
            if task is not None:
                found.append(task)
        return found


_all_tasks = _WeakTaskSet()
_task_name_counter = 0


def _next_task_name():
    global _task_name_counter
    _task_name_counter += 1
    return 'Task-{}'.format(_task_name_counter)


def _register_task(task):
    _all_tasks.add(task)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks.items() if t._loop is loop and not t.done()}


class _TaskWakeup:
    """The callback a task adds to the future it waits for (C's `task_wakeup`)."""

    __slots__ = ('_task', '__weakref__')

    def __init__(self, task):
        self._task = task

    def __call__(self, future):
        if future._state == _FINISHED and future._exception is None:
            self._task._Task__step(None)
            return
        try:
            future.result()
        except BaseException as exc:
            _drop_own_frames(exc)
            self._task._Task__step(exc)


class _StepHandle:
    """What CPython's handle for a queued task step shows in error reports."""

    def __repr__(self):
        return '<Handle <TaskStepMethWrapper object at {:#x}>()>'.format(id(self))


class Task(Future):
    """A coroutine wrapped in a Future, run step by step by the loop.

    A queued step is the task itself in the loop's ready queue (`_cancelled` and `_run`, as
    a handle has), with the value to send in `_step_value`: CPython queues a Handle holding
    a wrapper holding the task, which keeps the task alive exactly as long."""

    _log_destroy_pending = True
    _cancelled = False
    _step_value = None

    def __init__(self, coro, *, loop=None, name=None, context=None):
        # Future.__init__, `__schedule_step(None)` and the registration are written out
        # here: CPython does all of this in C, and each Python call costs refpy more.
        global _task_name_counter
        if loop is None:
            loop = _get_event_loop()
        self._loop = loop
        self._callbacks = []
        self._state = _PENDING
        if type(coro) is not _coroutine_type and not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError('a coroutine was expected, got {!r}'.format(coro))
        if name is None:
            _task_name_counter += 1
            self._name = 'Task-{}'.format(_task_name_counter)
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        self._step_value = None
        loop._ready.append(self)
        _all_tasks.add(self)

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            context = {
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            }
            self._loop.call_exception_handler(context)
        super().__del__()

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name={!r}'.format(self.get_name()))
        info.insert(2, 'coro=<{}>'.format(_format_coroutine(self._coro)))
        if self._fut_waiter is not None:
            info.insert(3, 'wait_for={!r}'.format(self._fut_waiter))
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __schedule_step(self, value):
        loop = self._loop
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        self._step_value = value
        loop._ready.append(self)

    def _report_step_error(self, exc):
        # What CPython's Handle reports when a queued step itself fails.
        handle = _StepHandle()
        context = {
            'message': 'Exception in callback <TaskStepMethWrapper object at {:#x}>()'
                       .format(id(handle)),
            'exception': exc,
            'handle': handle,
        }
        self._loop.call_exception_handler(context)

    def __step(self, exc=None):
        self._step_value = exc
        _task_step(self)

    def _run(self):
        # One step of the coroutine: queued (the task stands in the ready queue as its own
        # handle) or called by the wakeup callback of the future it waited for. The common
        # case runs in `_refpy.task_step` (as CPython's runs in C); the rest here.
        _task_step(self)

    def _step_returned(self, value):
        # The coroutine returned `value` during a step.
        if self._must_cancel:
            self._must_cancel = False
            super().cancel(msg=self._cancel_message)
        else:
            super().set_result(value)

    def _step_raised(self, exc):
        # The coroutine raised `exc` during a step; True when it must go on up.
        if isinstance(exc, CancelledError):
            _drop_own_frames(exc)
            self._cancelled_exc = exc
            super().cancel()
        elif isinstance(exc, (KeyboardInterrupt, SystemExit)):
            super().set_exception(exc)
            return True
        else:
            _drop_own_frames(exc)
            super().set_exception(exc)
        return False

    def _step_slow(self):
        exc = self._step_value
        self._step_value = None
        if self._state != _PENDING:
            self._report_step_error(InvalidStateError(
                '_step(): already done: {!r}, {!r}'.format(self, exc)))
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        if self._fut_waiter is not None:
            self._fut_waiter = None
        loop = self._loop
        if loop._current_task is not None:
            self._report_step_error(RuntimeError(
                'Cannot enter into task {!r} while another task {!r} is being executed.'
                .format(self, loop._current_task)))
            return
        loop._current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as exc:
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(exc.value)
        except CancelledError as exc:
            _drop_own_frames(exc)
            self._cancelled_exc = exc
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as exc:
            super().set_exception(exc)
            raise
        except BaseException as exc:
            _drop_own_frames(exc)
            super().set_exception(exc)
        else:
            if result is None:
                # A bare yield (sleep(0)): run again on the next turn (the loop is running,
                # so it is not closed).
                loop._ready.append(self)
            else:
                self.__handle_yield(result)
        finally:
            loop._current_task = None
            self = None

    def __handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if _get_loop(result) is not self._loop:
                new_exc = RuntimeError('Task {!r} got Future {!r} attached to a different loop'
                                       .format(self, result))
                self.__schedule_step(new_exc)
            elif blocking:
                if result is self:
                    new_exc = RuntimeError('Task cannot await on itself: {!r}'.format(self))
                    self.__schedule_step(new_exc)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(_TaskWakeup(self))
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                new_exc = RuntimeError('yield was used instead of yield from in task {!r} with {!r}'
                                       .format(self, result))
                self.__schedule_step(new_exc)
        else:
            new_exc = RuntimeError('Task got bad yield: {!r}'.format(result))
            self.__schedule_step(new_exc)


def create_task(coro, *, name=None, context=None):
    # As CPython: the task gets a numbered name first (counted even when a name is given).
    loop = get_running_loop()
    task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    result = await awaitable
    return result


class _Sleep0:
    """`await` of this gives the loop one turn (a bare `yield` in CPython's `__sleep0`);
    `__await__` is native: it gives an iterator that yields None once."""

    __await__ = _refpy.bare_yield


_sleep0 = _Sleep0()


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        value = await future
        return value
    finally:
        h.cancel()


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    children = []

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    if child._cancel_message is None:
                        res = CancelledError('')
                    else:
                        res = CancelledError(child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _WaiterReleaser:
    """`functools.partial(_release_waiter, waiter)`: compared by identity."""

    __slots__ = ('_waiter',)

    def __init__(self, waiter):
        self._waiter = waiter

    def __call__(self, *args):
        _release_waiter(self._waiter)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _WaiterReleaser(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        value = await fut
        return value
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _WaiterReleaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not {}'.format(type(fs).__name__))
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: {}'.format(return_when))
    loop = get_running_loop()
    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    result = await _wait(fs, timeout, return_when, loop)
    return result


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


# -- the event loop ---------------------------------------------------------

class _Selector:
    """No file descriptors: waiting is sleeping until the next timer (on refpy's clock,
    which `--virtual-time` makes jump). A SIGINT during the wait goes to the loop's
    `_sigint_handler` when `asyncio.run` set one (CPython's Runner installs a SIGINT handler
    that cancels the main task); otherwise it raises KeyboardInterrupt."""

    def __init__(self):
        self._sigint_handler = None

    def select(self, timeout=None):
        try:
            if timeout is None:
                _refpy.wait_forever()
            elif timeout > 0:
                time.sleep(timeout)
        except KeyboardInterrupt:
            if self._sigint_handler is None:
                raise
            self._sigint_handler()
        return []


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    _get_loop(fut).stop()


class BaseEventLoop:

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = []
        self._scheduled = []
        self._running = False
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._selector = _Selector()
        # The asynchronous generators first iterated while this loop ran (see run_forever).
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._current_task = None
        self._task_factory = None

    def __repr__(self):
        return '<{} running={} closed={} debug=False>'.format(
            self.__class__.__name__, self.is_running(), self.is_closed())

    def __del__(self):
        # CPython warns (ResourceWarning, hidden by default) and closes the loop.
        if not self.is_closed() and not self.is_running():
            self.close()

    def time(self):
        return time.monotonic()

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        else:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def _asyncgen_finalizer_hook(self, agen):
        # A dying unfinished async generator is kept alive by the aclose() awaitable,
        # which a task runs on a later turn of the loop.
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        # CPython warns here (a ResourceWarning, hidden by default) when
        # shutdown_asyncgens() has already been called.
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True

    def run_forever(self):
        self._check_closed()
        self._check_running()
        old_agen_hooks = sys.get_asyncgen_hooks()
        try:
            self._running = True
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            _set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        scheduled = self._scheduled
        if scheduled:
            sched_count = len(scheduled)
            if (sched_count > 100 and
                    self._timer_cancelled_count / sched_count > 0.5):
                new_scheduled = []
                for handle in scheduled:
                    if handle._cancelled:
                        handle._scheduled = False
                    else:
                        new_scheduled.append(handle)
                heapq.heapify(new_scheduled)
                self._scheduled = scheduled = new_scheduled
                self._timer_cancelled_count = 0
            else:
                while scheduled and scheduled[0]._cancelled:
                    self._timer_cancelled_count -= 1
                    handle = heapq.heappop(scheduled)
                    handle._scheduled = False

        # Wait for the next timer, or forever, unless there is work now.
        if not self._ready and not self._stopping:
            if scheduled:
                timeout = min(max(0, scheduled[0]._when - self.time()),
                              _MAXIMUM_SELECT_TIMEOUT)
                if timeout != 0:
                    self._selector.select(timeout)
            else:
                self._selector.select(None)

        if scheduled:
            end_time = self.time() + self._clock_resolution
            while scheduled:
                handle = scheduled[0]
                if handle._when >= end_time:
                    break
                handle = heapq.heappop(scheduled)
                handle._scheduled = False
                self._ready.append(handle)

        # The batch is the ready queue as it stands; callbacks scheduled meanwhile wait for
        # the next turn. Each slot is cleared as its handle is taken, so that `handle` alone
        # (a one-item list that `_refpy.run_handles` fills) keeps the last one alive, as
        # CPython's deque.popleft() does.
        batch = self._ready
        if len(batch) == 1:
            handle = batch.pop()
            if not handle._cancelled:
                handle._run()
            handle = None
        else:
            self._ready = []
            handle = [None]
            _run_handles(batch, handle, Task, self)

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, '
                            'got {!r}'.format(handler))
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        import sys
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append('{}: {!r}'.format(key, context[key]))
        text = '\n'.join(log_lines)
        print(text, file=sys.stderr)
        if exception is not None:
            _refpy.print_exception(exception)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _log_error('Exception in default exception handler', exc)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    _log_error('Exception in default exception handler while handling '
                                     'an unexpected error in custom exception handler', exc2)


def _log_error(message, exc):
    import sys
    print(message, file=sys.stderr)
    _refpy.print_exception(exc)


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


AbstractEventLoop = BaseEventLoop


# -- asyncio.run ------------------------------------------------------------

def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    """asyncio.Runner: one loop for several run() calls, closed with close()."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'CREATED'
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False
        self._interrupt_count = 0

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'INITIALIZED':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'CLOSED'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if _running_loop is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        self._interrupt_count = 0
        selector = self._loop._selector
        previous = selector._sigint_handler

        def on_sigint():
            self._on_sigint(task)
        selector._sigint_handler = on_sigint
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0:
                if task.uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            selector._sigint_handler = previous

    def _on_sigint(self, main_task):
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            return
        raise KeyboardInterrupt()

    def _lazy_init(self):
        if self._state == 'CLOSED':
            raise RuntimeError('Runner is closed')
        if self._state == 'INITIALIZED':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        self._state = 'INITIALIZED'


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)
