package dev.polyframe.script.api;

import static dev.polyframe.script.binding.ScriptParam.required;

import dev.polyframe.script.binding.ScriptInterface;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;

/**
 * The {@code engine} global scripts see: metadata plus conversion to {@link EngineAPI} calls. Script worker thread
 * only.
 */
public final class EngineScriptInterface {

    private EngineScriptInterface() {
    }

    /** @return the {@code engine} interface bound to {@code api} */
    static ScriptInterface create(EngineAPI api) {
        return ScriptInterface.builder("engine", "Engine time, logging, metrics and control.")
                .method("time", "Engine time of the last published main frame.", ScriptType.NUMBER, "seconds",
                        args -> ScriptValue.of(api.time()))
                .method("frame", "Number of the last published main frame.", ScriptType.NUMBER, "frame number",
                        args -> ScriptValue.of((double) api.frame()))
                .method("log", "Writes a line to the engine log.", ScriptType.NONE, "",
                        args -> {
                            ScriptValue message = args.get(0);
                            api.log(message instanceof ScriptValue.Str s ? s.value() : ScriptValue.display(message));
                            return ScriptValue.NIL;
                        },
                        required("message", ScriptType.ANY, "", "text to log; other values are shown as literals"))
                .method("metrics", "The engine's counters: frames, scriptFrames, frameSkips, fps, commands, events, "
                        + "snapshot, scriptErrors, entities.", ScriptType.OPTIONS, "a map of numbers and maps",
                        args -> ScriptValue.fromJava(api.metrics()))
                .method("quit", "Stops the engine after the current main frame.", ScriptType.NONE, "",
                        args -> {
                            api.quit();
                            return ScriptValue.NIL;
                        })
                .build();
    }
}
