"""One pass over a submission tree that assembles `ProjectFacts` and never raises.

Discovery is the first step to look inside a stranger's project; whatever it finds (a syntax
error, a missing app, an unreadable file) must become a note in `problems` so the pipeline can
still report, rather than a traceback that leaves no report at all.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from grader.discovery.compose import app_service
from grader.discovery.dependencies import read_dependencies
from grader.discovery.entrypoint import docs_settings, find_app, schema_setting, schema_switch
from grader.discovery.environment import (
    committed_env_names,
    example_environment,
    suite_defaults,
    token_variables,
)
from grader.discovery.example_files import example_copies
from grader.discovery.facts import ProjectFacts, RouteInfo
from grader.discovery.launchers import launch_references
from grader.discovery.pytest_config import collected_by_pytest, read_pytest_config
from grader.discovery.routes import find_routes
from grader.discovery.settings_classes import env_files_named, required_settings
from grader.discovery.tree import TEST_DIR_NAMES, SourceTree
from grader.models import AssignmentKind

TODO_WORDS = frozenset({"todo", "todos", "task", "tasks", "item", "items", "note", "notes"})
BLOG_WORDS = frozenset(
    {
        "post",
        "posts",
        "article",
        "articles",
        "comment",
        "comments",
        "blog",
        "blogs",
        "entry",
        "entries",
    }
)
README_NAMES = ("readme.md", "readme.rst", "readme.txt", "readme")
MAX_PROBLEMS = 50


def discover(root: Path) -> ProjectFacts:
    """Read the tree at `root` as data (never import or run it) and describe the project."""
    try:
        return _discover(root)
    except Exception as exc:  # the contract is "never raises": a bug here must not lose the report
        return ProjectFacts(problems=[f"discovery failed: {type(exc).__name__}: {exc}"])


def _discover(root: Path) -> ProjectFacts:
    if root.is_symlink() or not root.is_dir():
        return ProjectFacts(problems=[f"{root} is not a directory"])
    tree = SourceTree(root)
    problems: list[str] = []
    dependencies = read_dependencies(tree, problems)
    compose = app_service(tree, problems)
    app, call, app_choice = find_app(tree, problems, launch_references(tree, compose))
    docs_disabled, openapi_url = docs_settings(call, problems)
    routes = find_routes(tree)
    pytest = read_pytest_config(tree, problems)
    test_files = [f for f in tree.python_files if collected_by_pytest(f, pytest, tree)]
    example_env, env_files = example_environment(tree, compose)
    app_env = f"{app.app_dir}/.env" if app is not None and app.app_dir != "." else ".env"
    committed = committed_env_names(tree, [".env", app_env, *env_files_named(tree)])
    return ProjectFacts(
        example_env=example_env,
        env_files=env_files,
        example_copies=example_copies(tree),
        token_env=token_variables(tree, example_env),
        suite_env=suite_defaults(tree),
        required_env=required_settings(tree, committed),
        dependencies=dependencies,
        app=app,
        app_choice=app_choice,
        pytest=pytest,
        routes=routes,
        kind=assignment_kind(routes),
        tests_dir=_tests_dir(test_files),
        test_files=test_files,
        readme=_readme(tree),
        python_files=tree.python_files,
        docs_disabled=docs_disabled,
        openapi_url=openapi_url,
        schema_setting=schema_setting(call),
        schema_switch=schema_switch(call, tree),
        problems=_bounded(list(dict.fromkeys(tree.problems + problems))),
    )


def _bounded(problems: list[str]) -> list[str]:
    """A hostile tree can produce thousands of notes; a reviewer needs the first few."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], f"... and {len(problems) - MAX_PROBLEMS} more problems"]


def assignment_kind(routes: list[RouteInfo]) -> AssignmentKind:
    """Todo or blog by the words in the route paths; a tie or no evidence is unknown."""
    todo = blog = 0
    for route in routes:
        for word in re.split(r"[^a-z]+", route.path.lower()):
            todo += word in TODO_WORDS
            blog += word in BLOG_WORDS
    if todo > blog:
        return AssignmentKind.TODO
    if blog > todo:
        return AssignmentKind.BLOG
    return AssignmentKind.UNKNOWN


def _tests_dir(test_files: list[str]) -> str | None:
    """The directory most test files live under: the first `tests/` on their path, else theirs."""
    if not test_files:
        return None
    homes: Counter[str] = Counter()
    for rel in test_files:
        parts = rel.split("/")[:-1]
        cut = next((i for i, p in enumerate(parts) if p in TEST_DIR_NAMES), None)
        home = "/".join(parts[: cut + 1] if cut is not None else parts)
        homes[home or "."] += 1
    return min(homes, key=lambda home: (-homes[home], home.count("/"), home))


def _readme(tree: SourceTree) -> str | None:
    at_root = {f.lower(): f for f in tree.files if "/" not in f}
    return next((at_root[name] for name in README_NAMES if name in at_root), None)
