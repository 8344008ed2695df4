#!/usr/bin/env bash
# Release smoke test, run by `mvn verify` (distribution module) and by scripts/release: unpacks the zip and the tar.gz
# into empty folders and there, with neither Maven nor a JDK on the PATH and no JAVA_HOME, runs --version, then solve,
# verify and report on the shipped sample, and serve (one job over HTTP, its plan verified); fails on anything missing
# from the archive.
# Usage: release-smoke-test.sh ARCHIVE VERSION [SOURCE_CHECKOUT [offline=true|false]]
#   ARCHIVE: the path of the archives without .zip / .tar.gz; SOURCE_CHECKOUT: when it is a git checkout, --version
#   must name its HEAD commit; offline=true when Maven ran offline (-o), where the CycloneDX plugin does not run, so
#   a missing SBOM is only reported.
set -euo pipefail
base=$1
version=$2
offline=${4:-offline=false}
offline=${offline#offline=}
commit='([0-9a-f]{40}|unknown)'
if [ -n "${3:-}" ] && head=$(git -C "$3" rev-parse HEAD 2>/dev/null); then
  commit=$head
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/careroute-release-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
  echo "release smoke test: $*" >&2
  exit 1
}

# The PATH of the runs: a folder with links to the basic tools of any server, and nothing else (no mvn, no java).
tools=$work/tools
mkdir "$tools" "$work/zip" "$work/tar" "$work/home"
for tool in bash sh env dirname readlink sed head cat tput; do
  if found=$(command -v "$tool"); then ln -s "$found" "$tools/$tool"; fi
done
if PATH=$tools command -v mvn >/dev/null 2>&1 || PATH=$tools command -v java >/dev/null 2>&1; then
  fail "the test PATH still has mvn or java"
fi

if command -v unzip >/dev/null 2>&1; then
  unzip -q "$base.zip" -d "$work/zip"
else
  python3 - "$base.zip" "$work/zip" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    for entry in archive.infolist():
        path = archive.extract(entry, sys.argv[2])
        mode = (entry.external_attr >> 16) & 0o777
        if mode:
            os.chmod(path, mode)
PY
fi
tar -xzf "$base.tar.gz" -C "$work/tar"
[ "$(ls "$work/zip")" = "careroute-$version" ] || fail "the zip does not hold exactly careroute-$version/: $(ls "$work/zip")"
if ! diff <(cd "$work/zip" && find . | sort) <(cd "$work/tar" && find . | sort) >&2; then
  fail "the zip and the tar.gz hold different files"
fi

home=$work/zip/careroute-$version
for file in bin/careroute lib/careroute.jar lib/find-jdk.sh lib/launcher.sh README.md CHANGELOG.md LICENSE NOTICE \
  THIRD-PARTY.txt samples/varmland-home-nursing.json; do
  [ -s "$home/$file" ] || fail "$file is missing or empty in the archive"
done
sbom=$home/sbom/careroute-$version-cyclonedx
if [ -s "$sbom.json" ] && [ -s "$sbom.xml" ]; then
  grep -q '"bomFormat" : "CycloneDX"' "$sbom.json" || fail "the SBOM is not CycloneDX"
  grep -q '"name" : "timefold-solver-core"' "$sbom.json" || fail "the SBOM does not list Timefold Solver"
elif [ "$offline" = true ]; then
  echo "release smoke test: no SBOM in the archive, not checked: the CycloneDX plugin does not run offline (-o)" >&2
else
  fail "sbom/careroute-$version-cyclonedx.json or .xml is missing (the CycloneDX plugin does not run offline: build without -o)"
fi
[ -x "$home/bin/careroute" ] || fail "bin/careroute is not executable"
grep -q "Apache License" "$home/LICENSE" || fail "LICENSE is not the Apache License"
grep -q "OpenStreetMap contributors" "$home/NOTICE" || fail "NOTICE lacks the OpenStreetMap attribution"
grep -q "timefold-solver-core" "$home/THIRD-PARTY.txt" || fail "THIRD-PARTY.txt does not list Timefold Solver"

# Runs the unpacked careroute in folder $1 (the unpacked archive) with the bare PATH, no JAVA_HOME and an empty HOME.
careroute_in() {
  local dir=$1
  shift
  (cd "$dir" && env -u JAVA_HOME -u MAVEN_HOME -u M2_HOME PATH="$tools" HOME="$work/home" bin/careroute "$@")
}

step() {
  echo "release smoke test: careroute $*" >&2
}

step --version
out=$(careroute_in "$home" --version)
echo "$out" | grep -Eq "^careroute $version \(git commit $commit( with local changes)?\)$" \
  || fail "--version does not name the version and the commit ${commit}: $out"

step solve
careroute_in "$home" solve samples/varmland-home-nursing.json -o plan.json --time-limit 10s \
  || fail "solve exited with $?"
[ -s "$home/plan.json" ] || fail "solve wrote no plan"
step verify
careroute_in "$home" verify samples/varmland-home-nursing.json plan.json || fail "verify exited with $?"
step report
careroute_in "$home" report samples/varmland-home-nursing.json plan.json -o plan.html || fail "report exited with $?"
grep -q "<html" "$home/plan.html" || fail "report wrote no HTML page"

step "serve (the HTTP planning service: one job on the sample, its plan verified, then SIGTERM)"
if command -v curl >/dev/null 2>&1; then
  (cd "$home" && exec env -u JAVA_HOME PATH="$tools" HOME="$work/home" bin/careroute serve --port 0 \
    --data-dir "$work/serve-data" >"$work/serve.out" 2>"$work/serve.err") &
  server=$!
  stop_server() {
    kill "$server" 2>/dev/null || true
  }
  trap 'stop_server; rm -rf "$work"' EXIT
  url=
  for _ in $(seq 1 120); do
    url=$(sed -n 's/^careroute serve: listening on \(http[^ ]*\) .*/\1/p' "$work/serve.out")
    [ -n "$url" ] && break
    kill -0 "$server" 2>/dev/null || fail "serve exited: $(cat "$work/serve.err")"
    sleep 0.5
  done
  [ -n "$url" ] || fail "serve did not say where it listens: $(cat "$work/serve.out" "$work/serve.err")"
  job=$(curl -sf -X POST --data-binary @"$home/samples/varmland-home-nursing.json" "${url}v1/plans?timeLimit=PT5S") \
    || fail "POST /v1/plans failed"
  id=$(printf '%s' "$job" | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p')
  [ -n "$id" ] || fail "POST /v1/plans answered no job id: $job"
  status=
  for _ in $(seq 1 120); do
    status=$(curl -sf "${url}v1/plans/$id?plan=false" | sed -n 's/.*"status" *: *"\([^"]*\)".*/\1/p')
    [ "$status" = done ] && break
    sleep 0.5
  done
  [ "$status" = done ] || fail "the job did not finish: status '$status'"
  curl -sf "${url}v1/plans/$id/plan" -o "$home/served-plan.json" || fail "GET /v1/plans/$id/plan failed"
  careroute_in "$home" verify samples/varmland-home-nursing.json served-plan.json \
    || fail "verify of the served plan exited with $?"
  kill -TERM "$server"
  status=0
  wait "$server" || status=$?
  [ "$status" = 143 ] || fail "serve exited with $status after SIGTERM, expected 143"
  trap 'rm -rf "$work"' EXIT
else
  echo "release smoke test: no curl on this machine, serve is not tried" >&2
fi

step "bench vrptw (not in the distribution)"
status=0
careroute_in "$home" bench vrptw 2>"$work/bench.err" || status=$?
[ "$status" = 2 ] && grep -q "not part of the distribution" "$work/bench.err" \
  || fail "bench vrptw should exit 2 with a hint, exited $status: $(cat "$work/bench.err")"

step "--version (from the tar.gz)"
careroute_in "$work/tar/careroute-$version" --version | grep -q "^careroute $version " \
  || fail "the tar.gz's careroute does not run"
echo "release smoke test: careroute-$version.zip and .tar.gz passed" >&2
