package dev.polyframe.script.js;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.polyglot.FailureMarker;
import dev.polyframe.script.polyglot.InternalSources;
import dev.polyframe.script.polyglot.NumberArray;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The helpers of {@code prelude.js} in one context: wrappers that turn host failures into native JS errors, and
 * factories for arrays, objects, errors and promises. Its failure markers are what host functions return instead of
 * throwing; a bug in host code propagates as a host exception. Script worker thread only, like its context.
 */
final class JsPrelude implements FailureMarker {
    /** Resource holding the prelude, next to this class. */
    static final String RESOURCE = "prelude.js";
    /** Source name of the prelude; internal, so its frames never appear in script stacks. */
    static final String SOURCE_NAME = "polyframe:prelude.js";

    private final Value wrap;
    private final Value failure;
    private final Value apiMethodOf;
    private final Value array;
    private final Value object;
    private final Value numbers;
    private final Value error;
    private final Value deferred;

    private JsPrelude(Value helpers) {
        this.wrap = helpers.getMember("wrap");
        this.failure = helpers.getMember("failure");
        this.apiMethodOf = helpers.getMember("apiMethodOf");
        this.array = helpers.getMember("array");
        this.object = helpers.getMember("object");
        this.numbers = helpers.getMember("numbers");
        this.error = helpers.getMember("error");
        this.deferred = helpers.getMember("deferred");
    }

    /**
     * Evaluates the prelude in a context.
     *
     * @throws org.graalvm.polyglot.PolyglotException when the prelude fails to evaluate (a bug in it)
     */
    static JsPrelude install(Context context) {
        return new JsPrelude(context.eval(source()));
    }

    /** @return the prelude source; equal content, so a shared engine reuses its parsed code across contexts */
    static Source source() {
        return InternalSources.fromResource(JsPrelude.class, RESOURCE, JsScriptBackend.GUEST, SOURCE_NAME);
    }

    /** @return a JS function named {@code name} calling {@code host}, rethrowing failures as native errors */
    Value wrap(Object host, String name) {
        return wrap.execute(host, name);
    }

    /** @return the marker a host function returns instead of throwing; the wrapper rethrows it by kind */
    @Override
    public Value apiFailure(ScriptApiException e) {
        return failure.execute(e.kind().name(), e.getMessage(), e.method());
    }

    /** @return the API method that raised a JS error made by {@link #wrap}, or {@code null} */
    String apiMethodOf(Value guestError) {
        Value method = apiMethodOf.execute(guestError);
        return method.isString() ? method.asString() : null;
    }

    /** @return a real JS array of the given (already converted) items */
    Value array(Object[] items) {
        return array.execute(items);
    }

    /** @return a new {@code Float64Array} holding the numbers */
    Value numbers(double[] values) {
        return numbers.execute(new NumberArray(values));
    }

    /** @return a new empty plain JS object */
    Value object() {
        return object.execute();
    }

    /** @return a new JS {@code Error} with exactly this message */
    Value error(String message) {
        return error.execute(message);
    }

    /**
     * @param handled whether rejection is already handled elsewhere (a trailing callback), so it is not reported
     * @return {@code [promise, resolve, reject]}
     */
    Value deferred(boolean handled) {
        return deferred.execute(handled);
    }
}
