"""docs/report.md is the public contract: its field tables must match what the models serialise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from grader.models import (
    Finding,
    Location,
    PhaseName,
    PhaseResult,
    RedFlag,
    RedFlagVerdict,
    Report,
    RequestEvidence,
    SubmissionInfo,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "report.md"
SECTIONS: dict[str, type[BaseModel]] = {
    "Report (top level)": Report,
    "Submission": SubmissionInfo,
    "Red-flag verdict": RedFlagVerdict,
    "Finding": Finding,
    "Request": RequestEvidence,
    "Related line": Location,
    "Phase": PhaseResult,
}


def _table_fields(section: str) -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z0-9_]+)` \|", body, flags=re.MULTILINE)


def _serialised(model: type[BaseModel]) -> set[str]:
    return {name for name, field in model.model_fields.items() if not field.exclude}


@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_each_table_names_exactly_the_serialised_fields(section: str) -> None:
    assert set(_table_fields(section)) == _serialised(SECTIONS[section])


def test_the_fixed_ids_are_the_models_ids() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert all(f"`{flag.value}`" in text for flag in RedFlag)
    phase_row = next(line for line in text.splitlines() if line.startswith("| `name` | string | `intake`"))
    assert re.findall(r"`([a-z_]+)`", phase_row)[1:] == [p.value for p in PhaseName]
