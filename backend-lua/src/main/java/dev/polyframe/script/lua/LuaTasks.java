package dev.polyframe.script.lua;

import dev.polyframe.script.error.ScriptException;
import dev.polyframe.script.value.Deferred;
import java.util.HashSet;
import java.util.Set;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaThread;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host side of {@code polyframe.spawn} and {@code polyframe.await} (prelude.lua). A task is a coroutine the
 * runtime drives: {@code spawn} runs it at once until it awaits a pending result; when that result's
 * {@link Deferred} settles (the engine does this on the worker, before the script frame) the settling resumes the
 * task with {@code (value, err)}, until it awaits again or ends. An error in the task's first run is raised again at
 * {@code spawn}'s call; an error after a resumption is thrown from the settling as a {@link ScriptException}
 * ({@link Deferred.Observer}) locating it in the task. Each task holds a Java thread while it lives
 * ({@link LuaCoroutines}).
 *
 * <p>Threads: the script worker, and the tasks' coroutine threads while they run.
 */
final class LuaTasks {
    private static final Logger LOG = LoggerFactory.getLogger(LuaTasks.class);

    private final Globals globals;
    private final LuaValues values;
    private final LuaErrors errors;
    private final LuaCoroutines coroutines;
    private final Set<LuaThread> live = new HashSet<>();

    LuaTasks(Globals globals, LuaValues values, LuaErrors errors, LuaCoroutines coroutines) {
        this.globals = globals;
        this.values = values;
        this.errors = errors;
        this.coroutines = coroutines;
    }

    /**
     * @return the functions prelude.lua builds {@code polyframe} from: {@code spawn(fn, ...)}, {@code inTask()},
     *     {@code isPending(value)} and {@code peek(pending)} → {@code settled, value, err}
     */
    LuaTable host() {
        LuaTable host = new LuaTable();
        host.set("spawn", new LuaLambda("polyframe.spawn", this::spawn));
        host.set("inTask", new LuaLambda("inTask", args -> LuaValue.valueOf(live.contains(globals.running))));
        host.set("isPending", new LuaLambda("isPending",
                args -> LuaValue.valueOf(values.pending().unwrap(args.arg1()) != null)));
        host.set("peek", new LuaLambda("peek", this::peek));
        return host;
    }

    /** Forgets every task; their coroutines are stopped by {@link LuaCoroutines#stopAll()}. */
    void clear() {
        live.clear();
    }

    private Varargs spawn(Varargs args) {
        Task task = new Task(args.arg1());
        ScriptException failure = task.run(args.subargs(2));
        if (failure != null) {
            throw errors.reraise(failure);
        }
        return task.thread;
    }

    private Varargs peek(Varargs args) {
        Deferred deferred = values.pending().unwrap(args.arg1());
        Settlement now = Settlement.of(deferred);
        return now == null ? LuaValue.FALSE
                : LuaValue.varargsOf(LuaValue.TRUE, values.pending().outcome(deferred, now));
    }

    /** One task: its coroutine, whose body records the error that ends it. */
    private final class Task extends VarArgFunction {
        private final LuaValue function;
        private final LuaThread thread;
        private ScriptException failure;

        Task(LuaValue function) {
            this.name = "polyframe.spawn";
            this.function = function;
            this.thread = new LuaThread(globals, this);
        }

        /** The coroutine's body, on its thread: errors are located here, where their stack is still known. */
        @Override
        public Varargs invoke(Varargs args) {
            try {
                return function.invoke(args);
            } catch (RuntimeException | StackOverflowError e) {
                failure = errors.toException(e, LuaErrors.UNKNOWN_FILE, null);
                return LuaValue.NONE;
            }
        }

        /**
         * Resumes the task until it ends or awaits a result that is still pending.
         *
         * @return the error that ended the task, or {@code null}
         */
        ScriptException run(Varargs resumeArgs) {
            live.add(thread);
            Varargs resumed = thread.resume(resumeArgs);
            if (thread.state.status == LuaThread.STATUS_DEAD) {
                live.remove(thread);
                if (failure == null && !resumed.arg1().toboolean()) {
                    failure = errors.failure(LuaErrors.UNKNOWN_FILE, resumed.arg(2).tojstring());
                }
                return failure;
            }
            Deferred awaited = values.pending().unwrap(resumed.arg(2));
            if (awaited == null) {
                live.remove(thread);
                coroutines.stop(thread);
                return errors.failure(LuaErrors.UNKNOWN_FILE, "polyframe.spawn: the task yielded "
                        + resumed.arg(2).tojstring() + "; a task may suspend only in polyframe.await");
            }
            try {
                awaited.observe((value, error) -> settled(awaited, new Settlement(value, error)));
                return null;
            } catch (ScriptException e) {
                return e;
            }
        }

        private void settled(Deferred awaited, Settlement settlement) throws ScriptException {
            if (values.closed()) {
                LOG.debug("{} settled after the Lua runtime closed; the task awaiting it was stopped",
                        awaited.method());
                return;
            }
            ScriptException ended = run(values.pending().outcome(awaited, settlement));
            if (ended != null) {
                throw ended;
            }
        }
    }
}
