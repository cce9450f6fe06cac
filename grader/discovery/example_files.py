"""Configuration files a repository ships only as examples, and where their real copy goes.

`.configs/app.example.toml` beside a .gitignore that keeps out `.configs/app.toml` says: copy
the example into place, then edit it. A reviewer following the README does that; an app that
reads the real file at start-up otherwise stops on FileNotFoundError, a step of the set-up the
grader skipped, not the candidate's fault. Read as data: names only, nothing is run.

Environment files (`.env.example`) are not copied: their values reach the app as environment
variables, with secrets replaced and process counts forced to one (grader/phases/environment).
"""

from __future__ import annotations

import fnmatch
import posixpath
import re

from grader.discovery.facts import ExampleCopy
from grader.discovery.tree import SourceTree

# app.example.toml -> app.toml, settings.sample.yaml -> settings.yaml, config.ini.dist -> config.ini
_MIDDLE = re.compile(
    r"^(?P<stem>[^.][^/]*?)\.(?:example|sample|template|dist|default)\.(?P<ext>[A-Za-z0-9]+)$"
)
_SUFFIX = re.compile(r"^(?P<name>[^/]+\.[A-Za-z0-9]+)\.(?:example|sample|template|dist|default)$")
_CONFIG_EXTENSIONS = frozenset({"toml", "yaml", "yml", "ini", "cfg", "json", "conf"})
_MAX_COPIES = 5


def example_copies(tree: SourceTree) -> list[ExampleCopy]:
    """Examples whose real file is missing and kept out of the repository by its .gitignore."""
    ignored = _ignore_patterns(tree)
    found: list[ExampleCopy] = []
    for rel in sorted(tree.files):
        folder, name = posixpath.split(rel)
        target_name = _target_name(name)
        if target_name is None:
            continue
        target = posixpath.join(folder, target_name) if folder else target_name
        if tree.has_file(target) or target in tree.dirs:
            continue
        pattern = next((p for p in ignored if _matches(p, target)), None)
        if pattern is None:
            continue
        found.append(
            ExampleCopy(
                example=rel,
                target=target,
                why=f".gitignore keeps {target} out ({pattern!r}) and {rel} is its example",
            )
        )
    return found[:_MAX_COPIES]


def _target_name(name: str) -> str | None:
    if name.lower().startswith(".env") or ".env." in name.lower() or name.lower().endswith(".env"):
        return None
    middle = _MIDDLE.match(name)
    if middle is not None and middle["ext"].lower() in _CONFIG_EXTENSIONS:
        return f"{middle['stem']}.{middle['ext']}"
    suffix = _SUFFIX.match(name)
    if suffix is not None and suffix["name"].rsplit(".", 1)[-1].lower() in _CONFIG_EXTENSIONS:
        return suffix["name"]
    return None


def _ignore_patterns(tree: SourceTree) -> list[str]:
    lines = (tree.read_text(".gitignore") or "").splitlines()[:2000]
    return [
        line.strip() for line in lines if line.strip() and not line.strip().startswith(("#", "!"))
    ]


def _matches(pattern: str, target: str) -> bool:
    """A .gitignore line that names `target`: anchored (`/x/y`, `x/y`) or by its file name."""
    bare = pattern.rstrip("/")
    if "/" in bare.strip("/"):
        return fnmatch.fnmatchcase(target, bare.lstrip("/"))
    return fnmatch.fnmatchcase(posixpath.basename(target), bare.lstrip("/"))
