"""A project's named commands, read from pyproject.toml and Pipfile as data."""

from __future__ import annotations

from pathlib import Path

from grader.discovery.project_scripts import project_scripts, script_call
from grader.discovery.tree import SourceTree

PYPROJECT = """
[project]
name = "todo"

[project.scripts]
todo-migrate = "todo.cli:migrate"
bad = "todo.cli:migrate(); import os"

[tool.poetry.scripts]
start = { callable = "todo.cli:start" }

[tool.pdm.scripts]
dev = "uvicorn todo.main:app --reload"
seed = { call = "todo.seed:main" }
lint = { shell = "ruff check . && mypy ." }

[tool.hatch.envs.default.scripts]
serve = "uvicorn todo.main:app"
check = ["ruff check .", "mypy ."]

[tool.hatch.envs.test.scripts]
run = "pytest -q"
"""


def test_every_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    (tmp_path / "Pipfile").write_text('[scripts]\nmigrate = "python -m todo.init_db"\n')
    scripts = project_scripts(SourceTree(tmp_path), ".")
    entries = {name: s.entry for name, s in scripts.items() if s.entry}
    commands = {name: " ".join(s.command) for name, s in scripts.items() if s.command}
    assert entries == {
        "todo-migrate": "todo.cli:migrate",
        "start": "todo.cli:start",
        "seed": "todo.seed:main",
    }
    assert commands == {
        "dev": "uvicorn todo.main:app --reload",
        "serve": "uvicorn todo.main:app",
        "check": "ruff check .",  # a list of commands: the first
        "test:run": "pytest -q",  # `hatch run test:run`
        "migrate": "python -m todo.init_db",
    }  # `bad` is no plain module:function; a pdm `shell` script is not tokenised


def test_a_segment_names_a_script_behind_its_runner(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    scripts = project_scripts(SourceTree(tmp_path), ".")
    segment = ["docker", "compose", "exec", "api", "hatch", "run", "test:run", "-x"]
    found = script_call(segment, scripts)
    assert found is not None and found[0].name == "test:run" and found[1] == ("-x",)
    assert script_call(["todo-migrate"], scripts) is not None  # an installed entry point
    assert script_call(["dev"], scripts) is None  # a table's command is no installed binary
    assert script_call(["npm", "run", "dev"], scripts) is None
