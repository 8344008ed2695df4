#!/usr/bin/env bash
# Writes the git commit the build is made from into the properties file $1, for `careroute --version`:
# careroute.commit (the full id of HEAD, or "unknown" outside a git checkout or without git) and careroute.dirty
# (true when tracked files differ from HEAD). Run by the cli module's build (exec-maven-plugin).
set -euo pipefail
out=$1
mkdir -p "$(dirname "$out")"
cd "$(dirname "${BASH_SOURCE[0]}")"
commit=unknown
dirty=false
if command -v git >/dev/null 2>&1 && head=$(git rev-parse --verify -q HEAD 2>/dev/null); then
  commit=$head
  if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    dirty=true
  fi
fi
printf 'careroute.commit=%s\ncareroute.dirty=%s\n' "$commit" "$dirty" >"$out"
