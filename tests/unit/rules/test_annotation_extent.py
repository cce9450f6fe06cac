"""RUFF-ANN's extent is the untyped parameters: typed arguments without a return hint is detail."""

from __future__ import annotations

import textwrap
from pathlib import Path

from grader.checks.linters import run_linters
from grader.discovery import discover
from grader.models import Severity
from grader.scoring.policy import settle_severity

UNTYPED = """
    def create(db, title, owner):
        return db.add(title, owner)


    def remove(db, todo_id):
        return db.remove(todo_id)
"""
RETURNS_ONLY = """
    def create(db: object, title: str) -> None:
        pass


    def find(db: object, title: str):
        return title


    def count(db: object):
        return 1


    def names(db: object, prefix: str):
        return [prefix]


    def first(items: list[str]):
        return items[0]
"""


def test_untyped_parameters_make_the_extent_and_missing_returns_do_not(tmp_path: Path) -> None:
    for name, text in (("crud.py", UNTYPED), ("helpers.py", RETURNS_ONLY)):
        (tmp_path / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    findings, _ = run_linters(tmp_path, discover(tmp_path))
    ann = {f.file: f for f in findings if f.rule == "RUFF-ANN"}
    assert ann["crud.py"].extent == 5  # five untyped parameters (and two returns, not counted)
    assert ann["helpers.py"].extent == 0 and "ANN201 x4" in ann["helpers.py"].detail
    assert settle_severity(ann["crud.py"]).severity == Severity.MINOR
    assert settle_severity(ann["helpers.py"]).severity == Severity.INFO
