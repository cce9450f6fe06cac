"""The Docker engine connection and the labels that make every object of a grading findable."""

from __future__ import annotations

import os
import socket
from typing import Any, TypeAlias

import docker
from docker.errors import DockerException

LABEL_MANAGED = "grader.managed"
LABEL_RUN = "grader.run"
LABEL_OWNER_PID = "grader.owner_pid"
LABEL_OWNER_HOST = "grader.owner_host"
LABEL_ROLE = "grader.role"
WHEELHOUSE_VOLUME = "grader-wheelhouse"

# Long phases run as blocking execs; the HTTP timeout must outlast the longest of them.
_CLIENT_TIMEOUT_SECONDS = 900


# The docker SDK ships no type information; these names say which of its objects a value is.
Engine: TypeAlias = Any  # docker.DockerClient
Container: TypeAlias = Any  # docker.models.containers.Container


class EngineUnavailable(Exception):
    """No Docker engine answered; the CLI turns this into exit code 3 with a one-line reason."""


def connect() -> Engine:
    """Return a docker client, or raise EngineUnavailable with a reason a reviewer can act on."""
    try:
        client = docker.from_env(timeout=_CLIENT_TIMEOUT_SECONDS)
        client.ping()
    except DockerException as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise EngineUnavailable(f"no Docker engine answered ({first[:200]})") from None
    return client


def run_labels(run_id: str, role: str) -> dict[str, str]:
    """Labels for one object of one grading: the sweep finds leftovers by them."""
    return {
        LABEL_MANAGED: "true",
        LABEL_RUN: run_id,
        LABEL_ROLE: role,
        LABEL_OWNER_PID: str(os.getpid()),
        LABEL_OWNER_HOST: socket.gethostname(),
    }
