"""Old locked pins on a newer Python: runs INSIDE the fetch container, beside fetch_script.py.

A lock made in 2021 for Python 3.10 pins releases with no wheel for this build's Python, and
whose sources no longer build on it (greenlet 1.1.2's C code predates 3.11's frame changes).
Its hashes name only the files that existed then, so a wheel uploaded later for the very same
release (PyYAML 6.0 for 3.11) is refused and its source, which needs Cython 2, is built instead.
A release compiled for older Pythons only (pydantic 1.9.1: wheels for CPython 3.6 to 3.10 and a
pure fallback that breaks on 3.11) installs but does not run.
What a reviewer would do, the fetch does for locked pins:
0. before downloading, a release whose CPython-specific wheels all target other Pythons is
   replaced by the nearest release that has one for this Python (the package index's file list);
1. when a build fails: the same version's wheel for this Python from the package index, without
   the lock's hash check (the lock's version is kept; only which file of it differs);
2. else the nearest later release of the same minor, else the same major version, that has a
   wheel for this Python (an override: the rest is resolved again around it).
Each repair is a note of the build. A pin the candidate wrote by hand in a requirements file is
never changed: its failure is the candidate's to see, named with its first real error line;
except where this machine lacks the author's Python and a newer one stands in for it (no 3.12
here, 3.13 instead): there, a release with no wheel for the stand-in is repaired as a locked
one is, since on the author's own Python it had one (fresh bw60-01: asyncpg ^0.29 on 3.13).
Standard library only; the host imports it only in tests.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

_FAILED = (
    re.compile(r"Failed to build '([^']+)' when"),
    re.compile(r"Failed building wheel for (\S+)"),
    re.compile(r"^Failed to build ((?:[A-Za-z0-9][\w.-]*)(?: [A-Za-z0-9][\w.-]*)*)\s*$", re.M),
)
_COLLECTING = re.compile(r"^Collecting ([A-Za-z0-9][\w.-]*)(?:\[[^\]]*\])?==", re.M)
_STEP_FAILED = re.compile(
    r"(?:metadata-generation-failed|Getting requirements to build wheel did not run successfully)"
)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def failed_builds(output: str, group: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pins of `group` whose wheel pip could not build, as its output names them."""
    names: list[str] = []
    for pattern in _FAILED:
        for match in pattern.finditer(output):
            names += match.group(1).split()
    step = _STEP_FAILED.search(output)
    if not names and step is not None:
        collected = _COLLECTING.findall(output[: step.start()])
        names += collected[-1:]
    wanted = {canonical(name) for name in names}
    return [(name, version) for name, version in group if canonical(name) in wanted]


def has_binary(name: str, version: str, python: str = sys.executable) -> bool:
    """Whether the index has a wheel of exactly this release for this interpreter."""
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(
            [python, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
             "--disable-pip-version-check", "--progress-bar", "off", "--quiet",
             "--dest", scratch, f"{name}=={version}"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        return result.returncode == 0 and any(Path(scratch).glob("*.whl"))


def bounds(version: str) -> list[str]:
    """`<` limits to try, narrowest first: the same minor release series, then the same major."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:2]]
    if not numbers:
        return []
    major = numbers[0]
    minor = numbers[1] if len(numbers) > 1 else 0
    return [f"{major}.{minor + 1}", f"{major + 1}"]


def nearest_binary(name: str, version: str, python: str = sys.executable) -> str | None:
    """The lowest release after `version`, within the same minor then major series, that has a
    wheel for this interpreter; None when there is none."""
    for limit in bounds(version):
        with tempfile.TemporaryDirectory() as scratch:
            source = Path(scratch) / "nearest.in"
            source.write_text(f"{name}>{version},<{limit}\n")
            result = subprocess.run(
                ["uv", "pip", "compile", str(source), "--python", python, "--no-deps",
                 "--resolution", "lowest", "--only-binary", name, "--no-header", "--no-annotate",
                 "--quiet"],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
        if result.returncode != 0:
            continue
        match = re.search(rf"^{re.escape(name)}==(\S+)", result.stdout, re.M | re.I)
        if match is None:
            for line in result.stdout.splitlines():
                head, _, pinned = line.partition("==")
                if canonical(head.strip()) == canonical(name) and pinned:
                    return pinned.split()[0]
            continue
        return match.group(1)
    return None


# -- releases compiled for other Pythons only (read from the index's file list) -------------------


def index_files(name: str, timeout: float = 10.0) -> list[str] | None:
    """File names of every release of `name` on the package index (PEP 691 JSON); None when the
    index does not answer so (a mirror without it): nothing is then changed."""
    index = (os.environ.get("PIP_INDEX_URL") or "https://pypi.org/simple").rstrip("/")
    request = urllib.request.Request(
        f"{index}/{canonical(name)}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            data = json.load(answer)
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        return None
    return [str(f.get("filename", "")) for f in files if isinstance(f, dict)]


def compiled_releases(files: list[str]) -> dict[str, tuple[bool, bool]]:
    """version -> (it has CPython-specific wheels, one of them installs on this interpreter)."""
    from pip._vendor.packaging.tags import sys_tags
    from pip._vendor.packaging.utils import InvalidWheelFilename, parse_wheel_filename
    from pip._vendor.packaging.version import InvalidVersion

    supported = set(sys_tags())
    found: dict[str, tuple[bool, bool]] = {}
    for filename in files:
        if not filename.endswith(".whl"):
            continue
        try:
            _, version, _, tags = parse_wheel_filename(filename)
        except (InvalidWheelFilename, InvalidVersion):
            continue
        specific = [tag for tag in tags if tag.abi != "none"]
        if not specific:
            continue
        key = str(version)
        fits = found.get(key, (False, False))[1]
        found[key] = (True, fits or bool(set(specific) & supported))
    return found


def stale_release(version: str, releases: dict[str, tuple[bool, bool]]) -> bool:
    """Compiled for other Pythons only: CPython-specific wheels, none for this interpreter."""
    from pip._vendor.packaging.version import InvalidVersion, Version

    try:
        key = str(Version(version))
    except InvalidVersion:
        return False
    has, fits = releases.get(key, (False, False))
    return has and not fits


def nearest_compiled(version: str, releases: dict[str, tuple[bool, bool]]) -> str | None:
    """The lowest later release, same minor series first then same major, with a CPython-specific
    wheel for this interpreter."""
    from pip._vendor.packaging.version import InvalidVersion, Version

    try:
        pinned = Version(version)
    except InvalidVersion:
        return None
    fitting = sorted(
        Version(v) for v, (_, fits) in releases.items() if fits and not Version(v).is_prerelease
    )
    for limit in bounds(version):
        candidates = [v for v in fitting if pinned < v < Version(limit)]
        if candidates:
            return str(candidates[0])
    return None
