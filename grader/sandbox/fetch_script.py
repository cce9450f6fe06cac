"""Resolve and download a submission's dependencies: runs INSIDE the fetch container.

The host never imports this module to run it; it copies the file into the container, where the
build image's tools interpreter runs it (standard library, plus pip's vendored `packaging` for
wheel tags). That container reaches the package index but holds no code of the candidate: only
requirement strings, hashes and (for uv) pyproject.toml and uv.lock, read as data by `uv export`.

In /grader-build/in: runtime.in, test.in, build.in (requirement lines), hashes.json (name ->
hashes from the lock), uv/ (pyproject.toml and uv.lock) with uv.json (groups, extras),
setuptools.json (modules of setuptools the candidate's code imports, as the host read them).
Out, in /grader-build/out: install.txt (every pin the app and its tests need, resolved for this
interpreter), build.txt (what building the candidate's own folders needs), notes.txt, and
modules.json (the top-level modules each pin's wheel provides: the host compares the candidate's
imports with them).
Missing wheels are built or downloaded with `pip wheel --no-deps` (hash-checked where the lock
has hashes) and moved into the wheelhouse one complete file at a time. When the candidate's code
or a downloaded wheel imports `pkg_resources` (or `distutils`, gone from Python 3.12) and nothing
pins setuptools, setuptools is added, as the environments pip made used to hold it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

try:  # on the host (tests): the package's modules
    from grader.sandbox.fetch_modules import pin_modules
    from grader.sandbox.fetch_repair import (
        compiled_releases,
        failed_builds,
        has_binary,
        index_files,
        nearest_binary,
        nearest_compiled,
        stale_release,
    )
except ImportError:  # in the fetch container: the files copied beside this one
    from fetch_modules import pin_modules  # type: ignore[import-not-found,no-redef]
    from fetch_repair import (  # type: ignore[import-not-found,no-redef]
        compiled_releases,
        failed_builds,
        has_binary,
        index_files,
        nearest_binary,
        nearest_compiled,
        stale_release,
    )

IN = Path("/grader-build/in")
OUT = Path("/grader-build/out")
WHEELHOUSE = Path(os.environ.get("GRADER_WHEELHOUSE", "/wheelhouse"))
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")
_PIN_VERSION = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)\s*==\s*[^\s;\\]+")
_NOT_NAMED = re.compile(r"^\s*(-|\.|/)|://|\s@\s")

SETUPTOOLS = "setuptools<81"  # the releases that still ship pkg_resources
# At module level only (unindented): an import inside a function or a `try` is guarded or lazy.
_SETUPTOOLS_IMPORT = re.compile(rb"^(?:import|from)[ \t]+(pkg_resources|distutils)\b", re.MULTILINE)
_SCAN_MEMBER_BYTES = 2_000_000

MAX_REPAIRS = 8

EXIT_RESOLVE = 3
EXIT_DOWNLOAD = 4
EXIT_EXPORT = 5


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def step(text: str) -> None:
    print(f"GRADER-STEP: {text}", flush=True)


def note(notes: list[str], text: str) -> None:
    notes.append(text)
    print(f"GRADER-NOTE: {text}", flush=True)


def lines_of(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text().splitlines() if line.strip()]


def joined_requirements(text: str) -> list[str]:
    """Requirement lines of a requirements.txt as uv writes them, continuations joined."""
    lines: list[str] = []
    pending = ""
    for raw in text.splitlines():
        raw = raw.split(" #", 1)[0] if not raw.lstrip().startswith("#") else ""
        if raw.rstrip().endswith("\\"):
            pending += raw.rstrip()[:-1] + " "
            continue
        line = (pending + raw).strip()
        pending = ""
        if line:
            lines.append(line)
    return lines


def split_hashes(line: str) -> tuple[str, list[str]]:
    hashes = re.findall(r"--hash[=\s]+(\S+)", line)
    return re.sub(r"\s+--hash[=\s]+\S+", "", line).strip(), hashes


def pins(text: str) -> list[tuple[str, str]]:
    """(name, version) of every `name==version` line."""
    found = []
    for line in joined_requirements(text):
        match = _PIN.match(line)
        if match:
            found.append((match.group(1), match.group(2)))
    return found


def run(argv: list[str]) -> tuple[int, str]:
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    return result.returncode, (result.stdout + result.stderr)


def uv_export(groups: list[str], extras: list[str]) -> tuple[int, str]:
    argv = [
        "uv",
        "export",
        "--frozen",
        "--no-emit-project",
        "--no-emit-local",
        "--no-default-groups",
        "--format",
        "requirements-txt",
        "--no-header",
        "--no-annotate",
        "--directory",
        str(IN / "uv"),
    ]
    for group in groups:
        argv += ["--group", group]
    for extra in extras:
        argv += ["--extra", extra]
    return run(argv)


def stands_in_for() -> str:
    """The author's Python ("3.12") this interpreter stands in for, or ""."""
    path = IN / "stands_in_for.txt"
    return path.read_text().strip() if path.is_file() else ""


def as_of() -> str:
    """The date the submission was written (plus a day), when the grader was asked to resolve
    as its author did; empty otherwise."""
    path = IN / "as_of.txt"
    return path.read_text().strip() if path.is_file() else ""


# Resolutions that found nothing with the releases of the writing date and used today's.
UNDATED: list[str] = []
# Resolutions of the writing date that needed a release published only as source (fastapi-users
# 10 pins python-multipart 0.0.5, which never had a wheel): the author's pip built it too. When
# such a download fails to build here, the whole fetch resolves again without them.
WITH_SOURCES: list[str] = []
DATED_SOURCES = True


def compile_pins(
    requirements: list[str], name: str, overrides: dict[str, str] | None = None
) -> tuple[int, str]:
    """Pins for `requirements`, with the releases that existed when the submission was written
    (`--exclude-newer`: `passlib[bcrypt]` unpinned then meant a bcrypt passlib could use), each
    with a wheel for this Python; with today's when that does not resolve."""
    source = OUT / f"{name}.in"
    source.write_text("".join(f"{line}\n" for line in requirements))
    argv = [
        "uv",
        "pip",
        "compile",
        str(source),
        "--python",
        sys.executable,
        "--no-header",
        "--no-annotate",
        "--output-file",
        str(OUT / f"{name}.txt"),
    ]
    if overrides:
        forced = OUT / "overrides.txt"
        forced.write_text("".join(f"{n}=={v}\n" for n, v in sorted(overrides.items())))
        argv += ["--override", str(forced)]
    written = as_of()
    if written:
        # Wheels first: a release of that date with no wheel for this (newer) Python would have
        # to compile, which its author never did; today's releases have the wheel. Sources next,
        # for what only ever shipped as one; today's releases last.
        dated = [*argv, "--exclude-newer", written]
        code, output = run([*dated, "--only-binary", ":all:"])
        if code == 0:
            return code, output
        if DATED_SOURCES:
            code, output = run(dated)
            if code == 0:
                WITH_SOURCES.append(name)
                return code, output
        UNDATED.append(name)
    return run(argv)


def compile_around(
    requirements: list[str], name: str, overrides: dict[str, str], notes: list[str]
) -> tuple[int, str]:
    """The replaced releases need other versions of some locked packages (pydantic 1.10 wants a
    newer typing-extensions): resolve the same packages again, the lock's versions preferred
    (uv keeps an existing output file's pins wherever they still fit), and say what moved."""
    locked = {canonical(n): v for n, v in pins("\n".join(requirements))}
    preferred = [line for line in requirements if _PIN.match(line)]
    (OUT / f"{name}.txt").write_text("".join(f"{line}\n" for line in preferred))
    loose = [_PIN_VERSION.sub(r"\1", line, count=1) for line in requirements]
    code, output = compile_pins(loose, name, overrides)
    if code == 0:
        for pinned, version in pins((OUT / f"{name}.txt").read_text()):
            was = locked.get(canonical(pinned))
            if was is not None and was != version and canonical(pinned) not in overrides:
                note(notes, f"{pinned} {was} (locked) moved to {version} to fit the releases above")
    return code, output


def from_uv_lock(
    runtime: list[str], test: list[str], hashes: dict[str, list[str]], notes: list[str]
) -> tuple[list[str], list[str]]:
    step("export uv.lock")
    wanted = json.loads((IN / "uv.json").read_text())
    code, runtime_text = uv_export([], [])
    if code != 0:
        print(runtime_text, flush=True)
        sys.exit(EXIT_EXPORT)
    code, every_text = uv_export(wanted.get("groups", []), wanted.get("extras", []))
    if code != 0:
        print(every_text, flush=True)
        sys.exit(EXIT_EXPORT)
    locked_runtime: list[str] = []
    locked_every: list[str] = []
    for text, into in ((runtime_text, locked_runtime), (every_text, locked_every)):
        for line in joined_requirements(text):
            requirement, found = split_hashes(line)
            if _NOT_NAMED.search(requirement):
                note(notes, f"uv.lock: {requirement} is not from the package index; not installed")
                continue
            into.append(requirement)
            match = _PIN.match(requirement)
            if match and found:
                hashes[canonical(match.group(1))] = found
    locked_test = [line for line in locked_every if line not in locked_runtime]
    return locked_runtime + runtime, locked_test + test


def resolve(
    notes: list[str], overrides: dict[str, str] | None = None
) -> tuple[str, str, dict[str, list[str]]]:
    """Pins for this interpreter; `overrides` (name -> version) replace locked releases that
    cannot be installed here, and the lock's hashes of those releases no longer apply."""
    runtime, test, build = (lines_of(IN / f"{n}.in") for n in ("runtime", "test", "build"))
    hashes: dict[str, list[str]] = json.loads((IN / "hashes.json").read_text() or "{}")
    if (IN / "uv" / "uv.lock").is_file():
        runtime, test = from_uv_lock(runtime, test, hashes, notes)
    for name in overrides or {}:
        hashes.pop(canonical(name), None)
    step("resolve")
    code, output = compile_pins(runtime, "runtime", overrides)
    if code != 0 and overrides:
        print(output, flush=True)
        code, output = compile_around(runtime, "runtime", overrides, notes)
    print(output, flush=True)
    if code != 0:
        sys.exit(EXIT_RESOLVE)
    install = (OUT / "runtime.txt").read_text()
    if test:
        code, output = compile_pins(runtime + test, "every", overrides)
        if code != 0 and overrides:
            code, output = compile_around(runtime + test, "every", overrides, notes)
        if code == 0:
            install = (OUT / "every.txt").read_text()
        else:
            print(output, flush=True)
            note(notes, "the test requirements could not be resolved; only the app's are installed")
    build_pins = ""
    if build:
        code, output = compile_pins(build, "build")
        if code == 0:
            build_pins = (OUT / "build.txt").read_text()
        else:
            print(output, flush=True)
            note(notes, "the build requirements of the project could not be resolved")
    return install, build_pins, hashes


def in_wheelhouse(wanted: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The pins a wheel in the wheelhouse already serves on this interpreter."""
    from pip._vendor.packaging.tags import sys_tags
    from pip._vendor.packaging.utils import InvalidWheelFilename, parse_wheel_filename
    from pip._vendor.packaging.version import InvalidVersion, Version

    supported = set(sys_tags())
    have: set[tuple[str, str]] = set()
    for wheel in WHEELHOUSE.glob("*.whl"):
        try:
            wheel_name, wheel_version, _, tags = parse_wheel_filename(wheel.name)
        except (InvalidWheelFilename, InvalidVersion):
            continue
        if tags & supported:
            have.add((canonical(str(wheel_name)), str(wheel_version)))
    served: set[tuple[str, str]] = set()
    for name, version in wanted:
        try:
            normal = str(Version(version))
        except InvalidVersion:
            normal = version
        if (canonical(name), normal) in have:
            served.add((name, version))
    return served


def download(wanted: list[tuple[str, str]], hashes: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Fill the wheelhouse with a wheel of every pin; the pins whose build failed, if any (the
    caller may repair them), else exits when pip fails for another reason."""
    missing = [pin for pin in wanted if pin not in in_wheelhouse(wanted)]
    if not missing:
        print("GRADER-NOTE: the wheelhouse already holds every requirement", flush=True)
        return []
    step(f"download {len(missing)} of {len(wanted)}")
    with tempfile.TemporaryDirectory() as scratch:
        hashed = [(n, v) for n, v in missing if canonical(n) in hashes]
        plain = [(n, v) for n, v in missing if canonical(n) not in hashes]
        for group, checked in ((hashed, True), (plain, False)):
            if not group:
                continue
            listing = Path(scratch) / ("hashed.txt" if checked else "plain.txt")
            listing.write_text(
                "".join(
                    f"{n}=={v}"
                    + "".join(f" --hash={h}" for h in hashes.get(canonical(n), []) if checked)
                    + "\n"
                    for n, v in group
                )
            )
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "wheel",
                    "--no-deps",
                    "--disable-pip-version-check",
                    "--progress-bar",
                    "off",
                    "--wheel-dir",
                    f"{scratch}/new",
                    "-r",
                    str(listing),
                ],
                check=False,
                capture_output=True,
                text=True,
            )
            print(result.stdout + result.stderr, flush=True)
            if result.returncode != 0:
                failed = failed_builds(result.stdout + result.stderr, group)
                if not failed:
                    sys.exit(EXIT_DOWNLOAD)
                return failed
        publish(Path(scratch) / "new", missing)
    return []


def publish(folder: Path, missing: list[tuple[str, str]]) -> None:
    """Move the wheels asked for into the wheelhouse, whole: a reader never sees half a file."""
    asked = {canonical(n) for n, _ in missing}
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    for wheel in sorted(folder.glob("*.whl")) if folder.is_dir() else []:
        if canonical(wheel.name.split("-", 1)[0]) not in asked:
            continue
        target = WHEELHOUSE / wheel.name
        if target.exists():
            continue
        partial = WHEELHOUSE / f".{wheel.name}.{os.getpid()}.partial"
        shutil.copyfile(wheel, partial)
        os.chmod(partial, 0o644)
        os.replace(partial, target)


def setuptools_modules() -> set[str]:
    """What setuptools provides that an environment made by uv lacks, on this interpreter."""
    return {"pkg_resources"} | ({"distutils"} if sys.version_info >= (3, 12) else set())


def wheel_for(name: str, version: str) -> Path | None:
    """A wheel of that pin in the wheelhouse (any tags: only its Python files are read)."""
    for wheel in sorted(WHEELHOUSE.glob("*.whl")):
        parts = wheel.name.split("-")
        if len(parts) >= 5 and canonical(parts[0]) == canonical(name) and parts[1] == version:
            return wheel
    return None


def wheel_imports(wheel: Path, modules: set[str]) -> str | None:
    """The first module of `modules` a wheel's Python files import, else None."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            for member in archive.infolist():
                top = member.filename.split("/", 1)[0]
                if not member.filename.endswith(".py") or top in ("setuptools", "_distutils_hack"):
                    continue
                if member.file_size > _SCAN_MEMBER_BYTES:
                    continue
                for match in _SETUPTOOLS_IMPORT.finditer(archive.read(member)):
                    module = match.group(1).decode()
                    if module in modules:
                        return f"{module} ({member.filename})"
    except (OSError, zipfile.BadZipFile):
        return None
    return None


def setuptools_needed(install: str, candidate: list[str]) -> list[str]:
    """Who imports a module only setuptools provides, when nothing installs setuptools."""
    wanted = pins(install)
    if any(canonical(name) == "setuptools" for name, _ in wanted):
        return []
    modules = setuptools_modules()
    who = [f"the project's code: {c}" for c in candidate if c.split(" ", 1)[0] in modules]
    for name, version in wanted:
        wheel = wheel_for(name, version)
        found = wheel_imports(wheel, modules) if wheel is not None else None
        if found is not None:
            who.append(f"{name}=={version}: {found}")
        if len(who) >= 3:
            break
    return who


def add_setuptools(install: str, who: list[str], notes: list[str]) -> str:
    """install.txt with a setuptools pin added (it has no dependencies of its own)."""
    step("resolve setuptools")
    code, output = compile_pins([SETUPTOOLS], "setuptools")
    if code != 0:
        print(output, flush=True)
        note(notes, f"setuptools could not be resolved, though {who[0]} imports it")
        return install
    pinned = [line for line in joined_requirements((OUT / "setuptools.txt").read_text())]
    note(
        notes,
        f"{pinned[0] if pinned else SETUPTOOLS} added: {'; '.join(who)} imports a module of "
        "setuptools and no dependency installs it (environments made by pip used to hold it)",
    )
    return install.rstrip("\n") + "\n" + "".join(f"{line}\n" for line in pinned)


def repair(
    failed: list[tuple[str, str]],
    hashes: dict[str, list[str]],
    unhashed: set[str],
    overrides: dict[str, str],
    notes: list[str],
    locked: bool = True,
) -> bool:
    """Repair each locked pin whose build failed (see fetch_repair); False: one cannot be. Not
    locked, the pin is the author's own range, repaired only because this interpreter stands in
    for theirs: on their Python the release had a wheel."""
    python = ".".join(map(str, sys.version_info[:2]))
    theirs = stands_in_for()
    for name, version in failed:
        key = canonical(name)
        if key in hashes and key not in unhashed and has_binary(name, version):
            unhashed.add(key)
            note(
                notes,
                f"{name} {version}: the lock's hashes name no file that installs on Python "
                f"{python} (only its source, which does not build here); the package index's "
                "wheel of the same release was used, without the lock's hash check",
            )
            continue
        nearest = nearest_binary(name, version) if key not in overrides else None
        if nearest is None:
            return False
        overrides[key] = nearest
        pinned = f"{name} {version} (locked)" if locked else f"{name} {version}"
        instead = (
            f"Python {python}, which stands in for the project's {theirs},"
            if theirs
            else f"Python {python}"
        )
        note(
            notes,
            f"{pinned} has no wheel for {instead} and its source does not build here: {name} "
            f"{nearest}, the nearest release that has one, installed instead",
        )
    return True


def replace_stale(install: str, overrides: dict[str, str], notes: list[str]) -> bool:
    """Override every locked release compiled only for other Pythons; True if any was."""
    python = ".".join(map(str, sys.version_info[:2]))
    changed = False
    for name, version in pins(install):
        key = canonical(name)
        if key in overrides:
            continue
        files = index_files(name)
        if files is None:
            # The index does not list files as JSON (or does not answer): check no further,
            # so a slow mirror costs one timeout, not one per pin.
            print(f"GRADER-NOTE: the package index did not list {name}'s files", flush=True)
            return changed
        releases = compiled_releases(files)
        if not stale_release(version, releases):
            continue
        nearest = nearest_compiled(version, releases)
        if nearest is None:
            continue  # nothing better: the build (or the app) will say what fails
        overrides[key] = nearest
        changed = True
        note(
            notes,
            f"{name} {version} (locked) is compiled for older Pythons only, none for {python}: "
            f"{name} {nearest}, the nearest release compiled for it, installed instead",
        )
    return changed


def fetch(notes: list[str]) -> tuple[str, str, dict[str, list[str]]]:
    """Resolve and download; a locked release that cannot be built here is repaired (a later
    wheel of it, or the nearest release with one) and everything resolved again around it."""
    global DATED_SOURCES
    locked = json.loads((IN / "locked.json").read_text() or "false") is True
    overrides: dict[str, str] = {}
    unhashed: set[str] = set()
    if locked:
        install, _, _ = resolve(notes, overrides)
        step("check the locked releases against this Python")
        replace_stale(install, overrides, notes)
    for _ in range(MAX_REPAIRS + 2):
        install, build_pins, hashes = resolve(notes, overrides)
        checked = {k: v for k, v in hashes.items() if k not in unhashed}
        failed = download(pins(install) + pins(build_pins), checked)
        if not failed:
            return install, build_pins, checked
        if WITH_SOURCES and DATED_SOURCES:
            DATED_SOURCES = False
            WITH_SOURCES.clear()
            UNDATED.clear()
            for name in ("runtime", "every", "build"):  # uv would keep their pins if it could
                (OUT / f"{name}.txt").unlink(missing_ok=True)
            step("resolve again without the dated releases that failed to build here")
            continue
        repairable = locked or bool(stands_in_for())
        if not repairable or not repair(failed, hashes, unhashed, overrides, notes, locked):
            break
        step("repair " + ", ".join(f"{n}=={v}" for n, v in failed))
    sys.exit(EXIT_DOWNLOAD)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    install, build_pins, hashes = fetch(notes)
    candidate = json.loads((IN / "setuptools.json").read_text() or "[]")
    who = setuptools_needed(install, [str(c) for c in candidate])
    if who:
        install = add_setuptools(install, who, notes)
        if download(pins(install), hashes):
            sys.exit(EXIT_DOWNLOAD)
    (OUT / "install.txt").write_text(install)
    (OUT / "build.txt").write_text(build_pins)
    written = as_of()
    if written and not UNDATED:
        built = " (some built from source, as then)" if WITH_SOURCES else ""
        note(
            notes,
            f"resolved with the releases published before {written}, as its author would{built}",
        )
    elif written:
        note(
            notes,
            f"the {', '.join(dict.fromkeys(UNDATED))} requirements do not resolve with the "
            f"releases published before {written}; today's releases were used for them",
        )
    (OUT / "notes.txt").write_text("".join(f"{n}\n" for n in dict.fromkeys(notes)))
    (OUT / "modules.json").write_text(json.dumps(pin_modules(install, WHEELHOUSE)))


if __name__ == "__main__":
    main()
