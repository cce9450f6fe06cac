#!/usr/bin/env bash
# Makes sure a Docker engine answers: installs Debian's docker.io and debootstrap when missing,
# and starts dockerd in the background when nothing answers. Idempotent; run as root.
set -euo pipefail
need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
python3 -m venv --help >/dev/null 2>&1 || need+=(python3-venv)
command -v git >/dev/null 2>&1 || need+=(git)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if docker info >/dev/null 2>&1; then exit 0; fi
echo "starting dockerd"
nohup dockerd >/var/log/grader-dockerd.log 2>&1 &
for _ in $(seq 1 60); do
  docker info >/dev/null 2>&1 && exit 0
  sleep 1
done
echo "dockerd did not answer within 60 s; see /var/log/grader-dockerd.log" >&2
exit 1
