package dev.polyframe.script.lua;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Converts between Lua values and {@link ScriptValue}s, both ways, for one runtime.
 *
 * <p>Lua → engine: {@code nil} → NIL, boolean → Bool, number → Num (NaN and infinities unchanged, so the API can
 * reject them), string → Str, function → Callable, a pending result → Pending, a table with keys 1..n and nothing
 * else → Seq, a table with only string keys → Table (keys sorted, as Lua tables have no order), an empty table → an
 * empty Table. Raw contents are read; metatables are ignored. Engine → Lua: the reverse; Seq and Table become fresh
 * tables, Pending a pending userdata ({@link LuaPending}). Mixed keys, other key types, coroutines, other userdata and
 * nesting deeper than {@link #MAX_DEPTH} (usually a cycle) are a {@link ScriptApiException} of kind TYPE naming the
 * method, parameter and key path.
 *
 * <p>Threads: the runtime's script worker and its coroutine threads.
 */
final class LuaValues {
    /** Deepest nesting of tables that crosses the boundary. */
    static final int MAX_DEPTH = 32;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Numbers first (ascending), then other keys by their text: which bad key a message names is stable. */
    private static final Comparator<LuaValue> KEY_ORDER = Comparator
            .comparing((LuaValue k) -> k.type() != LuaValue.TNUMBER)
            .thenComparingDouble(k -> k.type() == LuaValue.TNUMBER ? k.todouble() : 0)
            .thenComparing(k -> k.tojstring());

    private final LuaErrors errors;
    private final BooleanSupplier closed;
    private final LuaPending pending;

    /**
     * @param errors maps failures of callbacks
     * @param closed tells whether the runtime is closed, so late settlements and callbacks are dropped
     */
    LuaValues(LuaErrors errors, BooleanSupplier closed) {
        this.errors = errors;
        this.closed = closed;
        this.pending = new LuaPending(this, errors);
    }

    /** @return the runtime's pending results */
    LuaPending pending() {
        return pending;
    }

    /** @return whether the runtime is closed */
    boolean closed() {
        return closed.getAsBoolean();
    }

    /**
     * @param value a Lua value
     * @param method the qualified API method (or operation) for messages
     * @param label what the value is, for messages, for example the parameter name
     * @throws ScriptApiException of kind TYPE when the value has no script equivalent or nests too deep
     */
    ScriptValue toScript(LuaValue value, String method, String label) {
        return toScript(value, method, label, 0);
    }

    /**
     * Converts a {@link dev.polyframe.script.binding.ScriptType#NUMBERS} argument in one pass over the table's
     * sequence part ({@code t[1]..t[#t]}); anything but a table converts with {@link #toScript(LuaValue, String,
     * String)}, so the type check names it.
     *
     * @return {@link ScriptValue.Numbers} of a table's elements
     * @throws ScriptApiException of kind TYPE naming {@code label[i]} (0-based, as in every language) for the first
     *     element that is no number
     */
    ScriptValue toNumbers(LuaValue value, String method, String label) {
        if (!(value instanceof LuaTable table)) {
            return toScript(value, method, label, 0);
        }
        int n = table.rawlen();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            LuaValue element = table.rawget(i + 1);
            if (element.type() != LuaValue.TNUMBER) {
                throw ScriptType.notANumber(method, label, i, element.type() == LuaValue.TSTRING
                        ? '"' + element.tojstring() + '"' : element.tojstring());
            }
            out[i] = element.todouble();
        }
        return new ScriptValue.Numbers(out);
    }

    private ScriptValue toScript(LuaValue value, String method, String label, int depth) {
        return switch (value.type()) {
            case LuaValue.TNIL, LuaValue.TNONE -> ScriptValue.NIL;
            case LuaValue.TBOOLEAN -> ScriptValue.of(value.toboolean());
            case LuaValue.TNUMBER -> ScriptValue.of(value.todouble());
            case LuaValue.TSTRING -> new ScriptValue.Str(value.tojstring());
            case LuaValue.TFUNCTION -> new ScriptValue.Callable(new LuaCallable(value, this, errors));
            case LuaValue.TTABLE -> {
                if (depth >= MAX_DEPTH) {
                    throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, label + " is nested deeper than "
                            + MAX_DEPTH + " levels (a cyclic table?); only plain data can cross to the engine");
                }
                yield table((LuaTable) value, method, label, depth);
            }
            default -> other(value, method, label);
        };
    }

    /** @return a pending userdata's result; anything else (coroutines, other userdata) has no equivalent */
    private ScriptValue other(LuaValue value, String method, String label) {
        Deferred deferred = pending.unwrap(value);
        if (deferred == null) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, method, label + "=" + value.tojstring()
                    + " is a " + value.typename() + ", which has no script value equivalent");
        }
        return new ScriptValue.Pending(deferred);
    }

    private ScriptValue table(LuaTable table, String method, String label, int depth) {
        LuaValue[] keys = table.keys();
        int strings = 0;
        boolean sequence = true;
        for (LuaValue key : keys) {
            if (key.type() == LuaValue.TSTRING) {
                strings++;
            } else {
                sequence &= isIndex(key, keys.length);
            }
        }
        if (strings == keys.length) {
            Map<String, ScriptValue> entries = new TreeMap<>();
            for (LuaValue key : keys) {
                String name = key.tojstring();
                entries.put(name, toScript(table.rawget(key), method, label + field(name), depth + 1));
            }
            return new ScriptValue.Table(entries);
        }
        if (strings > 0 || !sequence) {
            throw badKey(keys, strings > 0, method, label);
        }
        List<ScriptValue> items = new ArrayList<>(keys.length);
        for (int i = 1; i <= keys.length; i++) {
            items.add(toScript(table.rawget(i), method, label + "[" + i + "]", depth + 1));
        }
        return new ScriptValue.Seq(items);
    }

    /** @return the error naming the first key (in {@link #KEY_ORDER}) that keeps the table from being data */
    private static ScriptApiException badKey(LuaValue[] keys, boolean hasStrings, String method, String label) {
        LuaValue bad = Arrays.stream(keys)
                .filter(k -> hasStrings ? k.type() != LuaValue.TSTRING : !isIndex(k, keys.length))
                .min(KEY_ORDER).orElseThrow();
        return new ScriptApiException(ScriptApiException.Kind.TYPE, method, label + " has key " + key(bad)
                + (hasStrings ? " next to string keys" : "") + "; a table crossing to the engine must be a"
                + " sequence (keys 1..n, no holes) or have only string keys");
    }

    /** @return whether the key is an integer in 1..count */
    private static boolean isIndex(LuaValue key, int count) {
        if (key.type() != LuaValue.TNUMBER) {
            return false;
        }
        double index = key.todouble();
        return index >= 1 && index <= count && index == Math.rint(index);
    }

    private static String field(String name) {
        return IDENTIFIER.matcher(name).matches() ? "." + name : "[\"" + name + "\"]";
    }

    private static String key(LuaValue key) {
        if (key.type() == LuaValue.TNUMBER) {
            return "[" + ScriptValue.displayNumber(key.todouble()) + "]";
        }
        return "[" + key.tojstring() + "] (a " + key.typename() + ")";
    }

    /** @return {@link #toLua(ScriptValue, boolean)} for a value whose rejection nobody handles yet */
    LuaValue toLua(ScriptValue value) {
        return toLua(value, false, 0);
    }

    /**
     * @param value an engine value
     * @param handled for a Pending value: whether a trailing callback already observes it
     * @throws ScriptApiException of kind TYPE when the value nests deeper than {@link #MAX_DEPTH}
     */
    LuaValue toLua(ScriptValue value, boolean handled) {
        return toLua(value, handled, 0);
    }

    /** @return the values as Lua arguments, converted with {@link #toLua(ScriptValue)} */
    Varargs toLua(List<ScriptValue> values) {
        LuaValue[] out = new LuaValue[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toLua(values.get(i));
        }
        return LuaValue.varargsOf(out);
    }

    private LuaValue toLua(ScriptValue value, boolean handled, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScriptApiException(ScriptApiException.Kind.TYPE, "LuaValues.toLua",
                    "value is nested deeper than " + MAX_DEPTH + " levels");
        }
        return switch (value) {
            case ScriptValue.Nil n -> LuaValue.NIL;
            case ScriptValue.Bool b -> LuaValue.valueOf(b.value());
            case ScriptValue.Num n -> LuaValue.valueOf(n.value());
            case ScriptValue.Str s -> LuaValue.valueOf(s.value());
            case ScriptValue.Numbers n -> {
                double[] numbers = n.values();
                LuaValue[] items = new LuaValue[numbers.length];
                for (int i = 0; i < items.length; i++) {
                    items[i] = LuaValue.valueOf(numbers[i]);
                }
                yield LuaValue.listOf(items);
            }
            case ScriptValue.Seq s -> {
                LuaTable table = new LuaTable(s.items().size(), 0);
                for (int i = 0; i < s.items().size(); i++) {
                    table.rawset(i + 1, toLua(s.items().get(i), false, depth + 1));
                }
                yield table;
            }
            case ScriptValue.Table t -> {
                LuaTable table = new LuaTable(0, t.entries().size());
                for (Map.Entry<String, ScriptValue> entry : t.entries().entrySet()) {
                    table.rawset(entry.getKey(), toLua(entry.getValue(), false, depth + 1));
                }
                yield table;
            }
            case ScriptValue.Callable c -> callable(c);
            case ScriptValue.Pending p -> pending.wrap(p.deferred(), handled);
        };
    }

    private LuaValue callable(ScriptValue.Callable callable) {
        if (callable.function() instanceof LuaCallable lua && lua.owner() == this) {
            return lua.function();
        }
        // A Java-made callable: scripts call it like a function; its failure is a Lua error at their call.
        return new LuaLambda("callback", args -> {
            try {
                List<ScriptValue> list = new ArrayList<>(args.narg());
                for (int i = 1; i <= args.narg(); i++) {
                    list.add(toScript(args.arg(i), "callback", "argument #" + i));
                }
                return toLua(callable.function().call(list));
            } catch (ScriptApiException e) {
                throw errors.api(e);
            } catch (ScriptException e) {
                throw errors.raise("callback failed: " + e.error().message(), 1);
            }
        });
    }
}
