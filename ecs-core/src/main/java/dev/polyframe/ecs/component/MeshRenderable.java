package dev.polyframe.ecs.component;

import com.artemis.Component;
import dev.polyframe.sync.protocol.CameraType;
import dev.polyframe.sync.protocol.MeshType;

/**
 * Makes an entity draw as one of the shared meshes. Owned by the main thread.
 */
public class MeshRenderable extends Component {
    /** Which shared mesh to draw. */
    public MeshType meshType = MeshType.CUBE;
    /** Colour packed as {@code 0xRRGGBBAA}, 8 bits per channel. */
    public int rgba = 0xFFFFFFFF;
    /** Inactive entities are kept but not drawn. */
    public boolean active = true;
    /** Which camera draws this entity: the world (perspective) or the screen (orthographic, pixels) camera. */
    public CameraType camera = CameraType.WORLD;
}
