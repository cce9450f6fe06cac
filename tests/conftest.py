from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_submissions"
BASE_IMAGE = os.environ.get("GRADER_BASE_IMAGE", "grader-base:bookworm")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/docker/ belongs to the docker tier."""
    for item in items:
        if "tests/docker/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.docker)
