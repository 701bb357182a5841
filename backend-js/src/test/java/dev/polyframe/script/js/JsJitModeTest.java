package dev.polyframe.script.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.polyframe.script.ScriptRuntime;
import dev.polyframe.script.error.ScriptException;
import org.junit.jupiter.api.Test;

/**
 * The Maven test JVM runs with the Graal compiler (root pom {@code polyframe.jit.args}), as the launcher does; the
 * interpreter side ({@code --no-jit}, {@code mvn verify -Dno-jit}) is proven by {@code PolyframeLauncherIT}.
 */
class JsJitModeTest {

    @Test
    void shouldRunWithTheGraalCompilerInTheMavenTestJvm() throws ScriptException {
        boolean jitWanted = !"off".equals(System.getProperty("polyframe.jit"));
        try (ScriptRuntime runtime = SharedEngine.backend().createRuntime()) {
            String implementation = SharedEngine.ENGINE.getImplementationName();
            assertEquals(jitWanted ? "jit" : "interpreter", runtime.mode(), "engine implementation " + implementation);
            assertEquals(jitWanted, !implementation.contains("Interpreted"), implementation);
        }
    }

    @Test
    void shouldStartASecondContextOnTheSameEngine() throws ScriptException {
        JsScriptBackend backend = new JsScriptBackend();
        try (ScriptRuntime first = backend.createRuntime(); ScriptRuntime second = backend.createRuntime()) {
            assertSame(((JsRuntime) first).engine(), ((JsRuntime) second).engine(), "one shared engine");
            assertFalse(((JsRuntime) first).engine() == SharedEngine.ENGINE, "the backend made its own engine");
        }
    }
}
