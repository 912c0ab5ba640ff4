#!/usr/bin/env bash
# Builds the rcm launcher and its class-data-sharing archive beside the CLI jar (run by the build
# in the package phase; see docs/performance.md).
#
# Usage: make-launcher.sh JAVA_HOME TARGET_DIR CLI_JAR_NAME TRAINING_SCENARIOS_DIR
set -euo pipefail
java_home=$(cd -- "$1" && pwd -P)
target=$(cd -- "$2" && pwd -P)
jar_name=$3
scenarios=$4
here=$(dirname -- "$0")

sed "s|@CLI_JAR@|$jar_name|" "$here/rcm" > "$target/rcm"
chmod +x "$target/rcm"

# The training run: every built-in scenario, whose classes the archive then holds. Its output is
# not needed; a failure is (the scenarios are checked by the tests, not here).
rm -f "$target/rcm-cli.jsa" "$target/rcm-cli.jsa.jdk" "$target/rcm-cli.jsa.release"
if [[ ! -f $java_home/release ]]; then
  echo "make-launcher: $java_home has no release file to recognise it by; no archive" >&2
  exit 0
fi
if ! "$java_home/bin/java" -XX:ArchiveClassesAtExit="$target/rcm-cli.jsa" '-Xlog:cds*=off' \
  -jar "$target/$jar_name" run --lang=en "$scenarios" > /dev/null; then
  echo "make-launcher: the training run failed; the launcher runs without an archive" >&2
  rm -f "$target/rcm-cli.jsa"
  exit 0
fi
if [[ ! -s $target/rcm-cli.jsa ]]; then
  echo "make-launcher: the JVM wrote no archive (does $java_home have a default CDS archive?);" \
    "the launcher runs without one" >&2
  exit 0
fi
printf '%s\n' "$java_home" > "$target/rcm-cli.jsa.jdk"
cp -- "$java_home/release" "$target/rcm-cli.jsa.release"
