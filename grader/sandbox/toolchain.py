"""The build image of a base image: a C compiler, the usual headers, pip and uv.

A package without a wheel for the image's Python (typed-ast, an old greenlet, psycopg2 from
source) builds here. One build image per base image, made once per machine (or ahead of time by
`make images`: `python -m grader.sandbox.toolchain IMAGE...`) and named by a hash of the base
image and this recipe, so a change to either makes a new one.

The candidate's image is committed on top of it, so the compiler stays in the image that runs
the candidate. That costs nothing per submission (the layer is shared) and adds no power: that
container has no network, no capabilities and a read-only root.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from docker.errors import DockerException, ImageNotFound

from grader.sandbox.build import BuildOutcome, BuildRecipe, build_image, image_exists
from grader.sandbox.machine_lock import machine_lock
from grader.sandbox.pip_settings import PipSettings, host_pip_settings

UV_VERSION = "0.13.9"
PIP_VERSION = "26.3"
# pip dropped Python 3.9 in 26.1: the last release that installs there, for Debian bullseye.
PIP_VERSION_BEFORE_310 = "26.0.1"
TOOLS_VENV = "/opt/grader-tools"
BUILD_PACKAGES = (
    "build-essential",
    "libpq-dev",
    "default-libmysqlclient-dev",
    "libffi-dev",
    "pkg-config",
    "python3-dev",
)
_VERSION = re.compile(r"^3\.\d+\.\d+")
_RECIPE_VERSION = 2  # bumped when the way the recipe runs changes (build.py), not only its text

_SCRIPT = """\
set -eu
export DEBIAN_FRONTEND=noninteractive
echo "GRADER-STEP: compiler and headers"
packages="{packages}"
# Debian's python3-dev only for Debian's own interpreter; python images ship their headers.
if [ "$(readlink -f "$(command -v python3)")" != "$(readlink -f /usr/bin/python3 || true)" ]; then
  packages="${{packages% python3-dev}}"
fi
# A frozen mirror serves a testing suite (forky) whose Release has expired: retry without the
# expiry check only then, so stable suites keep it.
apt-get update -qq || apt-get update -qq -o Acquire::Check-Valid-Until=false
apt-get install -y -qq --no-install-recommends $packages ca-certificates >/dev/null
rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
echo "GRADER-STEP: pip and uv"
python3 -m venv {tools}
{tools}/bin/pip install -q --disable-pip-version-check pip=={pip} uv=={uv}
ln -sf {tools}/bin/uv /usr/local/bin/uv
uv --version
rm -rf /grader-build /root/.cache
"""


def pip_version(python: str | None) -> str:
    """The pip the tools get: the pinned one, or the last that supports an older Python."""
    if python is not None and tuple(int(p) for p in python.split(".")[:2]) < (3, 10):
        return PIP_VERSION_BEFORE_310
    return PIP_VERSION


def _script(python: str | None = None) -> str:
    return _SCRIPT.format(
        packages=" ".join(BUILD_PACKAGES),
        tools=TOOLS_VENV,
        pip=pip_version(python),
        uv=UV_VERSION,
    )


def build_image_tag(client: Any, base_image: str) -> str:
    digest = hashlib.sha256(client.images.get(base_image).id.encode())
    digest.update(f"{_RECIPE_VERSION}\n{_script(image_python(client, base_image))}".encode())
    return f"grader-build:{digest.hexdigest()[:16]}"


def ensure_build_image(client: Any, base_image: str, pip: PipSettings) -> BuildOutcome:
    """The build image of `base_image`, made once per machine (concurrent gradings wait)."""
    try:
        tag = build_image_tag(client, base_image)
    except ImageNotFound:
        return BuildOutcome(ok=False, seconds=0.0, reason=f"base image {base_image!r} is absent")
    if image_exists(client, tag):
        return BuildOutcome(ok=True, image=tag, seconds=0.0)
    with machine_lock("build-image"):
        if image_exists(client, tag):
            return BuildOutcome(ok=True, image=tag, seconds=0.0)
        recipe = BuildRecipe(
            base_image=base_image,
            tag=tag,
            script=_script(image_python(client, base_image)),
            files={},
            image_config={
                "Env": ["PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8"],
                "Cmd": ["python3"],
            },
            labels={"grader.cache": "build", "grader.build.base": base_image},
            timeout_seconds=1200,
        )
        outcome = build_image(client, recipe, pip)
        if not outcome.ok:
            tail = "\n".join(outcome.log.strip().splitlines()[-5:])
            outcome.reason = f"the build image of {base_image} could not be made: {tail}"
        else:
            _prune_build_images(client, base_image, keep=tag)
        return outcome


def _prune_build_images(client: Any, base_image: str, keep: str) -> None:
    """Build images of this base from an earlier recipe only take disk."""
    flt = {"label": ["grader.cache=build", f"grader.build.base={base_image}"]}
    with suppress(DockerException):
        for image in client.api.images(filters=flt):
            tags = image.get("RepoTags") or []
            # Images made from a build image inherit its labels: only build images by name go.
            if keep not in tags and any(t.startswith("grader-build:") for t in tags):
                with suppress(DockerException):
                    client.images.remove(image["Id"], force=True)


def image_python(client: Any, image: str) -> str | None:
    """The full Python version ("3.11.2") of an image's `python3`; None when it is absent.

    Asked once per image id (a container of half a second) and remembered on the host.
    """
    try:
        image_id = str(client.images.get(image).id)
    except (ImageNotFound, DockerException):
        return None
    cache = _cache_dir() / "python-of-image" / image_id.replace(":", "_")
    with suppress(OSError):
        known = cache.read_text().strip()
        if _VERSION.match(known):
            return known
    try:
        output = client.containers.run(
            image,
            ["python3", "-c", "import platform; print(platform.python_version())"],
            remove=True,
            network_mode="none",
            user="65534:65534",
            labels={"grader.cache": "probe-python"},
        )
    except DockerException:
        return None
    version = bytes(output).decode("utf-8", "replace").strip()
    if not _VERSION.match(version):
        return None
    with suppress(OSError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(version)
    return version


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "grader"


def ensure_build_images(
    client: Any, bases: Iterable[str], pip: PipSettings
) -> list[tuple[str, BuildOutcome | None]]:
    """The build image of each base image this engine has (None for a base it lacks), made now
    so that the first grading on each Python does not pay for the compiler and headers."""
    made: list[tuple[str, BuildOutcome | None]] = []
    for base in dict.fromkeys(bases):
        made.append(
            (base, ensure_build_image(client, base, pip) if image_exists(client, base) else None)
        )
    return made


def main(argv: list[str]) -> int:
    """`python -m grader.sandbox.toolchain IMAGE...`: make the build image of each base image."""
    from grader.sandbox.engine import connect

    client = connect()
    status = 0
    for base, outcome in ensure_build_images(
        client, argv or ["grader-base:bookworm"], host_pip_settings()
    ):
        if outcome is None:
            print(f"{base}: absent, no build image made", file=sys.stderr)
            status = 1
        elif outcome.ok:
            print(f"{base}: build image {outcome.image} (Python {image_python(client, base)})")
        else:
            print(f"{base}: {outcome.reason}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
