"""setup.cfg, setuptools' declarative configuration: what a project installs and which Python
it asks for, read with configparser as setuptools reads it (`setup.py` is then often a bare
`setup()`). Nothing is run; a `file:` directive is read from the tree."""

from __future__ import annotations

import configparser

from grader.discovery.tree import SourceTree


def read_setup_cfg(tree: SourceTree, problems: list[str]) -> configparser.ConfigParser | None:
    """The parsed setup.cfg, or None (with a note when it cannot be read)."""
    text = tree.read_text("setup.cfg") if tree.has_file("setup.cfg") else None
    if text is None:
        return None
    config = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        config.read_string(text, source="setup.cfg")
    except configparser.Error as exc:
        problems.append(f"setup.cfg: not readable ({type(exc).__name__}); not used")
        return None
    return config


def option(config: configparser.ConfigParser, section: str, name: str) -> str | None:
    return config.get(section, name, fallback=None) if config.has_section(section) else None


def listed(value: str) -> list[str]:
    """A dangling list, one item per line (`install_requires =` then `fastapi>=0.110` below
    it), or, on one line, items separated by semicolons (setuptools' "list-semi": `fastapi;
    uvicorn`)."""
    lines = [line.strip() for line in value.splitlines()]
    items = [line for line in lines if line and not line.startswith("#")]
    if len(lines) == 1 and items:
        return [item.strip() for item in items[0].split(";") if item.strip()]
    return items


def file_directive(value: str) -> list[str] | None:
    """The files of `install_requires = file: requirements.in`, or None for a plain list."""
    stripped = value.strip()
    if not stripped.startswith("file:"):
        return None
    return [path.strip() for path in stripped.removeprefix("file:").split(",") if path.strip()]
