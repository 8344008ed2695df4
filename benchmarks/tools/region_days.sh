#!/usr/bin/env bash
# Regular region days: for every region and seed, `careroute generate` at the default size, `solve` with a time
# limit, `verify`; one CSV row per solve with the load average before and after (the machine may be shared).
# A day that ends with hard violations is solved once more (--retry) and both runs are recorded.
#
# Usage: benchmarks/tools/region_days.sh [--regions a,b] [--seeds 1-20] [--time-limit 60s] [--jobs 2]
#            [--jar cli/target/careroute.jar] [--retry] [--out region-days.csv] [--work DIR]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
regions=varmland,jonkoping,karlovy-vary,usti,lillehammer
seeds=1-20
limit=60s
jobs=1
jar=$root/cli/target/careroute.jar
retry=false
out=region-days.csv
work=""
while [ $# -gt 0 ]; do
  case $1 in
    --regions) regions=$2; shift 2 ;;
    --seeds) seeds=$2; shift 2 ;;
    --time-limit) limit=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --retry) retry=true; shift ;;
    --out) out=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "region_days.sh: unknown option $1 (see the usage at the top of the script)" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "region_days.sh: no jar at $jar (build it: ./careroute --version)" >&2; exit 2; }
# shellcheck source=scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
careroute_find_jdk || exit 2
work=${work:-$(mktemp -d)}
mkdir -p "$work"
java=$JAVA_HOME/bin/java

load() { cut -d' ' -f1 /proc/loadavg; }

# One day: generate, solve (twice when --retry and the first ends with hard violations), verify; prints CSV rows.
day() {
  local region=$1 seed=$2 base=$work/$1-$2 run
  nice "$java" -jar "$jar" generate --region "$region" --seed "$seed" -o "$base.json" --report "$base.report.json" \
    >/dev/null
  local visits mandatory contended
  visits=$(jq '.visits | length' "$base.json")
  mandatory=$(jq '[.visits[] | select(.mandatory == true)] | length' "$base.json")
  contended=$(jq '[.madeOptional[] | select(.cause == "contended")] | length' "$base.report.json")
  for run in 1 2; do
    local before after hard verified
    before=$(load)
    nice "$java" -Xmx2g -jar "$jar" solve "$base.json" -o "$base.plan.json" --time-limit "$limit" --quiet \
      >/dev/null 2>&1 || true
    after=$(load)
    verified=0
    nice "$java" -jar "$jar" verify "$base.json" "$base.plan.json" >/dev/null 2>&1 || verified=$?
    hard=$(jq '.summary.hardScore' "$base.plan.json")
    printf '%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n' "$region" "$seed" "$run" "$visits" "$mandatory" "$contended" \
      "$(jq -r '.score' "$base.plan.json")" "$hard" "$(jq '.summary.assignedVisits' "$base.plan.json")" "$verified" \
      "$before" "$after" "$(date -u +%H:%M)"
    [ "$retry" = true ] && [ "$hard" -lt 0 ] || break
  done
}
export -f day load
export work jar java limit retry

echo "region,seed,run,visits,mandatory,contended,score,hard,assigned,verify_exit,load_before,load_after,finished_utc" \
  >"$out"
first=${seeds%-*}
last=${seeds#*-}
for region in ${regions//,/ }; do
  for ((seed = first; seed <= last; seed++)); do
    printf '%s %s\n' "$region" "$seed"
  done
done | xargs -P "$jobs" -L 1 bash -c 'day "$0" "$1"' >>"$out"
echo "region_days.sh: $(($(wc -l <"$out") - 1)) solves in $out (days in $work)" >&2
