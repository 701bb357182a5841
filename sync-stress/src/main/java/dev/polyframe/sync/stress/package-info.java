/** jcstress proofs that the sync layer's hand-off, snapshot publish and ring usage never show a forbidden outcome. */
package dev.polyframe.sync.stress;
