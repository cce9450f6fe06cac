from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from grader.batch.jobs import (
    BatchInputError,
    SourceEntry,
    job_key,
    list_sources,
    output_name,
    survey,
)
from grader.intake import intake
from grader.settings import GradeSettings
from tests.conftest import SAMPLES


def _zip(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, f"{folder.name}/{path.relative_to(folder)}")
    return target


def test_key_changes_with_bytes_version_and_settings() -> None:
    settings = GradeSettings()
    key = job_key("a" * 64, "0.1.0", settings)
    assert key == job_key("a" * 64, "0.1.0", GradeSettings())  # stable
    assert key != job_key("b" * 64, "0.1.0", settings)
    assert key != job_key("a" * 64, "0.2.0", settings)
    assert key != job_key("a" * 64, "0.1.0", GradeSettings(fuzz_max_examples=5))


def test_folder_input_lists_archives_and_folders_with_unique_names(tmp_path: Path) -> None:
    (tmp_path / "alice").mkdir()
    (tmp_path / "alice.zip").write_bytes(b"PK")
    (tmp_path / "bob.tar.gz").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not a submission")
    (tmp_path / ".grader-batch").mkdir()
    (tmp_path / "summary.zip").write_bytes(b"PK")
    entries = list_sources(tmp_path)
    assert [(e.name, e.path.name) for e in entries] == [
        ("alice", "alice"),
        ("alice-2", "alice.zip"),
        ("bob", "bob.tar.gz"),
        ("summary-2", "summary.zip"),  # summary.* are the batch's own files
    ]


def test_csv_input_resolves_relative_paths_and_optional_names(tmp_path: Path) -> None:
    (tmp_path / "subs").mkdir()
    table = tmp_path / "batch.csv"
    table.write_text("candidate,Path,name\nAnn,subs/ann.zip,\nBen,/abs/ben,Ben Smith\n,,\n")
    entries = list_sources(table)
    assert entries == [
        SourceEntry(name="ann", path=tmp_path / "subs" / "ann.zip"),
        SourceEntry(name="Ben_Smith", path=Path("/abs/ben")),
    ]


def test_csv_without_path_column_is_refused(tmp_path: Path) -> None:
    table = tmp_path / "batch.csv"
    table.write_text("file\nx.zip\n")
    with pytest.raises(BatchInputError, match="no `path` column"):
        list_sources(table)
    table.write_text("path,name\n,someone\n")
    with pytest.raises(BatchInputError, match="empty `path`"):
        list_sources(table)
    with pytest.raises(BatchInputError):
        list_sources(tmp_path / "absent.txt")


def test_output_name_is_safe() -> None:
    assert output_name(Path("../Ann Lee (final).tar.gz")) == "Ann_Lee_final"
    assert output_name(Path(".zip")) == "zip"


def test_survey_uses_intakes_sha256(tmp_path: Path) -> None:
    archive = _zip(SAMPLES / "notes_keyerror", tmp_path / "notes.zip")
    sha, prints, ok = survey(SourceEntry(name="notes", path=archive))
    assert ok and prints
    assert sha == hashlib.sha256(archive.read_bytes()).hexdigest()
    folder_sha, _, _ = survey(SourceEntry(name="n", path=SAMPLES / "notes_keyerror"))
    (tmp_path / "ws").mkdir()
    assert folder_sha == intake(SAMPLES / "notes_keyerror", tmp_path / "ws").sha256


def test_survey_of_a_refused_archive_keys_by_bytes(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.zip"
    bogus.write_bytes(b"definitely not a zip")
    sha, prints, ok = survey(SourceEntry(name="bogus", path=bogus))
    assert not ok and prints == {}
    assert sha == hashlib.sha256(b"definitely not a zip").hexdigest()
