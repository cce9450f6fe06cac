"""Documentation neglect: the automatic docs are the cheapest documentation FastAPI gives."""

from __future__ import annotations

import re
from collections.abc import Iterable

from grader.checks.registry import Hit, StaticContext, static_rule
from grader.checks.rules.readme_text import (
    PLACEHOLDER_WORDS,
    RUN_COMMAND,
    TESTING_WORDS,
    instructions_line,
    readme_line,
    run_comment,
)
from grader.discovery.project_scripts import RUNNERS as _RUNNERS
from grader.discovery.project_scripts import ProjectScript, project_scripts, python_call
from grader.discovery.tree import SourceTree
from grader.models import RedFlag, Severity


@static_rule(
    "DOCS-DISABLED",
    RedFlag.DOCUMENTATION_NEGLECT,
    Severity.MAJOR,
    "Automatic API docs are turned off",
)
def docs_disabled(ctx: StaticContext) -> Iterable[Hit]:
    """The app is created with docs_url/openapi_url set to None.

    Why it matters: reviewers and API clients lose the interactive docs and the schema that
    FastAPI generates for free. Use instead: keep the defaults, or protect them, don't remove them.
    """
    app = ctx.facts.app
    if ctx.facts.docs_disabled and app is not None:
        settings = (ctx.facts.schema_setting, ctx.facts.schema_switch)
        yield Hit(
            app.file,
            app.line,
            "FastAPI(...) is created with its docs or schema URL set to None.",
            related=tuple(s for s in settings if s),
        )


@static_rule(
    "DOCS-NO-README",
    RedFlag.DOCUMENTATION_NEGLECT,
    Severity.MINOR,
    "No README with run instructions",
)
def no_readme(ctx: StaticContext) -> Iterable[Hit]:
    """The submission has no README, or its README never says how to run the app.

    Why it matters: a reviewer should run the project in a minute without reading the code.
    """
    readme = ctx.facts.readme
    if readme is None:
        # With no README to point at, the finding sits where the app it would explain is
        # created (`app = FastAPI()`): 5 of the 11 tune reviewers who labeled a missing README
        # put it there, 3 at the run comment named beside, 3 at a route.
        app = ctx.facts.app
        file, line = (app.file, app.line) if app is not None else (None, None)
        comment = run_comment(ctx)
        if comment is None:
            yield Hit(file, line, "No README file at the project root.")
        else:
            yield Hit(
                file,
                line,
                f"No README file at the project root; the only run instructions are a comment "
                f"({comment.file}:{comment.line}).",
                related=(comment,),
            )
        return
    if not _shows_run_command(ctx, readme):
        placeholder = readme_line(ctx, PLACEHOLDER_WORDS, prose_only=True)
        yield Hit(
            readme,
            placeholder or 1,
            "The README never shows the command that starts the app"
            + (" and holds a placeholder where instructions would be." if placeholder else "."),
        )


def _shows_run_command(ctx: StaticContext, readme: str) -> bool:
    text = ctx.text(readme).lower()
    return (
        any(word in text for word in ("uvicorn", "fastapi run", "fastapi dev", "docker", "make "))
        or any(_starts_uvicorn(ctx, target) for target in _PYTHON_RUN.findall(ctx.text(readme)))
        or _runs_a_serving_script(ctx, ctx.text(readme))
    )


def _runs_a_serving_script(ctx: StaticContext, text: str) -> bool:
    """`hatch run serve`, `pdm run dev`, `poetry run start`: a project script the README runs
    whose command starts a server (or whose entry point's module hands uvicorn an app), read
    from the project's tables (fresh bw64-01..03, bw66-02: every run step was such a script)."""
    scripts = ctx.once("documentation.project_scripts", lambda: _scripts(ctx))
    for name, script in scripts.items():
        runs = re.compile(rf"\b(?:{'|'.join(_RUNNERS)})\s+run\s+{re.escape(name)}(?![\w:.-])")
        if not runs.search(text):
            continue
        if script.module is not None and _starts_uvicorn(ctx, script.module):
            return True
        command = " ".join(script.command)
        called = python_call(list(script.command))
        if RUN_COMMAND.search(command) or (
            called and _starts_uvicorn(ctx, called[0] or called[1] or "")
        ):
            return True
    return False


def _scripts(ctx: StaticContext) -> dict[str, ProjectScript]:
    return project_scripts(SourceTree(ctx.root), ".")


# `python main.py`, `python3 -m todo`: a script of the project's that may start the server itself.
_PYTHON_RUN = re.compile(r"\bpython(?:3(?:\.\d+)?)?\s+(?:-m\s+)?([\w./-]+)")


def _starts_uvicorn(ctx: StaticContext, target: str) -> bool:
    """Whether the script or module a README runs (`main.py`, `todo`) hands uvicorn an app."""
    path = target.removeprefix("./")
    stem = path.removesuffix(".py") if path.endswith(".py") else path.replace(".", "/")
    return any(
        rel in ctx.facts.python_files and "uvicorn" in ctx.text(rel)
        for rel in (f"{stem}.py", f"{stem}/__main__.py")
    )


@static_rule(
    "DOCS-README-NO-TEST-STEPS",
    RedFlag.DOCUMENTATION_NEGLECT,
    Severity.MINOR,
    "The README never says how to run the tests",
)
def readme_without_test_steps(ctx: StaticContext) -> Iterable[Hit]:
    """The submission has tests, and its README gives steps (install, run) but never mentions
    testing.

    Why it matters: the assignment asks for install, run and test instructions; a reviewer who
    cannot tell how the suite runs (which extras, which database, which command) may not run it.
    """
    readme = ctx.facts.readme
    if readme is None or not ctx.facts.test_files:
        return
    steps = instructions_line(ctx)
    if steps is not None and readme_line(ctx, TESTING_WORDS) is None:
        yield Hit(readme, steps, "The README's steps install and run the app, never the tests.")


@static_rule(
    "DOCS-README-UNFINISHED",
    RedFlag.DOCUMENTATION_NEGLECT,
    Severity.MINOR,
    "The README says its documentation is unfinished",
)
def readme_unfinished(ctx: StaticContext) -> Iterable[Hit]:
    """A sentence of the README is a placeholder for documentation still to write: "TODO:
    proper docs", "Ran out of time for a proper writeup". A "## TODO" list of future features
    is not one; a README with no run command is DOCS-NO-README's, placeholder and all.

    Why it matters: the author says it themselves: what a reviewer needs to run and use the
    API is not written down yet.
    """
    readme = ctx.facts.readme
    if readme is None or not _shows_run_command(ctx, readme):
        return
    placeholder = readme_line(ctx, PLACEHOLDER_WORDS, prose_only=True)
    if placeholder is not None:
        yield Hit(readme, placeholder, "The README leaves a placeholder for its own documentation.")
