"""Intake refuses hostile archives and trees; every archive here is built in the test itself."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import stat
import struct
import subprocess
import tarfile
import warnings
import zipfile
import zlib
from pathlib import Path
from typing import Literal

import pytest

from grader.intake import IntakeBudget, IntakeRejected, Submission, intake


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "ws"
    path.mkdir()
    return path


def _write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def _raw_zip(name: bytes, payload: bytes, declared: int, crc: int = 0) -> bytes:
    """A one-entry deflated zip whose headers say whatever the test wants them to say."""
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(payload), declared, len(name), 0
    )
    central = struct.pack(
        "<4s6H3L5H2L", b"PK\x01\x02", 0x031E, 20, 0, 8, 0, 0x21, crc, len(payload), declared,
        len(name), 0, 0, 0, 0, 0o100644 << 16, 0,
    )  # fmt: skip
    records = local + name + payload
    eocd = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central) + len(name), len(records), 0
    )
    return records + central + name + eocd


def _deflate(data_size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(1024 * 1024)
    out = [packer.compress(block) for _ in range(data_size // len(block))]
    return b"".join(out) + packer.flush()


def _write_tar(
    path: Path,
    members: list[tuple[tarfile.TarInfo, bytes | None]],
    mode: Literal["w", "w:gz"] = "w",
) -> Path:
    with tarfile.open(path, mode) as tf:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            tf.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _tar_info(
    name: str, kind: bytes = tarfile.REGTYPE, linkname: str = "", mode: int = 0o644
) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.mode = kind, linkname, mode
    return info


def _written(workspace: Path) -> list[Path]:
    return [path for path in workspace.rglob("*") if path.is_file()]


def _reject(source: Path, workspace: Path, budget: IntakeBudget | None = None) -> str:
    with pytest.raises(IntakeRejected) as caught:
        intake(source, workspace, budget)
    return caught.value.reason


# --- good input ---------------------------------------------------------------------------------


def test_zip_with_single_top_folder_roots_there(tmp_path: Path, workspace: Path) -> None:
    source = _write_zip(
        tmp_path / "submission.zip",
        {
            "todo-api/pyproject.toml": b"[project]\nname='x'\n",
            "todo-api/app/main.py": b"app = None\n",
            "__MACOSX/todo-api/._main.py": b"junk",
            ".DS_Store": b"junk",
        },
    )
    result = intake(source, workspace)
    assert isinstance(result, Submission)
    assert result.root == workspace.resolve() / "todo-api"
    assert result.name == "submission.zip"
    assert result.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert result.files == 4
    assert (result.root / "app" / "main.py").read_bytes() == b"app = None\n"
    assert stat.S_IMODE((result.root / "app" / "main.py").stat().st_mode) == 0o644
    assert stat.S_IMODE((result.root / "app").stat().st_mode) == 0o755


def test_root_is_the_one_subfolder_that_looks_like_a_project(
    tmp_path: Path, workspace: Path
) -> None:
    source = _write_zip(
        tmp_path / "s.zip",
        {
            "repo/README.md": b"# hi",
            "repo/frontend/index.js": b"",
            "repo/backend/requirements.txt": b"fastapi",
        },
    )
    assert intake(source, workspace).root == workspace.resolve() / "repo" / "backend"


@pytest.mark.parametrize(
    "files",
    [
        # requirements in a folder (base.txt, dev.txt), the app a package run from the root
        {
            "repo/README.md": b"uvicorn todoproject.main:create_app --factory",
            "repo/requirements/base.txt": b"fastapi",
            "repo/todoproject/__init__.py": b"",
            "repo/todoproject/main.py": b"from . import db\n",
            "repo/tests/test_api.py": b"",
        },
        # no marker at the top: the package holding main.py is still imported from above
        {
            "repo/README.md": b"uvicorn blog.main:app",
            "repo/blog/__init__.py": b"",
            "repo/blog/main.py": b"from .db import engine\n",
        },
    ],
)
def test_a_package_is_never_the_root_its_parent_imports_it_from(
    tmp_path: Path, workspace: Path, files: dict[str, bytes]
) -> None:
    source = _write_zip(tmp_path / "s.zip", files)
    assert intake(source, workspace).root == workspace.resolve() / "repo"


def test_tar_gz_modes_are_reset(tmp_path: Path, workspace: Path) -> None:
    members = [
        (_tar_info("p/main.py", mode=0o6755), b"print(1)\n"),
        (_tar_info("p/d", tarfile.DIRTYPE, mode=0o777), None),
    ]
    result = intake(_write_tar(tmp_path / "s.tgz", members, "w:gz"), workspace)
    assert result.root == workspace.resolve() / "p"
    assert stat.S_IMODE((result.root / "main.py").stat().st_mode) == 0o644
    assert stat.S_IMODE((result.root / "d").stat().st_mode) == 0o755


# --- hostile names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["../evil.py", "a/../../evil.py", "ABS", "/etc/x", "a\\..\\..\\evil.py", "C:/evil.py"]
)
def test_zip_names_that_escape_are_refused(tmp_path: Path, workspace: Path, name: str) -> None:
    name = str(tmp_path / "evil.py") if name == "ABS" else name
    source = _write_zip(tmp_path / "s.zip", {"ok.py": b"x", name: b"pwned"})
    reason = _reject(source, workspace)
    assert repr(name) in reason
    assert not (tmp_path / "evil.py").exists()
    assert not Path("/etc/x").exists()
    assert _written(workspace) == []  # names are checked before anything is written


def test_zip_name_with_nul_byte_is_refused(tmp_path: Path, workspace: Path) -> None:
    source = tmp_path / "s.zip"
    source.write_bytes(_raw_zip(b"main.py\x00../../evil.py", _deflate(0), declared=0))
    assert "NUL" in _reject(source, workspace)


@pytest.mark.parametrize("name", ["../evil.py", "a/../../evil.py", "ABS"])
def test_tar_names_that_escape_are_refused(tmp_path: Path, workspace: Path, name: str) -> None:
    name = str(tmp_path / "evil.py") if name == "ABS" else name
    source = _write_tar(tmp_path / "s.tar", [(_tar_info(name), b"pwned")])
    assert "escapes the workspace" in _reject(source, workspace)
    assert not (tmp_path / "evil.py").exists()


# --- links and special files --------------------------------------------------------------------


def test_zip_symlink_entry_is_refused(tmp_path: Path, workspace: Path) -> None:
    link = zipfile.ZipInfo("p/link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    source = tmp_path / "s.zip"
    with zipfile.ZipFile(source, "w") as zf:
        zf.writestr("p/main.py", b"x")
        zf.writestr(link, "/etc/passwd")
    assert "'p/link' is a symlink" in _reject(source, workspace)
    assert not (workspace / "p" / "link").exists()


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE])
def test_tar_links_are_refused(tmp_path: Path, workspace: Path, kind: bytes) -> None:
    # the classic: a link out, then a file written through it
    members = [
        (_tar_info("p/out", kind, linkname=str(tmp_path)), None),
        (_tar_info("p/out/evil.py"), b"x"),
    ]
    assert "'p/out' is a link" in _reject(_write_tar(tmp_path / "s.tar", members), workspace)
    assert not (tmp_path / "evil.py").exists()
    assert not os.path.lexists(workspace / "p" / "out")


@pytest.mark.parametrize("kind", [tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.FIFOTYPE])
def test_tar_device_and_fifo_are_refused(tmp_path: Path, workspace: Path, kind: bytes) -> None:
    source = _write_tar(tmp_path / "s.tar", [(_tar_info("dev/null", kind), None)])
    assert "'dev/null' is a device" in _reject(source, workspace)


def test_duplicate_entry_is_refused(tmp_path: Path, workspace: Path) -> None:
    source = tmp_path / "s.zip"
    with warnings.catch_warnings(), zipfile.ZipFile(source, "w") as zf:
        warnings.simplefilter("ignore")
        zf.writestr("main.py", b"good")
        zf.writestr("main.py", b"evil")
    assert "overwrite an earlier entry" in _reject(source, workspace)
    tar = _write_tar(
        tmp_path / "s.tar", [(_tar_info("a.py"), b"good"), (_tar_info("./a.py"), b"evil")]
    )
    other = tmp_path / "ws2"
    other.mkdir()
    assert "overwrite an earlier entry" in _reject(tar, other)
    assert (other / "a.py").read_bytes() == b"good"


# --- bombs and budgets --------------------------------------------------------------------------


def test_zip_whose_header_lies_about_its_size_is_stopped(tmp_path: Path, workspace: Path) -> None:
    source = tmp_path / "s.zip"
    source.write_bytes(_raw_zip(b"bomb.bin", _deflate(64 * 1024 * 1024), declared=1000))
    assert "declared size of 1000 bytes" in _reject(source, workspace)
    assert sum(path.stat().st_size for path in _written(workspace)) <= 1000


def test_zip_with_a_wrong_crc_is_refused_and_a_right_one_accepted(tmp_path: Path) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    payload = packer.compress(b"app = 1\n") + packer.flush()
    for crc, accepted in ((zlib.crc32(b"app = 1\n"), True), (12345, False)):
        source = tmp_path / f"{crc}.zip"
        source.write_bytes(_raw_zip(b"main.py", payload, declared=8, crc=crc))
        workspace = tmp_path / f"ws{crc}"
        workspace.mkdir()
        if accepted:
            assert (intake(source, workspace).root / "main.py").read_bytes() == b"app = 1\n"
        else:
            assert "'main.py' fails its CRC check" in _reject(source, workspace)


def test_honest_high_ratio_zip_is_refused_before_inflating(tmp_path: Path, workspace: Path) -> None:
    source = _write_zip(tmp_path / "s.zip", {"main.py": b"x", "zeros.bin": bytes(20 * 1024 * 1024)})
    assert "'zeros.bin' declares a ratio above 100x" in _reject(source, workspace)
    assert _written(workspace) == []


def test_gzip_bomb_is_stopped_while_streaming(tmp_path: Path, workspace: Path) -> None:
    source = _write_tar(
        tmp_path / "s.tar.gz", [(_tar_info("zeros.bin"), bytes(20 * 1024 * 1024))], "w:gz"
    )
    assert "inflates more than 100x" in _reject(source, workspace)


def test_too_many_files_are_refused(tmp_path: Path, workspace: Path) -> None:
    source = _write_zip(tmp_path / "s.zip", {f"f{i}.py": b"" for i in range(5)})
    assert "too many files" in _reject(source, workspace, IntakeBudget(max_files=3))
    tar = _write_tar(tmp_path / "s.tar", [(_tar_info(f"f{i}.py"), b"") for i in range(5)])
    other = tmp_path / "ws2"
    other.mkdir()
    assert "too many files" in _reject(tar, other, IntakeBudget(max_files=3))
    assert len(_written(other)) == 3


def test_total_size_budget_counts_real_bytes(tmp_path: Path, workspace: Path) -> None:
    tar = _write_tar(
        tmp_path / "s.tar", [(_tar_info(f"f{i}.bin"), os.urandom(400)) for i in range(3)]
    )
    assert "larger than 1000 bytes" in _reject(tar, workspace, IntakeBudget(max_total_bytes=1000))


# --- unreadable input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 this is not really a zip", b"\x1f\x8b\x08 not gzip either", b"hello, just text"],
)
def test_corrupt_or_unknown_archive_is_refused(
    tmp_path: Path, workspace: Path, content: bytes
) -> None:
    source = tmp_path / "s.zip"
    source.write_bytes(content)
    _reject(source, workspace)


def test_truncated_zip_is_refused(tmp_path: Path, workspace: Path) -> None:
    good = _write_zip(tmp_path / "good.zip", {"main.py": os.urandom(5000)}).read_bytes()
    source = tmp_path / "s.zip"
    source.write_bytes(good[:3000] + good[-100:])
    _reject(source, workspace)


def test_missing_source_is_refused(tmp_path: Path, workspace: Path) -> None:
    assert "cannot be read" in _reject(tmp_path / "nope.zip", workspace)


# --- folders and git ----------------------------------------------------------------------------


def _project(path: Path) -> Path:
    (path / "app").mkdir(parents=True)
    (path / "app" / "main.py").write_text("app = 1\n")
    (path / "requirements.txt").write_text("fastapi\n")
    return path


def test_folder_with_symlink_out_of_tree_is_refused(tmp_path: Path, workspace: Path) -> None:
    source = _project(tmp_path / "src")
    (source / "secrets").symlink_to("/etc")
    assert "'secrets' is a symlink pointing outside" in _reject(source, workspace)
    assert not (workspace / "secrets").exists()


def test_folder_with_a_fifo_is_refused(tmp_path: Path, workspace: Path) -> None:
    source = _project(tmp_path / "src")
    os.mkfifo(source / "pipe")
    assert "'pipe' is a device, fifo or socket" in _reject(source, workspace)


def test_workspace_must_be_empty(tmp_path: Path, workspace: Path) -> None:
    (workspace / "left-over").write_text("x")
    with pytest.raises(ValueError):
        intake(_project(tmp_path / "src"), workspace)


def test_folder_copy_skips_venv_and_inner_symlinks(tmp_path: Path, workspace: Path) -> None:
    source = _project(tmp_path / "src")
    (source / ".venv" / "lib").mkdir(parents=True)
    (source / ".venv" / "lib" / "big.py").write_text("x" * 1000)
    (source / ".venv" / "bin").symlink_to("/usr/bin")  # would be refused if it were looked at
    (source / "app" / "__pycache__").mkdir()
    (source / "app" / "__pycache__" / "main.pyc").write_bytes(b"\0")
    (source / "alias.py").symlink_to("app/main.py")
    (source / "node_modules").symlink_to("/usr")  # a skipped name: not followed, not refused
    result = intake(source, workspace)
    assert result.root == workspace.resolve()
    assert sorted(p.relative_to(workspace).as_posix() for p in _written(workspace)) == [
        "app/main.py",
        "requirements.txt",
    ]
    assert (result.files, result.total_bytes) == (2, len("app = 1\n") + len("fastapi\n"))
    assert not os.path.lexists(workspace / "alias.py")


def test_folder_sha256_is_stable_and_tracks_content(tmp_path: Path) -> None:
    source = _project(tmp_path / "src")
    digests = []
    for index in range(3):
        if index == 2:
            (source / "app" / "main.py").write_text("app = 2\n")
        ws = tmp_path / f"ws{index}"
        ws.mkdir()
        digests.append(intake(source, ws).sha256)
    assert digests[0] == digests[1] != digests[2]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo, check=True, capture_output=True, timeout=30,
    )  # fmt: skip


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_repo_grades_committed_head_without_running_its_config(
    tmp_path: Path, workspace: Path
) -> None:
    repo = _project(tmp_path / "repo")
    (repo / ".gitattributes").write_text("*.py filter=evil\n")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "initial")
    (repo / "uncommitted.py").write_text("not graded\n")
    (repo / "app" / "main.py").write_text("dirty edit\n")
    # the repo's own config would run code in any git command executed inside it
    hook = tmp_path / "hook.sh"
    hook.write_text(f"#!/bin/sh\ntouch {tmp_path / 'PWNED'}\ncat\n")
    hook.chmod(0o755)
    _git(repo, "config", "filter.evil.smudge", str(hook))
    _git(repo, "config", "core.fsmonitor", str(hook))
    result = intake(repo, workspace)
    assert result.name == "repo"
    assert not (workspace / "uncommitted.py").exists()
    assert (workspace / "app" / "main.py").read_text() == "app = 1\n"
    assert not (workspace / ".git").exists()
    assert not (tmp_path / "PWNED").exists()
    assert result.files == 3


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_repo_without_commits_is_copied_as_a_folder(tmp_path: Path, workspace: Path) -> None:
    repo = _project(tmp_path / "repo")
    _git(repo, "init", "-q")
    result = intake(repo, workspace)
    assert (workspace / "app" / "main.py").exists()
    assert not (workspace / ".git").exists()
    assert result.files == 2


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_committed_symlinks_inside_are_skipped_outside_refused(tmp_path: Path) -> None:
    repo = _project(tmp_path / "repo")
    (repo / "alias.py").symlink_to("app/main.py")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "inner link")
    inner = tmp_path / "ws-inner"
    inner.mkdir()
    assert intake(repo, inner).files == 2
    assert not os.path.lexists(inner / "alias.py")
    (repo / "etc").symlink_to("/etc")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "outer link")
    outer = tmp_path / "ws-outer"
    outer.mkdir()
    assert "'etc' is a link to '/etc'" in _reject(repo, outer)


def test_folder_with_a_broken_git_dir_is_refused(tmp_path: Path, workspace: Path) -> None:
    repo = _project(tmp_path / "repo")
    (repo / ".git").mkdir()
    assert "git clone" in _reject(repo, workspace)


def test_intake_keeps_the_newest_plausible_file_date(tmp_path: Path, workspace: Path) -> None:
    """A zip's entry dates say when it was written; zip's 1980 placeholder says nothing."""
    archive = tmp_path / "dated.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(zipfile.ZipInfo("app/main.py", date_time=(2023, 5, 30, 9, 0, 0)), "x = 1\n")
        zf.writestr(zipfile.ZipInfo("app/util.py", date_time=(2023, 6, 1, 18, 30, 0)), "y = 2\n")
        zf.writestr(zipfile.ZipInfo("app/old.py", date_time=(1980, 1, 1, 0, 0, 0)), "z = 3\n")
    submission = intake(archive, workspace)
    assert submission.written_at is not None
    assert submission.written_at.date().isoformat() == "2023-06-01"
    only_placeholders = tmp_path / "undated.zip"
    with zipfile.ZipFile(only_placeholders, "w") as zf:
        zf.writestr(zipfile.ZipInfo("main.py", date_time=(1980, 1, 1, 0, 0, 0)), "x = 1\n")
    other = tmp_path / "ws2"
    other.mkdir()
    assert intake(only_placeholders, other).written_at is None
