/** The LuaJ script backend: runs game scripts written in Lua 5.2 on the script worker thread. */
package dev.polyframe.script.lua;
