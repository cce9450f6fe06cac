"""What the build installs from, decided as data: a lock beside loose requirements, a misspelt
requirements file, and setuptools for code (or wheels) that import `pkg_resources`."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

from grader.discovery import discover
from grader.phases.build import install_plan
from grader.sandbox import fetch_repair, fetch_script

PIPFILE_LOCK = {
    "_meta": {"requires": {"python_version": "3.10"}},
    "default": {
        "fastapi": {"version": "==0.78.0"},
        "pydantic": {"version": "==1.9.1"},
        "uvicorn": {"version": "==0.17.6"},
    },
    "develop": {},
}


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_a_lock_wins_over_loose_requirements_it_covers(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "requirements.txt": "fastapi\nuvicorn\n",
            "Pipfile": '[packages]\nfastapi = "*"\nuvicorn = "*"\n',
            "Pipfile.lock": json.dumps(PIPFILE_LOCK),
        },
    )
    facts = discover(root)
    lock = facts.dependencies.lock
    assert lock is not None and lock.file == "Pipfile.lock"
    assert "pydantic==1.9.1" in install_plan(facts.dependencies, root)[0].runtime
    assert any(
        p.startswith("Pipfile.lock used, not requirements.txt: requirements.txt leaves 2 of 2")
        for p in facts.problems
    )


@pytest.mark.parametrize(
    ("requirements", "why"),
    [
        ("fastapi==0.78.0\nuvicorn==0.17.6\n", "pins every version"),
        ("fastapi\nuvicorn\nhttpx\n", "names httpx, which the lock does not pin"),
    ],
)
def test_pinned_requirements_or_a_stale_lock_keep_the_requirements(
    tmp_path: Path, requirements: str, why: str
) -> None:
    root = _write(
        tmp_path,
        {"requirements.txt": requirements, "Pipfile.lock": json.dumps(PIPFILE_LOCK)},
    )
    facts = discover(root)
    assert facts.dependencies.lock is None
    assert any(p.startswith("Pipfile.lock not used") and why in p for p in facts.problems)


def test_a_misspelt_requirements_file_is_read(tmp_path: Path) -> None:
    root = _write(tmp_path, {"requirement.txt": "fastapi==0.115.0\nasyncpg\n", "main.py": ""})
    facts = discover(root)
    assert facts.dependencies.files == ["requirement.txt"]
    assert facts.dependencies.runtime == ["fastapi==0.115.0", "asyncpg"]
    assert "no requirements.txt at the root; using requirement.txt" in facts.problems


def test_setuptools_imports_of_the_code_reach_the_fetch(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "requirements.txt": "fastapi\n",
            "app/version.py": "import os\nfrom pkg_resources import get_distribution\n",
            "tests/test_x.py": "import distutils.util\n",
        },
    )
    deps = discover(root).dependencies
    assert deps.setuptools_imports == [
        "distutils (tests/test_x.py:1)",
        "pkg_resources (app/version.py:2)",
    ]
    assert install_plan(deps, root)[0].setuptools_imports == deps.setuptools_imports


def _wheel(folder: Path, name: str, files: dict[str, str]) -> None:
    with zipfile.ZipFile(folder / name, "w") as archive:
        for member, text in files.items():
            archive.writestr(member, text)


def test_the_fetch_adds_setuptools_for_wheels_and_code_that_import_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch_script, "WHEELHOUSE", tmp_path)
    _wheel(tmp_path, "passlib-1.7.4-py2.py3-none-any.whl", {"passlib/pwd.py": "import pkg_resources\n"})
    _wheel(tmp_path, "fastapi-0.78.0-py3-none-any.whl", {"fastapi/__init__.py": "x = 1\n"})
    lazy = "def fixup():\n    import pkg_resources\n"  # guarded, like pytest's: not needed
    _wheel(tmp_path, "pytest-8.4.2-py3-none-any.whl", {"_pytest/monkeypatch.py": lazy})
    install = "fastapi==0.78.0\npytest==8.4.2\npasslib==1.7.4\n"
    assert fetch_script.setuptools_needed(install, []) == [
        "passlib==1.7.4: pkg_resources (passlib/pwd.py)"
    ]
    code = ["pkg_resources (app/v.py:2)"]
    assert fetch_script.setuptools_needed("fastapi==0.78.0\n", code) == [
        "the project's code: pkg_resources (app/v.py:2)"
    ]
    assert fetch_script.setuptools_needed(install + "setuptools==80.9.0\n", code) == []
    assert fetch_script.setuptools_needed("fastapi==0.78.0\n", []) == []


LOGS = Path(__file__).resolve().parents[1] / "fixtures" / "build_logs"


def test_failed_builds_are_read_from_pips_output() -> None:
    group = [("PyYAML", "6.0"), ("greenlet", "1.1.2"), ("fastapi", "0.70.0")]
    early = (LOGS / "pip_wheel_pyyaml_build_requires.log").read_text()
    assert fetch_repair.failed_builds(early, group) == [("PyYAML", "6.0")]
    late = (
        "Building wheel for greenlet (pyproject.toml): finished with status 'error'\n"
        "  ERROR: Failed building wheel for greenlet\nFailed to build greenlet\n"
        "ERROR: Failed to build one or more wheels\n"
    )
    assert fetch_repair.failed_builds(late, group) == [("greenlet", "1.1.2")]
    assert fetch_repair.failed_builds("ERROR: No matching distribution found for x\n", group) == []
    assert fetch_repair.bounds("1.1.2") == ["1.2", "2"]
    assert fetch_repair.bounds("0.16.0") == ["0.17", "1"]


def test_a_locked_release_is_repaired_same_version_first_then_the_nearest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fetch_script, "has_binary", lambda name, version: name == "pyyaml")
    monkeypatch.setattr(
        fetch_script, "nearest_binary", lambda name, version: "1.1.3" if name == "greenlet" else None
    )
    hashes = {"pyyaml": ["sha256:aa"], "greenlet": ["sha256:bb"]}
    unhashed: set[str] = set()
    overrides: dict[str, str] = {}
    notes: list[str] = []
    failed = [("pyyaml", "6.0"), ("greenlet", "1.1.2")]
    assert fetch_script.repair(failed, hashes, unhashed, overrides, notes)
    assert unhashed == {"pyyaml"} and overrides == {"greenlet": "1.1.3"}
    assert "without the lock's hash check" in notes[0]
    assert notes[1].startswith("greenlet 1.1.2 (locked) has no wheel for Python")
    assert "greenlet 1.1.3, the nearest release that has one" in notes[1]
    assert not fetch_script.repair([("uvloop", "0.16.0")], hashes, unhashed, overrides, notes)


def test_a_hand_written_range_is_repaired_only_on_a_stand_in_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """asyncpg ^0.29 had a wheel on its author's 3.12; on the 3.13 standing in for it, it has
    none and does not build: repaired as a locked pin is, and the note says why (bw60-01)."""
    monkeypatch.setattr(fetch_script, "IN", tmp_path)
    monkeypatch.setattr(fetch_script, "nearest_binary", lambda name, version: "0.30.0")
    (tmp_path / "stands_in_for.txt").write_text("3.12")
    overrides: dict[str, str] = {}
    notes: list[str] = []
    failed = [("asyncpg", "0.29.0")]
    assert fetch_script.repair(failed, {}, set(), overrides, notes, locked=False)
    assert overrides == {"asyncpg": "0.30.0"}
    python = ".".join(map(str, sys.version_info[:2]))
    assert notes == [
        f"asyncpg 0.29.0 has no wheel for Python {python}, which stands in for the project's "
        "3.12, and its source does not build here: asyncpg 0.30.0, the nearest release that "
        "has one, installed instead"
    ]
    assert fetch_script.stands_in_for() == "3.12"
    (tmp_path / "stands_in_for.txt").write_text("")
    assert fetch_script.stands_in_for() == ""  # the author's own Python: their pin, their failure


def test_a_release_compiled_for_older_pythons_only_is_stale() -> None:
    import sys

    ours = f"cp{sys.version_info.major}{sys.version_info.minor}"
    files = [
        "pydantic-1.9.1-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "pydantic-1.9.1-cp36-cp36m-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "pydantic-1.9.1-py3-none-any.whl",  # a pure fallback does not make it fit
        "pydantic-1.9.1.tar.gz",
        "pydantic-1.9.2-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        f"pydantic-1.10.2-{ours}-{ours}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        f"pydantic-1.10.4-{ours}-{ours}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        f"pydantic-2.0-{ours}-{ours}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "python_multipart-0.0.5.tar.gz",
        "passlib-1.7.4-py2.py3-none-any.whl",
    ]
    releases = fetch_repair.compiled_releases(files)
    assert fetch_repair.stale_release("1.9.1", releases)
    assert not fetch_repair.stale_release("1.10.2", releases)
    assert not fetch_repair.stale_release("0.0.5", releases)  # pure: never touched
    assert not fetch_repair.stale_release("1.7.4", releases)
    assert fetch_repair.nearest_compiled("1.9.1", releases) == "1.10.2"  # same major, not 2.0


def test_requirements_resolve_as_of_the_writing_date_then_with_todays_releases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a date, `uv pip compile` gets `--exclude-newer`, wheels only first, then sources
    (a release of that date that never had a wheel); a resolution that fails with the date is
    tried again without it and remembered, so the build note can say which one."""
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(fetch_script, "IN", tmp_path / "in")
    monkeypatch.setattr(fetch_script, "OUT", tmp_path / "out")
    monkeypatch.setattr(fetch_script, "UNDATED", [])
    monkeypatch.setattr(fetch_script, "WITH_SOURCES", [])
    calls: list[list[str]] = []

    def fake_run(argv: list[str]) -> tuple[int, str]:
        calls.append(argv)
        dated = "--exclude-newer" in argv
        wheels_only = "--only-binary" in argv
        text = Path(argv[3]).read_text()  # argv[3]: the .in file
        if dated and "fastapi==0.120.0" in text:
            return 1, "no version"
        if wheels_only and "fastapi-users==10.1.5" in text:
            return 1, "python-multipart==0.0.5 has no usable wheels"
        return 0, ""

    monkeypatch.setattr(fetch_script, "run", fake_run)
    assert fetch_script.compile_pins(["passlib[bcrypt]"], "runtime") == (0, "")
    assert calls[-1][-2:] != ["--exclude-newer", "2023-06-02"]  # no date given: today's
    (tmp_path / "in" / "as_of.txt").write_text("2023-06-02\n")
    calls.clear()
    assert fetch_script.compile_pins(["passlib[bcrypt]"], "runtime") == (0, "")
    assert calls == [calls[0]] and calls[0][-4:-2] == ["--exclude-newer", "2023-06-02"]
    assert calls[0][-2:] == ["--only-binary", ":all:"]  # dated releases must have a wheel
    assert fetch_script.UNDATED == []
    calls.clear()
    assert fetch_script.compile_pins(["fastapi==0.120.0"], "every") == (0, "")
    assert len(calls) == 3 and "--only-binary" not in calls[1] and "--exclude-newer" in calls[1]
    assert "--exclude-newer" not in calls[2]
    assert fetch_script.UNDATED == ["every"]
    calls.clear()
    assert fetch_script.compile_pins(["fastapi-users==10.1.5"], "runtime") == (0, "")
    assert len(calls) == 2 and calls[1][-2:] == ["--exclude-newer", "2023-06-02"]
    assert fetch_script.WITH_SOURCES == ["runtime"] and fetch_script.UNDATED == ["every"]
    monkeypatch.setattr(fetch_script, "DATED_SOURCES", False)  # a dated source failed to build
    calls.clear()
    assert fetch_script.compile_pins(["fastapi-users==10.1.5"], "runtime") == (0, "")
    assert len(calls) == 2 and "--exclude-newer" not in calls[1]


def test_a_dated_source_that_fails_to_build_resolves_again_without_dated_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The author built python-multipart 0.0.5 from source in 2023; here its build may fail.
    Then the fetch resolves once more, wheels of the date or today's releases, never stops."""
    for folder in ("in", "out"):
        (tmp_path / folder).mkdir()
    (tmp_path / "in" / "locked.json").write_text("false")
    monkeypatch.setattr(fetch_script, "IN", tmp_path / "in")
    monkeypatch.setattr(fetch_script, "OUT", tmp_path / "out")
    monkeypatch.setattr(fetch_script, "WITH_SOURCES", [])
    monkeypatch.setattr(fetch_script, "UNDATED", [])
    monkeypatch.setattr(fetch_script, "DATED_SOURCES", True)
    resolved: list[bool] = []

    def fake_resolve(
        notes: list[str], overrides: dict[str, str] | None = None
    ) -> tuple[str, str, dict[str, list[str]]]:
        resolved.append(fetch_script.DATED_SOURCES)
        # uv keeps the pins of an output file it finds: the second resolution must find none
        assert fetch_script.DATED_SOURCES or not (tmp_path / "out" / "runtime.txt").exists()
        (tmp_path / "out" / "runtime.txt").write_text("python-multipart==0.0.5\n")
        if fetch_script.DATED_SOURCES:
            fetch_script.WITH_SOURCES.append("runtime")
            return "python-multipart==0.0.5\n", "", {}
        fetch_script.UNDATED.append("runtime")
        return "python-multipart==0.0.20\n", "", {}

    def fake_download(
        wanted: list[tuple[str, str]], hashes: dict[str, list[str]]
    ) -> list[tuple[str, str]]:
        return [pin for pin in wanted if pin == ("python-multipart", "0.0.5")]

    monkeypatch.setattr(fetch_script, "resolve", fake_resolve)
    monkeypatch.setattr(fetch_script, "download", fake_download)
    install, _, _ = fetch_script.fetch([])
    assert install == "python-multipart==0.0.20\n"
    assert resolved == [True, False]
    assert fetch_script.WITH_SOURCES == [] and fetch_script.UNDATED == ["runtime"]
