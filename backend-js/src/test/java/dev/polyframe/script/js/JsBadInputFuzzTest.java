package dev.polyframe.script.js;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.BadInputFuzzKit;
import dev.polyframe.script.tck.FuzzValue;
import java.util.stream.Collectors;

/** Bad-input fuzzing of every script method from JavaScript (QuickTheories). */
class JsBadInputFuzzTest extends BadInputFuzzKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }

    @Override
    protected String literal(FuzzValue value) {
        return switch (value) {
            case FuzzValue.Nil n -> "null";
            case FuzzValue.Bool b -> String.valueOf(b.value());
            case FuzzValue.Num n -> Double.isNaN(n.value()) ? "NaN" : Double.isInfinite(n.value())
                    ? (n.value() > 0 ? "Infinity" : "-Infinity") : Double.toString(n.value());
            case FuzzValue.Str s -> quoted(s.value());
            case FuzzValue.Seq s -> s.items().stream().map(this::literal).collect(Collectors.joining(", ", "[", "]"));
            case FuzzValue.Table t -> t.entries().entrySet().stream()
                    .map(e -> quoted(e.getKey()) + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case FuzzValue.Fn f -> "(() => undefined)";
        };
    }

    @Override
    protected String probe(String call) {
        return "function fuzzProbe() {\n"
                + "    try {\n"
                + "        const r = " + call + ";\n"
                + "        return [\"ok\", String(r)];\n"
                + "    } catch (e) {\n"
                + "        return [e.constructor.name, String(e.message)];\n"
                + "    }\n"
                + "}\n";
    }
}
