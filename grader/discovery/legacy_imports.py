"""Modules the code imports that only setuptools provides in an environment made by uv.

`python -m venv` used to put setuptools in every environment (pip's venvs, before Python 3.12),
so old code and old packages import `pkg_resources` without declaring it; `distutils` left the
standard library in 3.12 and setuptools brings it back. An environment made by uv has neither:
the build adds setuptools when the code imports them and nothing else installs it (the fetch step
also finds such imports inside the dependencies' wheels).
"""

from __future__ import annotations

import ast

from grader.discovery.tree import SourceTree

SETUPTOOLS_MODULES = frozenset({"pkg_resources", "distutils"})
_MAX_FILES = 2000
_MAX_FOUND = 10


def setuptools_imports(tree: SourceTree) -> list[str]:
    """`pkg_resources (app/models.py:3)` for each module of setuptools the code imports."""
    found: dict[str, str] = {}
    for rel in tree.python_files[:_MAX_FILES]:
        module = tree.parse_python(rel)
        if module is None:
            continue
        for node in ast.walk(module):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                root = name.split(".", 1)[0]
                if root in SETUPTOOLS_MODULES and root not in found:
                    found[root] = f"{root} ({rel}:{node.lineno})"
        if len(found) >= _MAX_FOUND:
            break
    return [found[name] for name in sorted(found)]
