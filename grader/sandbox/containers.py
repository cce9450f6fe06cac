"""The candidate's container and the probe sidecar that shares its loopback.

The candidate has no network at all; the sidecar joins its namespace, so probe traffic never
leaves 127.0.0.1 and the probe tools never meet the candidate's pinned dependencies.
"""

from __future__ import annotations

import io
import re
import shlex
import tarfile
from contextlib import suppress
from typing import Any

from docker.errors import DockerException
from docker.types import LogConfig
from requests.exceptions import RequestException

from grader.sandbox.engine import Container
from grader.sandbox.images import CANDIDATE_UID, INJECTED_DIR, PROBE_VENV
from grader.settings import ContainerLimits

APP_PORT = 8000
BASE_URL = f"http://127.0.0.1:{APP_PORT}"
_IMPORT_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
_DIR = re.compile(r"^[A-Za-z0-9_.\-/]+$")


class UnsafeEntrypoint(ValueError):
    """The discovered module or folder name cannot be passed to a process safely."""


def _hardening(limits: ContainerLimits, labels: dict[str, str]) -> dict[str, Any]:
    return {
        "user": f"{CANDIDATE_UID}:{CANDIDATE_UID}",
        "labels": labels,
        "mem_limit": f"{limits.memory_mb}m",
        "memswap_limit": f"{limits.memory_mb}m",
        "nano_cpus": int(limits.cpus * 1e9),
        "pids_limit": limits.pids,
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges"],
        "log_config": LogConfig(
            type="json-file", config={"max-size": str(limits.log_bytes), "max-file": "1"}
        ),
    }


def uvicorn_command(
    module: str,
    attribute: str,
    app_dir: str,
    factory: bool,
    launcher: list[str] | None = None,
    built_by: str | None = None,
) -> list[str]:
    """argv that serves the app on loopback; names are checked, then quoted, never trusted.

    `launcher` replaces `python -m uvicorn` with a wrapper that takes uvicorn's arguments (the
    loop monitor). `built_by`: the candidate's start module that builds the app (a factory that
    needs arguments); the app served is then the one it hands uvicorn (probes/grader_launcher.py).
    """
    if not _IMPORT_PATH.match(module) or not _IMPORT_PATH.match(attribute):
        raise UnsafeEntrypoint(f"entrypoint {module}:{attribute} is not a valid import path")
    if built_by is not None and not _IMPORT_PATH.match(built_by):
        raise UnsafeEntrypoint(f"launcher {built_by} is not a valid import path")
    if not _DIR.match(app_dir) or ".." in app_dir.split("/"):
        raise UnsafeEntrypoint(f"app folder {app_dir!r} is not a plain relative path")
    target = f"{module}:{attribute}" if built_by is None else "grader_launcher:app"
    serve = [
        *(launcher or ["python", "-m", "uvicorn"]),
        "--app-dir",
        app_dir,
        target,
        "--host",
        "127.0.0.1",
        "--port",
        str(APP_PORT),
        "--no-use-colors",
    ]
    if factory and built_by is None:
        serve.append("--factory")
    taken = ""
    if built_by is not None:
        taken = (
            f"export GRADER_LAUNCHER={built_by} "
            f"PYTHONPATH={INJECTED_DIR}${{PYTHONPATH:+:$PYTHONPATH}} && "
        )
    script = f"cp -R /src/. /app/ && cd /app && {taken}exec {shlex.join(serve)}"
    return ["sh", "-c", script]


def start_candidate(
    client: Any,
    *,
    image: str,
    command: list[str],
    limits: ContainerLimits,
    labels: dict[str, str],
    environment: dict[str, str],
    network: str | None = None,
) -> Any:
    """Run the app: no network, non-root, no capabilities, read-only root, bounded tmpfs cwd.

    `network`: the grading's internal services network (grader/sandbox/services.py) instead of
    none, when the app needs a database or a cache; it has no route out either.
    """
    uid = CANDIDATE_UID
    where: dict[str, str] = {"network": network} if network else {"network_mode": "none"}
    return client.containers.run(
        image,
        command=command,
        detach=True,
        **where,
        read_only=True,
        tmpfs={
            "/app": f"size={limits.app_disk_mb}m,uid={uid},gid={uid},mode=0755",
            "/tmp": f"size={limits.tmp_disk_mb}m,uid={uid},gid={uid},mode=1777",
            # The other temporary folder every Linux machine lets a program write: apps keep
            # their SQLite file there (`/var/tmp/todo.db`) and a reviewer's machine allows it.
            "/var/tmp": f"size={limits.tmp_disk_mb}m,uid={uid},gid={uid},mode=1777",
        },
        working_dir="/app",
        environment=environment,
        **_hardening(limits, labels),
    )


def start_sidecar(client: Any, *, image: str, candidate: Any, labels: dict[str, str]) -> Any:
    limits = ContainerLimits(memory_mb=1536, cpus=1.0, pids=512)
    return client.containers.run(
        image,
        command=["sleep", "infinity"],
        detach=True,
        network_mode=f"container:{candidate.id}",
        **_hardening(limits, labels),
    )


def sidecar_exec(sidecar: Any, argv: list[str], timeout_seconds: float) -> tuple[int, str]:
    """Run one probe command in the sidecar, killed by `timeout` inside if it overruns."""
    bounded = ["timeout", "-k", "5", str(max(1, int(timeout_seconds))), *argv]
    code, output = sidecar.exec_run(bounded, workdir="/work")
    return int(code if code is not None else -1), output.decode("utf-8", "replace")


def probe_python(module: str, *args: str) -> list[str]:
    return [f"{PROBE_VENV}/bin/python", "-m", module, *args]


def put_file(container: Any, path: str, data: bytes) -> None:
    directory, _, name = path.rpartition("/")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mode = 0o644
        info.uid = info.gid = CANDIDATE_UID
        tar.addfile(info, io.BytesIO(data))
    container.put_archive(directory or "/", buf.getvalue())


def read_file(container: Any, path: str, max_bytes: int) -> bytes | None:
    """Read one file out of a container, refusing more than max_bytes."""
    try:
        stream, stat = container.get_archive(path)
    except Exception:
        return None
    if int(stat.get("size", 0)) > max_bytes:
        return None
    raw = b"".join(stream)
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        member = tar.next()
        if member is None or not member.isfile():
            return None
        handle = tar.extractfile(member)
        return handle.read(max_bytes) if handle else None


def tail_logs(container: Any, lines: int = 200, max_chars: int = 20000) -> str:
    try:
        text: str = container.logs(tail=lines).decode("utf-8", "replace")
    except Exception:
        return ""
    return text[-max_chars:]


def container_state(container: Any) -> tuple[str, int | None, bool]:
    """(status, exit code, OOM-killed) as the engine reports them now."""
    container.reload()
    state = container.attrs.get("State", {})
    code = state.get("ExitCode")
    return str(state.get("Status", "unknown")), code, bool(state.get("OOMKilled", False))


def capped_exec(
    container: Any,
    argv: list[str],
    max_bytes: int,
    *,
    workdir: str | None = None,
    stderr: bool = True,
) -> bytes | None:
    """A command's output, streamed and never held past max_bytes; None when it says more."""
    _, stream = container.exec_run(argv, stream=True, stderr=stderr, workdir=workdir)
    chunks: list[bytes] = []
    size = 0
    for chunk in stream:
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def read_via_exec(container: Any, path: str, max_bytes: int) -> bytes:
    """Read a file from a running container's tmpfs (the archive API cannot see tmpfs mounts).

    The read is capped inside the container by `head -c`, and again while streaming.
    """
    argv = ["timeout", "-k", "2", "20", "head", "-c", str(max_bytes), path]
    return capped_exec(container, argv, max_bytes, stderr=False) or b""


def container_attrs(candidate: Container) -> dict[str, Any]:
    """The engine's latest view of a container (state, OOM kill, pid), never raising."""
    # Removed, or the engine is gone: the last attrs we saw are still evidence.
    with suppress(DockerException, RequestException):
        candidate.reload()
    attrs = getattr(candidate, "attrs", None)
    return attrs if isinstance(attrs, dict) else {}


def pids_in_use(candidate: Container) -> tuple[int, int] | None:
    """(current, limit) from the engine's stats of a running container."""
    try:
        try:
            stats = candidate.stats(stream=False, one_shot=True)
        except DockerException:  # an engine older than API 1.41 has no one-shot stats
            stats = candidate.stats(stream=False)
    except (DockerException, RequestException):
        return None
    pids = stats.get("pids_stats") if isinstance(stats, dict) else None
    if not isinstance(pids, dict) or not isinstance(pids.get("current"), int):
        return None
    limit = pids.get("limit")
    if not isinstance(limit, int) or limit <= 0:
        return None
    return pids["current"], limit
