/** Game packaging: a game is a folder (or class path root) with a {@code game.json} manifest and scripts. */
package dev.polyframe.ecs.game;
