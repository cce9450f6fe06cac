"""Recipes for the two images a grading needs: the candidate's app, and our probe sidecar."""

from __future__ import annotations

import hashlib
import os
import re
from contextlib import suppress
from pathlib import Path
from typing import Any

from docker.errors import DockerException

from grader.sandbox.build import BuildOutcome, BuildRecipe, build_image, image_exists
from grader.sandbox.engine import LABEL_MANAGED
from grader.sandbox.machine_lock import machine_lock
from grader.sandbox.pip_settings import PipSettings

CANDIDATE_UID = 10001
PROBES_DIR = Path(__file__).resolve().parent.parent.parent / "probes"
VENV = "/opt/venv"
PROBE_VENV = "/opt/probe-venv"
_PIP = "PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off"

_SUBMISSION_SCRIPT = """\
set -eu
export {pip}
python3 -m venv {venv}
cd /src
# Offline from the read-only wheelhouse when it holds everything, else from the index.
install() {{
  if [ -d /wheelhouse ] && {venv}/bin/pip install --no-index --find-links /wheelhouse "$@" \
      >/dev/null 2>&1; then
    return 0
  fi
  {venv}/bin/pip install "$@"
}}
echo "GRADER-STEP: install dependencies"
install -r /grader-build/requirements.txt
if ! {venv}/bin/python -c 'import uvicorn' 2>/dev/null; then
  echo "GRADER-NOTE: uvicorn was not declared; added to serve the app"
  install uvicorn
fi
echo "GRADER-STEP: install test tools"
if [ -s /grader-build/test-requirements.txt ]; then
  install -r /grader-build/test-requirements.txt \
    || echo "GRADER-NOTE: the declared test requirements failed to install"
fi
for tool in pytest httpx coverage; do
  if ! {venv}/bin/python -c "import $tool" 2>/dev/null; then
    echo "GRADER-NOTE: test tool $tool was not declared; added"
    install "$tool" || echo "GRADER-NOTE: could not add $tool"
  fi
done
rm -rf /grader-build
chmod -R a+rX /src {venv} /opt/grader-probes
"""

# Fills the shared wheelhouse from the configured index only: it sees named requirements (never
# the candidate's tree, index options, URLs or paths), so no build can plant a wheel for another.
_FETCH_SCRIPT = """\
set -u
export {pip}
python3 -m venv /tmp/fetch
if /tmp/fetch/bin/pip install --dry-run --ignore-installed --no-index --find-links /wheelhouse \
    -r /grader-build/named.txt >/dev/null 2>&1; then
  echo "GRADER-NOTE: the wheelhouse already holds every requirement"
  exit 0
fi
/tmp/fetch/bin/pip wheel --find-links /wheelhouse -w /wheelhouse -r /grader-build/named.txt \
  || echo "GRADER-NOTE: some requirements could not be fetched; the build will say why"
exit 0
"""
_TOOLS = ("uvicorn", "pytest", "httpx", "coverage")
_NAMED = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9._,\s-]*\])?\s*([<>=!~][^@;]*)?(;[^@]*)?$"
)


def named_requirements(requirements: list[str]) -> list[str]:
    """Requirements by name from the index only: no URLs, paths, editables or pip options."""
    named = [r.strip() for r in requirements if _NAMED.match(r.strip()) and "://" not in r]
    return sorted({*named, *_TOOLS})


def _fetched_marker(client: Any, base_image: str, requirements: list[str]) -> Path:
    """Where the host remembers that this set of requirements is in the wheelhouse.

    If the marker ever lies (the volume was removed), the build falls back to the index: slower,
    never wrong.
    """
    digest = hashlib.sha256(client.images.get(base_image).id.encode())
    digest.update("\n".join(requirements).encode())
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "grader" / "fetched" / digest.hexdigest()[:32]


def fetch_wheels(
    client: Any,
    *,
    requirements: list[str],
    base_image: str,
    labels: dict[str, str],
    timeout_seconds: float,
    pip: PipSettings,
) -> BuildOutcome:
    recipe = BuildRecipe(
        base_image=base_image,
        tag="grader-fetch:none",
        script=_FETCH_SCRIPT.format(pip=_PIP),
        files={"grader-build/named.txt": "".join(f"{r}\n" for r in requirements).encode()},
        image_config={},
        labels={**labels, LABEL_MANAGED: "true"},
        timeout_seconds=timeout_seconds,
        wheelhouse="rw",
        commit=False,
    )
    marker = _fetched_marker(client, base_image, requirements)
    if marker.exists():
        return BuildOutcome(ok=True, seconds=0.0, reason="already in the wheelhouse")
    outcome = build_image(client, recipe, pip)
    if outcome.ok and "could not be fetched" not in outcome.log:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    return outcome


# Probe modules injected into the candidate's own processes: standard library (and pytest) only.
INJECTED_PROBES = ("pytest_truth.py", "loop_monitor.py")

_PROBE_SCRIPT = """\
set -eu
export {pip}
python3 -m venv {venv}
{venv}/bin/pip install -r /opt/probes/probes/requirements.txt
mkdir -p /work && chown {uid}:{uid} /work
rm -rf /grader-build
chmod -R a+rX /opt/probes {venv}
"""


def _probe_fingerprint(base_image_id: str) -> str:
    digest = hashlib.sha256(base_image_id.encode())
    for path in sorted(PROBES_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PROBES_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def probe_image_tag(client: Any, base_image: str) -> str:
    """The probe image is named by a hash of probes/ and the base, so a code change rebuilds it."""
    base_id = client.images.get(base_image).id
    return f"grader-probe:{_probe_fingerprint(base_id)}"


def ensure_probe_image(client: Any, base_image: str, pip: PipSettings) -> BuildOutcome:
    """Build the probe image once per machine: concurrent gradings wait for one build."""
    tag = probe_image_tag(client, base_image)
    if image_exists(client, tag):
        return BuildOutcome(ok=True, image=tag, seconds=0.0)
    with machine_lock("probe-image"):
        if image_exists(client, tag):
            return BuildOutcome(ok=True, image=tag, seconds=0.0)
        return _build_probe_image(client, base_image, tag, pip)


def _build_probe_image(client: Any, base_image: str, tag: str, pip: PipSettings) -> BuildOutcome:
    recipe = BuildRecipe(
        base_image=base_image,
        tag=tag,
        script=_PROBE_SCRIPT.format(pip=_PIP, venv=PROBE_VENV, uid=CANDIDATE_UID),
        files={},
        trees={"opt/probes/probes": PROBES_DIR},
        image_config={
            "User": f"{CANDIDATE_UID}:{CANDIDATE_UID}",
            "WorkingDir": "/work",
            "Env": [
                f"PATH={PROBE_VENV}/bin:/usr/local/bin:/usr/bin:/bin",
                "PYTHONPATH=/opt/probes",
                "PYTHONDONTWRITEBYTECODE=1",
                "HOME=/work",
            ],
            "Cmd": ["sleep", "infinity"],
        },
        labels={"grader.cache": "probe"},
        timeout_seconds=600,
    )
    outcome = build_image(client, recipe, pip)
    if outcome.ok:
        _prune_probe_images(client, keep=tag)
    return outcome


def _prune_probe_images(client: Any, keep: str) -> None:
    """Older probe images (from earlier versions of probes/) only take disk."""
    # The low-level listing does not inspect each image, which races with other graders.
    with suppress(DockerException):
        for image in client.api.images(filters={"label": "grader.cache=probe"}):
            if keep not in (image.get("RepoTags") or []):
                with suppress(DockerException):
                    client.images.remove(image["Id"], force=True)


def submission_requirements(requirement_files: list[str], runtime: list[str]) -> str:
    """The pip requirements file the build installs: the candidate's own files, else their list."""
    if requirement_files:
        return "".join(f"-r /src/{name}\n" for name in requirement_files)
    if runtime:
        return "".join(f"{req}\n" for req in runtime)
    return "fastapi\nuvicorn\n"


def _injected_probes() -> dict[str, bytes]:
    return {
        f"opt/grader-probes/{name}": (PROBES_DIR / name).read_bytes()
        for name in INJECTED_PROBES
        if (PROBES_DIR / name).is_file()
    }


def build_submission_image(
    client: Any,
    *,
    root: Path,
    requirements: str,
    test_requirements: str,
    base_image: str,
    tag: str,
    labels: dict[str, str],
    timeout_seconds: float,
    wheelhouse: bool,
    pip: PipSettings,
) -> BuildOutcome:
    recipe = BuildRecipe(
        base_image=base_image,
        tag=tag,
        script=_SUBMISSION_SCRIPT.format(pip=_PIP, venv=VENV),
        files={
            "grader-build/requirements.txt": requirements.encode(),
            "grader-build/test-requirements.txt": test_requirements.encode(),
            **_injected_probes(),
        },
        trees={"src": root},
        image_config={
            "User": f"{CANDIDATE_UID}:{CANDIDATE_UID}",
            "WorkingDir": "/app",
            "Env": [
                f"PATH={VENV}/bin:/usr/local/bin:/usr/bin:/bin",
                "PYTHONDONTWRITEBYTECODE=1",
                "PYTHONUNBUFFERED=1",
                "HOME=/tmp",
            ],
            "Cmd": ["python3"],
        },
        labels={**labels, LABEL_MANAGED: "true"},
        timeout_seconds=timeout_seconds,
        wheelhouse="ro" if wheelhouse else "none",
    )
    return build_image(client, recipe, pip)
