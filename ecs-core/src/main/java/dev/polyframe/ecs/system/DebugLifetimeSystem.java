package dev.polyframe.ecs.system;

import com.artemis.Aspect;
import com.artemis.ComponentMapper;
import com.artemis.systems.IteratingSystem;
import dev.polyframe.ecs.component.DebugPrimitive;

/**
 * Ages debug primitives that have a duration by one fixed step and removes those whose time ran out; it runs before
 * commands are applied, so an expired primitive is drawn one last time in the frame its time runs out. One-frame
 * primitives (duration 0) are not aged: {@link CommandApplySystem} replaces them when the next script frame ends.
 * Engine-owned ones (the debug overlay) are not aged either: the engine removes them itself.
 *
 * <p>Main thread only.
 */
public final class DebugLifetimeSystem extends IteratingSystem {
    private final double stepSeconds;
    private ComponentMapper<DebugPrimitive> mDebug;

    /** @param stepSeconds game time per main frame, seconds */
    public DebugLifetimeSystem(double stepSeconds) {
        super(Aspect.all(DebugPrimitive.class));
        this.stepSeconds = stepSeconds;
    }

    @Override
    protected void process(int entityId) {
        DebugPrimitive primitive = mDebug.get(entityId);
        if (primitive.untilNextScriptFrame || primitive.engineOwned) {
            return;
        }
        if (primitive.remainingSeconds <= 0) {
            world.delete(entityId);
        } else {
            primitive.remainingSeconds -= stepSeconds;
        }
    }
}
