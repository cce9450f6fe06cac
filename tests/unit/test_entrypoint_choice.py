"""Which app is served when the code holds several: the one the repository itself starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.discovery import discover
from grader.discovery.launchers import parse_command
from grader.phases.start import app_choice_finding

APP = "from fastapi import FastAPI\napp = FastAPI()\n"
DECOY = "from fastapi import FastAPI\n\napp = FastAPI(title='scratch')\n"
BLOG = "from fastapi import FastAPI\nfrom routers import posts\napp = FastAPI(title='Blog')\n"


def make(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def blog_with_decoy(root: Path, extra: dict[str, str]) -> Path:
    return make(
        root,
        {
            "main.py": DECOY,
            "blog/__init__.py": "",
            "blog/main.py": BLOG,
            "blog/routers/__init__.py": "",
            "blog/routers/posts.py": "",
            **extra,
        },
    )


def test_without_a_start_command_the_layout_decides_and_says_so(tmp_path: Path) -> None:
    facts = discover(blog_with_decoy(tmp_path, {}))
    assert facts.app is not None and facts.app.file == "main.py"
    assert facts.app_choice is not None
    assert facts.app_choice.chosen == "main.py:app"
    assert facts.app_choice.others == ["blog/main.py:app"]
    assert "no start command" in facts.app_choice.reason
    assert facts.app_choice.source is None


@pytest.mark.parametrize(
    ("files", "source"),
    [
        (
            {
                "Dockerfile": "FROM python:3.12\nWORKDIR /code\nCOPY . .\n"
                'CMD ["uvicorn", "blog.main:app", "--host", "0.0.0.0"]\n'
            },
            "Dockerfile:4",
        ),
        (
            {
                "Dockerfile": "FROM python:3.12\nWORKDIR /srv\nCOPY blog/ .\n"
                "CMD uvicorn main:app --host 0.0.0.0 --port 80\n"
            },
            "Dockerfile:4",
        ),
        (
            {
                "README.md": "# Blog\n\n## Run\n\n```bash\npip install -r requirements.txt\n"
                "uvicorn blog.main:app --reload\n```\n"
            },
            "README.md:7",
        ),
        (
            {"README.md": "# Blog\n\n```sh\ncd blog\nuvicorn main:app --reload\n```\n"},
            "README.md:5",
        ),
        (
            {"README.md": "Start it with `fastapi dev blog/main.py` and open /docs.\n"},
            "README.md:1",
        ),
        (
            {
                "Procfile": "web: gunicorn -k uvicorn.workers.UvicornWorker -b 0.0.0.0:$PORT "
                "blog.main:app\n"
            },
            "Procfile:1",
        ),
        ({"Makefile": "run:\n\tcd blog && python -m uvicorn main:app --port 8000\n"}, "Makefile:2"),
        (
            {
                "docker-compose.yml": "services:\n  web:\n    build: ./blog\n"
                '    command: sh -c "uvicorn main:app --host 0.0.0.0"\n'
            },
            "docker-compose.yml:4",
        ),
    ],
)
def test_the_repository_start_command_picks_the_real_app(
    tmp_path: Path, files: dict[str, str], source: str
) -> None:
    facts = discover(blog_with_decoy(tmp_path, files))
    assert facts.app is not None and facts.app.file == "blog/main.py", facts.app_choice
    assert facts.app.app_dir == "blog"  # `from routers import posts` runs inside blog/
    assert facts.app_choice is not None
    assert facts.app_choice.chosen == "blog/main.py:app"
    assert facts.app_choice.others == ["main.py:app"]
    assert facts.app_choice.source == source
    assert source in facts.app_choice.reason


def test_compose_wins_over_a_readme_that_names_the_decoy(tmp_path: Path) -> None:
    facts = discover(
        blog_with_decoy(
            tmp_path,
            {
                "README.md": "Run `uvicorn main:app`.\n",
                "compose.yaml": 'services:\n  app:\n    build: .\n    command: ["uvicorn", '
                '"blog.main:app", "--host", "0.0.0.0"]\n',
            },
        )
    )
    assert facts.app is not None and facts.app.file == "blog/main.py"
    assert facts.app_choice is not None and "compose" in facts.app_choice.reason


def test_a_readme_starting_a_helper_first_still_serves_the_app(tmp_path: Path) -> None:
    """Two commands in one README, a stub on :8001 first, then the app (fresh bw54-01): the
    conventional layout decides among the apps that file starts."""
    facts = discover(
        make(
            tmp_path,
            {
                "main.py": APP,
                "validationService.py": DECOY,
                "README.md": "## Run\n\n```\nuvicorn validationService:app --port 8001\n"
                "uvicorn main:app --reload\n```\n",
            },
        )
    )
    assert facts.app is not None and facts.app.file == "main.py"
    assert facts.app_choice is not None and facts.app_choice.source == "README.md:5"
    (tmp_path / "README.md").write_text(
        "Run the API: `uvicorn api:app`\n\nMock auth: `uvicorn main:app --port 9001`\n"
    )
    (tmp_path / "api.py").write_text(APP)
    served = discover(tmp_path)
    assert served.app is not None and served.app.file == "api.py"  # not the mock on :9001


def test_a_command_naming_no_found_app_keeps_todays_choice(tmp_path: Path) -> None:
    facts = discover(blog_with_decoy(tmp_path, {"README.md": "`uvicorn service.api:app`\n"}))
    assert facts.app is not None and facts.app.file == "main.py"
    assert facts.app_choice is not None
    assert "README.md:1" in facts.app_choice.reason and "name none" in facts.app_choice.reason


def test_the_choice_becomes_an_info_finding_only_when_there_was_one(tmp_path: Path) -> None:
    facts = discover(blog_with_decoy(tmp_path, {"README.md": "`fastapi run blog/main.py`\n"}))
    [finding] = app_choice_finding(facts)
    assert finding.rule == "START-APP-CHOSEN" and finding.severity.value == "info"
    assert finding.flag is None and finding.source == "start"
    assert (finding.file, finding.line) == ("blog/main.py", 3)
    assert "blog/main.py:app" in finding.detail and "main.py:app" in finding.detail
    assert "README.md:1" in finding.detail
    alone = discover(make(tmp_path / "one", {"app/main.py": APP, "README.md": "x\n"}))
    assert alone.app_choice is not None and alone.app_choice.reason == "the only FastAPI app found"
    assert app_choice_finding(alone) == []


def test_a_named_factory_is_served_with_factory(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "main.py": APP,
            "svc/__init__.py": "",
            "svc/factory.py": "from fastapi import FastAPI\n\ndef create_app() -> FastAPI:\n"
            "    return FastAPI()\n",
            "Procfile": "web: uvicorn --factory svc.factory:create_app\n",
        },
    )
    facts = discover(tmp_path)
    assert facts.app is not None
    assert (facts.app.file, facts.app.attribute, facts.app.factory) == (
        "svc/factory.py",
        "create_app",
        True,
    )


@pytest.mark.parametrize(
    ("command", "module", "attribute", "paths", "bases"),
    [
        ("uvicorn app.main:app --host 0.0.0.0 --port 8000", "app.main", "app", (), (".",)),
        ("python -m uvicorn --app-dir src pkg.api:api", "pkg.api", "api", (), ("src",)),
        ("poetry run hypercorn 'app.main:create_app()'", "app.main", "create_app", (), (".",)),
        ("fastapi run --port 80 blog/main.py", None, None, ("blog/main.py",), (".",)),
        ("fastapi run --entrypoint blog.main:api", "blog.main", "api", (), (".",)),
        ("cd svc; exec uvicorn main:app", "main", "app", (), ("svc",)),
        ("python blog/main.py", None, None, ("blog/main.py",), (".",)),
    ],
)
def test_commands_are_tokenised_not_run(
    command: str,
    module: str | None,
    attribute: str | None,
    paths: tuple[str, ...],
    bases: tuple[str, ...],
) -> None:
    [reference] = parse_command(command, "README", "README.md", 1, (".",))
    assert (reference.module, reference.attribute, reference.paths, reference.bases) == (
        module,
        attribute,
        paths,
        bases,
    )


def test_unrelated_commands_name_nothing() -> None:
    for command in (
        "pip install uvicorn fastapi",
        "pytest -q",
        "docker compose up --build",
        "git commit -m 'uvicorn main:app'",
        "echo $((1+2",
    ):
        assert [r for r in parse_command(command, "README", "R", 1, (".",)) if r.module] == [], (
            command
        )
