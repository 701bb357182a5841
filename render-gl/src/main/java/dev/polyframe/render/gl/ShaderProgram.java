package dev.polyframe.render.gl;

import static org.lwjgl.opengl.GL20.GL_COMPILE_STATUS;
import static org.lwjgl.opengl.GL20.GL_FRAGMENT_SHADER;
import static org.lwjgl.opengl.GL20.GL_LINK_STATUS;
import static org.lwjgl.opengl.GL20.GL_VERTEX_SHADER;
import static org.lwjgl.opengl.GL20.glAttachShader;
import static org.lwjgl.opengl.GL20.glCompileShader;
import static org.lwjgl.opengl.GL20.glCreateProgram;
import static org.lwjgl.opengl.GL20.glCreateShader;
import static org.lwjgl.opengl.GL20.glDeleteProgram;
import static org.lwjgl.opengl.GL20.glDeleteShader;
import static org.lwjgl.opengl.GL20.glDetachShader;
import static org.lwjgl.opengl.GL20.glGetProgramInfoLog;
import static org.lwjgl.opengl.GL20.glGetProgrami;
import static org.lwjgl.opengl.GL20.glGetShaderInfoLog;
import static org.lwjgl.opengl.GL20.glGetShaderi;
import static org.lwjgl.opengl.GL20.glGetUniformLocation;
import static org.lwjgl.opengl.GL20.glLinkProgram;
import static org.lwjgl.opengl.GL20.glShaderSource;
import static org.lwjgl.opengl.GL20.glUniformMatrix4fv;
import static org.lwjgl.opengl.GL20.glUseProgram;

import dev.polyframe.ecs.render.RendererException;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A linked GLSL 330 core program built from a vertex and a fragment shader in the classpath folder
 * {@code dev/polyframe/render/gl/}. Main thread only (needs the current GL context).
 */
final class ShaderProgram implements AutoCloseable {
    private static final String RESOURCE_FOLDER = "/dev/polyframe/render/gl/";

    private final String name;
    private int program;
    private FloatBuffer matrixScratch = MemoryUtil.memAllocFloat(16);

    private ShaderProgram(String name, int program) {
        this.name = name;
        this.program = program;
    }

    /**
     * Compiles and links {@code name.vert} and {@code name.frag}.
     *
     * @param name base name of the two resources, for example {@code "mesh"}
     * @return the linked program
     * @throws RendererException when a resource is missing or compiling or linking fails; the message carries
     *     the GL info log
     */
    static ShaderProgram load(String name) {
        int vertex = compile(name + ".vert", GL_VERTEX_SHADER, readResource(name + ".vert"));
        int fragment;
        try {
            fragment = compile(name + ".frag", GL_FRAGMENT_SHADER, readResource(name + ".frag"));
        } catch (RendererException e) {
            glDeleteShader(vertex);
            throw e;
        }
        int program = glCreateProgram();
        glAttachShader(program, vertex);
        glAttachShader(program, fragment);
        glLinkProgram(program);
        glDetachShader(program, vertex);
        glDetachShader(program, fragment);
        glDeleteShader(vertex);
        glDeleteShader(fragment);
        if (glGetProgrami(program, GL_LINK_STATUS) == 0) {
            String log = glGetProgramInfoLog(program);
            glDeleteProgram(program);
            throw new RendererException("ShaderProgram.load: name=" + name + ": link failed: " + log.strip());
        }
        return new ShaderProgram(name, program);
    }

    private static int compile(String resource, int type, String source) {
        int shader = glCreateShader(type);
        glShaderSource(shader, source);
        glCompileShader(shader);
        if (glGetShaderi(shader, GL_COMPILE_STATUS) == 0) {
            String log = glGetShaderInfoLog(shader);
            glDeleteShader(shader);
            throw new RendererException("ShaderProgram.load: resource=" + resource + ": compile failed: "
                    + log.strip());
        }
        return shader;
    }

    private static String readResource(String resource) {
        try (InputStream in = ShaderProgram.class.getResourceAsStream(RESOURCE_FOLDER + resource)) {
            if (in == null) {
                throw new RendererException("ShaderProgram.load: resource=" + RESOURCE_FOLDER + resource
                        + " not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RendererException("ShaderProgram.load: resource=" + RESOURCE_FOLDER + resource
                    + " could not be read", e);
        }
    }

    /** Makes this the current program. */
    void use() {
        glUseProgram(program);
    }

    /**
     * @param uniform uniform name in the GLSL source
     * @return its location
     * @throws RendererException when the program has no active uniform of that name
     */
    int uniform(String uniform) {
        int location = glGetUniformLocation(program, uniform);
        if (location < 0) {
            throw new RendererException("ShaderProgram.uniform: program=" + name + ", uniform=" + uniform
                    + " is not an active uniform");
        }
        return location;
    }

    /**
     * Uploads a 4x4 matrix to a uniform of this program, which must be current. Allocation-free: the floats go
     * through this program's own off-heap scratch buffer (a {@code MemoryStack.mallocFloat} would allocate a
     * {@code FloatBuffer} wrapper on the Java heap per call, which {@code RenderAllocationTest} caught).
     */
    void setMatrix(int location, Matrix4f matrix) {
        matrix.get(0, matrixScratch);
        glUniformMatrix4fv(location, false, matrixScratch);
    }

    /** Deletes the program. Idempotent. */
    @Override
    public void close() {
        if (program != 0) {
            glDeleteProgram(program);
            program = 0;
        }
        if (matrixScratch != null) {
            MemoryUtil.memFree(matrixScratch);
            matrixScratch = null;
        }
    }
}
