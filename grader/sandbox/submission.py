"""The submission's image, in two containers: one resolves and downloads, one installs offline.

1. Fetch (network, no candidate code): the build image of the chosen Python gets only requirement
   strings, lock-file hashes and, for uv, pyproject.toml and uv.lock (data `uv export` reads). It
   resolves them with uv for that interpreter, and fills the wheelhouse with `pip wheel` (third
   party sdists build here, with the compiler). What it resolved is remembered on the host, so a
   warm build skips this container entirely.
2. Install (`network_mode=none`, the wheelhouse read-only, everything as the candidate's user):
   a. the dependencies' image: uv installs the resolved pins offline into a fresh environment
      (and compiles their bytecode). No code of the candidate's is in this container, so the
      image serves every submission that resolved to the same pins (`grader-deps:<hash>`);
   b. from it, the candidate's tree and its own folders (the project, where its tooling installs
      it): its build backend and `setup.py` run here, with no network and no root. This
      container is committed as the candidate's image.

With `shared=False` nothing is shared: the wheels go from the fetch container to the install
container through the host, nothing is remembered, and 2a and 2b are one container.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shlex
import tarfile
import time
from pathlib import Path
from typing import Any

from docker.errors import DockerException, NotFound
from pydantic import BaseModel

from grader.sandbox.build import BuildOutcome, BuildRecipe, build_image, image_exists
from grader.sandbox.build_errors import explain
from grader.sandbox.engine import LABEL_MANAGED, WHEELHOUSE_VOLUME
from grader.sandbox.images import CANDIDATE_UID, VENV
from grader.sandbox.pip_settings import PipSettings
from grader.sandbox.toolchain import TOOLS_VENV

UV_CACHE_VOLUME = "grader-uv-cache"
RESOLUTION_TTL_SECONDS = 7 * 24 * 3600
DEPENDENCY_IMAGES_KEPT = 24
FETCH_SCRIPT = Path(__file__).with_name("fetch_script.py")
FETCH_REPAIR = Path(__file__).with_name("fetch_repair.py")
FETCH_MODULES = Path(__file__).with_name("fetch_modules.py")
_SAFE_FOLDER = re.compile(r"^[A-Za-z0-9_.\-/]+$")
_NAMED = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9._,\s-]*\])?\s*([<>=!~][^@;]*)?(;[^@]*)?$"
)
_CACHE_FORMAT = 2  # 2: a resolution remembers the modules each pin provides


def named_requirements(requirements: list[str]) -> list[str]:
    """Requirements by name from the index only: no URLs, paths, editables or pip options, so
    nothing a candidate writes can make the fetch container download from elsewhere."""
    kept = (r.strip() for r in requirements if _NAMED.match(r.strip()) and "://" not in r)
    return list(dict.fromkeys(kept))


class LocalFolder(BaseModel):
    path: str
    editable: bool = True
    required: bool = True
    with_deps: bool = True


class InstallPlan(BaseModel):
    """What the build installs, as plain data (the phase turns discovery's facts into it)."""

    runtime: list[str]
    test: list[str] = []
    build: list[str] = []
    hashes: dict[str, list[str]] = {}
    uv_project: dict[str, bytes] = {}
    uv_groups: list[str] = []
    uv_extras: list[str] = []
    folders: list[LocalFolder] = []
    setuptools_imports: list[str] = []  # `pkg_resources (file:line)` of the candidate's code
    locked: bool = False  # the pins come from a lock file: a release that cannot be built here
    # may be repaired (a later wheel of it, or the nearest release with one)
    as_of: str = ""  # resolve with releases up to this date (YYYY-MM-DD), as the author did
    # The author's Python ("3.12") that this machine lacks and a newer one stands in for: a
    # release they asked for that has no wheel for it and does not build may be repaired too.
    stands_in_for: str = ""


class Resolution(BaseModel):
    ok: bool
    install: str = ""
    build: str = ""
    notes: list[str] = []
    seconds: float = 0.0
    cached: bool = False
    wheels: bytes | None = None
    outcome: BuildOutcome | None = None
    # Normalised pin name -> the top-level modules its wheel provides (None: no wheel read);
    # None as a whole when the fetch did not say (the check of the imports is then skipped).
    modules: dict[str, list[str] | None] | None = None


def _fetch_files(plan: InstallPlan) -> dict[str, bytes]:
    files = {
        "grader-build/fetch.py": FETCH_SCRIPT.read_bytes(),
        "grader-build/fetch_repair.py": FETCH_REPAIR.read_bytes(),
        "grader-build/fetch_modules.py": FETCH_MODULES.read_bytes(),
        "grader-build/in/locked.json": json.dumps(plan.locked).encode(),
        "grader-build/in/runtime.in": _lines(plan.runtime),
        "grader-build/in/test.in": _lines(plan.test),
        "grader-build/in/build.in": _lines(plan.build),
        "grader-build/in/hashes.json": json.dumps(plan.hashes, sort_keys=True).encode(),
        "grader-build/in/setuptools.json": json.dumps(plan.setuptools_imports).encode(),
        "grader-build/in/as_of.txt": plan.as_of.encode(),
        "grader-build/in/stands_in_for.txt": plan.stands_in_for.encode(),
    }
    if plan.uv_project:
        for name, data in plan.uv_project.items():
            files[f"grader-build/in/uv/{name}"] = data
        files["grader-build/in/uv.json"] = json.dumps(
            {"groups": plan.uv_groups, "extras": plan.uv_extras}
        ).encode()
    return files


def _lines(requirements: list[str]) -> bytes:
    return "".join(f"{r}\n" for r in requirements).encode()


def _cache_key(client: Any, plan: InstallPlan, build_image_tag: str) -> str:
    digest = hashlib.sha256(f"{_CACHE_FORMAT}\n{client.images.get(build_image_tag).id}".encode())
    for name, data in sorted(_fetch_files(plan).items()):
        digest.update(name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()[:40]


def _cache_path(key: str) -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "grader" / "resolved" / f"{key}.json"


def _volume_stamp(client: Any, name: str) -> str:
    """When the shared volume was made: a remembered resolution is only good for that volume."""
    try:
        volume = client.volumes.get(name)
    except NotFound:
        volume = client.volumes.create(name, labels={"grader.cache": name})
    return str(volume.attrs.get("CreatedAt", ""))


def resolve(
    client: Any,
    plan: InstallPlan,
    *,
    build_image_tag: str,
    labels: dict[str, str],
    timeout_seconds: float,
    shared: bool,
    pip: PipSettings,
) -> Resolution:
    """Pins for the plan, with every wheel they need where the install container will look."""
    key = _cache_key(client, plan, build_image_tag)
    stamp = _volume_stamp(client, WHEELHOUSE_VOLUME) if shared else ""
    if shared:
        remembered = _remembered(key, stamp)
        if remembered is not None:
            return remembered
        # The wheelhouse was made anew since, but an environment of those pins that needs
        # nothing from it (no folder of the candidate's to build) still serves.
        remembered = _remembered(key, None)
        if remembered is not None and not plan.folders:
            tag = dependencies_tag(client, remembered.install, build_image_tag)
            if image_exists(client, tag):
                return remembered
        _volume_stamp(client, UV_CACHE_VOLUME)
    mounts = {WHEELHOUSE_VOLUME: "/wheelhouse:rw", UV_CACHE_VOLUME: "/uv-cache:rw"}
    recipe = BuildRecipe(
        base_image=build_image_tag,
        tag="grader-fetch:none",
        script=_FETCH_SH.format(tools=TOOLS_VENV, cache="/uv-cache" if shared else "/tmp/uv"),
        files=_fetch_files(plan),
        image_config={},
        labels={**labels, LABEL_MANAGED: "true"},
        timeout_seconds=timeout_seconds,
        mounts=mounts if shared else {},
        tmpfs={"/tmp": "size=4g,mode=1777"},
        outputs=["/grader-build/out"] + ([] if shared else ["/wheelhouse"]),
        commit=False,
    )
    outcome = build_image(client, recipe, pip)
    out = _read_outputs(outcome.outputs.get("/grader-build/out"))
    notes = [line for line in out.get("notes.txt", "").splitlines() if line.strip()]
    if not outcome.ok:
        explain(outcome, stage="fetch")
        return Resolution(ok=False, seconds=outcome.seconds, notes=notes, outcome=outcome)
    resolution = Resolution(
        ok=True,
        install=out.get("install.txt", ""),
        build=out.get("build.txt", ""),
        notes=notes,
        seconds=outcome.seconds,
        wheels=outcome.outputs.get("/wheelhouse"),
        outcome=outcome,
        modules=_modules(out.get("modules.json")),
    )
    if shared:
        _remember(key, stamp, resolution)
    return resolution


_FETCH_SH = """\
set -eu
export UV_CACHE_DIR={cache} UV_PYTHON_DOWNLOADS=never UV_NO_PROGRESS=1 UV_NO_CONFIG=1
export PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1 HOME=/tmp
cd /tmp
{tools}/bin/python /grader-build/fetch.py
"""


def _read_outputs(archive: bytes | None) -> dict[str, str]:
    found: dict[str, str] = {}
    if archive is None:
        return found
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.size < 4_000_000:
                handle = tar.extractfile(member)
                if handle is not None:
                    found[member.name.rsplit("/", 1)[-1]] = handle.read().decode("utf-8", "replace")
    return found


def _modules(text: object) -> dict[str, list[str] | None] | None:
    """modules.json as the fetch wrote it, or None when absent or not of that shape."""
    try:
        data = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    found: dict[str, list[str] | None] = {}
    for name, modules in data.items():
        if modules is None:
            found[str(name)] = None
        elif isinstance(modules, list):
            found[str(name)] = [str(module) for module in modules]
        else:
            return None
    return found


def _remembered(key: str, stamp: str | None) -> Resolution | None:
    """The resolution remembered under `key`, when fresh and (unless `stamp` is None) made
    with the wheelhouse volume of that creation time."""
    path = _cache_path(key)
    try:
        data = json.loads(path.read_text())
        fresh = time.time() - path.stat().st_mtime < RESOLUTION_TTL_SECONDS
    except (OSError, ValueError):
        return None
    same_volume = stamp is None or data.get("volume") == stamp
    if not fresh or not same_volume or not isinstance(data.get("install"), str):
        return None
    return Resolution(
        ok=True,
        install=data["install"],
        build=str(data.get("build", "")),
        notes=[str(n) for n in data.get("notes", [])],
        cached=True,
        modules=_modules(data.get("modules")),
    )


def _remember(key: str, stamp: str, resolution: Resolution) -> None:
    path = _cache_path(key)
    record = {
        "volume": stamp,
        "install": resolution.install,
        "build": resolution.build,
        "notes": resolution.notes,
        "modules": resolution.modules,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial")
        partial.write_text(json.dumps(record))
        partial.replace(path)
    except OSError:
        pass


def forget(client: Any, plan: InstallPlan, build_image_tag: str) -> None:
    """Drop a remembered resolution (its wheels turned out to be missing)."""
    with contextlib.suppress(OSError, DockerException):
        _cache_path(_cache_key(client, plan, build_image_tag)).unlink()


_PRELUDE_SH = """\
set -eu
export UV_OFFLINE=1 UV_NO_INDEX=1 UV_FIND_LINKS=/wheelhouse UV_LINK_MODE=copy UV_NO_CONFIG=1
export UV_CACHE_DIR=/tmp/uv-cache UV_PYTHON_DOWNLOADS=never UV_NO_PROGRESS=1 UV_COMPILE_BYTECODE=1
export HOME=/tmp
# Everything installs as the candidate's user, never root (and with no network).
as_candidate() {{ setpriv --reuid={uid} --regid={uid} --clear-groups -- "$@"; }}
"""

# The environment with the resolved pins, from wheels only: no code of the candidate's is in
# this container, so its image can serve every submission that resolved to the same pins.
_DEPENDENCIES_SH = """\
mkdir -p {venv} /wheelhouse
chown {uid}:{uid} {venv}
cd /tmp
echo "GRADER-STEP: create the environment"
as_candidate uv venv -q {venv} --python "$(command -v python3)"
echo "GRADER-STEP: install dependencies"
as_candidate uv pip install --python {venv}/bin/python -r /grader-build/install.txt
chmod -R a+rX {venv}
"""

# The candidate's tree and own folders, whose build code runs here.
_PROJECT_SH = """\
mkdir -p /wheelhouse
chown -R {uid}:{uid} /src
cd /src
{folders}
chown -R 0:0 /src
rm -rf /grader-build
chmod -R a+rX /src /opt/grader-probes
"""

_FOLDER_SH = """\
echo "GRADER-STEP: install {shown}"
if ! as_candidate uv pip install --python {venv}/bin/python {flags}{target}; then
  {on_failure}
fi
"""


def _folder_script(folder: LocalFolder) -> str:
    if not _SAFE_FOLDER.match(folder.path) or ".." in folder.path.split("/"):
        return f"echo 'GRADER-NOTE: {folder.path!r} is not a plain folder name; not installed'\n"
    target = "/src" if folder.path == "." else f"/src/{folder.path.strip('/')}"
    shown = "the project" if folder.path == "." else f"./{folder.path.strip('/')}"
    flags = ("--no-deps " if not folder.with_deps else "") + ("-e " if folder.editable else "")
    on_failure = (
        f'echo "GRADER-FAILED: {shown} could not be installed"; exit 1'
        if folder.required
        else f'echo "GRADER-NOTE: {shown} could not be installed offline; its dependencies are '
        'installed and the app runs from its folder"'
    )
    return _FOLDER_SH.format(
        shown=shown, venv=VENV, flags=flags, target=shlex.quote(target), on_failure=on_failure
    )


def install(
    client: Any,
    plan: InstallPlan,
    resolution: Resolution,
    *,
    root: Path,
    build_image_tag: str,
    tag: str,
    labels: dict[str, str],
    timeout_seconds: float,
    shared: bool,
    image_config: dict[str, Any],
    injected: dict[str, bytes],
) -> BuildOutcome:
    """Install offline (no network at all) and commit the candidate's image.

    Shared: the dependencies' image is made once per set of pins (and build image) and reused,
    so a warm build only copies the tree in and installs the candidate's own folders.
    """
    folders = "".join(_folder_script(folder) for folder in plan.folders)
    prelude = _PRELUDE_SH.format(uid=CANDIDATE_UID)
    base = build_image_tag
    started = time.monotonic()
    if shared:
        dependencies = ensure_dependencies_image(
            client, resolution.install, build_image_tag, timeout_seconds
        )
        if not dependencies.ok or dependencies.image is None:
            return dependencies
        base = dependencies.image
        script = prelude + _PROJECT_SH.format(uid=CANDIDATE_UID, folders=folders)
    else:
        script = (
            prelude
            + _DEPENDENCIES_SH.format(uid=CANDIDATE_UID, venv=VENV)
            + _PROJECT_SH.format(uid=CANDIDATE_UID, folders=folders)
        )
    recipe = BuildRecipe(
        base_image=base,
        tag=tag,
        script=script,
        files={"grader-build/install.txt": resolution.install.encode(), **injected},
        trees={"src": root},
        archives=[resolution.wheels] if resolution.wheels is not None and not shared else [],
        image_config=image_config,
        labels={**labels, LABEL_MANAGED: "true"},
        timeout_seconds=max(timeout_seconds - (time.monotonic() - started), 30.0),
        mounts={WHEELHOUSE_VOLUME: "/wheelhouse:ro"} if shared else {},
        tmpfs={"/tmp": "size=4g,mode=1777"},
        network=False,
    )
    outcome = build_image(client, recipe, None)
    outcome.seconds = time.monotonic() - started
    if not outcome.ok:
        explain(outcome, stage="install")
    return outcome


def dependencies_tag(client: Any, install_txt: str, build_image_tag: str) -> str:
    digest = hashlib.sha256(f"{client.images.get(build_image_tag).id}\n{install_txt}".encode())
    digest.update(_DEPENDENCIES_SH.encode())
    return f"grader-deps:{digest.hexdigest()[:20]}"


def ensure_dependencies_image(
    client: Any, install_txt: str, build_image_tag: str, timeout_seconds: float
) -> BuildOutcome:
    """The build image plus an environment holding exactly `install_txt`, made once."""
    tag = dependencies_tag(client, install_txt, build_image_tag)
    if image_exists(client, tag):
        return BuildOutcome(ok=True, image=tag, seconds=0.0)
    recipe = BuildRecipe(
        base_image=build_image_tag,
        tag=tag,
        script=_PRELUDE_SH.format(uid=CANDIDATE_UID)
        + _DEPENDENCIES_SH.format(uid=CANDIDATE_UID, venv=VENV)
        + "rm -rf /grader-build\n",
        files={"grader-build/install.txt": install_txt.encode()},
        image_config={"Env": ["PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8"]},
        labels={"grader.cache": "deps"},
        timeout_seconds=timeout_seconds,
        mounts={WHEELHOUSE_VOLUME: "/wheelhouse:ro"},
        tmpfs={"/tmp": "size=4g,mode=1777"},
        network=False,
    )
    outcome = build_image(client, recipe, None)
    if not outcome.ok:
        explain(outcome, stage="install")
    else:
        _prune_dependencies_images(client, keep=tag)
    return outcome


def _prune_dependencies_images(client: Any, keep: str) -> None:
    """The newest environments stay (a cohort regraded, a submission built twice); the rest go."""
    with contextlib.suppress(DockerException):
        # Images made from one inherit its labels: the name says which are environments.
        images = [
            image
            for image in client.api.images(filters={"label": "grader.cache=deps"})
            if any(t.startswith("grader-deps:") for t in image.get("RepoTags") or [])
        ]
        images.sort(key=lambda image: int(image.get("Created", 0)), reverse=True)
        for image in images[DEPENDENCY_IMAGES_KEPT:]:
            if keep not in (image.get("RepoTags") or []):
                with contextlib.suppress(DockerException):
                    client.images.remove(image["Id"], force=False)
