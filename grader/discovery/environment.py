"""The environment a submission expects, read as data: what a reviewer would `cp .env.example .env`.

Variables come only from the submission's own example files, never from the host. A variable
that looks like a static API token (set by the grader to a fresh value) lets the probes
authenticate the way the README tells a user to.
"""

from __future__ import annotations

import ast
import re

from grader.discovery.tree import SourceTree

EXAMPLE_FILES = (".env.example", ".env.sample", ".env.template", "env.example", ".env.dist")
_ASSIGNMENT = re.compile(r"^\s*(?:export\s+)?([A-Z][A-Z0-9_]{0,63})\s*=\s*(.*?)\s*$")
_TOKEN_NAME = re.compile(
    r"^(?:[A-Z0-9]+_)*(API_KEY|API_TOKEN|AUTH_TOKEN|ACCESS_TOKEN|"
    r"BEARER_TOKEN|STATIC_TOKEN|APP_TOKEN|SERVICE_TOKEN|X_API_KEY)$"
)
_MAX_VARIABLES = 50
_MAX_VALUE = 500


def example_environment(tree: SourceTree) -> dict[str, str]:
    """Variables and their example values from the submission's .env.example-like files."""
    variables: dict[str, str] = {}
    for name in EXAMPLE_FILES:
        text = tree.read_text(name)
        if text is None:
            continue
        for line in text.splitlines():
            match = _ASSIGNMENT.match(line)
            if match and len(variables) < _MAX_VARIABLES:
                value = match.group(2).split(" #", 1)[0].strip().strip("'\"")
                variables.setdefault(match.group(1), value[:_MAX_VALUE])
    return variables


def token_variables(tree: SourceTree, example: dict[str, str]) -> list[str]:
    """Names of variables that hold a static API token, from example files and the code."""
    names = {name for name in example if _TOKEN_NAME.match(name)}
    for rel in tree.python_files:
        module = tree.parse_python(rel)
        if module is None:
            continue
        for node in ast.walk(module):
            for literal in _env_names(node):
                if _TOKEN_NAME.match(literal):
                    names.add(literal)
    return sorted(names)


def _env_names(node: ast.AST) -> list[str]:
    """`os.getenv("X")`, `os.environ.get("X")`, `os.environ["X"]`, and settings fields `api_key`."""
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("getenv", "get") and isinstance(node.args[0].value, str):
            return [node.args[0].value]
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Constant)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "environ"
    ):
        return [str(node.slice.value)]
    if isinstance(node, ast.ClassDef) and any(
        getattr(base, "id", getattr(base, "attr", "")) == "BaseSettings" for base in node.bases
    ):
        return [
            stmt.target.id.upper()
            for stmt in node.body
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
        ]
    return []
