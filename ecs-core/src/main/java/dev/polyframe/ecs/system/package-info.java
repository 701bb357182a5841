/** Engine systems: command application, debug primitive lifetimes and snapshot writing. */
package dev.polyframe.ecs.system;
