#!/usr/bin/env bash
# Builds a local base image the grader uses when no registry is reachable:
#   make-base-image.sh grader-base:bookworm           Debian 12, Python 3.11 (the default)
#   make-base-image.sh grader-base:trixie             Debian 13, Python 3.13
#   make-base-image.sh grader-base:forky              Debian testing, Python 3.14 (on request)
#   make-base-image.sh grader-base:bullseye           Debian 11, Python 3.9 (on request: code
#                                                     that needs Python <= 3.9)
# The suite is the tag unless given as a second argument. Real users point --base-image at
# python:3.12-slim and the like; these machines cannot pull it.
set -euo pipefail
name="${1:-grader-base:bookworm}"
suite="${2:-${name##*:}}"
if docker image inspect "$name" >/dev/null 2>&1; then
  echo "base image $name already present"; exit 0
fi
# Take the mirror from the host's own apt sources; never hard-code one.
mirror=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
  | grep -v security | head -n 1 | sed -E 's/^URIs: *//; s/^deb (\[[^]]*\] )?//; s/ .*//' || true)
[ -n "$mirror" ] || { echo "no apt mirror found in the host's sources" >&2; exit 1; }
# debootstrap knows a suite by its script; a testing suite newer than the host's debootstrap is
# bootstrapped with sid's script (the same one trixie's and forky's are links to).
script=""
[ -e "/usr/share/debootstrap/scripts/$suite" ] || script=/usr/share/debootstrap/scripts/sid
root=$(mktemp -d /tmp/grader-base.XXXXXX)
log=/tmp/grader-debootstrap-$suite.log
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase \
  --include=python3,python3-venv,python3-pip,ca-certificates \
  "$suite" "$root" "$mirror" $script >"$log" 2>&1 \
  || { tail -n 20 "$log" >&2; exit 1; }
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import \
  --change 'ENV LANG=C.UTF-8' --change 'CMD ["python3"]' - "$name" >/dev/null
echo "built base image $name ($(docker run --rm "$name" python3 --version))"
