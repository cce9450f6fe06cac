"""Removal of what a grading created: its own objects at the end, and stale ones at start-up.

A grader killed with SIGKILL cannot clean up after itself; the next one to start removes every
labelled object whose owning process on this host is gone. Objects are containers, then the
networks they were on (a network with a container attached cannot go), then images.
"""

from __future__ import annotations

import os
import socket
import time
from contextlib import suppress
from typing import Any

from docker.errors import DockerException, NotFound
from requests.exceptions import RequestException

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


def remove_run(client: Any, run_id: str, settle_seconds: float = 0.0) -> int:
    """Remove every container, network and image of one grading; returns how many went.

    `settle_seconds`: an interrupted grading may have a create request in flight that the engine
    completes after the first listing (the client stopped waiting, the daemon did not), so the
    removal is repeated for that long to catch what appears late.
    """

    def wanted(labels: dict[str, str]) -> bool:
        return labels.get(LABEL_RUN) == run_id

    return _remove(client, wanted) + _remove_late(client, wanted, settle_seconds)


# A grader killed with a create request in flight leaves a container the engine finishes after
# the first sweep; when a sweep found anything, it looks again for this long.
STALE_SETTLE_SECONDS = 3.0


def sweep_stale(client: Any) -> int:
    """Remove objects left by graders that died; returns how many objects went."""
    removed = _remove(client, _is_stale)
    if removed:
        removed += _remove_late(client, _is_stale, STALE_SETTLE_SECONDS)
    return removed


def _remove_late(client: Any, wanted: Any, seconds: float) -> int:
    """Repeat the removal for `seconds`: what a create in flight makes appears after a listing."""
    removed = 0
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        time.sleep(0.25)
        removed += _remove(client, wanted)
    return removed


def _remove(client: Any, wanted: Any) -> int:
    removed = 0
    flt = {"label": f"{LABEL_MANAGED}=true"}
    try:
        # The listing's summaries carry the labels: no inspect per container, which raises
        # NotFound for the whole listing when another grading removes one in between.
        containers = client.api.containers(all=True, filters=flt)
    except (DockerException, RequestException):
        return 0
    for summary in containers:
        if wanted(summary.get("Labels") or {}):
            try:
                client.api.remove_container(summary["Id"], force=True, v=True)
                removed += 1
            except NotFound:
                pass
            except (DockerException, RequestException):
                continue
    removed += _remove_networks(client, flt, wanted)
    try:
        images = client.api.images(filters=flt)
    except (DockerException, RequestException):
        return removed
    for image in images:
        if wanted(image.get("Labels") or {}):
            try:
                client.api.remove_image(image["Id"], force=True, noprune=False)
                removed += 1
            except (DockerException, RequestException):
                continue
    return removed


def _remove_networks(client: Any, flt: dict[str, str], wanted: Any) -> int:
    """The grading's networks (its services' internal network), once their containers are gone.

    A container of another run still attached (it should never be) is disconnected first: the
    network belongs to the grading that labelled it.
    """
    removed = 0
    try:
        networks = client.api.networks(filters=flt)
    except (DockerException, RequestException):
        return 0
    for summary in networks:
        if not wanted(summary.get("Labels") or {}):
            continue
        try:
            attrs = client.api.inspect_network(summary["Id"])
            for endpoint in attrs.get("Containers") or {}:
                with suppress(DockerException, RequestException):
                    client.api.disconnect_container_from_network(endpoint, summary["Id"], True)
            client.api.remove_network(summary["Id"])
            removed += 1
        except (DockerException, RequestException):  # gone already (NotFound), or busy
            continue
    return removed


def count_run_objects(client: Any, run_id: str) -> int:
    """How many labelled containers, networks and images of a grading still exist (tests assert
    zero)."""
    flt = {"label": f"{LABEL_RUN}={run_id}"}
    return (
        len(client.api.containers(all=True, filters=flt))
        + len(client.api.networks(filters=flt))
        + len(client.images.list(filters=flt))
    )
