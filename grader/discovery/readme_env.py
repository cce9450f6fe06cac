"""Example settings a README documents in a code block, read as data.

Many repositories document their `.env` in the README rather than in a `.env.example`:

    Create a `.env` file in the project root:
    ```env
    DATABASE_URL=postgresql+asyncpg://user:password@localhost:5432/blog_db
    JWT_SECRET_KEY=your_secret_key_here
    ```

A reviewer copies that block; the grader reads it the same way, as example values with the
treatment of a `.env.example` (grader/discovery/environment.py: secrets replaced by fresh random
values, process counts forced to one). Only fenced blocks whose language is an env file's or a
shell's (or none), and only lines that are `KEY=value` with an UPPER_CASE key and one literal
value: a shell command after `KEY=value `, or a value the shell would compute
(`"$(openssl rand -hex 32)"`, `$HOME`), is no example. Nothing in the block is ever run.

One exception: a secret the README has the reader generate (`export JWT_SECRET=$(openssl rand
-hex 32)`) is documented as required and random, which is what the grader gives every secret; it
is read as a blank secret, so it gets a fresh random value. Outside fenced blocks (a plain-text
README's indented steps) only `export KEY=...` lines count: prose mentioning `KEY=value` is no
instruction to run.
"""

from __future__ import annotations

import re

from grader.discovery.secret_names import is_secret_name
from grader.discovery.tree import SourceTree

README_NAMES = ("readme.md", "readme.markdown", "readme.txt", "readme")
# The languages of fenced blocks that hold variables (an empty one included).
_LANGUAGES = frozenset(
    {"", "env", "dotenv", ".env", "bash", "sh", "shell", "console", "zsh", "ini", "properties",
     "text", "txt", "conf", "config", "plaintext"}
)  # fmt: skip
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})\s*([\w.+-]*)")
_LINE = re.compile(r"^\s*(?:export\s+)?([A-Z][A-Z0-9_]{0,63})=(.*)$")
_EXPORT = re.compile(r"^\s*export\s+[A-Z]")
# The whole value is one command substitution: `$(openssl rand -hex 32)`, `"$(python -c ...)"`.
_COMPUTED = re.compile(r"""^("?)(?:\$\(.*\)|`[^`]*`)\1\s*(?:#.*)?$""")
_QUOTED = re.compile(r"""^(?:"[^"]*"|'[^']*')\s*(?:#.*)?$""")
_MAX_LINES = 5000


def readme_file(tree: SourceTree) -> str | None:
    at_root = {f.lower(): f for f in tree.files if "/" not in f}
    return next((at_root[name] for name in README_NAMES if name in at_root), None)


def readme_assignments(tree: SourceTree) -> tuple[list[tuple[str, str]], str | None]:
    """(KEY, raw value) from the README's env-like code blocks, in order, and where they are
    (`README.md (lines 232-239)`); ([], None) when it has none."""
    rel = readme_file(tree)
    text = tree.read_text(rel) if rel is not None else None
    if rel is None or text is None:
        return [], None
    found: list[tuple[str, str]] = []
    lines: list[int] = []
    fence: str | None = None
    wanted = False
    for number, raw in enumerate(text.splitlines()[:_MAX_LINES], start=1):
        opening = _FENCE.match(raw)
        if fence is None:
            if opening is not None:
                fence, wanted = opening.group(1), opening.group(2).lower() in _LANGUAGES
            elif _EXPORT.match(raw) and (value := _value(raw)) is not None:
                found.append(value)
                lines.append(number)
            continue
        if raw.strip().startswith(fence[0] * len(fence)) and not raw.strip().strip(fence[0]):
            fence = None
            continue
        value = _value(raw) if wanted else None
        if value is not None:
            found.append(value)
            lines.append(number)
    if not found:
        return [], None
    span = f"line {lines[0]}" if len(set(lines)) == 1 else f"lines {lines[0]}-{lines[-1]}"
    return found, f"{rel} ({span})"


def _value(raw: str) -> tuple[str, str] | None:
    match = _LINE.match(raw)
    if match is None:
        return None
    name, value = match.group(1), match.group(2).strip()
    if _COMPUTED.match(value):
        # A value the shell computes: for a secret, one the reader generates (a blank secret).
        return (name, "") if is_secret_name(name) else None
    if value[:1] == "'":
        return (name, value) if _QUOTED.match(value) else None
    if value[:1] == '"':
        literal = _QUOTED.match(value) and not re.search(r"\$|`", value)
        return (name, value) if literal else None
    value = value.split(" #", 1)[0].strip()
    if re.search(r"\s|\$|`", value):
        return None  # `KEY=value command ...`, or a value the shell computes or expands
    return name, value
