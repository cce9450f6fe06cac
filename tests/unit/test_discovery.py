"""Discovery reads tiny projects written into tmp_path; nothing in them is ever executed."""

from __future__ import annotations

import ast
import os
import sys
import textwrap
from pathlib import Path

import pytest

from grader.checks import StaticContext
from grader.checks.rules.handlers import route_handlers
from grader.discovery import AppEntrypoint, ProjectFacts, RouteInfo, discover
from grader.discovery.poetry import poetry_constraint
from grader.models import AssignmentKind


def make(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root


MAIN = "from fastapi import FastAPI\n\napp = FastAPI()\n"


def routes_of(facts: ProjectFacts) -> set[tuple[str, str]]:
    return {(r.method, r.path) for r in facts.routes}


# --- dependencies -------------------------------------------------------------------------


def test_requirements_pinned_ranged_unpinned_and_dev_file(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "requirements.txt": """
                # runtime
                --index-url https://example.invalid/simple
                fastapi==0.115.0
                pydantic>=2,<3  # ranged
                uvicorn[standard]
                SQLAlchemy ; python_version >= "3.8"
                httpx==0.27.0 \\
                    --hash=sha256:abc
                -r base.txt
                -r ../outside.txt
                -e .
            """,
            "base.txt": "python-multipart\n",
            "requirements-dev.txt": "-r requirements.txt\npytest==8.0.0\nhttpx\n",
            "main.py": MAIN,
        },
    )
    deps = discover(tmp_path).dependencies
    assert deps.source == "requirements"
    assert deps.requirement_files == ["requirements.txt"]
    assert deps.files == ["requirements.txt", "base.txt", "requirements-dev.txt"]
    assert deps.runtime == [
        "fastapi==0.115.0",
        "pydantic>=2,<3",
        "uvicorn[standard]",
        'SQLAlchemy ; python_version >= "3.8"',
        "httpx==0.27.0",
        "python-multipart",
    ]
    assert deps.unpinned == ["uvicorn", "SQLAlchemy", "python-multipart"]
    assert deps.test == ["pytest==8.0.0"]  # runtime names repeated via -r are not test deps
    problems = discover(tmp_path).problems
    assert any("'../outside.txt'" in p for p in problems)
    assert any("editable install '.'" in p for p in problems)


def test_pep621_with_hatchling(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "pyproject.toml": """
                [build-system]
                requires = ["hatchling"]
                build-backend = "hatchling.build"

                [project]
                name = "todo"
                version = "0.1.0"
                dependencies = ["fastapi>=0.110", "uvicorn"]

                [project.optional-dependencies]
                test = ["pytest>=8", "httpx"]
                docs = ["mkdocs"]
            """,
        },
    )
    deps = discover(tmp_path).dependencies
    assert deps.source == "pep621"
    assert deps.files == ["pyproject.toml"]
    assert deps.requirement_files == []
    assert deps.runtime == ["fastapi>=0.110", "uvicorn"]
    assert deps.test == ["pytest>=8", "httpx"]
    assert deps.unpinned == ["uvicorn"]


POETRY_1 = """
    [tool.poetry]
    name = "todo"
    version = "0.1.0"

    [tool.poetry.dependencies]
    python = "^3.11"
    fastapi = "^0.110"
    pydantic = "^2.6.1"
    anyio = "~1.2"
    uvicorn = {version = "^0.0.3", extras = ["standard"]}
    orjson = "*"
    redis = {version = "^5.0", optional = true}
    mylib = {git = "https://github.com/x/mylib.git"}
    sqlalchemy = ">=2,<3"

    [tool.poetry.group.dev.dependencies]
    pytest = "^8.0"

    [tool.poetry.group.docs.dependencies]
    mkdocs = "*"

    [build-system]
    requires = ["poetry-core"]
    build-backend = "poetry.core.masonry.api"
"""


def test_poetry1_translates_caret_tilde_and_tables(tmp_path: Path) -> None:
    make(tmp_path, {"pyproject.toml": POETRY_1})
    facts = discover(tmp_path)
    deps = facts.dependencies
    assert deps.source == "poetry"
    assert deps.runtime == [
        "fastapi>=0.110,<0.111",
        "pydantic>=2.6.1,<3.0.0",
        "anyio>=1.2,<1.3",
        "uvicorn[standard]>=0.0.3,<0.0.4",
        "orjson",
        "sqlalchemy>=2,<3",
    ]
    assert deps.test == ["pytest>=8.0,<9.0"]
    assert deps.unpinned == ["orjson"]
    assert any("mylib is a git dependency" in p for p in facts.problems)


@pytest.mark.parametrize(
    ("constraint", "expected"),
    [
        ("^1.2.3", ">=1.2.3,<2.0.0"),
        ("^0.110", ">=0.110,<0.111"),
        ("^0.0.3", ">=0.0.3,<0.0.4"),
        ("^0", ">=0,<1"),
        ("~1.2", ">=1.2,<1.3"),
        ("~1.2.3", ">=1.2.3,<1.3.0"),
        ("~=1.2", "~=1.2"),
        ("*", ""),
        (">=1,<2", ">=1,<2"),
        (">= 1.2, < 1.5", ">=1.2,<1.5"),
        ("1.2.3", "==1.2.3"),
        ("=1.2.3", "==1.2.3"),
    ],
)
def test_poetry_constraints(constraint: str, expected: str) -> None:
    assert poetry_constraint(constraint, []) == expected


def test_poetry2_prefers_project_table(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "pyproject.toml": """
                [project]
                name = "todo"
                dependencies = ["fastapi==0.115.0"]

                [tool.poetry.dependencies]
                python = "^3.11"
                flask = "^3.0"

                [tool.poetry.group.test.dependencies]
                pytest = "*"
            """,
        },
    )
    deps = discover(tmp_path).dependencies
    assert deps.source == "pep621"
    assert deps.runtime == ["fastapi==0.115.0"]
    assert deps.test == ["pytest"]


def test_pep735_groups_resolve_include_group(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "pyproject.toml": """
                [project]
                name = "todo"
                dependencies = ["fastapi"]

                [dependency-groups]
                lint = ["ruff>=0.5"]
                test = ["pytest>=8", {include-group = "lint"}]
                dev = [{include-group = "test"}, "ipython"]
            """,
        },
    )
    deps = discover(tmp_path).dependencies
    assert deps.runtime == ["fastapi"]
    assert deps.test == ["pytest>=8", "ruff>=0.5", "ipython"]


def test_setup_py_install_requires_read_from_ast(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "setup.py": """
                from setuptools import setup
                REQUIRES = ["fastapi==0.110.0", "uvicorn"]
                setup(
                    name="todo",
                    install_requires=REQUIRES,
                    extras_require={"test": ["pytest"], "docs": ["sphinx"]},
                )
            """,
        },
    )
    deps = discover(tmp_path).dependencies
    assert deps.source == "setup_py"
    assert deps.runtime == ["fastapi==0.110.0", "uvicorn"]
    assert deps.test == ["pytest"]
    assert deps.unpinned == ["uvicorn"]


def test_setup_cfg_install_requires_read_when_setup_py_is_bare(tmp_path: Path) -> None:
    """`setup()` with everything in setup.cfg: [options] install_requires is the runtime list,
    the test extra and tests_require are test dependencies, python_requires picks Python, and
    `file:` reads the requirements file it names."""
    make(
        tmp_path,
        {
            "setup.py": "from setuptools import setup\n\nsetup()\n",
            "setup.cfg": """
                [metadata]
                name = todosvc

                [options]
                package_dir =
                    = src
                python_requires = >=3.12
                install_requires =
                    fastapi>=0.110,<1
                    # the database driver
                    PyMySQL>=1.1
                tests_require = pytest-cov

                [options.extras_require]
                test =
                    pytest>=8
                    httpx>=0.27
                docs = sphinx
            """,
            "src/todosvc/__init__.py": "",
        },
    )
    facts = discover(tmp_path)
    deps = facts.dependencies
    assert deps.source == "setup_cfg"
    assert deps.runtime == ["fastapi>=0.110,<1", "PyMySQL>=1.1"]
    assert deps.test == ["pytest-cov", "pytest>=8", "httpx>=0.27"]
    assert [i.path for i in deps.installs] == ["."]  # a src layout is installed to be imported
    python = deps.python
    assert (python.requires, python.requires_source) == (">=3.12", "setup.cfg (python_requires)")

    (tmp_path / "requirements.in").write_text("fastapi\nuvicorn[standard]\n")
    (tmp_path / "setup.cfg").write_text("[options]\ninstall_requires = file: requirements.in\n")
    assert discover(tmp_path).dependencies.runtime == ["fastapi", "uvicorn[standard]"]
    (tmp_path / "setup.cfg").write_text("[options]\ninstall_requires = fastapi; uvicorn\n")
    assert discover(tmp_path).dependencies.runtime == ["fastapi", "uvicorn"]  # "list-semi"


def test_a_lint_only_setup_cfg_declares_nothing(tmp_path: Path) -> None:
    """[flake8] and [isort] only: the project's dependencies are still the nested
    requirements.txt, as before setup.cfg was read."""
    make(
        tmp_path,
        {
            "setup.cfg": "[flake8]\nmax-line-length = 100\n[flake8]\nignore = E501\n",
            "backend/requirements.txt": "fastapi\n",
            "backend/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    facts = discover(tmp_path)
    assert facts.dependencies.runtime == ["fastapi"]
    assert not any("setup.cfg" in p for p in facts.problems)  # a repeated section is no error


def test_pipfile_packages_and_dev_packages(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "Pipfile": """
                [packages]
                fastapi = "==0.110.0"
                uvicorn = {version = "*", extras = ["standard"]}
                mylib = {path = "./mylib"}

                [dev-packages]
                pytest = "*"
            """,
        },
    )
    facts = discover(tmp_path)
    assert facts.dependencies.source == "pipfile"
    assert facts.dependencies.runtime == ["fastapi==0.110.0", "uvicorn[standard]"]
    assert facts.dependencies.unpinned == ["uvicorn"]
    assert facts.dependencies.test == ["pytest"]
    assert any("mylib" in p for p in facts.problems)


def test_no_dependency_files(tmp_path: Path) -> None:
    make(tmp_path, {"main.py": MAIN})
    deps = discover(tmp_path).dependencies
    assert deps.source == "none"
    assert deps.runtime == [] and deps.files == []


# --- entrypoint ---------------------------------------------------------------------------


def test_src_layout(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "src/todo_api/__init__.py": "",
            "src/todo_api/main.py": "from fastapi import FastAPI\n\napp = FastAPI(title='t')\n",
        },
    )
    assert discover(tmp_path).app == AppEntrypoint(
        module="todo_api.main",
        attribute="app",
        factory=False,
        app_dir="src",
        file="src/todo_api/main.py",
        line=3,
    )


def test_app_package_main_and_namespace_note(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "app/main.py": "from fastapi import FastAPI\nfrom app.db import x\napp = FastAPI()\n",
            "app/db.py": "x = 1\n",
        },
    )
    facts = discover(tmp_path)
    assert facts.app is not None
    assert (facts.app.module, facts.app.app_dir, facts.app.line) == ("app.main", ".", 3)
    assert any("app/ has no __init__.py" in p for p in facts.problems)


def test_sibling_imports_mean_start_inside_the_folder(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "backend/main.py": "from fastapi import FastAPI\nfrom routers import todos\napp = FastAPI()\n",
            "backend/routers/todos.py": "",
        },
    )
    app = discover(tmp_path).app
    assert app is not None
    assert (app.module, app.app_dir) == ("main", "backend")


@pytest.mark.parametrize(
    ("imports", "module", "app_dir"),
    [
        ("from todo_api.db import x\n", "todo_api.main", "src"),
        ("from src.todo_api.db import x\n", "src.todo_api.main", "."),
    ],
)
def test_src_layout_follows_imports(
    tmp_path: Path, imports: str, module: str, app_dir: str
) -> None:
    make(
        tmp_path,
        {
            "src/todo_api/__init__.py": "",
            "src/todo_api/db.py": "x = 1\n",
            "src/todo_api/main.py": imports + MAIN,
        },
    )
    app = discover(tmp_path).app
    assert app is not None
    assert (app.module, app.app_dir) == (module, app_dir)


def test_factory_only_app(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/factory.py": """
                from fastapi import FastAPI

                def create_app() -> FastAPI:
                    application = FastAPI(openapi_url=None)
                    return application
            """,
        },
    )
    facts = discover(tmp_path)
    assert facts.app == AppEntrypoint(
        module="app.factory",
        attribute="create_app",
        factory=True,
        app_dir=".",
        file="app/factory.py",
        line=3,
    )
    assert facts.openapi_url is None and facts.docs_disabled


def test_a_factory_that_needs_its_config_is_built_by_the_start_module(tmp_path: Path) -> None:
    """`new_app(cfg)` cannot be served with --factory; `python -m todo` builds it, so the app
    is the one todo/__main__.py hands uvicorn. A factory whose parameters have defaults, or
    one no start module calls, keeps no launcher."""
    make(
        tmp_path,
        {
            "todo/__init__.py": "",
            "todo/app.py": """
                from fastapi import FastAPI

                def new_app(cfg: dict[str, str], *, debug: bool = False) -> FastAPI:
                    return FastAPI(debug=debug)
            """,
            "todo/__main__.py": """
                import uvicorn

                from todo.app import new_app

                uvicorn.run(new_app({"db": "todo.db"}), port=8080)
            """,
            "scripts/dev.py": """
                from todo.app import new_app

                if __name__ == "__main__":
                    print(new_app({}))
            """,
        },
    )
    facts = discover(tmp_path)
    assert facts.app is not None and facts.app.launcher == "todo"
    assert any(
        "needs arguments; serving the app that `python -m todo`" in p for p in facts.problems
    )

    (tmp_path / "todo" / "__main__.py").unlink()
    assert (launched := discover(tmp_path).app) is not None and launched.launcher == "scripts.dev"
    (tmp_path / "todo" / "app.py").write_text(
        "from fastapi import FastAPI\n\ndef new_app(cfg: dict[str, str] | None = None) -> FastAPI:\n"
        "    return FastAPI()\n"
    )
    assert (defaults := discover(tmp_path).app) is not None and defaults.launcher is None


def test_an_app_an_object_builds_is_served_through_the_start_module_that_runs_it(
    tmp_path: Path,
) -> None:
    """`self.app = FastAPI()` in a class: nothing at module level for uvicorn to import, but
    main.py creates the object and hands uvicorn its app, so main.py is the launcher. Without
    such a start module the app is reported, not guessed at."""
    make(
        tmp_path,
        {
            "node/__init__.py": "",
            "node/api.py": """
                from fastapi import FastAPI

                class TodoApiNode:
                    def __init__(self) -> None:
                        self.app: FastAPI = FastAPI(title="todo")
            """,
            "main.py": """
                import uvicorn

                from node.api import TodoApiNode

                def main() -> None:
                    node = TodoApiNode()
                    uvicorn.run(node.app, port=8000)

                if __name__ == "__main__":
                    main()
            """,
        },
    )
    facts = discover(tmp_path)
    assert facts.app is not None
    assert (facts.app.file, facts.app.line, facts.app.launcher) == ("node/api.py", 5, "main")
    assert any("built inside the class TodoApiNode" in p for p in facts.problems)

    (tmp_path / "main.py").write_text("from node.api import TodoApiNode\n\nTodoApiNode()\n")
    unserved = discover(tmp_path)
    assert unserved.app is None
    assert any("no start module creates one and runs it" in p for p in unserved.problems)

    (tmp_path / "main.py").write_text(
        "# run with uvicorn after building it\n"
        "from node.api import TodoApiNode\n\n"
        "class TodoApiNode(TodoApiNode):\n    pass\n\n"
        "if __name__ == '__main__':\n    print('see README')\n"
    )
    mentioned = discover(tmp_path)
    assert mentioned.app is None  # a subclass and a comment start nothing
    (tmp_path / "main.py").write_text(
        "import uvicorn\nfrom node.api import TodoApiNode\n\n"
        "if __name__ != '__main__':\n    uvicorn.run(TodoApiNode().app)\n"
    )
    assert discover(tmp_path).app is None  # runs when imported, never as the start module


def test_module_level_call_of_factory_is_an_instance(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/factory.py": "import fastapi\n\ndef build():\n    return fastapi.FastAPI()\n",
            "main.py": "from app.factory import build\n\napp = build()\n",
        },
    )
    app = discover(tmp_path).app
    assert app is not None
    assert (app.module, app.attribute, app.factory) == ("main", "app", False)


def test_a_factory_method_of_a_class_builds_the_instance(tmp_path: Path) -> None:
    """`app = ApplicationFactory.create()`: the factory is a static method."""
    make(
        tmp_path,
        {
            "blog/__init__.py": "",
            "blog/main.py": """
                from fastapi import FastAPI

                class ApplicationFactory:
                    @staticmethod
                    def create() -> FastAPI:
                        app = FastAPI(title="blog", openapi_url="/openapi.json")
                        return app

                app = ApplicationFactory.create()
            """,
        },
    )
    facts = discover(tmp_path)
    assert facts.app is not None
    assert (facts.app.module, facts.app.attribute, facts.app.factory) == ("blog.main", "app", False)
    assert facts.schema_setting is not None and facts.schema_setting.line == 6


def test_a_factory_method_alone_is_served_by_its_dotted_name(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "main.py": """
                from fastapi import FastAPI

                class Factory:
                    def build(self) -> FastAPI:
                        return FastAPI()
            """,
        },
    )
    app = discover(tmp_path).app
    assert app is not None and (app.attribute, app.factory) == ("Factory.build", True)


@pytest.mark.parametrize(
    "source",
    [
        "from fastapi import FastAPI as F\n\napi = F()\n",
        "import fastapi as fa\n\napi = fa.FastAPI()\n",
        "import fastapi\n\napi: fastapi.FastAPI = fastapi.FastAPI()\n",
    ],
)
def test_aliased_fastapi(tmp_path: Path, source: str) -> None:
    make(tmp_path, {"server.py": source})
    app = discover(tmp_path).app
    assert app is not None
    assert (app.module, app.attribute, app.line) == ("server", "api", 3)


def test_syntax_error_lines_are_skipped_with_a_note(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "main.py": "from fastapi import FastAPI\napp = FastAPI(\n",  # broken
            "api.py": MAIN,
        },
    )
    facts = discover(tmp_path)
    assert facts.app is not None and facts.app.file == "api.py"
    assert any(p.startswith("main.py: line(s) 2 use syntax") for p in facts.problems)


def test_several_apps_prefer_conventional_names_and_ignore_tests(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "zzz/other.py": MAIN,
            "app/main.py": MAIN,
            "tests/test_main.py": MAIN,
            ".venv/lib/fastapi_app.py": MAIN,
        },
    )
    facts = discover(tmp_path)
    assert facts.app is not None and facts.app.file == "app/main.py"
    assert any("2 FastAPI apps found" in p and "zzz/other.py:app" in p for p in facts.problems)


def test_no_app(tmp_path: Path) -> None:
    make(tmp_path, {"main.py": "print('hi')\n"})
    facts = discover(tmp_path)
    assert facts.app is None
    assert "no FastAPI app found" in facts.problems


# --- routes, kind, docs ------------------------------------------------------------------


def test_routes_registered_by_add_api_route_on_a_router_or_an_object_s_app(
    tmp_path: Path,
) -> None:
    """`router.add_api_route(path, endpoint, methods=...)` and `self.app.add_api_route(...,
    self.method)` declare routes too; their handlers are found, with the call's keywords."""
    make(
        tmp_path,
        {
            "api.py": """
                from fastapi import APIRouter, FastAPI

                class Node:
                    def __init__(self) -> None:
                        self.app = FastAPI()
                        self.app.add_api_route("/todos", self.create, methods=["POST"])
                        self.app.add_api_route(path="/todos/{todo_id}", endpoint=self.read)

                        @self.app.get("/health")
                        def alive() -> dict[str, bool]:
                            return {"ok": True}

                    async def create(self) -> dict[str, int]:
                        return {}

                    async def read(self, todo_id: int) -> dict[str, int]:
                        return {}

                class Repo:
                    def create(self, db: object) -> None:  # not the endpoint: Node's is
                        return None

                def health() -> dict[str, bool]:
                    return {"ok": True}

                router = APIRouter(prefix="/ops")
                router.add_api_route("/health", health, summary="Liveness")
            """,
        },
    )
    facts = discover(tmp_path)
    assert routes_of(facts) == {
        ("POST", "/todos"),
        ("GET", "/todos/{todo_id}"),
        ("GET", "/health"),
        ("GET", "/ops/health"),
    }
    assert next(r for r in facts.routes if r.function == "create").is_async
    ctx = StaticContext(root=tmp_path, facts=facts)
    health = next(h for h in route_handlers(ctx) if h.name == "health")
    assert isinstance(summary := health.keyword("summary"), ast.Constant)
    assert summary.value == "Liveness"


def test_two_classes_routers_keep_their_own_prefixes(tmp_path: Path) -> None:
    """`self.router = APIRouter(prefix=...)` in two controller classes of one module: each
    class's routes take its own router's prefix, not the last one written in the file, and
    each `list` handler its own registration's keywords."""
    make(
        tmp_path,
        {
            "api.py": """
                from fastapi import APIRouter

                class TodoController:
                    def __init__(self) -> None:
                        self.router = APIRouter(prefix="/todos")
                        self.router.add_api_route("", self.list, methods=["GET"])

                    def list(self) -> list[str]:
                        return []

                class UserController:
                    def __init__(self) -> None:
                        self.router = APIRouter(prefix="/users")
                        self.router.add_api_route("", self.list, summary="Every user")

                        @self.router.get("/me")
                        def me() -> dict[str, str]:
                            return {}

                    def list(self) -> list[str]:
                        return []

                class Controller:
                    def __init__(self, prefix: str) -> None:
                        self.router = APIRouter(prefix="/v1")

                class PostController(Controller):
                    def __init__(self) -> None:
                        super().__init__("/posts")
                        self.router.add_api_route("/posts", self.list, methods=["GET"])

                    def list(self) -> list[str]:
                        return []
            """,
        },
    )
    facts = discover(tmp_path)
    assert routes_of(facts) == {
        ("GET", "/todos"),
        ("GET", "/users"),
        ("GET", "/users/me"),
        ("GET", "/v1/posts"),  # the router its base class made
    }
    handlers = route_handlers(StaticContext(root=tmp_path, facts=facts))
    summaries = {h.routes[0].path: h.keyword("summary") for h in handlers if h.name == "list"}
    assert summaries["/todos"] is None  # its registration has none: not the other class's
    assert isinstance(users := summaries["/users"], ast.Constant) and users.value == "Every user"


def test_routes_with_router_and_include_prefixes(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/routers/__init__.py": "",
            "app/routers/todos.py": """
                from fastapi import APIRouter

                router = APIRouter(prefix="/todos")

                @router.get("/")
                async def list_todos():
                    return []

                @router.api_route("/{todo_id}", methods=["PUT", "PATCH"])
                def update(todo_id: int):
                    return {}
            """,
            "app/routers/users.py": """
                from fastapi import APIRouter
                users = APIRouter()

                @users.delete("/users/{user_id}")
                async def remove(user_id: int): ...
            """,
            "app/main.py": """
                from fastapi import FastAPI
                from app.routers import todos
                from app.routers.users import users as user_router

                app = FastAPI()
                app.include_router(todos.router, prefix="/api/v1")
                app.include_router(user_router, prefix="/admin")

                @app.get("/health")
                def health():
                    return {"ok": True}
            """,
        },
    )
    facts = discover(tmp_path)
    assert routes_of(facts) == {
        ("GET", "/health"),
        ("GET", "/api/v1/todos/"),
        ("PUT", "/api/v1/todos/{todo_id}"),
        ("PATCH", "/api/v1/todos/{todo_id}"),
        ("DELETE", "/admin/users/{user_id}"),
    }
    listing = next(r for r in facts.routes if r.function == "list_todos")
    assert listing == RouteInfo(
        method="GET",
        path="/api/v1/todos/",
        function="list_todos",
        is_async=True,
        file="app/routers/todos.py",
        line=6,
    )
    assert not next(r for r in facts.routes if r.function == "health").is_async
    assert facts.kind is AssignmentKind.TODO


@pytest.mark.parametrize(
    ("paths", "kind"),
    [
        (["/todos", "/todos/{todo_id}", "/posts"], AssignmentKind.TODO),
        (["/posts", "/posts/{post_id}/comments", "/tasks"], AssignmentKind.BLOG),
        (["/posts", "/notes"], AssignmentKind.UNKNOWN),
        (["/health", "/users"], AssignmentKind.UNKNOWN),
    ],
)
def test_kind_from_route_words(tmp_path: Path, paths: list[str], kind: AssignmentKind) -> None:
    handlers = "".join(
        f"@app.get({path!r})\nasync def h{i}(): ...\n" for i, path in enumerate(paths)
    )
    make(tmp_path, {"main.py": MAIN + handlers})
    facts = discover(tmp_path)
    assert len(facts.routes) == len(paths)
    assert facts.kind is kind


@pytest.mark.parametrize(
    ("kwargs", "disabled", "openapi_url"),
    [
        ("", False, "/openapi.json"),
        ("docs_url=None, redoc_url=None", True, "/openapi.json"),
        ("docs_url=None", False, "/openapi.json"),
        ("openapi_url=None", True, None),
        ("openapi_url='/api/schema.json'", False, "/api/schema.json"),
    ],
)
def test_docs_settings(
    tmp_path: Path, kwargs: str, disabled: bool, openapi_url: str | None
) -> None:
    make(tmp_path, {"main.py": f"from fastapi import FastAPI\napp = FastAPI({kwargs})\n"})
    facts = discover(tmp_path)
    assert (facts.docs_disabled, facts.openapi_url) == (disabled, openapi_url)


def test_schema_setting_is_found_in_the_factory_another_module_calls(tmp_path: Path) -> None:
    """`app = create_app()` in main.py, `FastAPI(openapi_url=... if ... else None)` in the
    factory's module: the setting a reviewer reads is in the factory, at its keyword."""
    make(
        tmp_path,
        {
            "main.py": "from blog.factory import create_app\n\napp = create_app()\n",
            "blog/__init__.py": "",
            "blog/factory.py": """
                from fastapi import FastAPI

                def create_app(production: bool = True) -> FastAPI:
                    return FastAPI(
                        title="blog",
                        openapi_url=None if production else "/openapi.json",
                    )
            """,
        },
    )
    facts = discover(tmp_path)
    assert facts.app is not None and facts.app.file == "main.py"
    assert facts.schema_setting is not None
    assert (facts.schema_setting.file, facts.schema_setting.line) == ("blog/factory.py", 6)
    assert facts.schema_switch is None  # a parameter of the factory: no line of the module


def test_the_modules_docs_switch_is_found_beside_the_keyword(tmp_path: Path) -> None:
    """`docs_enabled = settings.environment != "prod"` then `openapi_url=... if docs_enabled
    else None` (fresh bw60-03): the switch is the line that decides; a parameter of a factory
    (above) or a setting's attribute is no module line, and is not named."""
    make(
        tmp_path,
        {
            "main.py": """
                import os
                from fastapi import FastAPI

                docs_enabled = os.environ.get("ENVIRONMENT", "prod") != "prod"

                app = FastAPI(
                    title="todos",
                    docs_url="/docs" if docs_enabled else None,
                    openapi_url="/openapi.json" if docs_enabled else None,
                )
            """,
        },
    )
    facts = discover(tmp_path)
    assert facts.schema_setting is not None and facts.schema_setting.line == 9
    assert facts.schema_switch is not None
    assert (facts.schema_switch.file, facts.schema_switch.line) == ("main.py", 4)


def test_no_schema_setting_without_the_keywords(tmp_path: Path) -> None:
    make(tmp_path, {"main.py": "from fastapi import FastAPI\napp = FastAPI(title='x')\n"})
    assert discover(tmp_path).schema_setting is None


# --- tree facts and hostile trees ---------------------------------------------------------


def test_tests_readme_and_python_files(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "main.py": MAIN,
            "ReadMe.MD": "# hi\n",
            "app/tests/test_api.py": "",
            "app/tests/conftest.py": "",
            "venv2/pyvenv.cfg": "home = /usr\n",
            "venv2/lib/site.py": "",
            "node_modules/x.py": "",
            "app/__pycache__/main.cpython-311.py": "",
        },
    )
    facts = discover(tmp_path)
    assert facts.readme == "ReadMe.MD"
    assert facts.tests_dir == "app/tests"
    assert facts.test_files == ["app/tests/test_api.py"]
    assert facts.python_files == ["app/tests/conftest.py", "app/tests/test_api.py", "main.py"]


def test_root_level_test_files(tmp_path: Path) -> None:
    make(tmp_path, {"main.py": MAIN, "test_main.py": ""})
    facts = discover(tmp_path)
    assert (facts.tests_dir, facts.test_files, facts.readme) == (".", ["test_main.py"], None)


def test_nothing_is_executed(tmp_path: Path) -> None:
    marker = tmp_path.parent / f"{tmp_path.name}-marker"
    payload = f"open({str(marker)!r}, 'w').write('ran')\n"
    make(
        tmp_path,
        {
            "setup.py": payload + "from setuptools import setup\nsetup(install_requires=['x'])\n",
            "main.py": payload + MAIN + "def create_app():\n    " + payload,
            "app/__init__.py": payload,
            "conftest.py": payload,
        },
    )
    facts = discover(tmp_path)
    assert facts.app is not None and facts.dependencies.runtime == ["x"]
    assert not marker.exists()
    loaded = [getattr(m, "__file__", None) or "" for m in list(sys.modules.values())]
    assert not [f for f in loaded if f.startswith(str(tmp_path))]


def test_hostile_files_never_raise(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    make(outside, {"secret.py": MAIN, "requirements.txt": "evil==1\n"})
    root = make(
        tmp_path / "sub",
        {
            "main.py": MAIN,
            "binary.py": b"\x00\x01\x02FastAPI",
            "latin1.py": "# caf\xe9\nfrom fastapi import FastAPI\n".encode("latin-1"),
            "huge.py": "x = 1\n" * 200_000,
            "bad.toml": "[[[",
            "pyproject.toml": "this is = not [toml",
        },
    )
    os.symlink(outside, root / "linked_dir")
    os.symlink(outside / "requirements.txt", root / "requirements.txt")
    deep = root
    for i in range(40):
        deep = deep / f"d{i}"
    deep.mkdir(parents=True)
    (deep / "deep.py").write_text(MAIN)
    facts = discover(root)
    assert facts.app is not None and facts.app.file == "main.py"
    assert facts.dependencies.source == "none"  # the symlinked requirements.txt is not read
    assert all("linked_dir" not in f and "deep.py" not in f for f in facts.python_files)
    joined = "\n".join(facts.problems)
    for expected in (
        "binary.py: binary",
        "latin1.py: not valid UTF-8",
        "huge.py: larger than",
        "pyproject.toml: invalid TOML",
        "symlink(s) ignored",
        "deeper than",
    ):
        assert expected in joined


def test_missing_root(tmp_path: Path) -> None:
    facts = discover(tmp_path / "nope")
    assert facts.app is None and facts.problems == [f"{tmp_path / 'nope'} is not a directory"]


def test_nested_routers_through_relative_imports_and_editable_self(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "requirements.txt": "-e .\n",
            "pyproject.toml": '[project]\nname = "x"\ndependencies = ["fastapi", "sqlmodel>=0.0.14"]\n',
            "app/main.py": """
                from fastapi import FastAPI
                from .routers import api
                app = FastAPI()
                app.include_router(api.router, prefix="/v1")
            """,
            "app/routers/api.py": """
                from fastapi import APIRouter
                from . import posts
                router = APIRouter(prefix="/api")
                router.include_router(posts.router, prefix="/blog")
            """,
            "app/routers/posts.py": """
                from fastapi import APIRouter
                router = APIRouter(prefix="/posts")
                @router.post("/{post_id}/comments")
                def add_comment(post_id: int): ...
            """,
        },
    )
    facts = discover(tmp_path)
    assert routes_of(facts) == {("POST", "/v1/api/blog/posts/{post_id}/comments")}
    assert facts.kind is AssignmentKind.BLOG
    assert facts.dependencies.source == "requirements"
    assert facts.dependencies.runtime == ["fastapi", "sqlmodel>=0.0.14"]
    assert facts.dependencies.unpinned == ["fastapi"]


def test_a_test_extra_asking_for_more_extras_of_a_runtime_package_is_kept(
    tmp_path: Path,
) -> None:
    """`databases[aiomysql]` to run, `databases[aiosqlite]` in dev for the tests' SQLite: the
    second brings the tests' driver; a repeat asking for nothing new is still dropped."""
    make(
        tmp_path,
        {
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
            "pyproject.toml": """
                [project]
                name = "todo"
                dependencies = ["fastapi", "databases[aiomysql]>=0.9,<0.10"]

                [project.optional-dependencies]
                dev = ["databases[aiosqlite]>=0.9,<0.10", "Databases[AIOMySQL]", "fastapi", "pytest"]
            """,
        },
    )
    assert discover(tmp_path).dependencies.test == ["databases[aiosqlite]>=0.9,<0.10", "pytest"]


def test_a_pinned_package_asked_again_for_its_extras_stays_pinned(tmp_path: Path) -> None:
    """`uvicorn==0.29.0` then `uvicorn[standard]`: both lines are kept (the second adds extras),
    and uvicorn is still pinned."""
    make(
        tmp_path,
        {
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
            "requirements.txt": "fastapi==0.115.0\nuvicorn==0.29.0\nuvicorn[standard]\n",
        },
    )
    deps = discover(tmp_path).dependencies
    assert deps.runtime == ["fastapi==0.115.0", "uvicorn==0.29.0", "uvicorn[standard]"]
    assert deps.unpinned == []


def test_an_extra_naming_the_project_itself_brings_that_extra(tmp_path: Path) -> None:
    """`dev = ["blogapi[test]", "mypy"]`: blogapi is this project, not a package on PyPI."""
    make(
        tmp_path,
        {
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
            "pyproject.toml": """
                [project]
                name = "BlogAPI"
                dependencies = ["fastapi"]

                [project.optional-dependencies]
                test = ["pytest>=8", "httpx"]
                dev = ["blogapi[test]", "mypy", "blogapi"]
            """,
        },
    )
    test = discover(tmp_path).dependencies.test
    assert "pytest>=8" in test and "httpx" in test and "mypy" in test
    assert not any(r.lower().startswith("blogapi") for r in test)
