package dev.polyframe.ecs.system;

import com.artemis.Aspect;
import com.artemis.ComponentMapper;
import com.artemis.systems.IteratingSystem;
import dev.polyframe.ecs.component.DebugPrimitive;

/**
 * Ages debug primitives by one fixed step and removes those whose time ran out. Runs before commands are applied,
 * so a primitive with duration 0 is drawn in exactly the frame it arrives and removed at the start of the next.
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
        if (primitive.remainingSeconds <= 0) {
            world.delete(entityId);
        } else {
            primitive.remainingSeconds -= stepSeconds;
        }
    }
}
