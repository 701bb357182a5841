package dev.polyframe.script.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import org.junit.jupiter.api.Test;

/** Each capability a JavaScript game must not have is tried, and denied with the error a script can read. */
class JsSandboxTest extends JsRuntimeFixture {

    /** @return {@code "reached"}, or the error's name and message as the script sees them */
    private ScriptValue attempt(String statement) throws ScriptException {
        return eval("(() => { try { " + statement + "; return 'reached'; } catch (e) { return e.name + ': ' "
                + "+ e.message; } })()");
    }

    @Test
    void shouldNotLookUpHostClasses() throws ScriptException {
        assertEquals(ScriptValue.of("TypeError: Access to host class java.lang.System is not allowed or does not "
                + "exist."), attempt("Java.type('java.lang.System')"));
        assertEquals(ScriptValue.of("TypeError: (intermediate value).java.lang.System.exit is not a function"),
                attempt("Packages.java.lang.System.exit(1)"));
    }

    @Test
    void shouldNotReachOtherLanguages() throws ScriptException {
        assertEquals(ScriptValue.of("ReferenceError: Polyglot is not defined"),
                attempt("Polyglot.eval('python', '1')"));
    }

    @Test
    void shouldNotReadFilesOrLoadCode() throws ScriptException {
        assertEquals(ScriptValue.of("ReferenceError: load is not defined"), attempt("load('/etc/passwd')"));
        assertEquals(ScriptValue.of("ReferenceError: read is not defined"), attempt("read('/etc/passwd')"));
        assertEquals(ScriptValue.of("ReferenceError: readbuffer is not defined"),
                attempt("readbuffer('/etc/passwd')"));
        assertEquals(ScriptValue.of("ReferenceError: require is not defined"), attempt("require('/etc/passwd')"));
    }

    @Test
    void shouldHaveNoProcessEnvironmentOrThreads() throws ScriptException {
        assertEquals(ScriptValue.of("ReferenceError: process is not defined"), attempt("process.env.HOME"));
        assertEquals(ScriptValue.of("ReferenceError: Worker is not defined"), attempt("new Worker('x.js')"));
        assertEquals(ScriptValue.of("ReferenceError: quit is not defined"), attempt("quit()"));
    }
}
