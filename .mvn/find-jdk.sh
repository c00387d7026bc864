# Sourced by ./mvnw and ./parley (POSIX sh). Parley compiles with --release 21, so it needs a JDK 21 or newer
# while many machines default to an older `java`. This picks one without anything set up by hand:
# $PARLEY_JAVA_HOME, then $JAVA_HOME, then the usual JVM folders and the `java` on PATH, keeping the
# newest JDK of at least version 21 when the first two do not qualify. It exports JAVA_HOME, or leaves it
# as it was (and the build then says why) when no such JDK is installed.

parley_jdk_major() {
  # The feature release of the JDK in $1, from its `release` file, else from `java -version`.
  _v=""
  if [ -r "$1/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null)
  fi
  if [ -z "$_v" ] && [ -x "$1/bin/java" ]; then
    _v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case "$_v" in
    1.*) _v=$(printf %s "$_v" | cut -d. -f2) ;;
    *) _v=$(printf %s "$_v" | cut -d. -f1 | cut -d- -f1 | cut -d+ -f1) ;;
  esac
  case "$_v" in '' | *[!0-9]*) echo 0 ;; *) echo "$_v" ;; esac
}

parley_jdk_ok() {
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(parley_jdk_major "$1")" -ge 21 ]
}

parley_find_jdk() {
  for _c in "${PARLEY_JAVA_HOME-}" "${JAVA_HOME-}"; do
    if parley_jdk_ok "$_c"; then JAVA_HOME=$_c; export JAVA_HOME; return 0; fi
  done
  # The caller may run with globbing off (mvnw uses set -f); the JVM folders need it.
  case $- in *f*) _noglob=1; set +f ;; *) _noglob=0 ;; esac
  _best=""; _bestv=0
  _onpath=""
  if command -v javac >/dev/null 2>&1; then
    _onpath=$(dirname "$(dirname "$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)")")
  fi
  for _c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
            "${HOME-}"/.sdkman/candidates/java/* "${HOME-}"/.jdks/* "$_onpath"; do
    [ -d "$_c" ] || continue
    parley_jdk_ok "$_c" || continue
    _v=$(parley_jdk_major "$_c")
    if [ "$_v" -gt "$_bestv" ]; then _best=$_c; _bestv=$_v; fi
  done
  [ "$_noglob" = 1 ] && set -f
  if [ -n "$_best" ]; then JAVA_HOME=$_best; export JAVA_HOME; return 0; fi
  return 1
}
