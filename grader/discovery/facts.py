"""What discovery learns about a submission: the data the build, start and probe steps rely on.

These models cross a boundary (discovery -> build/start/checks/report), so they are pydantic and
forbid unknown fields; a typo in a consumer fails loudly instead of reading a silent default.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from grader.models import AssignmentKind, Location

DependencySource = Literal[
    "requirements", "pep621", "poetry", "setup_py", "setup_cfg", "pipfile", "none"
]


class _Facts(BaseModel):
    model_config = ConfigDict(extra="forbid")


LockKind = Literal["uv", "poetry", "pipfile", "requirements"]


class LockSpec(_Facts):
    """A lock file the build installs from, so the grader runs what the candidate ran."""

    kind: LockKind
    file: str = Field(description="root-relative path of the lock file")
    runtime: list[str] = Field(
        default_factory=list,
        description="`name==version[ ; marker]` pins the app needs (uv: exported in the build)",
    )
    test: list[str] = Field(
        default_factory=list, description="pins only the groups/extras used for tests need"
    )
    hashes: dict[str, list[str]] = Field(
        default_factory=dict, description="normalised name -> `sha256:...` the lock records"
    )
    names: list[str] = Field(default_factory=list, description="every package name it locks")
    groups: list[str] = Field(default_factory=list, description="dependency groups installed")
    extras: list[str] = Field(default_factory=list, description="the project's extras installed")
    skipped: list[str] = Field(
        default_factory=list, description="VCS, URL or path packages the build cannot fetch"
    )


class PythonSpec(_Facts):
    """Which Python the project asks for: a hard range, and the version its author used."""

    requires: str | None = Field(default=None, description="PEP 440 specifiers, e.g. '>=3.12'")
    requires_source: str | None = None
    preferred: str | None = Field(default=None, description="e.g. '3.12' (.python-version)")
    preferred_source: str | None = None


class ImportedModule(_Facts):
    """A top-level module the code imports (not optionally) that is neither the project's own
    nor the standard library; the build checks that a resolved distribution provides it."""

    module: str
    package: str = Field(description="the distribution to install when nothing provides it")
    file: str = Field(description="root-relative path of the first file that imports it")
    line: int = Field(ge=1)
    scope: Literal["runtime", "test"] = Field(
        default="runtime", description="test: imported only by the tests"
    )
    needed_by: str | None = Field(
        default=None, description="the library import that needs it (sqlalchemy.ext.asyncio)"
    )


class LocalInstall(_Facts):
    """A folder of the submission the build installs as a package (the project itself: '.')."""

    path: str = Field(description="root-relative folder, '.' for the project")
    editable: bool = True
    required: bool = Field(
        default=True,
        description="declared by the candidate (`-e .`); otherwise implied by the tooling "
        "(uv sync, poetry install), and a failure is a note, not a failed build",
    )
    with_deps: bool = True


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
    lock: LockSpec | None = None
    python: PythonSpec = Field(default_factory=PythonSpec)
    hashes: dict[str, list[str]] = Field(
        default_factory=dict, description="`--hash` values of requirements files, by name"
    )
    installs: list[LocalInstall] = Field(default_factory=list)
    build_requires: list[str] = Field(
        default_factory=list, description="what building those folders needs (build-system)"
    )
    setuptools_imports: list[str] = Field(
        default_factory=list,
        description="`pkg_resources (file:line)`: modules of setuptools the code imports",
    )
    imports: list[ImportedModule] = Field(
        default_factory=list, description="third-party modules the code imports"
    )


class AppEntrypoint(_Facts):
    """Where uvicorn finds the ASGI app: `cd <app_dir> && uvicorn <module>:<attribute>`."""

    module: str
    attribute: str
    factory: bool = False
    app_dir: str = "."
    file: str
    line: int = Field(ge=1)
    launcher: str | None = Field(
        default=None,
        description="the module the candidate runs (`python -m todo`) to build a factory that "
        "needs arguments; the app is taken from it (probes/grader_launcher.py)",
    )


class AppChoice(_Facts):
    """Which FastAPI app the grader serves when the code holds several, and why."""

    chosen: str = Field(description="file:attribute of the app served")
    others: list[str] = Field(default_factory=list, description="the apps not served")
    reason: str
    source: str | None = Field(
        default=None, description="file:line of the repository's start command that named it"
    )


class PytestConfig(_Facts):
    """pytest's own configuration, as the candidate's files set it (pytest decides which tests
    exist: the grader runs it from `rootdir` and passes no target that would override
    `testpaths`)."""

    file: str = Field(description="pytest.ini, pyproject.toml, tox.ini or setup.cfg (relative)")
    rootdir: str = Field(default=".", description="the folder holding that file")
    testpaths: list[str] = Field(default_factory=list)
    python_files: list[str] = Field(default_factory=list)
    pythonpath: list[str] = Field(default_factory=list)


class RouteInfo(_Facts):
    """One path operation as written in the source, prefixes applied where they are literal."""

    method: str
    path: str
    function: str
    is_async: bool
    file: str
    line: int = Field(ge=1)


class RequiredSetting(_Facts):
    """A setting the app's code reads with no default: it cannot start without a value."""

    name: str = Field(description="the environment variable it is read from")
    type: str = Field(default="str", description="the declared type, as written")
    optional: bool = Field(default=False, description="`X | None`, still required (pydantic 2)")
    source: str = Field(description="file:line")
    owner: str = Field(description="the settings class, or os.environ / config")
    custom_parse: bool = Field(
        default=False, description="pydantic 1 `Config.parse_env_var`: lists are not JSON"
    )
    choices: list[str] = Field(default_factory=list, description="a Literal's or Enum's first")


class ExampleCopy(_Facts):
    """An example configuration file and the path the app reads its real copy from."""

    example: str
    target: str
    why: str


class ProjectFacts(_Facts):
    """Everything discovery read from one submission tree; `problems` explains what it could not."""

    dependencies: DependencySpec = Field(default_factory=DependencySpec)
    app: AppEntrypoint | None = None
    app_choice: AppChoice | None = None
    routes: list[RouteInfo] = Field(default_factory=list)
    kind: AssignmentKind = AssignmentKind.UNKNOWN
    tests_dir: str | None = None
    test_files: list[str] = Field(default_factory=list)
    pytest: PytestConfig | None = None
    readme: str | None = None
    python_files: list[str] = Field(default_factory=list)
    docs_disabled: bool = False
    openapi_url: str | None = "/openapi.json"
    schema_setting: Location | None = Field(
        default=None, description="where FastAPI(...) sets openapi_url (or docs_url), if it does"
    )
    schema_switch: Location | None = Field(
        default=None,
        description="the module's own flag that setting reads (`docs_enabled = ...`), if any",
    )
    example_env: dict[str, str] = Field(
        default_factory=dict, description="variables from the submission's .env.example files"
    )
    env_files: list[str] = Field(
        default_factory=list, description="files (and compose services) example_env came from"
    )
    example_copies: list[ExampleCopy] = Field(
        default_factory=list,
        description="example configuration files copied into place before the build",
    )
    token_env: list[str] = Field(
        default_factory=list, description="variables that configure a static API token"
    )
    suite_env: list[str] = Field(
        default_factory=list,
        description="variables the tests default themselves (os.environ.setdefault), left unset",
    )
    required_env: list[RequiredSetting] = Field(
        default_factory=list,
        description="settings the code requires with no default and no value in the repository",
    )
    problems: list[str] = Field(default_factory=list)
