"""A failed build names its cause: the package and the first real error line, read from logs
uv and pip really wrote (tests/fixtures/build_logs/, captured from the build images)."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from grader.sandbox import fetch_script
from grader.sandbox.build import BuildOutcome
from grader.sandbox.build_errors import diagnose, explain
from grader.sandbox.submission import (
    InstallPlan,
    LocalFolder,
    Resolution,
    _fetch_files,
    _folder_script,
    _read_outputs,
    _remember,
    _remembered,
)

LOGS = Path(__file__).resolve().parents[1] / "fixtures" / "build_logs"


@pytest.mark.parametrize(
    ("log", "kind", "message", "requirement"),
    [
        (
            "uv_compile_not_on_index.log",
            "missing",
            "No matching distribution found for fastapi-todo-toolkit==2.3.1 "
            "(not on the package index)",
            "fastapi-todo-toolkit==2.3.1",
        ),
        (
            "uv_compile_no_such_version.log",
            "missing",
            "No matching distribution found for fastapi==0.999.0 (no such version)",
            "fastapi==0.999.0",
        ),
        (
            "uv_compile_python_too_old.log",
            "python",
            "django==6.0 needs Python>=3.12; this build's Python is 3.11.2",
            "django==6.0",
        ),
        (
            "uv_compile_conflict.log",
            "conflict",
            "conflicting requirements: you require fastapi>=0.115 and starlette<0.20",
            None,
        ),
        (
            "pip_wheel_typed_ast.log",
            "build",
            "typed-ast 1.4.3: ast27/Custom/../Include/compile.h:5:10: fatal error: code.h: "
            "No such file or directory",
            "typed-ast==1.4.3",
        ),
        (
            "pip_wheel_pyyaml_build_requires.log",
            "build",
            "pyyaml 6.0: AttributeError: 'build_ext' object has no attribute 'cython_sources'",
            "pyyaml==6.0",
        ),
        (
            "uv_build_typed_ast.log",
            "build",
            "typed-ast 1.4.3: ast27/Custom/../Include/compile.h:5:10: fatal error: code.h: "
            "No such file or directory",
            "typed-ast==1.4.3",
        ),
        (
            "pip_wheel_psycopg2_no_pg_config.log",
            "build",
            "psycopg2 2.9.10: Error: pg_config executable not found.",
            "psycopg2==2.9.10",
        ),
        (
            "pip_wheel_hash_mismatch.log",
            "hash",
            "idna==3.10: the file downloaded does not match the lock file's hashes",
            "idna==3.10",
        ),
        (
            "uv_offline_not_fetched.log",
            "missing",
            "No matching distribution found for fastapi==0.115.12 (not among the fetched wheels)",
            "fastapi==0.115.12",
        ),
        (
            "uv_offline_build_requires.log",
            "folder",
            "building setup.py: No matching distribution found for setuptools>=40.8.0 "
            "(not among the fetched wheels)",
            "setuptools>=40.8.0",
        ),
        (
            "uv_install_network_hook.log",
            "folder",
            "the project: network hook: could not connect to 172.17.0.1: ENETUNREACH "
            "Network is unreachable",
            None,
        ),
    ],
)
def test_real_logs_name_their_cause(
    log: str, kind: str, message: str, requirement: str | None
) -> None:
    found = diagnose((LOGS / log).read_text())
    assert found is not None
    assert (found.kind, found.message, found.requirement) == (kind, message, requirement)


def test_uv_on_a_terminal_draws_the_same_chain() -> None:
    log = (
        "  \u00d7 No solution found when resolving dependencies:\n"
        "  \u2570\u2500\u25b6 Because nosuchpkg was not found in the package registry and you "
        "require nosuchpkg, we can conclude that your requirements are unsatisfiable.\n"
    )
    found = diagnose(log)
    assert found is not None and found.requirement == "nosuchpkg"


def test_explain_replaces_the_exit_code_and_keeps_timeouts() -> None:
    outcome = BuildOutcome(
        ok=False,
        seconds=1.0,
        exit_code=1,
        log=(LOGS / "pip_wheel_typed_ast.log").read_text(),
        reason="build script exited with 1",
    )
    explain(outcome, stage="fetch")
    assert outcome.reason.startswith("typed-ast 1.4.3: ")
    assert outcome.failure == "build" and outcome.requirement == "typed-ast==1.4.3"
    slow = BuildOutcome(
        ok=False,
        seconds=420.0,
        timed_out=True,
        log="GRADER-STEP: install dependencies\n",
        reason="build exceeded 420 s",
    )
    explain(slow, stage="install")
    assert slow.reason == "build exceeded 420 s (while: install dependencies)"


def test_an_unknown_failure_still_says_which_step() -> None:
    outcome = BuildOutcome(
        ok=False, seconds=1.0, exit_code=2, log="GRADER-STEP: create the environment\nboom\n"
    )
    explain(outcome, stage="install")
    assert outcome.reason == "install step 'create the environment' failed (exit 2)"


# --- the fetch container's script and inputs ----------------------------------------------


def test_fetch_script_reads_uv_output() -> None:
    text = (
        "annotated-types==0.7.0 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n"
        "colorama==0.4.6 ; sys_platform == 'win32' \\\n    --hash=sha256:cc\n"
        "-e ./libs/x\n# a comment\n"
    )
    lines = fetch_script.joined_requirements(text)
    assert fetch_script.split_hashes(lines[0]) == (
        "annotated-types==0.7.0",
        ["sha256:aa", "sha256:bb"],
    )
    assert fetch_script.split_hashes(lines[1])[0] == "colorama==0.4.6 ; sys_platform == 'win32'"
    assert fetch_script.pins(text) == [("annotated-types", "0.7.0"), ("colorama", "0.4.6")]
    assert fetch_script._NOT_NAMED.search(lines[2])


def test_fetch_script_publishes_only_what_was_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = tmp_path / "new"
    built.mkdir()
    for name in ("fastapi-0.115.12-py3-none-any.whl", "planted-1.0-py3-none-any.whl"):
        (built / name).write_bytes(b"PK")
    monkeypatch.setattr(fetch_script, "WHEELHOUSE", tmp_path / "wheelhouse")
    fetch_script.publish(built, [("FastAPI", "0.115.12")])
    assert sorted(p.name for p in (tmp_path / "wheelhouse").iterdir()) == [
        "fastapi-0.115.12-py3-none-any.whl"
    ]


def test_the_fetch_container_gets_requirements_and_lock_data_only() -> None:
    plan = InstallPlan(
        runtime=["fastapi==0.115.12"],
        test=["pytest"],
        build=["setuptools>=40.8.0"],
        hashes={"fastapi": ["sha256:aa"]},
        uv_project={"pyproject.toml": b"[project]\n", "uv.lock": b"version = 1\n"},
        uv_groups=["test"],
        folders=[LocalFolder(path=".")],
    )
    files = _fetch_files(plan)
    assert sorted(files) == [
        "grader-build/fetch.py",
        "grader-build/fetch_modules.py",
        "grader-build/fetch_repair.py",
        "grader-build/in/as_of.txt",
        "grader-build/in/build.in",
        "grader-build/in/hashes.json",
        "grader-build/in/locked.json",
        "grader-build/in/runtime.in",
        "grader-build/in/setuptools.json",
        "grader-build/in/stands_in_for.txt",
        "grader-build/in/test.in",
        "grader-build/in/uv.json",
        "grader-build/in/uv/pyproject.toml",
        "grader-build/in/uv/uv.lock",
    ]
    assert json.loads(files["grader-build/in/uv.json"]) == {"groups": ["test"], "extras": []}


def test_folders_install_as_the_candidate_and_only_plain_names() -> None:
    script = _folder_script(LocalFolder(path=".", editable=True, required=False, with_deps=False))
    assert "as_candidate uv pip install --python /opt/venv/bin/python --no-deps -e /src;" in script
    assert "GRADER-NOTE" in script and "exit 1" not in script
    required = _folder_script(LocalFolder(path="libs/x", editable=False))
    assert "/src/libs/x" in required and "exit 1" in required
    hostile = _folder_script(LocalFolder(path="x; rm -rf /"))
    assert "uv pip install" not in hostile


def test_tar_outputs_are_read_back() -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        data = b"fastapi==0.115.12\n"
        info = tarfile.TarInfo("out/install.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    assert _read_outputs(buf.getvalue()) == {"install.txt": "fastapi==0.115.12\n"}


def test_a_remembered_resolution_is_tied_to_its_wheelhouse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    resolution = Resolution(ok=True, install="fastapi==0.115.12\n", notes=["a note"])
    _remember("k" * 40, "2026-12-05T20:43:12Z", resolution)
    again = _remembered("k" * 40, "2026-12-05T20:43:12Z")
    assert again is not None and again.cached and again.install == resolution.install
    assert _remembered("k" * 40, "2026-12-05T21:22:43Z") is None  # the volume was made anew
    assert _remembered("k" * 40, None) is not None  # ...which a caller may choose to ignore
    assert _remembered("x" * 40, None) is None
