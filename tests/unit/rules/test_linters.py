"""ruff and mypy over a submission whose own configuration tries to silence or hijack them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from grader.checks.linters import run_linters
from grader.discovery import discover
from grader.models import Finding
from tests.unit.rules.conftest import FIXTURES, expected

PROJECT = "linters/evil_config"


@pytest.fixture(scope="module")
def linted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Finding], dict[str, float]]:
    root = tmp_path_factory.mktemp("evil") / "project"
    shutil.copytree(FIXTURES / PROJECT, root)
    findings, metrics = run_linters(root, discover(root))
    return root, findings, metrics


def test_hard_coded_password_is_reported_at_its_line(
    linted: tuple[Path, list[Finding], dict[str, float]],
) -> None:
    _, findings, _ = linted
    located = {(f.rule, f.line) for f in findings if f.file == "main.py"}
    assert located == expected(f"{PROJECT}/main.py")
    s105 = next(f for f in findings if f.rule == "RUFF-S105")
    assert s105.flag == "security_oversights" and s105.source == "lint"


def test_the_candidates_tool_config_is_ignored(
    linted: tuple[Path, list[Finding], dict[str, float]], tmp_path: Path
) -> None:
    root, findings, _ = linted
    # ruff still reported S105 although the candidate's config excludes and ignores it ...
    assert any(f.rule == "RUFF-S105" for f in findings)
    # ... and mypy never imported the candidate's plugin.
    assert not (root / "marker").exists()
    # Control: mypy run the ordinary way DOES import it, so the assertion above can fail.
    control = tmp_path / "control"
    shutil.copytree(FIXTURES / PROJECT, control)
    subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "c"), "main.py"],
        cwd=control,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert (control / "marker").exists()


def test_metrics(linted: tuple[Path, list[Finding], dict[str, float]]) -> None:
    _, _, metrics = linted
    assert metrics["handler_count"] == 0
    assert metrics["type_hint_ratio"] == 0.5  # count() 2 of 2, the plugin 0 of 2
    assert metrics["mypy_errors"] == 1


def test_ruffs_count_of_untyped_parameters_leaves_out_what_the_author_did_not_choose(
    tmp_path: Path,
) -> None:
    """RUFF-ANN's extent counts parameters the author named and left bare: not return hints
    (`__init__` included), not a protocol's parameters (`__exit__`), not `*args, **kwargs`."""
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\n"
        "app = FastAPI()\n"
        "class Session:\n"
        "    def __init__(self, url: str):\n"  # ANN204 only: a missing return hint
        "        self.url = url\n"
        "    def __exit__(self, exc_type, exc, tb) -> None:\n"  # protocol: not counted
        "        return None\n"
        "    def run(self, *args, **kwargs) -> None:\n"  # handed on: not counted
        "        return None\n"
        "def load(path, mode: str) -> str:\n"  # one bare parameter: counted
        "    return path\n"
    )
    findings, _ = run_linters(tmp_path, discover(tmp_path))
    (ann,) = [f for f in findings if f.rule == "RUFF-ANN"]
    assert ann.extent == 1.0 and ann.line == 4, ann.detail
