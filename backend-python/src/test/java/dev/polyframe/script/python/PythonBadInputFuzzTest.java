package dev.polyframe.script.python;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.BadInputFuzzKit;
import dev.polyframe.script.tck.FuzzValue;
import java.util.stream.Collectors;

/** Bad-input fuzzing of every script method from Python (QuickTheories). */
class PythonBadInputFuzzTest extends BadInputFuzzKit {
    @Override
    protected ScriptBackend backend() {
        return SharedEngine.backend();
    }

    @Override
    protected String literal(FuzzValue value) {
        return switch (value) {
            case FuzzValue.Nil n -> "None";
            case FuzzValue.Bool b -> b.value() ? "True" : "False";
            case FuzzValue.Num n -> Double.isNaN(n.value()) ? "float(\"nan\")" : Double.isInfinite(n.value())
                    ? (n.value() > 0 ? "float(\"inf\")" : "float(\"-inf\")") : Double.toString(n.value());
            case FuzzValue.Str s -> quoted(s.value());
            case FuzzValue.Seq s -> s.items().stream().map(this::literal).collect(Collectors.joining(", ", "[", "]"));
            case FuzzValue.Table t -> t.entries().entrySet().stream()
                    .map(e -> quoted(e.getKey()) + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case FuzzValue.Fn f -> "(lambda *args: None)";
        };
    }

    @Override
    protected String probe(String call) {
        return "def fuzzProbe():\n    try:\n        r = " + call + "\n        return [\"ok\", str(r)]\n"
                + "    except Exception as e:\n        return [type(e).__name__, str(e)]\n";
    }
}
