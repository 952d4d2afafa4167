#!/usr/bin/env bash
# Prints the mutation score of the last PIT run (./mvnw -Pmutation ... test) per module and package
# group (domain / application): detected mutants (killed, timed out, memory error) over all
# mutants, and how many of the others no test even reached.
#
#   scripts/mutation-report.sh                  one line per module and group
#   scripts/mutation-report.sh --classes        and one line per class under it
#   scripts/mutation-report.sh --exclude REGEX  leaves out classes whose name matches REGEX
#   scripts/mutation-report.sh --min-domain 80 --min-application 70
#                                               exits 1 when a group scores below its minimum
#
# Reads */target/pit-reports/**/mutations.xml; plain awk, no other tool. A module of MODULES
# without a report (left out with -pl, or its run failed) is named after the table.
set -euo pipefail
cd "$(dirname "$0")/.."

# the modules whose domain and application packages -Pmutation mutates (the root pom's
# targetClasses: org.institute.{core,partners,licensing,talent,records,reporting})
MODULES=(institute-core partners ip-licensing talent-programs institute-records reporting)

classes=false
exclude='^$'
min_domain=0
min_application=0
while [ $# -gt 0 ]; do
  case "$1" in
    --classes) classes=true ;;
    --exclude) exclude=$2; shift ;;
    --min-domain) min_domain=$2; shift ;;
    --min-application) min_application=$2; shift ;;
    *) echo "usage: scripts/mutation-report.sh [--classes] [--exclude REGEX] [--min-domain N] [--min-application N]" >&2; exit 2 ;;
  esac
  shift
done

AWK=${AWK:-awk}
reports=$(find . -path '*/target/pit-reports/*' -name mutations.xml -not -path './web/*' | sort)
if [ -z "$reports" ]; then
  echo "no PIT report: run ./mvnw -Pmutation -pl '!web' test first (or scripts/mutation.sh)" >&2
  exit 1
fi

# one line per mutant (module, group, class, detected, not reached), sorted, then summed: plain
# POSIX awk and sort, so it runs with the mawk of a fresh Debian as well as with gawk
# shellcheck disable=SC2086
EXCLUDE=$exclude $AWK '
  FNR == 1 { module = FILENAME; sub(/^\.\//, "", module); sub(/\/target\/.*/, "", module) }
  /<mutation / {
    cls = $0; sub(/.*<mutatedClass>/, "", cls); sub(/<\/mutatedClass>.*/, "", cls)
    sub(/\$.*/, "", cls)
    if (cls ~ ENVIRON["EXCLUDE"]) next
    group = cls ~ /\.domain\./ ? "domain" : (cls ~ /\.application\./ ? "application" : "other")
    short = cls; sub(/.*\./, "", short)
    print module, group, short, ($0 ~ /detected=.true./) ? 1 : 0, ($0 ~ /status=.NO_COVERAGE./) ? 1 : 0
  }' $reports | sort -k1,1 -k2,2 -k3,3 |
  $AWK -v classes="$classes" -v min_domain="$min_domain" -v min_application="$min_application" '
    function flush_class() {
      if (cls != "") { nclasses++; cline[nclasses] = sprintf("    %-26s %4d/%-4d %6.1f%% %12d", cls, ck, ct, 100 * ck / ct, cn) }
      ck = ct = cn = 0
    }
    function flush_group(   i, score) {
      flush_class()
      if (gt > 0) {
        score = 100 * gk / gt
        printf "%-18s %-12s %4d/%-4d %6.1f%% %12d\n", gm, gg, gk, gt, score, gn
        if (classes == "true") for (i = 1; i <= nclasses; i++) print cline[i]
        if ((gg == "domain" && score < min_domain) || (gg == "application" && score < min_application)) failed = 1
      }
      gk = gt = gn = 0; nclasses = 0; cls = ""
    }
    BEGIN { printf "%-18s %-12s %9s %7s %12s\n", "module", "package", "detected", "score", "not reached" }
    {
      if ($1 != gm || $2 != gg) { flush_group(); gm = $1; gg = $2 }
      if ($3 != cls) { flush_class(); cls = $3 }
      ck += $4; ct++; cn += $5; gk += $4; gt++; gn += $5; ak += $4; at++
    }
    END {
      flush_group()
      if (at > 0) printf "%-18s %-12s %4d/%-4d %6.1f%%\n", "all", "", ak, at, 100 * ak / at
      exit failed
    }' || status=$?

for module in "${MODULES[@]}"; do
  if ! printf '%s\n' "$reports" | grep -q "^\./$module/"; then
    echo "$module: no PIT report (left out of the run, or its run failed)" >&2
  fi
done
exit "${status:-0}"
