"""Modules the code imports that nothing declared provides: read from the AST (never run), matched
against what the resolved wheels provide, and installed only when the package index has a
package that provides them."""

from __future__ import annotations

import zipfile
from pathlib import Path

from grader.discovery import discover
from grader.discovery.facts import ImportedModule
from grader.discovery.import_packages import package_for
from grader.phases.undeclared_imports import RULE, add_undeclared, missing_modules
from grader.sandbox.build import BuildOutcome
from grader.sandbox.fetch_modules import pin_modules, wheel_modules
from grader.sandbox.submission import InstallPlan, Resolution

MAIN = """\
import json
import sys
from typing import TYPE_CHECKING

import toml
import yaml
from fastapi import FastAPI
from app.routes import router
from db_url import DATABASE_URL
from src.core import settings
from alembic.config import Config

try:
    import ujson
except ImportError:
    ujson = None
if TYPE_CHECKING:
    import mypy_extensions
if sys.version_info < (3, 11):
    import tomli
if __name__ == "__main__":
    import uvicorn_worker


def lazy():
    import jwt
    return jwt

app = FastAPI()
"""


def _project(tmp_path: Path) -> Path:
    files = {
        "main.py": MAIN,
        "requirements.txt": "fastapi\n",
        ".gitignore": "/db_url.py\n*.pyc\n",
        "app/__init__.py": "",
        "app/routes.py": "import pydantic\nrouter = None\n",
        "src/core/settings.py": "X = 1\n",
        "alembic/env.py": "import sqlmodel\nfrom alembic import context\n",
        "alembic/versions/0001_x.py": "import sqlalchemy_utils\nfrom alembic import op\n",
        "tests/test_app.py": "import freezegun\nimport yaml\nfrom app.routes import router\n",
        "setup.py": "from setuptools import setup\nimport versioneer\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_imports_are_read_as_data_and_optional_ones_left_out(tmp_path: Path) -> None:
    imports = discover(_project(tmp_path)).dependencies.imports
    found = {(i.module, i.package, i.file, i.line, i.scope) for i in imports}
    assert found == {
        # `from alembic.config import Config`: the folder alembic/ holds no `config`
        ("alembic", "alembic", "main.py", 11, "runtime"),
        ("fastapi", "fastapi", "main.py", 7, "runtime"),
        ("freezegun", "freezegun", "tests/test_app.py", 1, "test"),
        ("jwt", "PyJWT", "main.py", 26, "runtime"),  # lazy, not optional
        ("pydantic", "pydantic", "app/routes.py", 1, "runtime"),
        ("toml", "toml", "main.py", 5, "runtime"),
        ("yaml", "PyYAML", "main.py", 6, "runtime"),  # the app's import wins over the test's
    }
    # Not there: json/sys/typing (standard library), app (a package), db_url (gitignored),
    # src.core (a folder holding core), ujson (try/except ImportError), mypy_extensions
    # (TYPE_CHECKING), tomli (a version test), uvicorn_worker (__main__), sqlmodel and
    # sqlalchemy_utils (alembic's env.py and a revision, which only alembic runs), versioneer
    # (setup.py).


def test_a_library_part_that_needs_an_extra_asks_for_it(tmp_path: Path) -> None:
    """`from sqlalchemy.ext.asyncio import ...` needs greenlet, which SQLAlchemy 2.1 no longer
    installs (fresh bw57-04 died at start-up on it); pydantic's EmailStr needs email-validator.
    Each is asked for at that import, named with what needs it; a plain sqlalchemy import, or
    one an ImportError handler guards, asks for nothing."""
    (tmp_path / "db.py").write_text(
        "import sqlalchemy\n"
        "from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine\n"
        "from pydantic import BaseModel, EmailStr\n"
        "from sqlmodel.ext.asyncio.session import AsyncSession as Session\n"
        "try:\n    import sqlmodel.ext.asyncio\nexcept ImportError:\n    pass\n"
    )
    imports = discover(tmp_path).dependencies.imports
    needed = {(i.module, i.package, i.line, i.needed_by) for i in imports if i.needed_by}
    assert needed == {
        ("greenlet", "greenlet", 2, "sqlalchemy.ext.asyncio"),  # its first import, once
        ("email_validator", "email-validator", 3, "pydantic.EmailStr"),
    }
    (tmp_path / "db.py").write_text("from sqlmodel.ext.asyncio.session import AsyncSession\n")
    (greenlet_only,) = [i for i in discover(tmp_path).dependencies.imports if i.needed_by]
    assert greenlet_only.needed_by == "sqlmodel.ext.asyncio.session"
    greenlet = next(i for i in imports if i.module == "greenlet")

    def fetch(plan: InstallPlan) -> Resolution:
        return _resolution({"sqlalchemy": ["sqlalchemy"], "greenlet": ["greenlet"]})

    outcome = add_undeclared(
        [greenlet], InstallPlan(runtime=["sqlalchemy"]), _resolution({"sqlalchemy": None}), fetch
    )
    assert outcome.notes[0] == (
        "greenlet==1.0 added: db.py:2 imports `sqlalchemy.ext.asyncio` (which needs "
        "`greenlet`), which no declared dependency provides"
    )


def test_the_table_maps_module_names_that_are_not_package_names() -> None:
    assert package_for("yaml") == "PyYAML"
    assert package_for("jose") == "python-jose"
    assert package_for("PIL") == "Pillow"
    assert package_for("toml") == "toml"
    assert package_for("google") is None  # a shared namespace: which package is a guess
    assert package_for("pkg_resources") is None  # setuptools' own mechanism
    # a short name is an alias or a slip more often than a package: `import sa`, `import np`
    assert package_for("sa") is None and package_for("np") is None
    assert package_for("jwt") == "PyJWT"  # short, but in the reviewed table


def _item(module: str, package: str, scope: str = "runtime") -> ImportedModule:
    return ImportedModule(module=module, package=package, file="main.py", line=3, scope=scope)


def _resolution(
    modules: dict[str, list[str] | None], ok: bool = True, failure: str | None = None
) -> Resolution:
    install = "".join(f"{name}==1.0\n" for name in modules)
    outcome = BuildOutcome(ok=ok, seconds=0.0, failure=failure)
    return Resolution(ok=ok, install=install, modules=modules, outcome=outcome)


def test_missing_modules_are_those_no_wheel_provides() -> None:
    resolution = _resolution({"fastapi": ["fastapi"], "pyyaml": ["_yaml", "yaml"], "odd": None})
    imports = [
        _item("fastapi", "fastapi"),
        _item("yaml", "PyYAML"),
        _item("odd", "odd"),  # its wheel unread: taken to provide its own name
        _item("toml", "toml"),
    ]
    assert [i.module for i in missing_modules(imports, resolution)] == ["toml"]
    unknown = Resolution(ok=True, install="", modules=None)  # the fetch did not say
    assert missing_modules(imports, unknown) == []


def test_a_package_is_kept_only_when_the_index_has_it_and_it_provides_the_module() -> None:
    base = {"fastapi": ["fastapi"]}
    index = {
        "toml": ["toml"],
        "sa": ["sa"],
        "renamed": ["something_else"],  # exists, but provides another module
    }
    fetched: list[list[str]] = []

    def fetch(plan: InstallPlan) -> Resolution:
        wanted = [r for r in plan.runtime + plan.test if r != "fastapi"]
        fetched.append(wanted)
        if any(r not in index for r in wanted):
            return _resolution({}, ok=False, failure="missing")
        return _resolution({**base, **{r: index[r] for r in wanted}})

    plan = InstallPlan(runtime=["fastapi"])
    imports = [_item("toml", "toml"), _item("renamed", "renamed"), _item("ghost", "ghost")]
    outcome = add_undeclared(imports, plan, _resolution(base), fetch)
    # All at once first, then one at a time on top of what was kept.
    assert fetched == [
        ["toml", "renamed", "ghost"],
        ["toml"],
        ["toml", "renamed"],
        ["toml", "ghost"],
    ]
    assert [a.pin for a in outcome.added] == ["toml==1.0"]
    assert outcome.plan.runtime == ["fastapi", "toml"]
    assert outcome.notes[0] == (
        "toml==1.0 added: main.py:3 imports `toml`, which no declared dependency provides"
    )
    assert "renamed on the package index does not provide a module `renamed`" in outcome.notes[1]
    assert "the package index has no ghost" in outcome.notes[2]
    finding = outcome.added[0].finding()
    assert (finding.rule, finding.file, finding.line) == (RULE, "main.py", 3)
    assert finding.severity.value == "minor" and finding.flag is None
    assert "the grader installed toml==1.0" in finding.detail


def test_a_module_only_the_tests_import_is_added_for_the_test_run() -> None:
    def fetch(plan: InstallPlan) -> Resolution:
        assert plan.runtime == ["fastapi"] and plan.test == ["freezegun"]
        return _resolution({"fastapi": ["fastapi"], "freezegun": ["freezegun"]})

    imports = [_item("freezegun", "freezegun", scope="test")]
    base = _resolution({"fastapi": ["fastapi"]})
    outcome = add_undeclared(imports, InstallPlan(runtime=["fastapi"]), base, fetch)
    assert outcome.added[0].note.endswith(
        "main.py:3 (the tests) imports `freezegun`, which no declared dependency provides"
    )
    assert "for the test run" in outcome.added[0].finding().detail


def _wheel(path: Path, members: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for member in members:
            archive.writestr(member, "")
    return path


def test_a_wheel_says_which_top_level_modules_it_installs(tmp_path: Path) -> None:
    wheel = _wheel(
        tmp_path / "PyYAML-6.0.2-cp311-cp311-manylinux_2_17_x86_64.whl",
        [
            "yaml/__init__.py",
            "_yaml/__init__.py",
            "PyYAML-6.0.2.dist-info/METADATA",
            "PyYAML-6.0.2.dist-info/top_level.txt",
        ],
    )
    assert wheel_modules(wheel) == ["_yaml", "yaml"]
    single = _wheel(tmp_path / "toml-0.10.2-py2.py3-none-any.whl", ["toml.py", "six.cpython.so"])
    assert wheel_modules(single) == ["six", "toml"]
    modules = pin_modules("PyYAML==6.0.2\ntoml==0.10.2\nabsent==1.0\n", tmp_path)
    assert modules == {"pyyaml": ["_yaml", "yaml"], "toml": ["six", "toml"], "absent": None}
