"""What the build installs, read from files as data: lock files, the Python asked for, requirement
files in any encoding, the folders to install, and the plan the build phase makes of them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from grader.discovery import discover
from grader.discovery.facts import PythonSpec
from grader.discovery.python_version import choose_python, satisfies
from grader.phases.build import install_plan
from grader.sandbox.toolchain import PIP_VERSION, PIP_VERSION_BEFORE_310, pip_version
from grader.settings import DEFAULT_BASE_IMAGES
from tests.unit.test_discovery import MAIN, make

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real_builds"


def copy_fixture(name: str, tmp_path: Path) -> Path:
    return Path(shutil.copytree(REAL / name, tmp_path / name))


# --- lock files ---------------------------------------------------------------------------


def test_uv_lock_groups_and_the_extras_ci_installs(tmp_path: Path) -> None:
    deps = discover(copy_fixture("build_uvlock_app", tmp_path)).dependencies
    assert deps.lock is not None and deps.lock.kind == "uv"
    assert deps.lock.groups == ["test"]  # "lint" is neither a test group nor named by CI
    assert deps.lock.extras == ["speedups"]  # .github/workflows/ci.yml: --extra speedups
    assert {"fastapi", "pytest", "orjson", "uvicorn"} <= set(deps.lock.names)
    assert deps.installs == []  # [tool.uv] package = false: a virtual project
    plan, added = install_plan(deps, tmp_path / "build_uvlock_app")
    assert plan.runtime == [] and set(plan.uv_project) == {"pyproject.toml", "uv.lock"}
    assert plan.uv_groups == ["test"] and plan.uv_extras == ["speedups"]
    assert added == ["coverage"]  # uvicorn, pytest and httpx are locked


def test_poetry_lock_walks_main_and_test_groups_with_extras_and_markers(tmp_path: Path) -> None:
    deps = discover(copy_fixture("build_poetry_app", tmp_path)).dependencies
    lock = deps.lock
    assert lock is not None and lock.kind == "poetry" and lock.groups == ["test"]
    assert "fastapi==0.115.12" in lock.runtime and "starlette==0.46.2" in lock.runtime
    # uvicorn[standard] pulls its extra's packages; a marker edge keeps its marker
    assert "httptools==0.9.0" in lock.runtime
    assert any(p.startswith("uvloop==0.23.0 ; ") and "win32" in p for p in lock.runtime)
    assert "pytest==8.4.2" in lock.test and "pytest==8.4.2" not in lock.runtime
    assert not [p for p in lock.runtime + lock.test if p.startswith("mkdocs")]  # optional group
    assert lock.hashes["fastapi"][0].startswith("sha256:")
    # `poetry install` installs the project itself: editable, its dependencies come from the lock
    assert [(i.path, i.editable, i.required, i.with_deps) for i in deps.installs] == [
        (".", True, False, False)
    ]
    assert deps.build_requires == ["poetry-core>=1.0.0"]
    plan, added = install_plan(deps, tmp_path / "build_poetry_app")
    assert plan.runtime == lock.runtime and added == ["coverage"]


def test_poetry_lock_version_1_keeps_hashes_in_metadata(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "pyproject.toml": """
                [tool.poetry]
                name = "x"
                [tool.poetry.dependencies]
                python = "^3.11"
                fastapi = "^0.100"
                [tool.poetry.dev-dependencies]
                pytest = "^7"
            """,
            "poetry.lock": """
                [[package]]
                name = "fastapi"
                version = "0.100.1"
                category = "main"
                optional = false
                [package.dependencies]
                pydantic = ">=1.7"
                [[package]]
                name = "pydantic"
                version = "1.10.12"
                category = "main"
                optional = false
                [[package]]
                name = "pytest"
                version = "7.4.0"
                category = "dev"
                optional = false
                [package.dependencies]
                colorama = {version = "*", markers = "sys_platform == \\"win32\\""}
                [[package]]
                name = "colorama"
                version = "0.4.6"
                category = "dev"
                optional = false
                [metadata]
                lock-version = "1.1"
                [metadata.files]
                fastapi = [{file = "fastapi-0.100.1.tar.gz", hash = "sha256:aa"}]
            """,
            "main.py": MAIN,
        },
    )
    lock = discover(tmp_path).dependencies.lock
    assert lock is not None
    assert lock.runtime == ["fastapi==0.100.1", "pydantic==1.10.12"]
    assert lock.test == ['colorama==0.4.6 ; (sys_platform == "win32")', "pytest==7.4.0"]
    assert lock.hashes == {"fastapi": ["sha256:aa"]}


def test_pipfile_lock_default_and_develop(tmp_path: Path) -> None:
    lock = {
        "_meta": {"requires": {"python_version": "3.12"}},
        "default": {
            "fastapi": {"version": "==0.115.12", "hashes": ["sha256:bb"]},
            "uvicorn": {"version": "==0.34.2", "extras": ["standard"]},
            "pywin32": {"version": "==306", "markers": "sys_platform == 'win32'"},
            "mylib": {"git": "https://example.invalid/mylib.git", "ref": "abc"},
        },
        "develop": {"pytest": {"version": "==8.3.5"}},
    }
    make(
        tmp_path,
        {
            "Pipfile": '[packages]\nfastapi = "*"\nuvicorn = "*"\n[requires]\npython_version = "3.12"\n',
            "Pipfile.lock": json.dumps(lock),
            "main.py": MAIN,
        },
    )
    deps = discover(tmp_path).dependencies
    assert deps.lock is not None and deps.lock.kind == "pipfile"
    assert deps.lock.runtime == [
        "fastapi==0.115.12",
        "pywin32==306 ; sys_platform == 'win32'",
        "uvicorn[standard]==0.34.2",
    ]
    assert deps.lock.test == ["pytest==8.3.5"]
    assert deps.lock.hashes == {"fastapi": ["sha256:bb"]}
    assert deps.lock.skipped == ["mylib (VCS or path)"]
    assert deps.python.preferred == "3.12" and deps.python.preferred_source == "Pipfile"


def test_a_requirements_txt_decides_over_a_lock_and_its_hashes_are_kept(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "requirements.txt": (
                "fastapi==0.115.12 \\\n"
                "    --hash=sha256:1e2c2a2646905f9e83d32f04a3f86aff4a286669c6c950ca95b5fd68c2602681\n"
                "uvicorn==0.34.2 --hash=sha256:deadbeef\n"
            ),
            "pyproject.toml": '[project]\nname = "x"\ndependencies = ["fastapi"]\n',
            "uv.lock": 'version = 1\n[[package]]\nname = "x"\nversion = "0"\nsource = { editable = "." }\n',
            "main.py": MAIN,
        },
    )
    facts = discover(tmp_path)
    deps = facts.dependencies
    assert deps.lock is None
    assert deps.runtime == ["fastapi==0.115.12", "uvicorn==0.34.2"]
    assert deps.hashes == {
        "fastapi": ["sha256:1e2c2a2646905f9e83d32f04a3f86aff4a286669c6c950ca95b5fd68c2602681"],
        "uvicorn": ["sha256:deadbeef"],
    }
    assert any("uv.lock not used" in p for p in facts.problems)


def test_ci_and_readme_name_the_test_extras_groups_and_files(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "pyproject.toml": """
                [project]
                name = "x"
                dependencies = ["fastapi"]
                [project.optional-dependencies]
                qa = ["pytest-cov"]
                docs = ["mkdocs"]
                [dependency-groups]
                integration = ["respx"]
                [build-system]
                requires = ["hatchling"]
                build-backend = "hatchling.build"
            """,
            "requirements-ci.txt": "pytest-asyncio==0.23.0\n",
            "README.md": "Run `pip install -e '.[qa]'` and `uv sync --group integration`.\n",
            ".github/workflows/ci.yml": "steps:\n  - run: pip install -r requirements-ci.txt\n",
            "src/x/__init__.py": "",
            "src/x/main.py": MAIN,
        },
    )
    deps = discover(tmp_path).dependencies
    assert deps.test == ["pytest-cov", "respx", "pytest-asyncio==0.23.0"]
    assert "requirements-ci.txt" in deps.files
    # no requirements.txt and code under src/: the project is what `pip install -e .` installs
    assert [(i.path, i.required) for i in deps.installs] == [(".", False)]
    assert deps.build_requires == ["hatchling", "editables~=0.3"]


def test_a_flat_project_is_not_installed_it_imports_from_its_folder(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "x"\ndependencies = ["fastapi"]\n'
            '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n',
            "main.py": MAIN,
        },
    )
    deps = discover(tmp_path).dependencies
    assert deps.installs == [] and deps.build_requires == []


# --- requirement files --------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding",
    ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"],
)
def test_requirements_in_utf16_utf32_and_with_a_bom(tmp_path: Path, encoding: str) -> None:
    text = "fastapi==0.115.12\r\nuvicorn==0.34.2  # the server\r\n"
    make(tmp_path, {"requirements.txt": text.encode(encoding), "main.py": MAIN})
    facts = discover(tmp_path)
    assert facts.dependencies.runtime == ["fastapi==0.115.12", "uvicorn==0.34.2"]
    assert not [p for p in facts.problems if "requirements.txt" in p]


def test_the_utf16_fixture_reads_both_files(tmp_path: Path) -> None:
    deps = discover(copy_fixture("build_utf16_reqs", tmp_path)).dependencies
    assert deps.runtime == ["fastapi==0.115.12", "uvicorn==0.34.2"]
    assert deps.test == ["pytest==8.3.5", "httpx==0.28.1"]


def test_binary_files_are_still_skipped(tmp_path: Path) -> None:
    make(tmp_path, {"requirements.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "main.py": MAIN})
    facts = discover(tmp_path)
    assert facts.dependencies.runtime == []
    assert any("binary content" in p for p in facts.problems)


def test_local_folders_in_requirements_are_installed_and_never_outside(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "requirements.txt": "fastapi\n-e .\n./libs/shared\n-e ../elsewhere\n/etc\n",
            "setup.py": "from setuptools import setup\nsetup(install_requires=['uvicorn'])\n",
            "libs/shared/pyproject.toml": '[build-system]\nrequires = ["flit_core>=3.2"]\n'
            'build-backend = "flit_core.buildapi"\n',
            "main.py": MAIN,
        },
    )
    facts = discover(tmp_path)
    deps = facts.dependencies
    assert [(i.path, i.editable, i.required) for i in deps.installs] == [
        (".", True, True),
        ("libs/shared", False, True),
    ]
    assert deps.runtime == ["fastapi", "uvicorn"]  # `-e .` brings setup.py's install_requires
    assert deps.build_requires == ["setuptools>=40.8.0", "wheel", "flit_core>=3.2"]
    assert sum("not a folder of the submission" in p for p in facts.problems) == 2


# --- the Python asked for -----------------------------------------------------------------


def test_requires_python_and_python_version_file(tmp_path: Path) -> None:
    deps = discover(copy_fixture("build_py312_app", tmp_path)).dependencies
    assert deps.python == PythonSpec(
        requires=">=3.12",
        requires_source="pyproject.toml (requires-python)",
        preferred="3.12",
        preferred_source=".python-version",
    )


@pytest.mark.parametrize(
    ("files", "requires", "preferred"),
    [
        ({"pyproject.toml": '[tool.poetry.dependencies]\npython = "^3.11"\n'}, ">=3.11,<4.0", None),
        ({"pyproject.toml": '[tool.poetry.dependencies]\npython = "3.12"\n'}, "==3.12.*", None),
        ({"setup.py": "setup(python_requires='>=3.9')\n"}, ">=3.9", None),
        ({"runtime.txt": "python-3.12.4\n"}, None, "3.12.4"),
        ({".tool-versions": "nodejs 20.1.0\npython 3.13.1\n"}, None, "3.13.1"),
        ({"Dockerfile": "FROM python:3.12-slim AS app\n"}, None, "3.12"),
        ({".python-version": "pypy3.10\n"}, None, None),
        ({".python-version": "cpython-3.11.9-linux\n"}, None, "3.11.9"),
    ],
)
def test_python_sources(
    tmp_path: Path, files: dict[str, str], requires: str | None, preferred: str | None
) -> None:
    make(tmp_path, {**files, "main.py": MAIN})
    spec = discover(tmp_path).dependencies.python
    assert (spec.requires, spec.preferred) == (requires, preferred)


def test_an_unreadable_requires_python_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    make(tmp_path, {"pyproject.toml": '[project]\nname="x"\nrequires-python = "python3"\n'})
    facts = discover(tmp_path)
    assert facts.dependencies.python.requires is None
    assert any("not used to choose the interpreter" in p for p in facts.problems)


@pytest.mark.parametrize(
    ("version", "specifier", "expected"),
    [
        ("3.13.5", ">=3.12", True),
        ("3.11.2", ">=3.12", False),
        ("3.11.2", ">=3.11.4", False),
        ("3.11.2", "~=3.11", True),
        ("3.13.5", "~=3.11.0", False),
        ("3.11.2", "==3.11.*", True),
        ("3.13.5", "!=3.13.*,>=3.10", False),
        ("3.13.5", ">=3.10,<4.0", True),
        ("3.11.2", "==3.10.* || >=3.11", True),
        ("3.11.2", "==3.11", False),  # PEP 440: 3.11 means 3.11.0
        ("3.11.0", "==3.11", True),
        ("3.13.5", ">3.13", True),
    ],
)
def test_satisfies(version: str, specifier: str, expected: bool) -> None:
    assert satisfies(version, specifier) is expected


AVAILABLE = {"grader-base:bookworm": "3.11.2", "grader-base:trixie": "3.13.5"}


def test_choice_default_when_anything_fits() -> None:
    choice = choose_python(PythonSpec(), AVAILABLE, "grader-base:bookworm", {})
    assert (choice.image, choice.version) == ("grader-base:bookworm", "3.11.2")


def test_choice_requires_312_gets_313() -> None:
    spec = PythonSpec(requires=">=3.12", requires_source="pyproject.toml (requires-python)")
    choice = choose_python(spec, AVAILABLE, "grader-base:bookworm", {})
    assert choice.image == "grader-base:trixie" and "fits >=3.12" in choice.reason


def test_choice_follows_the_authors_version_and_the_nearest_newer() -> None:
    spec = PythonSpec(preferred="3.12", preferred_source=".python-version")
    choice = choose_python(spec, AVAILABLE, "grader-base:bookworm", {})
    assert choice.image == "grader-base:trixie"
    assert "asks for 3.12, which no image here has" in choice.reason
    old = PythonSpec(preferred="3.9", preferred_source="runtime.txt")
    assert choose_python(old, AVAILABLE, "grader-base:bookworm", {}).version == "3.11.2"
    newest = PythonSpec(preferred="3.14", preferred_source=".python-version")
    assert choose_python(newest, AVAILABLE, "grader-base:bookworm", {}).version == "3.13.5"


def test_a_newer_interpreter_standing_in_for_the_authors_says_for_which() -> None:
    """No 3.12 here: 3.13 stands in for the author's ^3.12 or .python-version 3.12, and the
    build may repair what has no wheel for it (fresh bw60-01); a version that is here, or the
    default image fitting, stands in for nothing."""
    caret = PythonSpec(requires=">=3.12,<4.0", requires_source="pyproject.toml (poetry)")
    assert choose_python(caret, AVAILABLE, "grader-base:bookworm", {}).stands_in_for == "3.12"
    pinned = PythonSpec(preferred="3.12", preferred_source=".python-version")
    assert choose_python(pinned, AVAILABLE, "grader-base:bookworm", {}).stands_in_for == "3.12"
    exact = PythonSpec(requires=">=3.13", requires_source="pyproject.toml (requires-python)")
    assert choose_python(exact, AVAILABLE, "grader-base:bookworm", {}).stands_in_for is None
    loose = PythonSpec(requires=">=3.8", requires_source="pyproject.toml (requires-python)")
    assert choose_python(loose, AVAILABLE, "grader-base:bookworm", {}).stands_in_for is None
    here = PythonSpec(preferred="3.11", preferred_source=".python-version")
    assert choose_python(here, AVAILABLE, "grader-base:bookworm", {}).stands_in_for is None


def test_the_next_minor_stands_in_past_the_projects_upper_bound() -> None:
    """`>=3.12,<3.13` and no 3.12 here: 3.13 stands in, beyond the bound, and says so (fresh
    bw60-03); a bound that leaves more than one minor between stays refused."""
    spec = PythonSpec(requires=">=3.12,<3.13", requires_source="pyproject.toml (poetry)")
    choice = choose_python(spec, AVAILABLE, "grader-base:bookworm", {})
    assert (choice.image, choice.stands_in_for, choice.beyond_requires) == (
        "grader-base:trixie",
        "3.12",
        True,
    )
    assert choice.reason == (
        "Python 3.13.5 (grader-base:trixie): the project requires Python >=3.12,<3.13 "
        "(pyproject.toml (poetry)) and no 3.12 is here; 3.13 stands in for it"
    )
    old = PythonSpec(requires=">=3.8,<3.10", requires_source="setup.py (python_requires)")
    assert choose_python(old, AVAILABLE, "grader-base:bookworm", {}).image is None
    exact = PythonSpec(requires="==3.10.*", requires_source="pyproject.toml (requires-python)")
    assert choose_python(exact, AVAILABLE, "grader-base:bookworm", {}).version == "3.11.2"


def test_choice_none_names_what_was_asked_and_what_exists() -> None:
    spec = PythonSpec(requires=">=3.14", requires_source="pyproject.toml (requires-python)")
    choice = choose_python(spec, AVAILABLE, "grader-base:bookworm", {"3.14": "grader-base:forky"})
    assert choice.image is None
    assert choice.reason == (
        "the project requires Python >=3.14 (pyproject.toml (requires-python)); the interpreters "
        "available here are 3.11.2 (grader-base:bookworm), 3.13.5 (grader-base:trixie); "
        "3.14 (grader-base:forky) would fit but is not built on this machine"
    )


@pytest.mark.parametrize(
    ("dockerfile", "version"),
    [
        ("FROM python:3.9-slim\n", "3.9"),
        ("FROM tiangolo/uvicorn-gunicorn-fastapi:python3.9-slim\nWORKDIR /\n", "3.9"),
        ("FROM --platform=linux/amd64 ghcr.io/astral-sh/uv:python3.12-bookworm-slim\n", "3.12"),
        ("ARG PYTHON_VERSION=3.10\nFROM python:${PYTHON_VERSION}-slim AS base\n", "3.10"),
        ("FROM python:3.12 AS build\nFROM python:3.8-alpine\n", "3.8"),  # the last stage runs
        ("FROM python:${PY:-3.9}-slim\n", "3.9"),
        ("FROM pypy:3.9\n", None),
        ("FROM python:3\n", None),
    ],
)
def test_a_dockerfile_names_the_python_in_its_image(
    tmp_path: Path, dockerfile: str, version: str | None
) -> None:
    make(tmp_path, {"requirements.txt": "fastapi\n", "main.py": MAIN, "Dockerfile": dockerfile})
    python = discover(tmp_path).dependencies.python
    assert python.preferred == version
    assert python.preferred_source == ("Dockerfile" if version else None)


def test_a_dockerfile_in_a_folder_and_runtime_txt_first(tmp_path: Path) -> None:
    make(tmp_path, {"main.py": MAIN, "docker/Dockerfile": "FROM python:3.9\n"})
    python = discover(tmp_path).dependencies.python
    assert (python.preferred, python.preferred_source) == ("3.9", "docker/Dockerfile")
    (tmp_path / "runtime.txt").write_text("python-3.12.4\n")
    python = discover(tmp_path).dependencies.python
    assert (python.preferred, python.preferred_source) == ("3.12.4", "runtime.txt")


WITH_39 = {"grader-base:bullseye": "3.9.2", **AVAILABLE}


def test_code_written_for_39_gets_bullseye_when_it_is_built() -> None:
    spec = PythonSpec(preferred="3.9", preferred_source="Dockerfile")
    choice = choose_python(spec, WITH_39, "grader-base:bookworm", {})
    assert (choice.image, choice.version) == ("grader-base:bullseye", "3.9.2")
    assert choice.reason == "Python 3.9.2 (grader-base:bullseye): as Dockerfile asks"
    older = PythonSpec(preferred="3.8", preferred_source=".python-version")
    assert choose_python(older, WITH_39, "grader-base:bookworm", {}).version == "3.9.2"
    # Nothing asked: the default, never the old one.
    assert choose_python(PythonSpec(), WITH_39, "grader-base:bookworm", {}).version == "3.11.2"
    below = PythonSpec(requires=">=3.8,<3.10", requires_source="pyproject.toml (requires-python)")
    assert choose_python(below, WITH_39, "grader-base:bookworm", {}).version == "3.9.2"


def test_without_bullseye_the_reason_says_which_image_would_provide_39() -> None:
    spec = PythonSpec(preferred="3.9", preferred_source="Dockerfile")
    choice = choose_python(spec, AVAILABLE, "grader-base:bookworm", {"3.9": "grader-base:bullseye"})
    assert choice.image == "grader-base:bookworm"
    assert choice.reason == (
        "Python 3.11.2 (grader-base:bookworm): Dockerfile asks for 3.9, which no image here has "
        "(grader-base:bullseye would, but is not built on this machine)"
    )


def test_the_build_tools_of_an_older_python_get_a_pip_that_installs_there() -> None:
    assert pip_version("3.9.2") == PIP_VERSION_BEFORE_310
    assert pip_version("3.11.2") == PIP_VERSION
    assert pip_version(None) == PIP_VERSION
    assert "3.9" in DEFAULT_BASE_IMAGES and DEFAULT_BASE_IMAGES["3.9"] == "grader-base:bullseye"


# --- the plan -----------------------------------------------------------------------------


def test_plan_adds_the_server_and_tools_and_keeps_only_named_requirements(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "requirements.txt": "fastapi==0.115.12\nevil @ https://example.invalid/e.whl\n"
            "git+https://example.invalid/x.git#egg=x\n",
            "main.py": MAIN,
        },
    )
    deps = discover(tmp_path).dependencies
    plan, added = install_plan(deps, tmp_path)
    assert plan.runtime == ["fastapi==0.115.12", "uvicorn"]
    assert plan.test == ["pytest", "httpx", "coverage"]
    assert added == ["uvicorn", "pytest", "httpx", "coverage"]
    assert plan.folders == [] and plan.build == []


def test_plan_of_nothing_declared_is_a_fastapi_app(tmp_path: Path) -> None:
    make(tmp_path, {"main.py": MAIN})
    plan, added = install_plan(discover(tmp_path).dependencies, tmp_path)
    assert plan.runtime == ["fastapi", "uvicorn"] and "uvicorn" not in added
