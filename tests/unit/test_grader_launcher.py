"""probes/grader_launcher.py: the app a candidate's own start module builds, taken where it
would start uvicorn (uvicorn.run, or a Server it awaits), in a subprocess like the container's."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

_APP = """
from fastapi import FastAPI

def new_app(cfg):
    app = FastAPI(title=cfg["title"])

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
"""
_STARTS = {
    "run": """
        import uvicorn
        from todo.app import new_app

        def main():
            try:
                uvicorn.run(new_app({"title": "built by run"}), host="0.0.0.0", port=8080)
            except Exception:
                raise SystemExit("uvicorn failed")

        if __name__ == "__main__":
            main()
    """,
    "serve": """
        import asyncio
        import uvicorn
        from todo.app import new_app

        async def main():
            config = uvicorn.Config(new_app({"title": "built by serve"}), port=8080)
            await uvicorn.Server(config).serve()

        asyncio.run(main())
    """,
    "held": """
        import uvicorn
        from todo.app import new_app

        class Node:
            def __init__(self):
                self.app = new_app({"title": "built by held"})
                self.open = True

                @self.app.get("/open")
                def is_open() -> dict[str, bool]:
                    return {"open": self.open}

            def shutdown(self):
                self.open = False

        if __name__ == "__main__":
            node = Node()
            try:
                uvicorn.run(node.app, port=8080)
            finally:
                node.shutdown()
    """,
    "string": """
        import uvicorn

        app = None
        uvicorn.run("todo.built:app", port=8080)
    """,
}
_PROBE = """
import asyncio
import importlib
import uvicorn

async def imported_in_a_running_loop():  # as uvicorn imports the app
    return importlib.import_module("grader_launcher")

grader_launcher = asyncio.run(imported_in_a_running_loop())
from fastapi.testclient import TestClient
assert uvicorn.run.__module__.startswith("uvicorn")  # put back
client = TestClient(grader_launcher.app)
print(grader_launcher.app.title, client.get("/health").json()["status"])
if grader_launcher.app.title == "built by held":  # what runs after serving has not run
    assert client.get("/open").json() == {"open": True}
"""


@pytest.mark.parametrize(
    ("start", "title"),
    [
        ("run", "built by run"),
        ("serve", "built by serve"),
        ("held", "built by held"),
        ("string", "built by string"),
    ],
)
def test_the_app_is_the_one_the_start_module_hands_uvicorn(
    tmp_path: Path, start: str, title: str
) -> None:
    package = tmp_path / "todo"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "app.py").write_text(_APP)
    (package / "built.py").write_text(
        "from todo.app import new_app\napp = new_app({'title': 'built by string'})\n"
    )
    (package / "__main__.py").write_text(textwrap.dedent(_STARTS[start]))
    env = {**os.environ, "GRADER_LAUNCHER": "todo", "PYTHONPATH": str(ROOT / "probes")}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == f"{title} ok"


def test_a_start_module_that_never_starts_uvicorn_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "cli.py").write_text("print('nothing to serve')\n")
    env = {**os.environ, "GRADER_LAUNCHER": "cli", "PYTHONPATH": str(ROOT / "probes")}
    done = subprocess.run(
        [sys.executable, "-c", "import grader_launcher"], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode != 0
    assert "cli finished without handing uvicorn an app" in done.stderr
