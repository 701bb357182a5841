/** The GraalJS script backend: runs game scripts written in JavaScript on the script worker thread. */
package dev.polyframe.script.js;
