#!/usr/bin/env bash
# Mutation testing of the modules' domain and application packages with PIT (-Pmutation in the
# root pom), then the score per module and package group (scripts/mutation-report.sh).
#
#   scripts/mutation.sh                      all modules but the WAR
#   scripts/mutation.sh -pl partners -am     the reactor options you give instead
#   MUTATION_GATE=1 scripts/mutation.sh      fails below 80 % in a domain, 70 % in an application
#                                            package
#
# .ci/run runs it last, with the gate. Extra arguments go to Maven (-o once the plugin is
# downloaded).
set -euo pipefail
cd "$(dirname "$0")/.."

args=("$@")
if [ ${#args[@]} -eq 0 ] || ! printf '%s\n' "${args[@]}" | grep -q -- '^-pl'; then
  args+=(-pl '!web')
fi
began=$SECONDS
# .mvn/jvm.config keeps Maven's JVM on the JIT's first tier, which suits builds of a few minutes;
# PIT's coordinator runs in it for half an hour, so it gets the second tier back (decision 0119)
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4"
find . -path '*/target/pit-reports' -type d -prune -exec rm -rf {} +
./mvnw -B -q -Pmutation "${args[@]}" test
gate=()
if [ "${MUTATION_GATE:-0}" = 1 ]; then gate=(--min-domain 80 --min-application 70); fi
status=0
scripts/mutation-report.sh "${gate[@]}" || status=$?
echo "mutation run: $((SECONDS - began)) s"
exit $status
