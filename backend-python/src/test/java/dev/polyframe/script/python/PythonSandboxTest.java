package dev.polyframe.script.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polyframe.script.error.ScriptError;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.ScriptValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonSandboxTest extends PythonRuntimeFixture {

    /** @return the name of the exception {@code statement} raises, which scripts can catch, or {@code "reached"} */
    private ScriptValue attempt(String statement) throws ScriptException {
        load("def probe():\n    try:\n        " + statement + "\n        return 'reached'\n"
                + "    except Exception as e:\n        return type(e).__name__\n");
        return runtime.call("probe", List.of());
    }

    /** @return the error of {@code statement}, which GraalPy raises past Python's {@code except} */
    private ScriptError uncatchable(String statement) throws ScriptException {
        load("def probe():\n    try:\n        " + statement + "\n    except BaseException:\n        pass\n");
        return assertThrows(ScriptException.class, () -> runtime.call("probe", List.of())).error();
    }

    @Test
    void shouldNotOpenFiles() throws ScriptException {
        assertEquals(ScriptValue.of("PermissionError"), attempt("open('/etc/passwd').read()"));
        assertEquals(ScriptValue.of("PermissionError"), attempt("open('polyframe-sandbox-probe.txt', 'w')"));
        assertEquals(ScriptValue.of("PermissionError"), attempt("__import__('os').listdir('/')"));
    }

    @Test
    void shouldNotStartProcesses() throws ScriptException {
        assertEquals(ScriptValue.of("PermissionError"), attempt("__import__('subprocess').run(['ls'])"));
        assertTrue(uncatchable("__import__('os').system('ls')").message().contains("Process creation is not allowed"));
    }

    @Test
    void shouldNotOpenSockets() throws ScriptException {
        assertTrue(uncatchable("__import__('socket').socket()").message().contains("socket was excluded"));
    }

    @Test
    void shouldNotStartThreads() throws ScriptException {
        assertTrue(uncatchable("__import__('threading').Thread(target=print).start()").message()
                .contains("Creating threads is not allowed"));
    }

    @Test
    void shouldNotReachJavaClasses() throws ScriptException {
        assertEquals(ScriptValue.of("KeyError"), attempt("__import__('java').type('java.lang.System')"));
        assertEquals(ScriptValue.of("KeyError"), attempt("from java.lang import Runtime"));
    }

    @Test
    void shouldNotReachOtherLanguages() throws ScriptException {
        assertEquals(ScriptValue.of("RuntimeError"), attempt("__import__('polyglot').eval(language='js', string='1')"));
        assertEquals(ScriptValue.of("NotImplementedError"), attempt("__import__('polyglot').import_value('x')"));
    }

    @Test
    void shouldNotLoadNativeCode() throws ScriptException {
        assertEquals(ScriptValue.of("ImportError"), attempt("import ctypes"));
    }

    @Test
    void shouldNotSeeTheEnvironment() throws ScriptException {
        assertEquals(ScriptValue.FALSE, eval("any(name in __import__('os').environ for name in ('HOME', 'PATH'))"));
    }

    @Test
    void shouldStillImportTheStandardLibrary() throws ScriptException {
        assertEquals(ScriptValue.of("[1, 2] 3.14"), eval("__import__('json').dumps([1, 2]) + ' '"
                + " + str(round(__import__('math').pi, 2))"));
    }

    @Test
    void shouldKeepWorkingAfterAnUncatchableFailure() throws ScriptException {
        uncatchable("__import__('os').system('ls')");
        assertEquals(ScriptValue.of(3.0), eval("calc.add(1, 2)"));
    }
}
