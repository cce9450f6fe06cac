"""Hostile archives and trees end at intake: refused, the offending entry named, nothing outside.

Each attack is built here at runtime (no archive is committed) and fed twice: to `intake`
directly, and to `grade`, which must answer `rejected` before it ever needs a Docker engine.
Every path an attack aims at lies under the test's own tmp folder (or is a unique name under
/etc that must stay absent), and the whole tmp folder is compared before and after.
"""

from __future__ import annotations

import io
import os
import struct
import tarfile
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from grader import grade
from grader.intake import IntakeRejected, intake
from grader.models import GradingStatus, PhaseName, PhaseStatus

MAIN = b"from fastapi import FastAPI\n\napp = FastAPI()\n"
MIB = 1024 * 1024


@dataclass(frozen=True)
class Scene:
    """Where an attack lands: `outside` is a folder beside the workspace it must not reach."""

    tmp: Path
    outside: Path
    token: str


@dataclass(frozen=True)
class Attack:
    """`build` writes the hostile input and returns (its path, the entry the reason must name)."""

    id: str
    build: Callable[[Scene], tuple[Path, str]]
    reason: str
    inflates_nothing: bool = False


def _zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return path


def _tar(path: Path, members: Sequence[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w") as tf:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            tf.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _member(name: str, kind: bytes = tarfile.REGTYPE, linkname: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.mode = kind, linkname, 0o644
    return info


def _zip_traversal(s: Scene) -> tuple[Path, str]:
    # From a workspace at tmp/deep/ws this lands at tmp/deep/<token> (or beside grade's workspace).
    name = f"proj/a/../../../{s.token}"
    return _zip(s.tmp / "in.zip", [("proj/main.py", MAIN), (name, b"escaped\n")]), name


def _tar_traversal(s: Scene) -> tuple[Path, str]:
    name = f"proj/a/../../../{s.token}"
    members = [(_member("proj/main.py"), MAIN), (_member(name), b"escaped\n")]
    return _tar(s.tmp / "in.tar", members), name


def _zip_absolute(s: Scene) -> tuple[Path, str]:
    name = f"{s.outside}/{s.token}"
    return _zip(s.tmp / "in.zip", [("proj/main.py", MAIN), (name, b"escaped\n")]), name


def _tar_absolute(s: Scene) -> tuple[Path, str]:
    name = f"{s.outside}/{s.token}"
    members = [(_member("proj/main.py"), MAIN), (_member(name), b"escaped\n")]
    return _tar(s.tmp / "in.tar", members), name


def _tar_symlink_write_through(target: str) -> Callable[[Scene], tuple[Path, str]]:
    def build(s: Scene) -> tuple[Path, str]:
        link = "proj/conf"
        members = [
            (_member("proj/main.py"), MAIN),
            (_member(link, tarfile.SYMTYPE, s.outside.as_posix() if target == "" else target), None),
            (_member(f"{link}/{s.token}"), b"written through the link\n"),
        ]
        return _tar(s.tmp / "in.tar", members), link

    return build


def _tar_hardlink(s: Scene) -> tuple[Path, str]:
    (s.outside / "victim").write_bytes(b"host file\n")
    name = "proj/victim"
    members = [
        (_member("proj/main.py"), MAIN),
        (_member(name, tarfile.LNKTYPE, str(s.outside / "victim")), None),
    ]
    return _tar(s.tmp / "in.tar", members), name


def _tar_device(s: Scene) -> tuple[Path, str]:
    device = _member("proj/null", tarfile.CHRTYPE)
    device.devmajor, device.devminor = 1, 3
    return _tar(s.tmp / "in.tar", [(_member("proj/main.py"), MAIN), (device, None)]), "proj/null"


def _deflated_zeros(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(MIB)
    return b"".join(packer.compress(block) for _ in range(size // MIB)) + packer.flush()


def _raw_zip(name: str, payload: bytes, declared: int, crc: int) -> bytes:
    """A one-entry deflated zip whose headers claim whatever `declared` says."""
    raw = name.encode()
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(payload), declared, len(raw), 0
    )
    central = struct.pack(
        "<4s6H3L5H2L", b"PK\x01\x02", 0x031E, 20, 0, 8, 0, 0x21, crc, len(payload), declared,
        len(raw), 0, 0, 0, 0, 0o100644 << 16, 0,
    )  # fmt: skip
    records = local + raw + payload
    eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central) + len(raw), len(records), 0)
    return records + central + raw + eocd


def _zip_bomb(size: int) -> Callable[[Scene], tuple[Path, str]]:
    """Honest headers: the declared size alone must stop it, before a byte is inflated."""

    def build(s: Scene) -> tuple[Path, str]:
        name = "proj/bomb.bin"
        crc = zlib.crc32(bytes(size))
        path = s.tmp / "bomb.zip"
        path.write_bytes(_raw_zip(name, _deflated_zeros(size), size, crc))
        return path, name

    return build


def _zip_lying_sizes(s: Scene) -> tuple[Path, str]:
    """Headers claim 1000 bytes; the stream inflates to 8 MiB."""
    name = "proj/liar.bin"
    path = s.tmp / "liar.zip"
    path.write_bytes(_raw_zip(name, _deflated_zeros(8 * MIB), 1000, zlib.crc32(bytes(1000))))
    return path, name


def _folder_symlink_out(kind: str) -> Callable[[Scene], tuple[Path, str]]:
    def build(s: Scene) -> tuple[Path, str]:
        folder = s.tmp / "folder"
        folder.mkdir()
        (folder / "main.py").write_bytes(MAIN)
        (s.outside / "secret.txt").write_text("host secret\n")
        target = s.outside / "secret.txt" if kind == "file" else s.outside
        (folder / "settings").symlink_to(target)
        return folder, "settings"

    return build


ATTACKS = [
    Attack("zip-dotdot-in-the-middle", _zip_traversal, "escapes the workspace"),
    Attack("tar-dotdot-in-the-middle", _tar_traversal, "escapes the workspace"),
    Attack("zip-absolute-path", _zip_absolute, "absolute path"),
    Attack("tar-absolute-path", _tar_absolute, "absolute path"),
    Attack("tar-symlink-to-etc-then-write", _tar_symlink_write_through("/etc"), "links are refused"),
    Attack("tar-symlink-out-then-write", _tar_symlink_write_through(""), "links are refused"),
    Attack("tar-hardlink", _tar_hardlink, "links are refused"),
    Attack("tar-device-file", _tar_device, "special file"),
    Attack("zip-bomb-over-file-limit", _zip_bomb(60 * MIB), "declares more than", True),
    Attack("zip-bomb-by-ratio", _zip_bomb(20 * MIB), "declares a ratio above", True),
    Attack("zip-lying-sizes", _zip_lying_sizes, "declared size"),
    Attack("folder-file-symlink-out", _folder_symlink_out("file"), "pointing outside"),
    Attack("folder-dir-symlink-out", _folder_symlink_out("dir"), "pointing outside"),
]


def _snapshot(root: Path, skip: Path | None = None) -> dict[str, tuple[int, int]]:
    """Every path under root (links not followed) with its type and size."""
    seen: dict[str, tuple[int, int]] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        if skip is not None and Path(folder) == skip:
            dirs[:] = []
            continue
        for name in dirs + files:
            st = os.lstat(os.path.join(folder, name))
            seen[os.path.relpath(os.path.join(folder, name), root)] = (st.st_mode, st.st_size)
    return seen


@pytest.fixture
def scene(tmp_path: Path) -> Scene:
    outside = tmp_path / "outside"
    outside.mkdir()
    return Scene(tmp=tmp_path, outside=outside, token=f"grader-hostile-{uuid.uuid4().hex[:12]}")


def _assert_nothing_escaped(scene: Scene, before: dict[str, tuple[int, int]], ws: Path) -> None:
    assert _snapshot(scene.tmp, skip=ws) == before
    assert not Path("/etc", scene.token).exists()
    assert not Path(tempfile.gettempdir(), scene.token).exists()


@pytest.mark.parametrize("attack", ATTACKS, ids=[a.id for a in ATTACKS])
def test_intake_refuses_and_names_the_entry(attack: Attack, scene: Scene) -> None:
    source, entry = attack.build(scene)
    ws = scene.tmp / "deep" / "ws"
    ws.mkdir(parents=True)
    before = _snapshot(scene.tmp, skip=ws)
    try:
        with pytest.raises(IntakeRejected) as caught:
            intake(source, ws)
    finally:
        _assert_nothing_escaped(scene, before, ws)
    assert repr(entry) in caught.value.reason, caught.value.reason
    assert attack.reason in caught.value.reason
    if attack.inflates_nothing:
        assert list(ws.iterdir()) == [], "refused from its headers, yet something was inflated"
    for path in ws.rglob("*"):
        assert not path.is_symlink() and (path.is_dir() or path.is_file()), path


@pytest.mark.parametrize("attack", ATTACKS, ids=[a.id for a in ATTACKS])
def test_grade_reports_rejected_without_docker(
    attack: Attack, scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, entry = attack.build(scene)
    scratch = scene.tmp / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # grade's workspace lands in here
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")  # no engine to lean on
    before = _snapshot(scene.tmp)

    report = grade(source)

    assert _snapshot(scene.tmp) == before, "grade left something behind or wrote outside"
    assert not Path("/etc", scene.token).exists()
    assert report.status == GradingStatus.REJECTED
    assert report.score is None
    phase = next(p for p in report.phases if p.name == PhaseName.INTAKE)
    assert phase.status == PhaseStatus.FAILED
    assert repr(entry) in phase.reason and attack.reason in phase.reason, phase.reason
    later = [p for p in report.phases if p.name != PhaseName.INTAKE]
    assert all(p.status == PhaseStatus.SKIPPED for p in later)
    assert all(v.status == "not_assessed" for v in report.red_flags)
