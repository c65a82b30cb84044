# Sourced by the launcher and the scripts: sets JAVA_HOME to a JDK >= 21 or fails with a clear message.
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }

find_jdk() {
  local cand m
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    m=$(java_major "$cand/bin/java" || echo 0)
    if [ "${m:-0}" -ge 21 ] 2>/dev/null; then echo "$cand"; return 0; fi
  done
  if command -v javac >/dev/null 2>&1; then
    cand="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    m=$(java_major "$cand/bin/java" || echo 0)
    if [ "${m:-0}" -ge 21 ] 2>/dev/null; then echo "$cand"; return 0; fi
  fi
  return 1
}

if ! TRI_JDK="$(find_jdk)"; then
  echo "triangulate: no JDK 21 or newer found; install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME" >&2
  exit 2
fi
export JAVA_HOME="$TRI_JDK"
# Maven itself runs on this JDK; newer JDKs warn about libraries Maven bundles: quiet them where supported.
if [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] 2>/dev/null; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
fi
