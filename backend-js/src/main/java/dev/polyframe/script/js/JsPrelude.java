package dev.polyframe.script.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The helpers of {@code prelude.js} in one context: wrappers that turn host failures into native JS errors, and
 * factories for arrays, objects, errors and promises. Script worker thread only, like its context.
 */
final class JsPrelude {
    /** Resource holding the prelude, next to this class. */
    static final String RESOURCE = "prelude.js";
    /** Source name of the prelude; internal, so its frames never appear in script stacks. */
    static final String SOURCE_NAME = "polyframe:prelude.js";

    private final Value wrap;
    private final Value failure;
    private final Value apiMethodOf;
    private final Value array;
    private final Value object;
    private final Value error;
    private final Value deferred;

    private JsPrelude(Value helpers) {
        this.wrap = helpers.getMember("wrap");
        this.failure = helpers.getMember("failure");
        this.apiMethodOf = helpers.getMember("apiMethodOf");
        this.array = helpers.getMember("array");
        this.object = helpers.getMember("object");
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
        try (InputStream in = JsPrelude.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("JsPrelude.source: resource " + RESOURCE + " is missing from "
                        + JsPrelude.class.getPackageName());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder(JsScriptBackend.LANGUAGE, text, SOURCE_NAME).internal(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException("JsPrelude.source: cannot read " + RESOURCE, e);
        }
    }

    /** @return a JS function named {@code name} calling {@code host}, rethrowing failures as native errors */
    Value wrap(Object host, String name) {
        return wrap.execute(host, name);
    }

    /** @return the marker a host function returns instead of throwing; kind is a ScriptApiException.Kind name */
    Value failure(String kind, String message, String method) {
        return failure.execute(kind, message, method);
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
