"""Where the cases come from: corpus folders on disk, and public repositories exported on demand.

Public repositories are labeled by commit, never committed: their code is exported from a local
bare mirror into a temporary folder only while it is graded, then removed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Literal

from pydantic import BaseModel, ConfigDict

from grader.calibration.labels import CaseLabel, CorpusError, PublicRepo, read_label, read_public

_GIT_TIMEOUT_SECONDS = 300
_MAX_EXPORT_BYTES = 512 * 1024 * 1024
_UNFINISHED_SUFFIXES = (".part", ".tar")  # a mirror still being copied in


class CorpusCase(BaseModel):
    """A blind-written case: `<dir>/label.toml` and `<dir>/submission/`."""

    model_config = ConfigDict(frozen=True)

    source: Literal["corpus"] = "corpus"
    id: str
    group: str
    submission: Path
    label: CaseLabel


class PublicCase(BaseModel):
    """A public repository at a labeled commit; graded from an export of the local mirror."""

    model_config = ConfigDict(frozen=True)

    source: Literal["public"] = "public"
    id: str
    group: str = "public"
    label: PublicRepo


Case = CorpusCase | PublicCase


class Unavailable(Exception):
    """A public repository that cannot be exported here; the run records why and goes on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _is_case(folder: Path) -> bool:
    return (folder / "label.toml").is_file()


def _case(folder: Path, group: str) -> CorpusCase:
    if not (folder / "submission").is_dir():
        raise CorpusError(f"{folder}: has label.toml but no submission/ folder")
    return CorpusCase(
        id=folder.name,
        group=group,
        submission=folder / "submission",
        label=read_label(folder / "label.toml"),
    )


def find_cases(dirs: Sequence[Path]) -> list[CorpusCase]:
    """Each dir is one case or a folder of cases; every label is read now, so a bad one stops
    the run before an hour of grading rather than after it."""
    cases: list[CorpusCase] = []
    for folder in dirs:
        if not folder.is_dir():
            raise CorpusError(f"{folder}: not a folder")
        if _is_case(folder):
            cases.append(_case(folder, group=folder.parent.name or "."))
            continue
        found = []
        for child in sorted(folder.iterdir()):
            if not child.is_dir() or child.name.startswith((".", "_")):
                continue
            if _is_case(child):
                found.append(_case(child, group=folder.name))
            elif (child / "submission").is_dir():
                raise CorpusError(f"{child}: has submission/ but no label.toml")
        if not found:
            raise CorpusError(f"{folder}: no cases (folders with label.toml and submission/)")
        cases += found
    return cases


def public_cases(repos: Sequence[PublicRepo]) -> list[PublicCase]:
    return [PublicCase(id=repo.id, label=repo) for repo in repos]


def check_unique_ids(cases: Sequence[Case]) -> None:
    """Report files are named by case id, so two cases with one id would overwrite each other."""
    seen: dict[str, Case] = {}
    for case in cases:
        if case.id in seen:
            first = seen[case.id]
            raise CorpusError(
                f"case id {case.id!r} appears twice ({first.group} and {case.group}); rename one"
            )
        seen[case.id] = case


def _looks_like_git_dir(folder: Path) -> bool:
    return (folder / "HEAD").is_file() or (folder / "objects").is_dir()


def find_git_dir(mirror: Path, repo: str) -> Path | None:
    """The bare git dir for owner/name under the mirror (`owner+name/...`), or None.

    An exact folder name is preferred over a longer one that merely starts with it.
    """
    if not mirror.is_dir():
        return None
    stem = repo.replace("/", "+").lower()
    candidates = sorted(
        (
            path
            for path in mirror.iterdir()
            if path.is_dir()
            and path.name.lower().startswith(stem)
            and not path.name.endswith(_UNFINISHED_SUFFIXES)
        ),
        key=lambda path: (path.name.lower() != stem, path.name),
    )
    for top in candidates:
        level = [top]
        for _ in range(3):  # owner+name/, owner+name/repo/, at most one more level
            found = next((folder for folder in level if _looks_like_git_dir(folder)), None)
            if found is not None:
                return found
            level = sorted(sub for folder in level for sub in folder.iterdir() if sub.is_dir())
    return None


def _git(git_dir: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = ["git", "-c", "safe.directory=*", f"--git-dir={git_dir}", *args]
    try:
        return subprocess.run(command, capture_output=True, timeout=_GIT_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise Unavailable(f"git {args[0]} took over {_GIT_TIMEOUT_SECONDS} s") from None
    except OSError as exc:
        raise Unavailable(f"git could not run: {exc}") from None


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else "no message"


def export_public(repo: PublicRepo, mirror: Path, into: Path) -> Path:
    """Export repo's subfolder at its commit into `into` (prefix stripped), or raise Unavailable.

    Only regular files (and their folders) are written, each read from the mirror with
    `git cat-file`: links would be refused by intake anyway, and a path is written only below
    `into`. A mirror may lack its largest blobs (a committed virtualenv's binaries): those files
    are left out, as intake would leave out the virtualenv, instead of failing the whole export.
    """
    git_dir = find_git_dir(mirror, repo.repo)
    if git_dir is None:
        raise Unavailable(f"no mirror of {repo.repo} under {mirror}")
    if _git(git_dir, "cat-file", "-e", f"{repo.commit}^{{commit}}").returncode != 0:
        raise Unavailable(f"commit {repo.commit} of {repo.repo} is not in the mirror {git_dir}")
    subfolder = repo.subfolder.strip("/")
    prefix = f"{subfolder}/" if subfolder else ""
    listing = _git(git_dir, "ls-tree", "-r", "-z", repo.commit, *([prefix] if prefix else []))
    if listing.returncode != 0:
        raise Unavailable(f"git ls-tree of {repo.repo}: {_first_line(listing.stderr)}")
    blobs: dict[str, str] = {}  # path below `into` -> object id
    for entry in listing.stdout.split(b"\0"):
        meta, _, raw_path = entry.partition(b"\t")
        fields = meta.split()
        path = raw_path.decode("utf-8", "surrogateescape")
        if len(fields) != 3 or fields[0] not in (b"100644", b"100755") or fields[1] != b"blob":
            continue
        relative = PurePosixPath(path[len(prefix) :])
        if path.startswith(prefix) and relative.parts and ".." not in relative.parts:
            blobs[relative.as_posix()] = fields[2].decode()
    if not blobs:
        raise Unavailable(f"{repo.repo}@{repo.commit}: {subfolder or 'the tree'} has no files")
    contents = _read_blobs(git_dir, sorted(set(blobs.values())))
    if sum(len(data) for data in contents.values()) > _MAX_EXPORT_BYTES:
        raise Unavailable(f"{repo.repo}/{subfolder} is over {_MAX_EXPORT_BYTES >> 20} MiB")
    # Every file dated as git archive dates them, by the commit: the build resolves what is not
    # pinned with the releases of the submission's writing date, read from its files' times.
    dated = _git(git_dir, "log", "-1", "--format=%ct", repo.commit)
    when = int(dated.stdout.strip() or 0) if dated.returncode == 0 else 0
    into.mkdir(parents=True, exist_ok=True)
    for path, object_id in blobs.items():
        data = contents.get(object_id)
        if data is not None:
            target = into / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            if when:
                os.utime(target, (when, when))
    return into


def _read_blobs(git_dir: Path, object_ids: list[str]) -> dict[str, bytes]:
    """The blobs the mirror has, by object id (`git cat-file --batch`: a missing one says so)."""
    command = ["git", "-c", "safe.directory=*", f"--git-dir={git_dir}", "cat-file", "--batch"]
    request = "".join(f"{object_id}\n" for object_id in object_ids).encode()
    try:
        done = subprocess.run(
            command, input=request, capture_output=True, timeout=_GIT_TIMEOUT_SECONDS
        )
    except (subprocess.TimeoutExpired, OSError) as exc:
        raise Unavailable(f"git cat-file could not read the mirror: {exc}") from None
    out, found, at = done.stdout, {}, 0
    while at < len(out):
        end = out.index(b"\n", at)
        header = out[at:end].split()
        at = end + 1
        if len(header) != 3:  # `<id> missing`
            continue
        size = int(header[2])
        found[header[0].decode()] = out[at : at + size]
        at += size + 1
    return found


@contextmanager
def exported(repo: PublicRepo, mirror: Path) -> Iterator[Path]:
    """A temporary export named after the case (the report's submission name), always removed."""
    scratch = Path(tempfile.mkdtemp(prefix="grader-calibration-"))
    try:
        yield export_public(repo, mirror, scratch / repo.id)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def collect_cases(dirs: Sequence[Path], public: Path | None) -> list[Case]:
    """Every case of a run, corpus first then public, with unique ids; raises CorpusError."""
    cases: list[Case] = [*find_cases(dirs)]
    if public is not None:
        cases += public_cases(read_public(public))
    if not cases:
        raise CorpusError("no cases: give case folders and/or --public")
    check_unique_ids(cases)
    return cases
