"""Image builds by running a script in a throwaway container and committing it.

Why not `docker build`: the legacy builder has no build secrets, so the host's pip settings would
end up in image history. Here they exist only in the build container's environment and a file the
script deletes; the committed image gets a config we write ourselves.
"""

from __future__ import annotations

import contextlib
import io
import tarfile
import time
from pathlib import Path
from typing import Any, Literal

from docker.errors import APIError, DockerException, ImageNotFound
from pydantic import BaseModel
from requests.exceptions import ConnectionError as RequestsConnectionError
from requests.exceptions import ReadTimeout

from grader.sandbox.engine import WHEELHOUSE_VOLUME
from grader.sandbox.pip_settings import CA_PATH_IN_BUILD, PipSettings

LOG_TAIL_LINES = 400


class BuildOutcome(BaseModel):
    ok: bool
    image: str | None = None
    seconds: float
    exit_code: int | None = None
    timed_out: bool = False
    log: str = ""
    reason: str = ""


class BuildRecipe(BaseModel):
    """What to build: files to copy in, a script to run as root, and the final image config."""

    base_image: str
    tag: str
    script: str
    files: dict[str, bytes]
    trees: dict[str, Path] = {}
    image_config: dict[str, Any]
    labels: dict[str, str]
    timeout_seconds: float
    memory_mb: int = 2048
    wheelhouse: Literal["rw", "ro", "none"] = "none"
    commit: bool = True


def _tar(recipe: BuildRecipe, pip: PipSettings) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        files = dict(recipe.files)
        files["grader-build/build.sh"] = recipe.script.encode()
        if pip.ca_bundle is not None:
            files[CA_PATH_IN_BUILD.lstrip("/")] = pip.ca_bundle
        for name, data in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
        for dest, tree in recipe.trees.items():
            _add_tree(tar, tree, dest)
    return buf.getvalue()


def _add_tree(tar: tarfile.TarFile, tree: Path, dest: str) -> None:
    """Add a tree intake already vetted: regular files and dirs only, links never followed."""
    for path in sorted(tree.rglob("*")):
        rel = path.relative_to(tree).as_posix()
        if path.is_symlink():
            continue
        info = tarfile.TarInfo(f"{dest.strip('/')}/{rel}")
        if path.is_dir():
            info.type = tarfile.DIRTYPE
            info.mode = 0o755
            tar.addfile(info)
        elif path.is_file():
            info.size = path.stat().st_size
            info.mode = 0o644
            with path.open("rb") as fh:
                tar.addfile(info, fh)


def image_exists(client: Any, tag: str) -> bool:
    try:
        client.images.get(tag)
    except ImageNotFound:
        return False
    return True


def build_image(client: Any, recipe: BuildRecipe, pip: PipSettings) -> BuildOutcome:
    started = time.monotonic()
    volumes = {}
    if recipe.wheelhouse != "none":
        volumes = {WHEELHOUSE_VOLUME: {"bind": "/wheelhouse", "mode": recipe.wheelhouse}}
    try:
        container = client.containers.create(
            recipe.base_image,
            command=["sh", "/grader-build/build.sh"],
            user="0",
            environment=pip.build_env(),
            labels=recipe.labels,
            volumes=volumes,
            mem_limit=f"{recipe.memory_mb}m",
            pids_limit=1024,
            security_opt=["no-new-privileges"],
        )
    except ImageNotFound:
        return BuildOutcome(
            ok=False, seconds=0.0, reason=f"base image {recipe.base_image!r} is not present"
        )
    try:
        container.put_archive("/", _tar(recipe, pip))
        container.start()
        timed_out = False
        try:
            result = container.wait(timeout=recipe.timeout_seconds)
            exit_code: int | None = int(result.get("StatusCode", -1))
        except (ReadTimeout, RequestsConnectionError):
            timed_out, exit_code = True, None
            container.kill()
        log = container.logs(tail=LOG_TAIL_LINES).decode("utf-8", "replace")
        seconds = time.monotonic() - started
        if timed_out or exit_code != 0:
            why = (
                f"build exceeded {recipe.timeout_seconds:.0f} s"
                if timed_out
                else f"build script exited with {exit_code}"
            )
            return BuildOutcome(
                ok=False,
                seconds=seconds,
                exit_code=exit_code,
                timed_out=timed_out,
                log=log,
                reason=why,
            )
        if recipe.commit:
            container.commit(
                repository=recipe.tag.split(":")[0],
                tag=recipe.tag.split(":")[1],
                conf={**recipe.image_config, "Labels": recipe.labels},
            )
        return BuildOutcome(
            ok=True, image=recipe.tag, seconds=time.monotonic() - started, exit_code=0, log=log
        )
    except (APIError, DockerException) as exc:
        return BuildOutcome(
            ok=False, seconds=time.monotonic() - started, reason=f"docker error: {exc}"[:500]
        )
    finally:
        with contextlib.suppress(DockerException):
            container.remove(force=True, v=True)
