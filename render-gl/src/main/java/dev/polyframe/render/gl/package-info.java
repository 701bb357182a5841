/** The LWJGL / OpenGL 3.3 core renderer ({@link dev.polyframe.render.gl.GlRenderer}), driven from the main thread. */
package dev.polyframe.render.gl;
