"""Tree intake: a plain folder, or the committed HEAD of a git repository.

A folder is walked without ever following a symlink (in-tree links are skipped, outward ones
refused). A git repository is graded as committed, not as the working copy, and git itself only
runs against a bare clone with no system or global config, because the candidate's own config
could define filters or hooks that execute on the host.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from grader.intake.archives import _extract_tar
from grader.intake.budget import (
    _RATIO_FLOOR,
    _SKIPPED_DIRS,
    IntakeRejected,
    _chunks,
    _Extraction,
    _quote,
)

_GIT_TIMEOUT_S = 60.0


def _file_chunks(path: str, q: str) -> Iterator[bytes]:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IntakeRejected(f"entry {q} changed into a special file while copying")
        yield from _chunks(fh)


def _copy_folder(source: Path, out: _Extraction) -> None:
    """Copy without following a symlink: in-tree ones are skipped, outward ones refused."""
    top = os.path.realpath(source)
    ws = os.stat(out.root)

    def walk(directory: str, rel: PurePosixPath) -> None:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
        for entry in entries:
            child = rel / entry.name
            q = _quote(str(child))
            if len(child.parts) > out.budget.max_path_depth:
                raise IntakeRejected(f"entry {q} is nested deeper than the budget allows")
            if entry.name in _SKIPPED_DIRS and not entry.is_file(follow_symlinks=False):
                continue  # a .venv that is a symlink elsewhere is skipped, never followed
            if entry.is_symlink():
                target = os.path.realpath(entry.path)
                if os.path.commonpath([top, target]) != top:
                    raise IntakeRejected(f"entry {q} is a symlink pointing outside the submission")
            elif entry.is_dir(follow_symlinks=False):
                st = entry.stat(follow_symlinks=False)
                if (st.st_dev, st.st_ino) == (ws.st_dev, ws.st_ino):
                    continue
                out.add_dir(child, str(child))
                walk(entry.path, child)
            elif entry.is_file(follow_symlinks=False):
                out.dated(entry.stat(follow_symlinks=False).st_mtime)
                out.add_file(child, str(child), _file_chunks(entry.path, q))
            else:
                raise IntakeRejected(f"entry {q} is a device, fifo or socket")

    walk(top, PurePosixPath())


def _run_git(args: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            args, env=env, capture_output=True, text=True, timeout=_GIT_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        raise IntakeRejected(f"git {what} took longer than {_GIT_TIMEOUT_S:g} s") from None


def _copy_git_head(source: Path, out: _Extraction) -> bool:
    """Extract the committed HEAD tree; False when there is no git or no commit to grade.

    The repository's own config may define filters or an fsmonitor that execute, so git only
    ever runs against a bare clone (clone copies neither config nor hooks), with no system or
    global config.
    """
    git = shutil.which("git")
    if git is None:
        return False
    with tempfile.TemporaryDirectory(prefix="grader-intake-") as tmp:
        env = {
            "PATH": os.environ.get("PATH", os.defpath),
            "HOME": tmp,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_ALLOW_PROTOCOL": "file",
            "LC_ALL": "C",
        }
        bare = os.path.join(tmp, "submission.git")
        clone = [git, "clone", "--bare", "--no-local", "--quiet", "--", str(source.resolve()), bare]
        cloned = _run_git(clone, env, "clone")
        if cloned.returncode != 0:
            raise IntakeRejected(f"git clone of the repository failed: {cloned.stderr[-300:]}")
        head = [git, "--git-dir", bare, "rev-parse", "--verify", "--quiet", "HEAD^{commit}"]
        if _run_git(head, env, "rev-parse").returncode != 0:
            return False  # no commits yet: the folder as it is is all there is
        _stream_git_archive([git, "--git-dir", bare, "archive", "--format=tar", "HEAD"], env, out)
    return True


def _stream_git_archive(args: list[str], env: dict[str, str], out: _Extraction) -> None:
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=err)
        timer = threading.Timer(_GIT_TIMEOUT_S, proc.kill)
        timer.start()
        try:
            assert proc.stdout is not None
            _extract_tar(proc.stdout, out, compressed=None, skip_inner_symlinks=True)
            proc.stdout.read(_RATIO_FLOOR)  # the tar's trailing padding
            proc.stdout.close()
            proc.wait()  # the timer bounds this too
        finally:
            timer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if proc.returncode != 0:
            err.seek(0)
            message = err.read()[-300:].decode("utf-8", "replace")
            raise IntakeRejected(f"git archive failed ({proc.returncode}): {message}")
