# shellcheck shell=bash
# Finds a JDK 21 or newer: JAVA_HOME, PATH, then the usual install folders. Sourced by ./polyframe and
# sync-stress/jcstress so both pick the same JDK.
#   JAVA=$(find_java) || { echo "no JDK 21+" >&2; exit 1; }
#   MAJOR=$(java_major "$JAVA")

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

find_java() {
  local candidates=() j m
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for j in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/jdk*/bin/java "$HOME"/.sdkman/candidates/java/*/bin/java \
           /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    [ -x "$j" ] && candidates+=("$j")
  done
  for j in "${candidates[@]}"; do
    m=$(java_major "$j" || true)
    if [ "${m:-0}" -ge 21 ] 2>/dev/null; then
      echo "$j"
      return 0
    fi
  done
  return 1
}
