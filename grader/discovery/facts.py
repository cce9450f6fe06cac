"""What discovery learns about a submission: the data the build, start and probe steps rely on.

These models cross a boundary (discovery -> build/start/checks/report), so they are pydantic and
forbid unknown fields; a typo in a consumer fails loudly instead of reading a silent default.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from grader.models import AssignmentKind

DependencySource = Literal["requirements", "pep621", "poetry", "setup_py", "pipfile", "none"]


class _Facts(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DependencySpec(_Facts):
    """How the submission declares what it needs, read from files and never resolved or run."""

    source: DependencySource = "none"
    files: list[str] = Field(default_factory=list, description="root-relative, '/'-separated")
    requirement_files: list[str] = Field(
        default_factory=list, description="runtime files to hand to `pip install -r` as-is"
    )
    runtime: list[str] = Field(default_factory=list, description="PEP 508 strings")
    test: list[str] = Field(default_factory=list, description="test/dev PEP 508 strings")
    unpinned: list[str] = Field(
        default_factory=list, description="runtime names with no version constraint at all"
    )


class AppEntrypoint(_Facts):
    """Where uvicorn finds the ASGI app: `cd <app_dir> && uvicorn <module>:<attribute>`."""

    module: str
    attribute: str
    factory: bool = False
    app_dir: str = "."
    file: str
    line: int = Field(ge=1)


class RouteInfo(_Facts):
    """One path operation as written in the source, prefixes applied where they are literal."""

    method: str
    path: str
    function: str
    is_async: bool
    file: str
    line: int = Field(ge=1)


class ProjectFacts(_Facts):
    """Everything discovery read from one submission tree; `problems` explains what it could not."""

    dependencies: DependencySpec = Field(default_factory=DependencySpec)
    app: AppEntrypoint | None = None
    routes: list[RouteInfo] = Field(default_factory=list)
    kind: AssignmentKind = AssignmentKind.UNKNOWN
    tests_dir: str | None = None
    test_files: list[str] = Field(default_factory=list)
    readme: str | None = None
    python_files: list[str] = Field(default_factory=list)
    docs_disabled: bool = False
    openapi_url: str | None = "/openapi.json"
    example_env: dict[str, str] = Field(
        default_factory=dict, description="variables from the submission's .env.example files"
    )
    token_env: list[str] = Field(
        default_factory=list, description="variables that configure a static API token"
    )
    problems: list[str] = Field(default_factory=list)
