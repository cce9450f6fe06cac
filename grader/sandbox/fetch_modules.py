"""The top-level modules each resolved pin provides: runs INSIDE the fetch container.

The host reads the candidate's imports from its code (as data) and needs to know which of them
no resolved distribution provides (`import toml` with toml declared nowhere). A wheel says what it
installs: its file list (and `top_level.txt`, when the backend wrote one). Read here, beside the
wheelhouse, and written to modules.json; the host decides what to add. Standard library only;
the host imports it only in tests.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")
_EXTENSIONS = (".py", ".so", ".pyd", ".pyi")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def normal_version(version: str) -> str:
    """`1.0.0` and `1.0` name one release in a file name and a pin alike, roughly: compared
    after dropping trailing `.0` parts and a leading `v`, lower-cased."""
    text = version.strip().lower().lstrip("v")
    while text.endswith(".0") and text.count(".") > 0:
        text = text[:-2]
    return text


def wheel_modules(wheel: Path) -> list[str] | None:
    """The top-level importable names a wheel installs; None when it cannot be read."""
    names: set[str] = set()
    try:
        with zipfile.ZipFile(wheel) as archive:
            for member in archive.namelist():
                parts = member.split("/")
                if parts[0].endswith(".dist-info"):
                    if parts[-1] == "top_level.txt" and len(parts) == 2:
                        text = archive.read(member).decode("utf-8", "replace")
                        names.update(line.strip() for line in text.splitlines())
                    continue
                if parts[0].endswith(".data"):
                    if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                        continue
                    parts = parts[2:]
                if len(parts) > 1:
                    names.add(parts[0])
                elif parts[0].endswith(_EXTENSIONS):
                    names.add(parts[0].split(".", 1)[0])
    except (OSError, zipfile.BadZipFile, KeyError):
        return None
    return sorted(name for name in names if name.isidentifier())


def pin_modules(install: str, wheelhouse: Path) -> dict[str, list[str] | None]:
    """For each `name==version` pin: the modules its wheel in the wheelhouse provides (None when
    no readable wheel of it is there, so the host knows it cannot tell)."""
    wheels: dict[tuple[str, str], Path] = {}
    for wheel in sorted(wheelhouse.glob("*.whl")):
        parts = wheel.name.split("-")
        if len(parts) >= 5:
            wheels.setdefault((canonical(parts[0]), normal_version(parts[1])), wheel)
    found: dict[str, list[str] | None] = {}
    for line in install.splitlines():
        match = _PIN.match(line.strip())
        if match is None:
            continue
        name, version = match.group(1), match.group(2)
        found_wheel = wheels.get((canonical(name), normal_version(version)))
        found[canonical(name)] = wheel_modules(found_wheel) if found_wheel is not None else None
    return found
