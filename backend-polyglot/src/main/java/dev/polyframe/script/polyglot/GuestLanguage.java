package dev.polyframe.script.polyglot;

/**
 * Who a GraalVM backend is, as its shared code names it: the GraalVM language id (also the {@code ScriptError}
 * language, {@code "js"}), the language's name in messages ({@code "JS"}, as in "the JS runtime is closed") and the
 * GraalVM implementation's name ({@code "GraalJS"}, as in "GraalJS internal error"). Immutable, thread-safe.
 *
 * @param id the GraalVM language id, for example {@code "js"} or {@code "python"}
 * @param name the language as messages name it, for example {@code "JS"} or {@code "Python"}
 * @param implementation the GraalVM language implementation, for example {@code "GraalJS"} or {@code "GraalPy"}
 */
public record GuestLanguage(String id, String name, String implementation) {
    /**
     * @throws IllegalArgumentException when any part is {@code null} or blank
     */
    public GuestLanguage {
        if (id == null || id.isBlank() || name == null || name.isBlank() || implementation == null
                || implementation.isBlank()) {
            throw new IllegalArgumentException("GuestLanguage: id=" + id + ", name=" + name + ", implementation="
                    + implementation + " must all be non-blank");
        }
    }
}
