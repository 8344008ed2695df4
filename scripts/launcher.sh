# shellcheck shell=bash
# Runs a careroute jar; sourced by ./careroute (source checkout) and bin/careroute (distribution), after
# scripts/find-jdk.sh has set JAVA_HOME to a JDK >= 21.
# Usage: careroute_exec_jar JAR [JVM_ARGUMENTS...] -- [CAREROUTE_ARGUMENTS...]
# JAVA_OPTS is passed to the JVM (e.g. JAVA_OPTS=-Xmx8g).

careroute_exec_jar() {
  local jar=$1
  shift
  local -a jvm_args=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    jvm_args+=("$1")
    shift
  done
  [ $# -gt 0 ] && shift
  # Only the shell knows exactly whether stderr is a terminal, and how wide it is: tell the progress display.
  local terminal=false columns=80
  if [ -t 2 ]; then
    terminal=true
    columns=$(tput cols 2>/dev/null </dev/tty || echo 80)
  fi
  # shellcheck disable=SC2086  # JAVA_OPTS holds several words on purpose
  exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} ${jvm_args[@]+"${jvm_args[@]}"} -Dcareroute.stderrIsTerminal=$terminal \
    -Dcareroute.columns="$columns" -jar "$jar" "$@"
}
