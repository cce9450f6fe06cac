"""Every knob of a grading in one model, so the CLI, the batch worker and tests share defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class ContainerLimits(BaseModel):
    """Limits applied to the candidate's container; each one hit becomes a finding, never a hang."""

    model_config = ConfigDict(frozen=True)

    memory_mb: int = 1024
    cpus: float = 1.0
    pids: int = 256
    app_disk_mb: int = 256
    tmp_disk_mb: int = 64
    log_bytes: int = 4 * 1024 * 1024


# Servers a submission may need beside it, built by `make service-images`
# (scripts/make-service-images.sh) from Debian bookworm's own packages.
# The assignments the grader knows (the contract, the reference schema, any scaffold), shipped
# beside the package.
REFERENCE_SPECS = Path(__file__).resolve().parents[1] / "reference_specs"

DEFAULT_SERVICE_IMAGES = {
    "postgres": "grader-postgres:15",
    "mysql": "grader-mariadb:10.11",
    "redis": "grader-redis:7",
}


class ServiceSettings(BaseModel):
    """The database, cache and broker servers started beside the app (grader/phases/services.py)."""

    model_config = ConfigDict(frozen=True)

    enabled: bool = Field(
        default=True,
        description="start the servers a submission needs (PostgreSQL, MySQL/MariaDB, Redis) on "
        "a network of their own; off: the app gets none and its settings stay as written",
    )
    images: dict[str, str] = Field(
        default_factory=lambda: dict(DEFAULT_SERVICE_IMAGES),
        description="an image per service kind (postgres, mysql, redis; also mongo, "
        "elasticsearch, rabbitmq, memcached, ... run with the image's own command); a kind "
        "with no image here cannot be had, and the grading says which setting would provide it",
    )
    start_timeout_seconds: float = Field(
        default=60.0, description="how long a server may take to answer its health check"
    )
    migration_timeout_seconds: float = Field(
        default=120.0, description="the bound on `alembic upgrade head`"
    )
    memory_mb: int = Field(default=512, description="memory limit of each server's container")


# Debian's Pythons, built by `make images` (scripts/make-base-image.sh): 3.11 and 3.13 by default,
# 3.14 from Debian testing and 3.9 from Debian bullseye (oldoldstable, still in Debian's archive)
# on request. No CPython 3.10 or 3.12 comes from Debian; 3.11 runs code written for 3.10, 3.13
# runs `>=3.12`. 3.9 is for code that needs it: `collections.MutableSet`, removed in 3.10.
DEFAULT_BASE_IMAGES = {
    "3.9": "grader-base:bullseye",
    "3.11": "grader-base:bookworm",
    "3.13": "grader-base:trixie",
    "3.14": "grader-base:forky",
}


class GradeSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    base_image: str = Field(
        default="grader-base:bookworm",
        description="image the submission is built on; any Debian-like image with python3 and venv",
    )
    base_images: dict[str, str] = Field(
        default_factory=lambda: dict(DEFAULT_BASE_IMAGES),
        description="an image per Python version (\"3.13\": image); a project's requires-python "
        "or .python-version chooses among these and base_image (the default); images this engine "
        "lacks are left out",
    )
    seed: int = 0
    fuzz_max_examples: int = 20
    fuzz_budget_seconds: float = 90.0
    load_users: int = 16
    load_seconds: float = 5.0
    load_seed_items: int = 20
    loop_threshold_ms: float = 20.0
    loop_monitor: bool = Field(
        default=True, description="run the app under the event-loop monitor (off: benchmarks)"
    )
    request_timeout_seconds: float = 5.0
    resolve_as_written: bool = Field(
        default=True,
        description="resolve unpinned requirements to the releases that existed a day after the "
        "newest file date of the submission (its commit or archive dates), as its author did; "
        "falls back to today's releases when that does not resolve",
    )
    build_timeout_seconds: float = 420.0
    start_timeout_seconds: float = 40.0
    grading_timeout_seconds: float = 1200.0
    limits: ContainerLimits = ContainerLimits()
    services: ServiceSettings = ServiceSettings()
    wheelhouse: bool = Field(
        default=True,
        description="share downloaded wheels and resolutions between builds (read-only to the "
        "containers that install candidates' code); off: every build starts from nothing",
    )
