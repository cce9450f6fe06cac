"""Resolve and download a submission's dependencies: runs INSIDE the fetch container.

The host never imports this module to run it; it copies the file into the container, where the
build image's tools interpreter runs it (standard library, plus pip's vendored `packaging` for
wheel tags). That container reaches the package index but holds no code of the candidate: only
requirement strings, hashes and (for uv) pyproject.toml and uv.lock, read as data by `uv export`.

In /grader-build/in: runtime.in, test.in, build.in (requirement lines), hashes.json (name ->
hashes from the lock), uv/ (pyproject.toml and uv.lock) with uv.json (groups, extras).
Out, in /grader-build/out: install.txt (every pin the app and its tests need, resolved for this
interpreter), build.txt (what building the candidate's own folders needs), notes.txt.
Missing wheels are built or downloaded with `pip wheel --no-deps` (hash-checked where the lock
has hashes) and moved into the wheelhouse one complete file at a time.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

IN = Path("/grader-build/in")
OUT = Path("/grader-build/out")
WHEELHOUSE = Path(os.environ.get("GRADER_WHEELHOUSE", "/wheelhouse"))
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")
_NOT_NAMED = re.compile(r"^\s*(-|\.|/)|://|\s@\s")

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
        "uv", "export", "--frozen", "--no-emit-project", "--no-emit-local",
        "--no-default-groups", "--format", "requirements-txt", "--no-header", "--no-annotate",
        "--directory", str(IN / "uv"),
    ]
    for group in groups:
        argv += ["--group", group]
    for extra in extras:
        argv += ["--extra", extra]
    return run(argv)


def compile_pins(requirements: list[str], name: str) -> tuple[int, str]:
    source = OUT / f"{name}.in"
    source.write_text("".join(f"{line}\n" for line in requirements))
    return run([
        "uv", "pip", "compile", str(source), "--python", sys.executable, "--no-header",
        "--no-annotate", "--output-file", str(OUT / f"{name}.txt"),
    ])


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


def resolve(notes: list[str]) -> tuple[str, str, dict[str, list[str]]]:
    runtime, test, build = (lines_of(IN / f"{n}.in") for n in ("runtime", "test", "build"))
    hashes: dict[str, list[str]] = json.loads((IN / "hashes.json").read_text() or "{}")
    if (IN / "uv" / "uv.lock").is_file():
        runtime, test = from_uv_lock(runtime, test, hashes, notes)
    step("resolve")
    code, output = compile_pins(runtime, "runtime")
    print(output, flush=True)
    if code != 0:
        sys.exit(EXIT_RESOLVE)
    install = (OUT / "runtime.txt").read_text()
    if test:
        code, output = compile_pins(runtime + test, "every")
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


def download(wanted: list[tuple[str, str]], hashes: dict[str, list[str]]) -> None:
    missing = [pin for pin in wanted if pin not in in_wheelhouse(wanted)]
    if not missing:
        print("GRADER-NOTE: the wheelhouse already holds every requirement", flush=True)
        return
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
                [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check",
                 "--progress-bar", "off", "--wheel-dir", f"{scratch}/new", "-r", str(listing)],
                check=False,
            )
            if result.returncode != 0:
                sys.exit(EXIT_DOWNLOAD)
        publish(Path(scratch) / "new", missing)


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


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    install, build_pins, hashes = resolve(notes)
    (OUT / "install.txt").write_text(install)
    (OUT / "build.txt").write_text(build_pins)
    download(pins(install) + pins(build_pins), hashes)
    (OUT / "notes.txt").write_text("".join(f"{n}\n" for n in notes))


if __name__ == "__main__":
    main()
