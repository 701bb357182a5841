package dev.polyframe.script.lua;

import dev.polyframe.script.binding.ScriptApiException;
import dev.polyframe.script.binding.ScriptMethod;
import dev.polyframe.script.binding.ScriptType;
import dev.polyframe.script.value.ScriptValue;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * One {@link ScriptMethod} as a Lua function, generic over every interface: converts the arguments, lets the method
 * validate and run, converts the result ({@link ScriptType#NUMBERS} parameters in one pass). No reflection. A
 * {@link ScriptApiException} becomes a Lua error raised at the script's call
 * ({@code "main.lua:3: calc.add: b=\"x\" must be a number"}); any other Java exception (a bug in host code) becomes a
 * Lua error naming the method. Called with a colon ({@code calc:add(1, 2)}), the interface table passed as first
 * argument is dropped, so both forms work.
 *
 * <p>Threads: whichever thread runs the calling Lua code: the script worker or one of its coroutine threads.
 */
final class HostFunction extends VarArgFunction {
    private final ScriptMethod method;
    private final LuaTable owner;
    private final LuaValues values;
    private final LuaErrors errors;
    private final LuaInterrupt interrupt;
    private final boolean[] numbers;

    /**
     * @param method the method
     * @param owner the interface's global table, recognised as {@code self} in colon calls
     * @param values the runtime's converter
     * @param errors the runtime's error mapping
     * @param interrupt the runtime's watchdog interrupt, checked before each call
     */
    HostFunction(ScriptMethod method, LuaTable owner, LuaValues values, LuaErrors errors, LuaInterrupt interrupt) {
        this.name = method.qualifiedName();
        this.method = method;
        this.owner = owner;
        this.values = values;
        this.errors = errors;
        this.interrupt = interrupt;
        this.numbers = new boolean[method.params().size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = method.params().get(i).type() == ScriptType.NUMBERS;
        }
    }

    @Override
    public Varargs invoke(Varargs args) {
        interrupt.check();
        int first = args.narg() > 0 && args.arg1() == owner ? 2 : 1;
        try {
            List<ScriptValue> list = new ArrayList<>(args.narg());
            for (int i = first; i <= args.narg(); i++) {
                int index = i - first;
                list.add(index < numbers.length && numbers[index]
                        ? values.toNumbers(args.arg(i), name, label(index))
                        : values.toScript(args.arg(i), name, label(index)));
            }
            ScriptValue result = method.invoke(list);
            return values.toLua(result, method.hasTrailingCallback(list));
        } catch (ScriptApiException e) {
            throw errors.api(e);
        } catch (RuntimeException e) {
            throw errors.internal(name, e);
        }
    }

    private String label(int index) {
        return index < method.params().size() ? method.params().get(index).name() : "argument #" + (index + 1);
    }
}
