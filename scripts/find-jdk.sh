# shellcheck shell=bash
# Finds a JDK >= 21 and exports JAVA_HOME; sourced by ./careroute, scripts/test and .ci/run.
#
# Order: $JAVA_HOME if it is a JDK >= 21; else the newest JDK >= 21 among /usr/lib/jvm/*, /opt/java/*,
# /usr/local/*jdk*, /Library/Java/JavaVirtualMachines/*/Contents/Home, ~/.sdkman/candidates/java/* and the
# JDK behind `javac` on the PATH. A JDK's version is read from its `release` file (JAVA_VERSION), else from
# `bin/java -version`.
# Usage: source scripts/find-jdk.sh && careroute_find_jdk || exit 2

CAREROUTE_MIN_JAVA=21

# Prints the feature version (21, 25...) of the JDK in directory $1, or nothing.
careroute_jdk_major() {
  local home=$1 version=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  if [ -r "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  [ -n "$version" ] || return 1
  case $version in
    1.*) version=${version#1.} ;;  # 1.8.0_402 -> 8
  esac
  version=${version%%[.+_-]*}
  case $version in
    '' | *[!0-9]*) return 1 ;;
  esac
  printf '%s\n' "$version"
}

careroute_find_jdk() {
  local major
  if [ -n "${JAVA_HOME:-}" ]; then
    if major=$(careroute_jdk_major "$JAVA_HOME") && [ "$major" -ge "$CAREROUTE_MIN_JAVA" ]; then
      export JAVA_HOME
      return 0
    fi
    echo "careroute: JAVA_HOME ($JAVA_HOME) is not a JDK $CAREROUTE_MIN_JAVA or newer${major:+ (it is Java $major)};" \
      "looking for another JDK." >&2
  fi
  local candidate best="" best_major=0 javac_path
  local -a candidates=(/usr/lib/jvm/* /opt/java/* /usr/local/*jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home
    "${HOME:-/nonexistent}"/.sdkman/candidates/java/*)
  if javac_path=$(command -v javac 2>/dev/null); then
    javac_path=$(readlink -f "$javac_path" 2>/dev/null || printf '%s' "$javac_path")
    candidates+=("${javac_path%/bin/javac}")
  fi
  for candidate in "${candidates[@]}"; do
    [ -d "$candidate" ] || continue
    candidate=$(cd "$candidate" && pwd -P)
    major=$(careroute_jdk_major "$candidate") || continue
    if [ "$major" -ge "$CAREROUTE_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "careroute needs a JDK $CAREROUTE_MIN_JAVA or newer, and none was found (looked at JAVA_HOME, /usr/lib/jvm," \
      "/opt/java, /usr/local, the PATH)." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or from https://adoptium.net) or set JAVA_HOME to it." >&2
    return 2
  fi
  export JAVA_HOME=$best
}
