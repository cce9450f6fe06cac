"""Intake: turn what a reviewer hands over into a private, safe copy of the project.

A submission is a stranger's upload, so extraction trusts nothing it reads: names, declared sizes,
entry types and modes are all checked, real bytes are counted while streaming, and nothing is ever
written outside the workspace. Every refusal is an `IntakeRejected` whose reason names the entry.

This package splits that work by source: `budget` (limits, the result and the one writer every
path goes through), `archives` (zip and tar), `trees` (folders and git HEAD) and `root` (where the
project starts). This module dispatches between them; every name the former single module had is
re-exported here so `from grader.intake import X` keeps working.
"""

from __future__ import annotations

import hashlib
import stat
from datetime import UTC, datetime
from pathlib import Path

from grader.intake.archives import _CORRUPT as _CORRUPT
from grader.intake.archives import _EOCD as _EOCD
from grader.intake.archives import _TAR_MAGIC as _TAR_MAGIC
from grader.intake.archives import _check_zip_directory as _check_zip_directory
from grader.intake.archives import _crc_checked as _crc_checked
from grader.intake.archives import _decompressed as _decompressed
from grader.intake.archives import _extract_tar as _extract_tar
from grader.intake.archives import _extract_zip as _extract_zip
from grader.intake.archives import _link_stays_inside as _link_stays_inside
from grader.intake.archives import _MeteredStream as _MeteredStream
from grader.intake.archives import _plan_zip as _plan_zip
from grader.intake.archives import _refusing_corrupt as _refusing_corrupt
from grader.intake.archives import _sniff as _sniff
from grader.intake.budget import _CHUNK as _CHUNK
from grader.intake.budget import _RATIO_FLOOR as _RATIO_FLOOR
from grader.intake.budget import _SKIPPED_DIRS as _SKIPPED_DIRS
from grader.intake.budget import IntakeBudget as IntakeBudget
from grader.intake.budget import IntakeRejected as IntakeRejected
from grader.intake.budget import Submission as Submission
from grader.intake.budget import _chunks as _chunks
from grader.intake.budget import _entry_path as _entry_path
from grader.intake.budget import _Extraction as _Extraction
from grader.intake.budget import _is_skipped as _is_skipped
from grader.intake.budget import _quote as _quote
from grader.intake.budget import _Reader as _Reader
from grader.intake.budget import _too_dense as _too_dense
from grader.intake.root import _IGNORED_AT_TOP as _IGNORED_AT_TOP
from grader.intake.root import _ROOT_MARKER_FILES as _ROOT_MARKER_FILES
from grader.intake.root import _looks_like_project as _looks_like_project
from grader.intake.root import _project_root as _project_root
from grader.intake.root import _subdirs as _subdirs
from grader.intake.trees import _GIT_TIMEOUT_S as _GIT_TIMEOUT_S
from grader.intake.trees import _copy_folder as _copy_folder
from grader.intake.trees import _copy_git_head as _copy_git_head
from grader.intake.trees import _file_chunks as _file_chunks
from grader.intake.trees import _run_git as _run_git
from grader.intake.trees import _stream_git_archive as _stream_git_archive


def intake(source: Path, workspace: Path, budget: IntakeBudget | None = None) -> Submission:
    """Copy `source` (zip, tar[.gz|.bz2|.xz], folder or git repo) into the empty `workspace`."""
    workspace = workspace.resolve()
    if not workspace.is_dir() or any(workspace.iterdir()):
        raise ValueError(f"workspace {workspace} must be an existing empty directory")
    out = _Extraction(workspace, budget or IntakeBudget())
    name, digest = _unpack(Path(source), out)
    if out.files == 0:
        raise IntakeRejected(f"submission {name!r} contains no files")
    return Submission(
        name=name,
        sha256=digest,
        workspace=workspace,
        root=_project_root(workspace),
        files=out.files,
        total_bytes=out.total,
        written_at=datetime.fromtimestamp(out.newest, UTC) if out.newest is not None else None,
    )


def _unpack(source: Path, out: _Extraction) -> tuple[str, str]:
    """Dispatch on what the source is (by content, not by extension); return (name, sha256)."""
    try:
        info = source.stat()
        name = source.name or source.resolve().name
    except OSError as exc:
        raise IntakeRejected(f"source {_quote(str(source))} cannot be read: {exc}") from None
    if stat.S_ISDIR(info.st_mode):
        with _refusing_corrupt(f"folder {name!r}"):
            if not ((source / ".git").exists() and _copy_git_head(source, out)):
                _copy_folder(source, out)
        return name, out.listing_digest()
    if not stat.S_ISREG(info.st_mode):
        raise IntakeRejected(f"source {name!r} is neither a file nor a folder")
    budget = out.budget
    if info.st_size > budget.max_total_bytes + budget.max_files * 2048 + _RATIO_FLOOR:
        raise IntakeRejected(
            f"archive {name!r} is larger than the budget of {budget.max_total_bytes} bytes"
        )
    with _refusing_corrupt(f"archive {name!r}"), source.open("rb") as fh:
        kind = _sniff(fh, name)
        if kind == "zip":
            _extract_zip(fh, info.st_size, out)
        else:
            _extract_tar(_decompressed(fh, kind), out, compressed=info.st_size)
        fh.seek(0)
        digest = hashlib.sha256()
        for chunk in _chunks(fh):
            digest.update(chunk)
    return name, digest.hexdigest()
