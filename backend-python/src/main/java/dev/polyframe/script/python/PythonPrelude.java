package dev.polyframe.script.python;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.polyglot.FailureMarker;
import dev.polyframe.script.polyglot.InternalSources;
import dev.polyframe.script.polyglot.NumberArray;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The helpers of {@code prelude.py} in one context: wrappers that turn host failures into native Python exceptions,
 * the interface object, the {@code Pending} class and its settling, the coroutine driver behind
 * {@code polyframe.spawn}, traceback extraction, and list/dict factories. Installing it also defines the script
 * global {@code polyframe}. Its failure markers are what host functions return instead of raising: for API errors, and
 * for bugs in host code, which become a {@code RuntimeError} at the script's call (so the error keeps the script's
 * line) whose cause stays the Java exception. Script worker thread only, like its context.
 */
final class PythonPrelude implements FailureMarker {
    /** Resource holding the prelude, next to this class. */
    static final String RESOURCE = "prelude.py";
    /** Source name of the prelude; internal, so GraalPy hides its frames. */
    static final String SOURCE_NAME = "polyframe:prelude.py";
    /** Start of every source name of Polyframe's own Python code; such frames are dropped from script stacks. */
    static final String INTERNAL_PREFIX = "polyframe:";
    /** Failure kind of a bug in host code; the prelude raises it as {@code RuntimeError}. */
    static final String HOST_KIND = "HOST";
    /**
     * The trampoline through which Java and the prelude call script functions. Not internal, on purpose: GraalPy
     * records the column of a frame only when an exception leaves it for a visible Python frame, never for one called
     * from Java or from the (internal) prelude.
     */
    private static final Source INVOKE = Source.newBuilder(PythonScriptBackend.LANGUAGE,
            "lambda function, *arguments: function(*arguments)", INTERNAL_PREFIX + "invoke.py").buildLiteral();

    private final Value invoke;
    private final Value wrap;
    private final Value failure;
    private final Value describe;
    private final Value newInterface;
    private final Value list;
    private final Value numbers;
    private final Value dict;
    private final Value none;
    private final Value newPending;
    private final Value settle;
    private final Value isCoroutine;
    private final Value spawn;

    private PythonPrelude(Value helpers, Value invoke, Value none) {
        this.invoke = invoke;
        this.none = none;
        this.wrap = helpers.getMember("wrap");
        this.failure = helpers.getMember("failure");
        this.describe = helpers.getMember("describe");
        this.newInterface = helpers.getMember("interface");
        this.list = helpers.getMember("list");
        this.numbers = helpers.getMember("numbers");
        this.dict = helpers.getMember("dict");
        this.newPending = helpers.getMember("pending");
        this.settle = helpers.getMember("settle");
        this.isCoroutine = helpers.getMember("is_coroutine");
        this.spawn = helpers.getMember("spawn");
    }

    /**
     * Evaluates the prelude and the call trampoline in a context, and defines the global {@code polyframe}.
     *
     * @throws org.graalvm.polyglot.PolyglotException when the prelude fails to evaluate (a bug in it)
     */
    static PythonPrelude install(Context context) {
        Value invoke = context.eval(INVOKE);
        Value helpers = context.eval(source()).execute(INTERNAL_PREFIX, invoke);
        context.getBindings(PythonScriptBackend.LANGUAGE).putMember("polyframe", helpers.getMember("polyframe"));
        return new PythonPrelude(helpers, invoke, context.asValue(null));
    }

    /** @return the prelude source; equal content, so a shared engine reuses its parsed code across contexts */
    static Source source() {
        return InternalSources.fromResource(PythonPrelude.class, RESOURCE, PythonScriptBackend.GUEST, SOURCE_NAME);
    }

    /**
     * Calls a script function through the visible trampoline {@link #INVOKE}, so a traceback locates the function's
     * failing expression to the column (GraalPy records no column for a frame called straight from Java).
     *
     * @param arguments already converted
     * @throws org.graalvm.polyglot.PolyglotException when the function raises
     */
    Value invoke(Value function, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = function;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return invoke.execute(all);
    }

    /** @return a Python function named {@code name} calling {@code host}, raising failures as native exceptions */
    Value wrap(Object host, String name, String doc) {
        return wrap.execute(host, name, doc);
    }

    /** @return the marker a host function returns instead of raising; the wrapper raises it by kind */
    @Override
    public Value apiFailure(ScriptApiException e) {
        return failure.execute(e.kind().name(), e.getMessage(), e.method(), null);
    }

    /**
     * @return the marker of a bug in host code: the wrapper raises a {@code RuntimeError} with the exception's
     *     {@code toString()}, and {@code e} becomes the cause of the resulting {@code ScriptException}
     */
    @Override
    public Value hostFailure(String method, RuntimeException e) {
        return failure.execute(HOST_KIND, e.toString(), method, e);
    }

    /**
     * @return {@code (apiMethod, hostError, frames)} of a Python exception, frames {@code (file, line, column,
     *     function)} innermost first and script frames only; {@code None} for a guest object that is no exception
     */
    Value describe(Value guestException) {
        return describe.execute(guestException);
    }

    /** @return a new, empty interface object; its repr names it, its {@code __doc__} is {@code doc} */
    Value newInterface(String name, String doc) {
        return newInterface.execute(name, doc);
    }

    /** @return a new Python list of floats holding the numbers */
    Value numbers(double[] values) {
        return numbers.execute(new NumberArray(values));
    }

    /** @return a Python list of the given (already converted) items */
    Value list(Object[] items) {
        return list.execute(items);
    }

    /**
     * @return a polyglot null value (Python reads it as {@code None}): what a host {@code null} stands for when put
     *     into a dict (the optimizing Truffle runtime rejects a bare Java {@code null} there with a
     *     NullPointerException)
     */
    Value none() {
        return none;
    }

    /** @return a new empty Python dict */
    Value dict() {
        return dict.execute();
    }

    /** @return a new unsettled {@code polyframe.Pending} for a result of {@code method} */
    Value newPending(String method) {
        return newPending.execute(method);
    }

    /**
     * Settles a {@code Pending}; runs no script code.
     *
     * @param value the converted result, or the rejection message
     * @return the callbacks registered so far (a Python list), to be called with the pending one by one
     */
    Value settle(Value pending, boolean rejected, Object value) {
        return settle.execute(pending, rejected, value);
    }

    /** @return whether a value is a coroutine object (what calling an {@code async def} function returns) */
    boolean isCoroutine(Value value) {
        return isCoroutine.execute(value).asBoolean();
    }

    /** Runs a coroutine until it awaits an unsettled result, like {@code polyframe.spawn(coroutine)}. */
    void spawn(Value coroutine) {
        spawn.execute(coroutine);
    }
}
