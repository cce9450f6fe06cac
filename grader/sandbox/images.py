"""The probe sidecar's image, and what the candidate's image shares with it (grader/sandbox/
submission.py builds that one)."""

from __future__ import annotations

import hashlib
from contextlib import suppress
from pathlib import Path
from typing import Any

from docker.errors import DockerException

from grader.sandbox.build import BuildOutcome, BuildRecipe, build_image, image_exists
from grader.sandbox.machine_lock import machine_lock
from grader.sandbox.pip_settings import PipSettings

CANDIDATE_UID = 10001
PROBES_DIR = Path(__file__).resolve().parent.parent.parent / "probes"
VENV = "/opt/venv"
PROBE_VENV = "/opt/probe-venv"
_PIP = "PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off"

# Probe modules injected into the candidate's own containers: standard library (and pytest) only.
# service_relay.py runs beside the candidate's processes when the grading has servers.
INJECTED_DIR = "/opt/grader-probes"  # where they are, in the image
INJECTED_PROBES = ("pytest_truth.py", "loop_monitor.py", "service_relay.py", "grader_launcher.py")

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


def injected_probes() -> dict[str, bytes]:
    """The probe files the candidate's image carries, by their path in it."""
    return {
        f"{INJECTED_DIR.lstrip('/')}/{name}": (PROBES_DIR / name).read_bytes()
        for name in INJECTED_PROBES
        if (PROBES_DIR / name).is_file()
    }
