# Polyframe Python prelude: evaluated once per context by PythonRuntime as an internal source, so GraalPy hides its
# frames from polyglot stacks and Python tracebacks. The source evaluates to one function, removed from the script's
# globals at once. PythonPrelude calls it with the prefix of Polyframe's source names ("polyframe:") and the visible
# call trampoline (PythonPrelude.INVOKE; the prelude calls script code through it, so tracebacks keep columns), reads
# the helpers it returns and defines the global `polyframe` (also importable). Builtins are imported as locals
# first, so a script defining a global `type` or `list` cannot break the helpers.
#
# Host functions (one ProxyExecutable per ScriptMethod) never raise into Python: on a ScriptApiException (or a bug in
# host code) they return an ApiFailure, which the wrapper made by wrap() raises as a native exception at the
# script's call.


def _polyframe_prelude(internal_prefix, invoke):
    import sys
    import types
    from builtins import (BaseException, RuntimeError, StopIteration, TypeError, ValueError, dict, enumerate,
                          getattr, hasattr, isinstance, list, repr, type)

    stdlib_home = sys.prefix
    errors = {'TYPE': TypeError, 'RANGE': ValueError, 'HANDLE': ValueError, 'QUEUE_FULL': RuntimeError,
              'HOST': RuntimeError}
    pending_state, resolved_state, rejected_state = 'pending', 'resolved', 'rejected'

    class ApiFailure:
        """What a host function returns instead of raising; kind is a ScriptApiException.Kind name or HOST."""
        __slots__ = ('kind', 'message', 'method', 'cause')

        def __init__(self, kind, message, method, cause):
            self.kind = kind
            self.message = message
            self.method = method
            self.cause = cause

        def error(self):
            error = errors[self.kind](self.message)
            error._polyframe_api_method = self.method
            if self.cause is not None:
                error._polyframe_host_error = self.cause
            return error

    class DeferredError(RuntimeError):
        """A deferred result was rejected; str(error) is the rejection message, naming the method and the cause."""
        __module__ = 'polyframe'
        __qualname__ = 'DeferredError'

    class Interface:
        """A bound script interface: one function per API method, in camelCase and in snake_case."""

        def __init__(self, name, doc):
            self._name = name
            self.__doc__ = doc

        def __repr__(self):
            return '<polyframe interface ' + self._name + '>'

    class Pending:
        """A result the engine settles in a later frame, such as entity.ready(h).

        Future-like: done(), result(), add_done_callback(fn). Awaitable inside a coroutine run by polyframe.spawn:
        `value = await entity.ready(h)` resumes with the value, or raises polyframe.DeferredError on rejection.
        """
        __module__ = 'polyframe'
        __qualname__ = 'Pending'
        __slots__ = ('_method', '_state', '_value', '_callbacks')

        def __init__(self, method):
            self._method = method
            self._state = pending_state
            self._value = None
            self._callbacks = []

        def __repr__(self):
            return '<Pending ' + self._method + ' ' + self._state + '>'

        def done(self):
            """Whether the result has resolved or rejected."""
            return self._state != pending_state

        def result(self):
            """The value; raises DeferredError when rejected, RuntimeError when not settled yet."""
            if self._state == resolved_state:
                return self._value
            if self._state == rejected_state:
                raise DeferredError(self._value)
            raise RuntimeError(self._method + ': the result is not ready yet; check done(), add a callback or await'
                               ' it')

        def add_done_callback(self, fn):
            """Calls fn(pending) once settled: at once when it already is, else from the engine's frame."""
            if self._state == pending_state:
                self._callbacks.append(fn)
            else:
                invoke(fn, self)

        def __await__(self):
            if self._state == pending_state:
                yield self
            return self.result()

    def settle(pending, rejected, value):
        """Settles once; returns the callbacks, which PythonValues calls with the pending one by one."""
        pending._state = rejected_state if rejected else resolved_state
        pending._value = value
        callbacks = pending._callbacks
        pending._callbacks = None
        return callbacks

    def spawn(coroutine):
        """Runs a coroutine (call an `async def` function to make one) until it awaits an unsettled result, and
        resumes it when that settles. An exception in the coroutine propagates to whoever resumed it: the caller of
        spawn for the first step, the engine (which reports it as a script error) later. Returns None."""
        if not (hasattr(coroutine, 'send') and hasattr(coroutine, 'throw')):
            raise TypeError('polyframe.spawn: coroutine=' + repr(coroutine) + ' must be a coroutine object, for'
                            ' example spawn(show()) for async def show()')
        step(coroutine)

    def step(coroutine):
        try:
            awaited = invoke(coroutine.send, None)
            while not isinstance(awaited, Pending):
                awaited = invoke(coroutine.throw, TypeError('polyframe.spawn: a coroutine can only await Polyframe'
                                                            ' results (Pending), not ' + repr(awaited)))
        except StopIteration:
            return
        awaited.add_done_callback(lambda pending: step(coroutine))

    def wrap(host, name, doc):
        def api_function(*args):
            result = host(*args)
            if type(result) is ApiFailure:
                raise result.error()
            return result

        api_function.__name__ = name
        api_function.__qualname__ = name
        api_function.__doc__ = doc
        return api_function

    def column(code, lasti):
        """1-based column of the instruction at lasti, or 0 when unknown."""
        if lasti < 0:
            return 0
        for index, position in enumerate(code.co_positions()):
            if index == lasti // 2:
                return 0 if position[2] is None else position[2] + 1
        return 0

    def describe(error):
        """(api method or None, host exception or None, [(file, line, column, function)...]) of a Python exception;
        frames innermost first, script frames only (no Polyframe, standard library or frozen frames)."""
        if not isinstance(error, BaseException):
            return None
        frames = []
        tb = error.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            file = code.co_filename
            if not file.startswith(internal_prefix) and not file.startswith(stdlib_home) and not file.startswith(
                    '<frozen '):
                frames.append((file, tb.tb_lineno, column(code, tb.tb_lasti), code.co_name))
            tb = tb.tb_next
        frames.reverse()
        return (getattr(error, '_polyframe_api_method', None), getattr(error, '_polyframe_host_error', None), frames)

    def make_list(*items):
        return list(items)

    def make_numbers(host):
        # A bulk read: one list instead of a call with thousands of arguments.
        return [host[i] for i in range(len(host))]
    polyframe = types.ModuleType('polyframe', 'Polyframe helpers for scripts: spawn, Pending, DeferredError.')
    polyframe.spawn = spawn
    polyframe.Pending = Pending
    polyframe.DeferredError = DeferredError
    sys.modules['polyframe'] = polyframe

    return types.SimpleNamespace(
        polyframe=polyframe,
        wrap=wrap,
        failure=ApiFailure,
        describe=describe,
        interface=Interface,
        list=make_list,
        numbers=make_numbers,
        dict=dict,
        pending=Pending,
        settle=settle,
        is_coroutine=lambda value: isinstance(value, types.CoroutineType),
        spawn=spawn)


globals().pop('_polyframe_prelude')
