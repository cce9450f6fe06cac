#!/usr/bin/env bash
# Builds the images of the servers a submission may need beside it (grader/sandbox/services.py):
#   make-service-images.sh                  all three: postgres, mariadb, redis
#   make-service-images.sh postgres redis   only those
# Each one is Debian bookworm's own package installed on the debootstrapped base image
# (scripts/make-base-image.sh makes it): a build container runs apt-get, then is committed.
# No registry is needed. An image that already exists is left alone.
#   grader-postgres:15      postgresql-15 (with its contrib extensions)
#   grader-mariadb:10.11    mariadb-server 10.11 (speaks MySQL's protocol)
#   grader-redis:7          redis-server 7.0
# The images carry only packages: how a server is started, and the database, user and password
# it gets, are decided per grading by grader/sandbox/services.py.
set -euo pipefail
base="${BASE_IMAGE:-grader-base:bookworm}"
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(postgres mariadb redis)

docker image inspect "$base" >/dev/null 2>&1 \
  || { echo "base image $base is missing: run scripts/make-base-image.sh $base first" >&2; exit 1; }

cid=""
cleanup() { [ -z "$cid" ] || docker rm -f "$cid" >/dev/null 2>&1 || true; }
trap cleanup EXIT

build() {
  local name="$1" user="$2" path="$3" packages="$4" prepare="${5:-true}" finish="${6:-true}"
  if docker image inspect "$name" >/dev/null 2>&1; then
    echo "service image $name already present"; return 0
  fi
  local started log script
  started=$(date +%s)
  log=$(mktemp /tmp/grader-service-image.XXXXXX.log)
  # policy-rc.d: a package's postinst must not start its server inside the build container.
  script="set -eu
export DEBIAN_FRONTEND=noninteractive
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d
$prepare
apt-get update -qq
apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold $packages
$finish
apt-get clean
rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /var/log/apt /var/log/dpkg.log"
  cid=$(docker create "$base" sh -c "$script")
  if ! docker start -a "$cid" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "building $name failed (log: $log)" >&2
    return 1
  fi
  docker commit \
    --change "USER $user" \
    --change "ENV PATH=$path" \
    --change 'ENV LANG=C.UTF-8' \
    --change "LABEL grader.service=${name%%:*}" \
    --change 'CMD ["sleep", "infinity"]' \
    "$cid" "$name" >/dev/null
  docker rm -f "$cid" >/dev/null
  cid=""
  rm -f "$log"
  echo "built service image $name in $(( $(date +%s) - started )) s"
}

sys_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
for service in "${wanted[@]}"; do
  case "$service" in
    postgres)
      # No cluster at install time: each grading makes its own, on a tmpfs, with the app's
      # database, user and password.
      build grader-postgres:15 postgres "/usr/lib/postgresql/15/bin:$sys_path" \
        "postgresql-15 postgresql-client-15" \
        "mkdir -p /etc/postgresql-common && echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf"
      ;;
    mariadb)
      build grader-mariadb:10.11 mysql "$sys_path" "mariadb-server mariadb-client" true \
        "rm -rf /var/lib/mysql/*"
      ;;
    redis)
      build grader-redis:7 redis "$sys_path" "redis-server redis-tools"
      ;;
    *)
      echo "unknown service $service (postgres, mariadb, redis)" >&2; exit 2
      ;;
  esac
done
