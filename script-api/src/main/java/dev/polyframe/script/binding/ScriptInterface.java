package dev.polyframe.script.binding;

import dev.polyframe.script.value.Deferred;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A set of methods scripts see under one global name ({@code entity}, {@code camera}, ...): the
 * {@code XXXScriptInterface} half of the script contract. Backends bind every registered interface generically
 * from this metadata, so adding an interface needs no backend change. Immutable and thread-safe to share; its
 * methods are invoked on the script worker.
 */
public final class ScriptInterface {
    private final String name;
    private final String doc;
    private final List<ScriptMethod> methods;

    private ScriptInterface(String name, String doc, List<ScriptMethod> methods) {
        this.name = name;
        this.doc = doc;
        this.methods = List.copyOf(methods);
    }

    /** @return the global name scripts use, for example {@code "entity"} */
    public String name() {
        return name;
    }

    /** @return one paragraph of documentation */
    public String doc() {
        return doc;
    }

    /**
     * A copy of this interface whose deferred methods also hand every {@link Deferred} they return to
     * {@code sink}, before the script sees it. The script worker binds such copies to know which pending results
     * belong to which runtime (a hot reload rejects the old runtime's). Same name, metadata and behaviour otherwise.
     *
     * @param sink receives each pending result, on the worker thread
     * @return the observing copy
     */
    public ScriptInterface observingDeferred(Consumer<Deferred> sink) {
        List<ScriptMethod> copies = new ArrayList<>(methods.size());
        for (ScriptMethod method : methods) {
            copies.add(method.observingDeferred(sink));
        }
        return new ScriptInterface(name, doc, copies);
    }

    /** @return the methods, in declaration order */
    public List<ScriptMethod> methods() {
        return methods;
    }

    /**
     * @return the method of that name
     * @throws IllegalArgumentException naming the interface and method when there is none
     */
    public ScriptMethod method(String methodName) {
        return methods.stream().filter(m -> m.name().equals(methodName)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("ScriptInterface.method: " + name + " has no method "
                        + methodName));
    }

    /** @return a builder for an interface with this global name */
    public static Builder builder(String name, String doc) {
        return new Builder(name, doc);
    }

    /** Collects methods; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final String doc;
        private final List<ScriptMethod> methods = new ArrayList<>();

        private Builder(String name, String doc) {
            this.name = name;
            this.doc = doc;
        }

        /**
         * Adds a method.
         *
         * @param methodName camelCase name scripts call
         * @param methodDoc one paragraph
         * @param returnType what it returns
         * @param returnDoc what the return value means
         * @param invoker the code, receiving validated arguments
         * @param params parameters in order; optional ones last
         * @return this
         */
        public Builder method(String methodName, String methodDoc, ScriptType returnType, String returnDoc,
                ScriptMethod.Invoker invoker, ScriptParam... params) {
            methods.add(new ScriptMethod(name, methodName, methodDoc, Arrays.asList(params), returnType, returnDoc,
                    invoker));
            return this;
        }

        /** @return the interface */
        public ScriptInterface build() {
            return new ScriptInterface(name, doc, methods);
        }
    }
}
