package dev.polyframe.script.binding;

import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One method a script can call, with the metadata that validates its arguments, generates stubs and documents it,
 * and the code that runs it. Immutable and thread-safe to share; {@link #invoke} runs on the script worker.
 */
public final class ScriptMethod {

    /** Runs a call whose arguments have been validated. Worker thread. */
    @FunctionalInterface
    public interface Invoker {
        /**
         * @param args validated arguments
         * @return the result, {@link ScriptValue#NIL} for none
         * @throws ScriptApiException for problems only the API can see (range, stale handle, full queue)
         */
        ScriptValue invoke(ScriptArgs args);
    }

    private final String name;
    private final String qualifiedName;
    private final String doc;
    private final List<ScriptParam> params;
    private final ScriptType returnType;
    private final String returnDoc;
    private final Invoker invoker;
    private final int requiredCount;

    ScriptMethod(String owner, String name, String doc, List<ScriptParam> params, ScriptType returnType,
            String returnDoc, Invoker invoker) {
        this.name = name;
        this.qualifiedName = owner + "." + name;
        this.doc = doc;
        this.params = List.copyOf(params);
        this.returnType = returnType;
        this.returnDoc = returnDoc;
        this.invoker = invoker;
        int required = 0;
        for (int i = 0; i < this.params.size(); i++) {
            if (!this.params.get(i).optional()) {
                required = i + 1;
            }
        }
        this.requiredCount = required;
    }

    /** A copy whose invoker also passes each returned {@link Deferred} to {@code sink}. */
    ScriptMethod observingDeferred(Consumer<Deferred> sink) {
        String owner = qualifiedName.substring(0, qualifiedName.length() - name.length() - 1);
        return new ScriptMethod(owner, name, doc, params, returnType, returnDoc, args -> {
            ScriptValue result = invoker.invoke(args);
            if (result instanceof ScriptValue.Pending pending) {
                sink.accept(pending.deferred());
            }
            return result;
        });
    }

    /** @return the name scripts call, camelCase, for example {@code "setPosition"} */
    public String name() {
        return name;
    }

    /** @return {@code interface.method}, for example {@code "entity.setPosition"} */
    public String qualifiedName() {
        return qualifiedName;
    }

    /** @return one paragraph of documentation, including which snapshot a read sees */
    public String doc() {
        return doc;
    }

    /** @return the parameters in order */
    public List<ScriptParam> params() {
        return params;
    }

    /** @return the return type */
    public ScriptType returnType() {
        return returnType;
    }

    /** @return what the return value means */
    public String returnDoc() {
        return returnDoc;
    }

    /**
     * @return whether the result settles later; such methods also accept an optional trailing callback
     *     {@code (value, error)}
     */
    public boolean deferred() {
        return returnType == ScriptType.DEFERRED;
    }

    /**
     * Validates the arguments against the metadata, then runs the method. For a deferred method, a trailing
     * function argument beyond the declared parameters is taken as a callback {@code (value, error)} called when
     * the result settles (error is null on success, value null on failure).
     *
     * <p>Worker thread.
     *
     * @param args arguments as the script passed them
     * @return the result
     * @throws ScriptApiException naming this method, the parameter and the value, when an argument is wrong;
     *     nothing has been enqueued then
     */
    public ScriptValue invoke(List<ScriptValue> args) {
        List<ScriptValue> values = args;
        ScriptValue callback = null;
        if (hasTrailingCallback(args)) {
            callback = args.get(args.size() - 1);
            values = args.subList(0, args.size() - 1);
        }
        validate(values);
        ScriptValue result = invoker.invoke(new ScriptArgs(values));
        if (callback != null && result instanceof ScriptValue.Pending pending) {
            attach(pending, (ScriptValue.Callable) callback);
        }
        return result;
    }

    /**
     * Whether a call passes a trailing callback: one function argument beyond the parameters of a deferred method.
     * {@link #invoke} then observes the result with it; backends use this to treat the result as handled.
     */
    public boolean hasTrailingCallback(List<ScriptValue> args) {
        return deferred() && args.size() == params.size() + 1
                && args.get(args.size() - 1) instanceof ScriptValue.Callable;
    }

    private static void attach(ScriptValue.Pending pending, ScriptValue.Callable callback) {
        try {
            pending.deferred().observe((value, error) -> {
                List<ScriptValue> callArgs = new ArrayList<>(2);
                callArgs.add(value == null ? ScriptValue.NIL : value);
                callArgs.add(ScriptValue.of(error));
                callback.function().call(callArgs);
            });
        } catch (dev.polyframe.script.error.ScriptException e) {
            throw new IllegalStateException("ScriptMethod.invoke: a new deferred result settled at once", e);
        }
    }

    private void validate(List<ScriptValue> values) {
        if (values.size() > params.size()) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, qualifiedName,
                    "too many arguments: expected at most " + params.size() + " " + signature() + ", got "
                            + values.size() + " (extra value=" + ScriptValue.display(values.get(params.size()))
                            + ")");
        }
        if (values.size() < requiredCount) {
            ScriptParam missing = params.get(values.size());
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, qualifiedName,
                    "missing argument " + missing.name() + " (expected " + signature() + ", got " + values.size()
                            + " arguments)");
        }
        for (int i = 0; i < values.size(); i++) {
            ScriptParam param = params.get(i);
            ScriptValue value = values.get(i);
            if (value instanceof ScriptValue.Nil && param.optional()) {
                continue;
            }
            param.type().check(qualifiedName, param.name(), value);
            if (param.type() == ScriptType.OPTIONS && value instanceof ScriptValue.Table table) {
                validateOptions(param, table);
            }
        }
    }

    private void validateOptions(ScriptParam param, ScriptValue.Table table) {
        for (var entry : table.entries().entrySet()) {
            ScriptParam field = param.fields().stream().filter(f -> f.name().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new ScriptApiException(ScriptApiException.Kind.TYPE, qualifiedName,
                            param.name() + "." + entry.getKey() + "=" + ScriptValue.display(entry.getValue())
                                    + " is not an option; known options: " + param.fields().stream()
                                    .map(ScriptParam::name).collect(Collectors.joining(", "))));
            if (!(entry.getValue() instanceof ScriptValue.Nil)) {
                field.type().check(qualifiedName, param.name() + "." + field.name(), entry.getValue());
            }
        }
    }

    /** @return {@code (handle, position)} */
    public String signature() {
        return params.stream().map(p -> p.optional() ? p.name() + "?" : p.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
