#!/usr/bin/env bash
# Builds the local base image the grader uses when no registry is reachable.
# Real users point --base-image at python:3.12-slim; these machines cannot pull it.
set -euo pipefail
name="${1:-grader-base:bookworm}"
if docker image inspect "$name" >/dev/null 2>&1; then
  echo "base image $name already present"; exit 0
fi
# Take the mirror from the host's own apt sources; never hard-code one.
mirror=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
  | grep -v security | head -n 1 | sed -E 's/^URIs: *//; s/^deb (\[[^]]*\] )?//; s/ .*//' || true)
[ -n "$mirror" ] || { echo "no apt mirror found in the host's sources" >&2; exit 1; }
root=$(mktemp -d /tmp/grader-base.XXXXXX)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase \
  --include=python3,python3-venv,python3-pip,ca-certificates \
  bookworm "$root" "$mirror" >/tmp/grader-debootstrap.log 2>&1 \
  || { tail -n 20 /tmp/grader-debootstrap.log >&2; exit 1; }
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import \
  --change 'ENV LANG=C.UTF-8' --change 'CMD ["python3"]' - "$name" >/dev/null
echo "built base image $name"
