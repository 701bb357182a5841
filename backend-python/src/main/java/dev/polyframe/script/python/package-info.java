/** The GraalPy script backend: runs game scripts written in Python on the script worker thread. */
package dev.polyframe.script.python;
