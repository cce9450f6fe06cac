from __future__ import annotations

from pathlib import Path

from grader.discovery import discover
from grader.phases.start import candidate_environment


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_example_env_and_token_variable_are_read_as_data(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        ".env.example": "SECRET_KEY=change-me  # long random\nexport API_TOKEN='xyz'\nPATH=/evil\n",
        "main.py": (
            "import os\nfrom fastapi import FastAPI\n"
            "app = FastAPI()\nKEY = os.getenv('SERVICE_API_KEY')\n"
        ),
    })
    facts = discover(root)
    assert facts.example_env["SECRET_KEY"] == "change-me"
    assert facts.example_env["API_TOKEN"] == "xyz"
    assert facts.token_env == ["API_TOKEN", "SERVICE_API_KEY"]
    environment, token = candidate_environment(facts)
    assert "PATH" not in environment
    assert token is not None and token[0] == "API_TOKEN"
    assert environment["API_TOKEN"] == token[1] != "xyz"
    assert environment["SECRET_KEY"] == "change-me"


def test_settings_class_fields_count_as_variables(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        "main.py": (
            "from fastapi import FastAPI\nfrom pydantic_settings import BaseSettings\n"
            "class Settings(BaseSettings):\n    api_key: str\n    debug: bool = False\n"
            "app = FastAPI()\n"
        ),
    })
    assert discover(root).token_env == ["API_KEY"]


def test_no_token_no_variables(tmp_path: Path) -> None:
    root = _project(tmp_path, {"main.py": "from fastapi import FastAPI\napp = FastAPI()\n"})
    assert candidate_environment(discover(root)) == ({}, None)
