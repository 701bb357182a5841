/** Metadata-driven script interfaces: methods, parameters, types, validated arguments and API errors. */
package dev.polyframe.script.binding;
