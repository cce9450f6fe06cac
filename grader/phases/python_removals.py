"""Names newer Pythons removed, so a start that fails on one says the code is older than the image.

`ImportError: cannot import name 'MutableSet' from 'collections'` reads like a broken package; it
is code (often a pinned dependency's) written for Python 3.9 or older, run on 3.11. The reason
says so, with the last Python it ran on and the one this grading used, so a reviewer knows the
fix is the interpreter, not the candidate's code. Pure: the exception's text in, a hint out.
"""

from __future__ import annotations

import re

_ABC_NAMES = (
    "Mapping|MutableMapping|Sequence|MutableSequence|Set|MutableSet|Iterable|Iterator|Callable|"
    "Hashable|Sized|Container|Generator|Awaitable|Coroutine|AsyncIterable|AsyncIterator|"
    "KeysView|ItemsView|ValuesView|MappingView|ByteString|Collection|Reversible|AsyncGenerator"
)
# (module, attribute or None for the whole module, the last Python that had it, what it was)
_REMOVED: tuple[tuple[str, str | None, str, str], ...] = (
    ("collections", _ABC_NAMES, "3.9", "`collections.{name}` (now in collections.abc only)"),
    ("asyncio", "coroutine", "3.10", "`asyncio.coroutine`"),
    ("inspect", "getargspec", "3.10", "`inspect.getargspec`"),
    ("distutils", None, "3.11", "the `distutils` module"),
    ("imp", None, "3.11", "the `imp` module"),
    ("asynchat|asyncore|smtpd", None, "3.11", "the `{module}` module"),
    ("pkgutil", "ImpImporter", "3.11", "`pkgutil.ImpImporter` (old setuptools' pkg_resources)"),
    ("configparser", "SafeConfigParser", "3.11", "`configparser.SafeConfigParser`"),
    ("ssl", "wrap_socket|match_hostname", "3.11", "`ssl.{name}`"),
    (
        "cgi|cgitb|crypt|imghdr|mailcap|nntplib|pipes|sndhdr|spwd|sunau|telnetlib|uu|xdrlib|"
        "audioop|chunk|msilib|nis|ossaudiodev|aifc",
        None,
        "3.12",
        "the `{module}` module",
    ),
)
_CANNOT_IMPORT = re.compile(r"cannot import name '(?P<name>\w+)' from '(?P<module>[\w.]+)'")
_NO_ATTRIBUTE = re.compile(r"module '(?P<module>[\w.]+)' has no attribute '(?P<name>\w+)'")
_NO_MODULE = re.compile(r"No module named '(?P<module>[\w.]+)'")
_PYTHON_IN_PATH = re.compile(r"python3\.(\d+)")


def removal_hint(kind: str, message: str, log: str) -> str | None:
    """`written for Python <= 3.9: ... was removed in 3.10; this grading ran Python 3.11` when
    the exception is a known removal (and this Python no longer has it), else None."""
    if kind == "ModuleNotFoundError":
        found = _NO_MODULE.search(message)
        module, name = (found.group("module").split(".", 1)[0], None) if found else ("", None)
    else:
        found = _CANNOT_IMPORT.search(message) or _NO_ATTRIBUTE.search(message)
        if found is None or kind not in ("ImportError", "AttributeError"):
            return None
        module, name = found.group("module"), found.group("name")
    if not module:
        return None
    for modules, names, last, what in _REMOVED:
        if not re.fullmatch(modules, module):
            continue
        if (names is None) != (name is None):
            continue
        if names is not None and name is not None and not re.fullmatch(names, name):
            continue
        removed_in = int(last.split(".")[1]) + 1
        versions = [int(v) for v in _PYTHON_IN_PATH.findall(log)]
        if versions and max(versions) < removed_in:
            return None  # not removed yet on this Python: something else is missing
        shown = what.format(module=module, name=name)
        ran = f"Python 3.{max(versions)}" if versions else "a newer Python"
        return (
            f"written for Python <= {last}: {shown} was removed in 3.{removed_in}; "
            f"this grading ran {ran}"
        )
    return None
