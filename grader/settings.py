"""Every knob of a grading in one model, so the CLI, the batch worker and tests share defaults."""

from __future__ import annotations

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


class GradeSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    base_image: str = Field(
        default="grader-base:bookworm",
        description="image the submission is built on; any Debian-like image with python3 and venv",
    )
    fail_under: float = 0.0
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
    build_timeout_seconds: float = 420.0
    start_timeout_seconds: float = 40.0
    grading_timeout_seconds: float = 1200.0
    limits: ContainerLimits = ContainerLimits()
    wheelhouse: bool = Field(
        default=True,
        description="share a wheelhouse of named requirements between builds (read-only to them)",
    )
