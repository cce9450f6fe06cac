"""Example configuration files go where the app reads their real copy, when the repository
keeps that copy out of git: the set-up step its README asks of a reviewer."""

from __future__ import annotations

from pathlib import Path

from grader.discovery import discover


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_an_example_config_whose_real_file_is_gitignored_is_copied(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            ".gitignore": "# configs\n.configs/app.toml\n/settings.yaml\n",
            ".configs/app.example.toml": "[db]\nhost = 'localhost'\n",
            "settings.yaml.sample": "debug: false\n",
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    copies = {(c.example, c.target) for c in discover(root).example_copies}
    assert copies == {
        (".configs/app.example.toml", ".configs/app.toml"),
        ("settings.yaml.sample", "settings.yaml"),
    }


def test_examples_are_left_alone_when_not_asked_for(tmp_path: Path) -> None:
    """The real file is committed, nothing ignores it, or it is an environment file (its values
    reach the app as variables, with secrets replaced)."""
    root = _tree(
        tmp_path,
        {
            ".gitignore": ".env\nlocal.ini\n",
            "app.example.toml": "x = 1\n",  # app.toml is not ignored
            "db.example.ini": "x = 1\n",
            "db.ini": "x = 2\n",  # committed
            ".env.example": "SECRET=x\n",
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    assert discover(root).example_copies == []


def test_the_copy_is_made_in_the_workspace_and_reported(tmp_path: Path) -> None:
    from grader.grading import Grading
    from grader.intake.budget import Submission
    from grader.pipeline import _copy_examples

    root = _tree(
        tmp_path / "ws",
        {
            ".gitignore": ".configs/app.toml\n",
            ".configs/app.example.toml": "[db]\nhost = 'localhost'\n",
            "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    (tmp_path / "outside.toml").write_text("secret")
    facts = discover(root)
    # a hostile example that is a link out of the tree is never read
    (root / "evil.example.toml").symlink_to(tmp_path / "outside.toml")
    facts.example_copies.append(facts.example_copies[0].model_copy(
        update={"example": "evil.example.toml", "target": "evil.toml"}
    ))
    submission = Submission(name="s", sha256="0", workspace=root, root=root, files=3, total_bytes=1)
    grading = Grading(lambda _: None, "test")
    _copy_examples(grading, submission, facts)
    assert (root / ".configs" / "app.toml").read_text() == "[db]\nhost = 'localhost'\n"
    assert not (root / "evil.toml").exists()
    assert grading.metrics["example_copies"] == ".configs/app.example.toml -> .configs/app.toml"
