/** The wire protocol between script worker and main thread: message type ids, layouts and flyweights. */
package dev.polyframe.sync.protocol;
