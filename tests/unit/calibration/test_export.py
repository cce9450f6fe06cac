"""Exporting a public repository's subfolder at a commit from a bare mirror the test makes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from grader.calibration.cases import Unavailable, export_public, exported, find_git_dir
from grader.calibration.labels import PublicRepo
from grader.models import RedFlag

_GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_DATE": "2023-05-16T12:00:00+00:00",
    "GIT_COMMITTER_DATE": "2023-05-16T12:00:00+00:00",
}


def _git(*args: str, cwd: Path | None = None) -> str:
    env = {**os.environ, **_GIT_ENV}
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


@pytest.fixture
def mirror(tmp_path: Path) -> tuple[Path, str]:
    """A work repo with backend/ and a top-level file, bare-cloned as mirror/acme+todo-api/repo."""
    work = tmp_path / "work"
    (work / "backend" / "app").mkdir(parents=True)
    (work / "backend" / "app" / "main.py").write_text(
        "from fastapi import FastAPI\napp = FastAPI()\n"
    )
    (work / "backend" / "requirements.txt").write_text("fastapi\n")
    (work / "frontend.txt").write_text("not the API\n")
    _git("init", "-q", "-b", "main", cwd=work)
    _git("add", ".", cwd=work)
    _git("commit", "-q", "-m", "first", cwd=work)
    commit = _git("rev-parse", "HEAD", cwd=work)
    (work / "backend" / "later.py").write_text("x = 1\n")
    _git("add", ".", cwd=work)
    _git("commit", "-q", "-m", "second", cwd=work)
    root = tmp_path / "mirror"
    root.mkdir()
    _git("clone", "-q", "--bare", str(work), str(root / "acme+todo-api" / "repo"))
    return root, commit


def _repo(commit: str, subfolder: str = "backend", repo: str = "acme/todo-api") -> PublicRepo:
    return PublicRepo(
        id="acme-todo",
        repo=repo,
        commit=commit,
        subfolder=subfolder,
        kind="todo",
        quality=3,
        flags={flag: False for flag in RedFlag},
    )


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_exports_the_subfolder_at_the_commit_without_its_prefix(
    mirror: tuple[Path, str], tmp_path: Path
) -> None:
    root, commit = mirror
    out = export_public(_repo(commit), root, tmp_path / "out")
    assert _files(out) == ["app/main.py", "requirements.txt"]  # no later.py, no frontend.txt
    assert (out / "app" / "main.py").read_text().startswith("from fastapi")
    # dated by the commit, as git archive dates them: the build resolves as of that date
    assert {int(p.stat().st_mtime) for p in out.rglob("*") if p.is_file()} == {1684238400}


def test_exports_the_whole_tree_without_a_subfolder(
    mirror: tuple[Path, str], tmp_path: Path
) -> None:
    root, commit = mirror
    out = export_public(_repo(commit[:12], subfolder=""), root, tmp_path / "out")
    assert _files(out) == ["backend/app/main.py", "backend/requirements.txt", "frontend.txt"]


def test_exported_removes_the_temporary_folder(mirror: tuple[Path, str]) -> None:
    root, commit = mirror
    with exported(_repo(commit), root) as folder:
        assert folder.name == "acme-todo" and (folder / "app" / "main.py").is_file()
    assert not folder.exists() and not folder.parent.exists()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"repo": "acme/other"}, "no mirror of acme/other"),
        ({"commit": "0123456789abcdef0123456789abcdef01234567"}, "is not in the mirror"),
        ({"subfolder": "nope"}, "nope has no files"),
    ],
)
def test_missing_mirror_commit_or_folder_is_unavailable(
    mirror: tuple[Path, str], tmp_path: Path, change: dict[str, str], reason: str
) -> None:
    root, commit = mirror
    repo = _repo(commit).model_copy(update=change)
    with pytest.raises(Unavailable) as caught:
        export_public(repo, root, tmp_path / "out")
    assert reason in caught.value.reason


def test_find_git_dir_prefers_the_exact_name_and_skips_unfinished_copies(tmp_path: Path) -> None:
    for name in ("acme+todo-api-v2/repo", "acme+todo-api.part/repo", "acme+todo-api/repo"):
        (tmp_path / name / "objects").mkdir(parents=True)
    assert find_git_dir(tmp_path, "acme/todo-api") == tmp_path / "acme+todo-api" / "repo"
    assert find_git_dir(tmp_path, "Acme/Todo-API-v2") == tmp_path / "acme+todo-api-v2" / "repo"
    assert find_git_dir(tmp_path, "acme/none") is None
    assert find_git_dir(tmp_path / "absent", "acme/todo-api") is None


def test_a_blob_the_mirror_lacks_is_left_out_not_the_whole_export(
    mirror: tuple[Path, str], tmp_path: Path
) -> None:
    """Mirrors may lack a repository's largest files (a committed virtualenv's binaries)."""
    root, _ = mirror
    work = tmp_path / "work"
    (work / "backend" / ".venv").mkdir()
    (work / "backend" / ".venv" / "core.so").write_bytes(b"\x7fELF" * 1000)
    _git("add", ".", cwd=work)
    _git("commit", "-q", "-m", "venv", cwd=work)
    bare = root / "acme+todo-api" / "repo"
    _git("fetch", "-q", str(work), "main:main", cwd=bare)
    commit = _git("rev-parse", "main", cwd=bare)
    blob = _git("rev-parse", f"{commit}:backend/.venv/core.so", cwd=bare)
    (bare / "objects" / blob[:2] / blob[2:]).unlink()
    out = export_public(_repo(commit), root, tmp_path / "out")
    assert _files(out) == ["app/main.py", "later.py", "requirements.txt"]
