"""Image builds by running a script in a throwaway container and committing it.

Why not `docker build`: the legacy builder has no build secrets, so the host's pip settings would
end up in image history. Here they exist only in the build script, a file the script deletes (not
the container's environment, which `docker commit` would copy); the committed image gets a config
we write ourselves. A recipe says whether its
container may reach the network at all: the one that runs the candidate's own build code may not.
"""

from __future__ import annotations

import contextlib
import io
import shlex
import tarfile
import time
from pathlib import Path
from typing import Any

from docker.errors import APIError, DockerException, ImageNotFound, NotFound
from docker.types import LogConfig
from pydantic import BaseModel, Field
from requests.exceptions import ConnectionError as RequestsConnectionError
from requests.exceptions import ReadTimeout

from grader.sandbox.pip_settings import CA_PATH_IN_BUILD, PipSettings

LOG_TAIL_LINES = 3000
LOG_MAX_BYTES = 8 * 1024 * 1024
OUTPUT_MAX_BYTES = 512 * 1024 * 1024


class BuildOutcome(BaseModel):
    ok: bool
    image: str | None = None
    seconds: float
    exit_code: int | None = None
    timed_out: bool = False
    log: str = ""
    reason: str = ""
    outputs: dict[str, bytes] = {}
    failure: str | None = Field(
        default=None,
        description="missing | conflict | python | build | folder | other, once explained",
    )
    requirement: str | None = Field(default=None, description="what failed, as the log names it")


class BuildRecipe(BaseModel):
    """What to build: files to copy in, a script to run as root, and the final image config."""

    base_image: str
    tag: str
    script: str
    files: dict[str, bytes]
    trees: dict[str, Path] = {}
    archives: list[bytes] = []
    image_config: dict[str, Any]
    labels: dict[str, str]
    timeout_seconds: float
    memory_mb: int = 2048
    mounts: dict[str, str] = {}
    tmpfs: dict[str, str] = {}
    network: bool = True
    environment: dict[str, str] = {}
    outputs: list[str] = []
    commit: bool = True


def _script(recipe: BuildRecipe, environment: dict[str, str]) -> str:
    """The recipe's script, after exports of `environment` read from a file it deletes.

    Never through the container's own environment: `docker commit` copies that into the image.
    """
    exports = "".join(f"export {key}={shlex.quote(value)}\n" for key, value in environment.items())
    return exports + recipe.script


def _tar(recipe: BuildRecipe, pip: PipSettings | None, environment: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        files = dict(recipe.files)
        files["grader-build/build.sh"] = _script(recipe, environment).encode()
        if pip is not None and pip.ca_bundle is not None:
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


def read_archive(container: Any, path: str, max_bytes: int = OUTPUT_MAX_BYTES) -> bytes | None:
    """A file or folder of a (stopped) container as the tar stream docker gives; None if absent."""
    try:
        stream, _ = container.get_archive(path)
    except NotFound:
        return None
    data = bytearray()
    for chunk in stream:
        data += chunk
        if len(data) > max_bytes:
            return None
    return bytes(data)


def build_image(client: Any, recipe: BuildRecipe, pip: PipSettings | None) -> BuildOutcome:
    """Run the recipe's script; commit the container when it succeeds (and the recipe says so).

    `pip` (the host's index settings and CA bundle) goes only to containers with a network.
    """
    started = time.monotonic()
    pip = pip if recipe.network else None
    environment = {**(pip.build_env() if pip else {}), **recipe.environment}
    volumes = {
        name: {"bind": bind.split(":")[0], "mode": ([*bind.split(":"), "rw"])[1]}
        for name, bind in recipe.mounts.items()
    }
    try:
        container = client.containers.create(
            recipe.base_image,
            command=["sh", "/grader-build/build.sh"],
            user="0",
            labels=recipe.labels,
            volumes=volumes,
            tmpfs=recipe.tmpfs,
            network_mode=None if recipe.network else "none",
            mem_limit=f"{recipe.memory_mb}m",
            pids_limit=1024,
            security_opt=["no-new-privileges"],
            log_config=LogConfig(
                type="json-file", config={"max-size": str(LOG_MAX_BYTES), "max-file": "1"}
            ),
        )
    except ImageNotFound:
        return BuildOutcome(
            ok=False, seconds=0.0, reason=f"base image {recipe.base_image!r} is not present"
        )
    try:
        container.put_archive("/", _tar(recipe, pip, environment))
        for archive in recipe.archives:
            container.put_archive("/", archive)
        container.start()
        timed_out = False
        try:
            result = container.wait(timeout=recipe.timeout_seconds)
            exit_code: int | None = int(result.get("StatusCode", -1))
        except (ReadTimeout, RequestsConnectionError):
            timed_out, exit_code = True, None
            container.kill()
        log = container.logs(tail=LOG_TAIL_LINES).decode("utf-8", "replace")
        outputs = {}
        for path in recipe.outputs:
            data = read_archive(container, path)
            if data is not None:
                outputs[path] = data
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
                outputs=outputs,
            )
        if recipe.commit:
            container.commit(
                repository=recipe.tag.split(":")[0],
                tag=recipe.tag.split(":")[1],
                conf={**recipe.image_config, "Labels": recipe.labels},
            )
        return BuildOutcome(
            ok=True,
            image=recipe.tag if recipe.commit else None,
            seconds=time.monotonic() - started,
            exit_code=0,
            log=log,
            outputs=outputs,
        )
    except (APIError, DockerException) as exc:
        return BuildOutcome(
            ok=False, seconds=time.monotonic() - started, reason=f"docker error: {exc}"[:500]
        )
    finally:
        with contextlib.suppress(DockerException):
            container.remove(force=True, v=True)
