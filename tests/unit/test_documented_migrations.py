"""The repository's own migration command (read as data, only recognised alembic invocations),
and an alembic.ini whose alembic is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.discovery import discover
from grader.discovery.migrations import parse_alembic
from grader.discovery.services import discover_services
from grader.discovery.tree import SourceTree
from grader.phases.services import alembic_missing, migration_script

INI = "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://u:p@db/app\n"


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _alembic(root: Path):  # type: ignore[no-untyped-def]
    return discover_services(root, discover(root)).alembic


def test_compose_command_with_config_in_a_folder(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "backend/alembic.ini": INI,
            "docker-compose.yml": "services:\n  migrate:\n    build: .\n"
            '    command: sh -c "python -m alembic -c backend/alembic.ini upgrade head"\n'
            "  db:\n    image: postgres:16\n",
        },
    )
    config = _alembic(root)
    assert config is not None and config.command is not None
    assert (config.file, config.directory) == ("backend/alembic.ini", ".")
    assert config.command.arguments() == ["-c", "backend/alembic.ini", "upgrade", "head"]
    assert config.command.source == "docker-compose.yml:4"
    assert config.url == "postgresql://u:p@db/app"  # read from the file the command names
    argv = migration_script(config.directory, 60, True, config.command)
    assert "cd /app &&" in argv[2]
    assert '"$GRADER_ALEMBIC_INI" > backend/alembic.ini' in argv[2]
    assert argv[2].endswith("python -m alembic -c backend/alembic.ini upgrade head")


def test_makefile_recipe_with_cd_and_runner(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "app/alembic.ini": INI,
            "Makefile": "migrate:\n\tcd app && poetry run alembic -n main upgrade heads\n",
            "README.md": "Run `alembic upgrade head`.\n",
        },
    )
    config = _alembic(root)
    assert config is not None and config.command is not None
    assert config.command.shown() == "cd app && alembic -n main upgrade heads"
    assert (config.file, config.directory, config.command.kind) == ("app/alembic.ini", "app", "Makefile")


def test_a_script_runs_from_the_root_not_its_own_folder(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {"alembic.ini": INI, "boot/start.sh": "#!/bin/sh\nalembic upgrade head\nexec \"$@\"\n"},
    )
    config = _alembic(root)
    assert config is not None and config.command is not None
    assert (config.directory, config.command.source) == (".", "boot/start.sh:2")


def test_unrecognised_or_unsafe_commands_fall_back_to_the_ini(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "alembic.ini": INI,
            "README.md": "```\nalembic -c ../etc/alembic.ini upgrade head\n"
            "alembic upgrade <revision>\nalembic upgrade head --sql\n"
            "alembic -c other.ini upgrade head\n```\n",  # other.ini does not exist
        },
    )
    config = _alembic(root)
    assert config is not None and config.command is None
    assert (config.file, config.directory) == ("alembic.ini", ".")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["upgrade", "head"], ["upgrade", "head"]),
        (["-x", "tenant=a", "upgrade", "ae10"], ["-x", "tenant=a", "upgrade", "ae10"]),
        (["--config=a.ini", "--raiseerr", "upgrade", "head"], ["-c", "a.ini", "upgrade", "head"]),
        (["-x", "db=postgresql://u:p@h/d", "upgrade", "head"], ["upgrade", "head"]),
        (["downgrade", "-1"], None),
        (["-c", "a.ini;rm -rf /", "upgrade", "head"], None),
        (["revision", "--autogenerate"], None),
    ],
)
def test_parse_alembic(words: list[str], expected: list[str] | None) -> None:
    found = parse_alembic(words, ".", "README.md:1", "README")
    assert (found.arguments() if found else None) == expected


def test_nothing_documented_keeps_the_bare_command(tmp_path: Path) -> None:
    root = _write(tmp_path, {"alembic.ini": INI})
    config = _alembic(root)
    assert config is not None and config.command is None
    assert migration_script(".", 60, False)[2].endswith("python -m alembic upgrade head")
    assert SourceTree(root).has_file("alembic.ini")


@pytest.mark.parametrize(
    ("log", "missing"),
    [
        ("/opt/venv/bin/python: No module named alembic\n", True),
        (
            "/opt/venv/bin/python: No module named alembic.__main__; 'alembic' is a package and "
            "cannot be directly executed\n",
            True,
        ),
        ("ModuleNotFoundError: No module named 'alembic_utils'\n", False),
        ("ModuleNotFoundError: No module named 'pkg_resources'\n", False),
    ],
)
def test_alembic_missing(log: str, missing: bool) -> None:
    assert alembic_missing(log) is missing
