"""The JSON the sidecar's load probe writes: the contract between `probes.load` and the grader.

No pydantic here (the sidecar never imports it); the grader validates the file with pydantic's
TypeAdapter. Fields are a public interface: add fields, never rename them.
"""

from __future__ import annotations

import sys
from typing import Literal, NotRequired

# pydantic refuses typing.TypedDict before Python 3.12; see probes/results.py.
if sys.version_info >= (3, 12):
    from typing import TypedDict
else:
    from typing_extensions import TypedDict

EndpointName = Literal["list", "get", "create"]
MAX_ERRORS = 20
MAX_ERROR_CHARS = 300


class LatencyStats(TypedDict):
    """One endpoint at one concurrency: a failure is a status >= 400 or no reply in time."""

    requests: int
    failures: int
    rps: float
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None


class EndpointStats(TypedDict):
    name: EndpointName
    method: str
    path: str
    sequential: LatencyStats | None
    """Concurrency 1, about 30 requests one after another."""
    concurrent: LatencyStats | None
    """`users` locust users hitting only this endpoint, back to back."""
    settled: NotRequired[list[int | None]]
    """The statuses of a few requests made one at a time right after a swarm in which some
    failed (None: no answer). Refused alone too, the requests failed for the app's state (a
    quota reached, a table full), not for concurrency."""


class ListScaling(TypedDict):
    """The list endpoint before and after the collection grew fourfold."""

    n: int
    """Items the list returned (no query parameters) after seeding."""
    latency_n_ms: float | None
    four_n: int
    """Items it returned after 3 x seed more were created."""
    latency_4n_ms: float | None
    created: int
    """Items this probe created between the two measurements."""
    unbounded: bool
    """The response grew by (nearly) everything created and no default page size is documented."""
    limit_param: str
    default_limit: int | None
    """The documented default of the page-size query parameter, if any."""
    limit_honoured: bool | None
    """`?<limit_param>=5` returned at most 5 items; None when it could not be told."""
    sizes: list[ListSize]
    """The list measured at three or more table sizes (n, 4n, 8n...), for a growth fit."""
    limit_uncapped: NotRequired[int | None]
    """Items `?<limit_param>=<10 x the table>` returned where the default page held fewer than
    the table: the page size has no maximum. None: capped, or nothing to tell."""


class ListSize(TypedDict):
    stored: int
    """Items in the collection (created by the probe) when the list was timed."""
    returned: int
    latency_ms: float | None


class LoadResult(TypedDict):
    resource: str | None
    """The collection path the probe exercised, e.g. `/todos`."""
    users: int
    seeded: int
    endpoints: list[EndpointStats]
    probe_path: str | None
    probe_endpoint: EndpointName | None
    """The endpoint flooded while the trivial probe request was timed."""
    probe_ms: float | None
    """Median latency of the trivial request while `users` requests were in flight."""
    idle_probe_ms: float | None
    """Median latency of the same request with nothing else in flight."""
    list_scaling: ListScaling | None
    errors: list[str]
    seconds: float
    error: str | None
    """Why the probe stopped early; None when it ran to the end."""
    locust_version: str | None
    auth: str | None
    """How the probe got its credentials (`oauth2_password: POST /token -> 200`, `none: ...`)."""
    authors: int
    """Users whose items were seeded: 1, or more when every user sees every user's items."""
    nested_resource: str | None
    """The collection under one item the probe grew (`/posts/{post_id}/comments`), if any."""
    nested_scaling: ListScaling | None
    """That collection listed under one item as it grew (the `sizes` are its own)."""
    nested_embedded: list[EmbeddedList]
    """Replies about the parent item that carried every item added under it."""


class EmbeddedList(TypedDict):
    """A parent's reply that embeds its whole sub-collection: `count` items under `key`."""

    path: str
    """The route that answered: the parent's item read or the main list."""
    key: str
    count: int


def empty_load_result(users: int, error: str | None = None) -> LoadResult:
    """The starting point of a run, and what a run that could not start reports."""
    return {
        "resource": None,
        "users": users,
        "seeded": 0,
        "endpoints": [],
        "probe_path": None,
        "probe_endpoint": None,
        "probe_ms": None,
        "idle_probe_ms": None,
        "list_scaling": None,
        "errors": [],
        "seconds": 0.0,
        "error": error,
        "locust_version": None,
        "auth": None,
        "authors": 1,
        "nested_resource": None,
        "nested_scaling": None,
        "nested_embedded": [],
    }
