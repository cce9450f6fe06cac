"""Removal of what a grading created: its own objects at the end, and stale ones at start-up.

A grader killed with SIGKILL cannot clean up after itself; the next one to start removes every
labelled object whose owning process on this host is gone.
"""

from __future__ import annotations

import os
import socket
from typing import Any

from docker.errors import DockerException, NotFound

from grader.sandbox.engine import LABEL_MANAGED, LABEL_OWNER_HOST, LABEL_OWNER_PID, LABEL_RUN


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_stale(labels: dict[str, str]) -> bool:
    if labels.get(LABEL_OWNER_HOST) != socket.gethostname():
        return False
    try:
        pid = int(labels.get(LABEL_OWNER_PID, ""))
    except ValueError:
        return True
    return not _pid_alive(pid)


def remove_run(client: Any, run_id: str) -> int:
    """Remove every container and image of one grading; returns how many objects went."""
    return _remove(client, lambda labels: labels.get(LABEL_RUN) == run_id)


def sweep_stale(client: Any) -> int:
    """Remove objects left by graders that died; returns how many objects went."""
    return _remove(client, _is_stale)


def _remove(client: Any, wanted: Any) -> int:
    removed = 0
    flt = {"label": f"{LABEL_MANAGED}=true"}
    try:
        containers = client.containers.list(all=True, filters=flt)
    except DockerException:
        return 0
    for container in containers:
        if wanted(container.labels or {}):
            try:
                container.remove(force=True, v=True)
                removed += 1
            except NotFound:
                pass
            except DockerException:
                continue
    for image in client.images.list(filters=flt):
        if wanted(image.labels or {}):
            try:
                client.images.remove(image.id, force=True, noprune=False)
                removed += 1
            except DockerException:
                continue
    return removed


def count_run_objects(client: Any, run_id: str) -> int:
    """How many labelled containers and images of a grading still exist (tests assert zero)."""
    flt = {"label": f"{LABEL_RUN}={run_id}"}
    return len(client.containers.list(all=True, filters=flt)) + len(client.images.list(filters=flt))
