package dev.polyframe.script.lua;

import dev.polyframe.script.ScriptBackend;
import dev.polyframe.script.tck.BadInputFuzzKit;
import dev.polyframe.script.tck.FuzzValue;
import java.util.stream.Collectors;

/** Bad-input fuzzing of every script method from Lua (QuickTheories), in LuaJC mode. */
class LuaBadInputFuzzTest extends BadInputFuzzKit {
    @Override
    protected ScriptBackend backend() {
        return new LuaScriptBackend(true);
    }

    @Override
    protected String literal(FuzzValue value) {
        return switch (value) {
            case FuzzValue.Nil n -> "nil";
            case FuzzValue.Bool b -> String.valueOf(b.value());
            case FuzzValue.Num n -> Double.isNaN(n.value()) ? "(0/0)" : Double.isInfinite(n.value())
                    ? (n.value() > 0 ? "math.huge" : "(-math.huge)") : Double.toString(n.value());
            case FuzzValue.Str s -> quoted(s.value());
            case FuzzValue.Seq s -> s.items().stream().map(this::literal).collect(Collectors.joining(", ", "{", "}"));
            case FuzzValue.Table t -> t.entries().entrySet().stream()
                    .map(e -> "[" + quoted(e.getKey()) + "] = " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case FuzzValue.Fn f -> "function() end";
        };
    }

    @Override
    protected String probe(String call) {
        return "function fuzzProbe()\n    local ok, r = pcall(function() return " + call + " end)\n"
                + "    if ok then\n        return {\"ok\", tostring(r)}\n    end\n"
                + "    return {\"error\", tostring(r)}\nend\n";
    }
}
