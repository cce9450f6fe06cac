"""What a batch is made of: the submissions it lists and the key that makes each job unique.

A job is keyed by (submission sha256, grader version, settings hash): the same bytes graded by the
same grader with the same knobs give the same report, so a key already done is never graded
again, whichever run, machine or file name it came from. The sha256 is intake's own: the bytes
of an archive, the stable listing hash of a folder (the same value the report carries).
"""

from __future__ import annotations

import csv
import hashlib
import re
import tempfile
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from grader.batch.similarity import CodePrints, fingerprint_tree
from grader.intake import IntakeRejected, intake
from grader.settings import GradeSettings

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class BatchInputError(Exception):
    """The batch input cannot be read (no such folder, a CSV without a `path` column...)."""


class SourceEntry(BaseModel):
    """One line of the batch: the output name (unique in the batch) and where the code is."""

    model_config = ConfigDict(frozen=True)

    name: str
    path: Path


class Job(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    source: Path
    sha256: str
    key: str

    @property
    def task_id(self) -> str:
        return f"grade:{self.key}"


def settings_hash(settings: GradeSettings) -> str:
    return hashlib.sha256(settings.model_dump_json().encode()).hexdigest()


def job_key(sha256: str, grader_version: str, settings: GradeSettings) -> str:
    basis = f"{sha256}\n{grader_version}\n{settings_hash(settings)}"
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


def output_name(path: Path) -> str:
    """`alice.tar.gz` -> `alice`, folder `bob` -> `bob`; safe as a file name."""
    name = path.name
    for suffix in sorted(ARCHIVE_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    name = _UNSAFE.sub("_", name).strip("._") or "submission"
    return name[:100]


def _unique(names: list[str]) -> list[str]:
    """Two `alice` inputs become `alice` and `alice-2`; summary/similarity are the batch's."""
    taken = {"summary", "similarity"}
    out = []
    for name in names:
        candidate, n = name, 1
        while candidate.lower() in taken:
            n += 1
            candidate = f"{name}-{n}"
        taken.add(candidate.lower())
        out.append(candidate)
    return out


def list_sources(batch_input: Path) -> list[SourceEntry]:
    """A folder of zips/tarballs/folders, or a CSV whose `path` column lists them."""
    if batch_input.is_dir():
        paths = [
            path
            for path in sorted(batch_input.iterdir())
            if not path.name.startswith(".")
            and not path.is_symlink()
            and (path.is_dir() or path.name.lower().endswith(ARCHIVE_SUFFIXES))
        ]
        given: list[str | None] = [None] * len(paths)
    elif batch_input.is_file() and batch_input.suffix.lower() == ".csv":
        given, paths = _read_csv(batch_input)
    else:
        raise BatchInputError(f"{batch_input} is neither a folder nor a .csv file")
    pairs = zip(given, paths, strict=True)
    names = _unique([output_name(Path(n)) if n else output_name(p) for n, p in pairs])
    return [SourceEntry(name=n, path=p) for n, p in zip(names, paths, strict=True)]


def _read_csv(table: Path) -> tuple[list[str | None], list[Path]]:
    with table.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        columns = [c.strip().lower() for c in reader.fieldnames or []]
        if "path" not in columns:
            raise BatchInputError(f"{table} has no `path` column (columns: {columns or 'none'})")
        rows = [
            {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()} for row in reader
        ]
    given: list[str | None] = []
    paths: list[Path] = []
    for number, row in enumerate(rows, start=2):
        if not row.get("path"):
            if any(row.values()):
                raise BatchInputError(f"{table}:{number}: empty `path`")
            continue
        path = Path(row["path"]).expanduser()
        paths.append(path if path.is_absolute() else table.parent / path)
        given.append(row.get("name") or None)
    return given, paths


def survey(entry: SourceEntry) -> tuple[str, CodePrints, bool]:
    """Intake the submission once on the collector: its sha256, its code fingerprints, and
    whether intake accepts it at all.

    A submission intake refuses still gets a job (its report says `rejected`), keyed by its
    bytes, or by its name and the reason for a folder that cannot be read.
    """
    with tempfile.TemporaryDirectory(prefix="grader-batch-") as tmp:
        try:
            submission = intake(entry.path, Path(tmp))
        except (IntakeRejected, ValueError) as exc:
            return _fallback_digest(entry, str(exc)), {}, False
        return submission.sha256, fingerprint_tree(submission.root), True


def _fallback_digest(entry: SourceEntry, reason: str) -> str:
    if entry.path.is_file():
        digest = hashlib.sha256()
        with entry.path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 16), b""):
                digest.update(chunk)
        return digest.hexdigest()
    return hashlib.sha256(f"unreadable\0{entry.path}\0{reason}".encode()).hexdigest()
