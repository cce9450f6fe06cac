"""Findings about something missing point at the sentence that admits it, when there is one."""

from __future__ import annotations

from pathlib import Path

from grader.checks import StaticContext, run_static_checks
from grader.models import Finding

APP = 'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/todos")\ndef todos() -> list[int]:\n    return []\n'


def _findings(root: Path, rule: str) -> list[Finding]:
    from grader.discovery import discover

    return [f for f in run_static_checks(StaticContext(root, discover(root))) if f.rule == rule]


def test_no_tests_names_the_readme_sentence_on_manual_testing(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(APP)
    (tmp_path / "README.md").write_text(
        "# Todo API (test task)\n\nRun: `uvicorn main:app`\n\n## Tests\n\n"
        "I tested every endpoint manually in the Swagger UI.\n"
    )
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert missing.file is None  # the absence is about the whole submission
    assert [(r.file, r.line) for r in missing.related] == [("README.md", 7)]
    assert "README.md:7" in missing.detail


def test_no_tests_and_a_readme_silent_on_them_names_its_steps(tmp_path: Path) -> None:
    """The README's instructions, which a reviewer reads to see they stop before testing: the
    run command, else a Run or Setup heading before it; nothing when it gives no steps."""
    (tmp_path / "main.py").write_text(APP)
    readme = tmp_path / "README.md"
    readme.write_text("# Blog API (test task)\n\nRun: `uvicorn main:app`\n")
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert "says nothing of testing" in missing.detail
    assert [(r.file, r.line) for r in missing.related] == [("README.md", 3)]
    readme.write_text("# blog api\n\nSimple.\n\n## run\n\n    uvicorn main:app --reload\n")
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert [r.line for r in missing.related] == [5]
    readme.write_text("# blog api\n\nA blog.\n")
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert missing.related == []


def test_a_readme_without_run_command_points_at_its_placeholder(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(APP)
    (tmp_path / "README.md").write_text(
        "# Todo list API\n\n## Roadmap\n\n- TODO: tags\n\n## Getting started\n\nTODO\n"
    )
    (finding,) = _findings(tmp_path, "DOCS-NO-README")
    assert (finding.file, finding.line) == ("README.md", 9)  # not the title, not the roadmap item


def test_a_readme_without_placeholder_is_marked_at_its_top(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(APP)
    (tmp_path / "README.md").write_text("# Todo list API\n\nA todo API.\n")
    (finding,) = _findings(tmp_path, "DOCS-NO-README")
    assert (finding.file, finding.line) == ("README.md", 1)


def test_no_readme_names_the_run_comment_standing_in_for_one(tmp_path: Path) -> None:
    """With no README, the finding sits where the app it would explain is created (where
    fresh bw40-02's, bw46-04's and bw47-05's reviewers put it), the run comment beside."""
    (tmp_path / "main.py").write_text("# todo api\n# start: uvicorn main:app --reload\n" + APP)
    (finding,) = _findings(tmp_path, "DOCS-NO-README")
    created = next(
        n
        for n, text in enumerate((tmp_path / "main.py").read_text().splitlines(), 1)
        if "FastAPI(" in text
    )
    assert (finding.file, finding.line) == ("main.py", created)
    assert [(r.file, r.line) for r in finding.related] == [("main.py", 2)]


def test_python_running_a_script_that_starts_uvicorn_is_a_run_command(tmp_path: Path) -> None:
    """`python main.py` runs the server when main.py hands uvicorn the app (fresh bw49-02's
    README); a script that never does (a seed or smoke script) is no run command."""
    (tmp_path / "main.py").write_text(
        APP + '\n\nif __name__ == "__main__":\n    import uvicorn\n\n    uvicorn.run(app)\n'
    )
    (tmp_path / "seed.py").write_text("print('seeding')\n")
    readme = tmp_path / "README.txt"
    readme.write_text("todo\n\nRun:\n    python3 ./main.py\n")
    assert _findings(tmp_path, "DOCS-NO-README") == []
    readme.write_text("todo\n\nRun:\n    python seed.py\n")
    assert len(_findings(tmp_path, "DOCS-NO-README")) == 1


def test_a_project_script_that_starts_the_server_is_a_run_command(tmp_path: Path) -> None:
    """`hatch run serve`, `pdm run dev`, `poetry run start`: the README runs a script of the
    project's tables whose command (or entry point's module) starts uvicorn (fresh bw64-01,
    bw66-02); a script that runs the linter, or a name the tables do not hold, is none."""
    (tmp_path / "main.py").write_text(
        APP + '\n\ndef start() -> None:\n    import uvicorn\n\n    uvicorn.run(app)\n'
    )
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "todo"\n\n[project.scripts]\nstart = "main:start"\n\n'
        '[tool.hatch.envs.default.scripts]\nserve = "uvicorn main:app --reload"\n'
        'lint = "ruff check ."\n\n'
        '[tool.pdm.scripts]\ndev = { cmd = ["uvicorn", "main:app"] }\n'
    )
    readme = tmp_path / "README.md"
    for step in ("hatch run serve", "pdm run dev", "poetry run start"):
        readme.write_text(f"# Todo API\n\n## Run\n\n```sh\n{step}\n```\n")
        assert _findings(tmp_path, "DOCS-NO-README") == [], step
    for step in ("hatch run lint", "hatch run serve-docs", "pdm run other"):
        readme.write_text(f"# Todo API\n\n## Run\n\n```sh\n{step}\n```\n")
        assert len(_findings(tmp_path, "DOCS-NO-README")) == 1, step


def test_a_run_call_in_code_is_not_a_run_comment(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(
        APP + '\n\nif __name__ == "__main__":\n    import uvicorn\n\n    uvicorn.run(app)\n'
    )
    (finding,) = _findings(tmp_path, "DOCS-NO-README")
    assert finding.related == []


def test_a_readme_whose_steps_never_reach_the_tests(tmp_path: Path) -> None:
    """Tests exist; the README installs and runs the app and says nothing of testing. Any word
    of testing clears it, and without tests there is nothing to explain."""
    (tmp_path / "main.py").write_text(APP)
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Blog API\n\nFastAPI + SQLite.\n\n```\npip install .\nuvicorn main:app\n```\n"
    )
    assert _findings(tmp_path, "DOCS-README-NO-TEST-STEPS") == []  # no tests yet
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_api.py").write_text("def test_one() -> None:\n    assert 1\n")
    (finding,) = _findings(tmp_path, "DOCS-README-NO-TEST-STEPS")
    assert (finding.file, finding.line, finding.severity.value) == ("README.md", 7, "minor")
    readme.write_text(readme.read_text() + "\nRun `pytest -q` for the suite.\n")
    assert _findings(tmp_path, "DOCS-README-NO-TEST-STEPS") == []


def test_no_tests_names_a_readme_todo_for_them_and_a_hand_run_script(tmp_path: Path) -> None:
    """'TODO: pagination, tests' admits the gap; a curl script is the testing done instead,
    marked at the comment that says what it is for and at its first call (fresh bw39-02)."""
    (tmp_path / "main.py").write_text(APP)
    (tmp_path / "README.md").write_text(
        "# Todos\n\nRun `uvicorn main:app`.\n\nTODO: pagination, tests, docker\n"
    )
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert [(r.file, r.line) for r in missing.related] == [("README.md", 5)]
    (tmp_path / "smoke.sh").write_text(
        "#!/usr/bin/env bash\n# Quick manual check against a running server\nset -e\n"
        "curl -s localhost:8000/todos\n"
    )
    (tmp_path / "notes.sh").write_text("#!/bin/sh\n# cleans up\nrm -f app.db\n")  # no API call
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert [(r.file, r.line) for r in missing.related] == [
        ("README.md", 5),
        ("smoke.sh", 2),
        ("smoke.sh", 4),
    ]
    assert "smoke.sh calls a running server by hand" in missing.detail


def test_no_tests_names_the_readme_list_of_work_not_done(tmp_path: Path) -> None:
    """'## Future improvements' then '- Add tests': the admission is the list item under the
    heading; a test item under any other heading is not one."""
    (tmp_path / "main.py").write_text(APP)
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Todos\n\n## Features\n\n- tested by hand\n\n## Run\n\n`uvicorn main:app`\n\n"
        "## Future improvements\n\n- Add Docker support\n- Add tests\n\n## Author\n\n- me\n"
    )
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert [(r.file, r.line) for r in missing.related] == [("README.md", 14)]
    assert "README.md:14" in missing.detail
    readme.write_text(
        "# Todos\n\n## Features\n\n- pytest-ready layout\n\n## Run\n\n`uvicorn main:app`\n"
    )
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert [r.line for r in missing.related] == [7]  # the steps, none on testing


SMOKE_PY = """import json
import urllib.request

BASE = "http://127.0.0.1:8000"  # the server


def req(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    r = urllib.request.Request(BASE + path, data=data, method=method)
    with urllib.request.urlopen(r) as resp:
        return resp.status, json.loads(resp.read())


def main():
    settings = {"a": 1}.get("a")
    st, _ = req("POST", "/users", {"username": "u"})  # first request
    print("PASS" if st == 201 else "FAIL")


main()
"""


def test_no_tests_names_a_python_script_that_calls_the_running_server(tmp_path: Path) -> None:
    """A urllib or requests script against localhost is the testing done instead (tune bw32-01,
    bw34-05, bw35-03): marked at its first request, through its own helper, and at the server
    address it needs; a module that merely names localhost (a CORS origin) is not one."""
    (tmp_path / "main.py").write_text(
        APP + '\nORIGINS = ["http://localhost:3000"]\nimport requests  # for a webhook\n'
    )
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "smoke.py").write_text(SMOKE_PY)
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    lines = SMOKE_PY.splitlines()
    first = next(n for n, line in enumerate(lines, 1) if "# first request" in line)
    server = next(n for n, line in enumerate(lines, 1) if "# the server" in line)
    assert [(r.file, r.line) for r in missing.related] == [
        ("tools/smoke.py", first),
        ("tools/smoke.py", server),
    ]
    assert "tools/smoke.py calls a running server by hand" in missing.detail


def test_a_readme_placeholder_for_its_own_docs_is_marked(tmp_path: Path) -> None:
    """A line "TODO: proper docs" under the run steps (tune bw33-05): the author says the docs are
    unwritten. A "## TODO" list of future work is no such sentence, and a README with no run
    command is DOCS-NO-README's alone."""
    (tmp_path / "main.py").write_text(APP)
    readme = tmp_path / "README.md"
    readme.write_text("# Blog\n\n    uvicorn main:app\n\nTODO: proper docs\n")
    (unfinished,) = _findings(tmp_path, "DOCS-README-UNFINISHED")
    assert (unfinished.file, unfinished.line) == ("README.md", 5)
    readme.write_text("# Blog\n\n    uvicorn main:app\n\n## TODO\n\n- tags\n")
    assert not _findings(tmp_path, "DOCS-README-UNFINISHED")
    readme.write_text("# Blog\n\nTODO: proper docs\n")
    assert not _findings(tmp_path, "DOCS-README-UNFINISHED")
    assert _findings(tmp_path, "DOCS-NO-README")


def test_a_bulleted_sentence_on_manual_testing_is_the_readme_on_testing(tmp_path: Path) -> None:
    """A "- Tested manually with Postman" bullet says how the app was tested (tune bw58-04):
    the README is not silent on testing; a heading with the same words is not a sentence."""
    (tmp_path / "main.py").write_text(APP)
    (tmp_path / "README.md").write_text(
        "# Todo API\n\n## Run\n\n    uvicorn main:app\n\n## Notes (manual testing)\n\n"
        "- Data lives in memory.\n- Tested manually with Postman and the mobile app.\n"
    )
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert [(r.file, r.line) for r in missing.related] == [("README.md", 10)]
    assert "says nothing of testing" not in missing.detail


def test_no_readme_names_the_code_comment_on_manual_testing(tmp_path: Path) -> None:
    """A program header that says testing was done by hand (tune bw48-03) is the admission; a
    comment that merely mentions tests is not."""
    (tmp_path / "main.py").write_text(
        "# TODO: tests\n# TESTING PERFORMED MANUALLY WITH CURL, SEE RUN.TXT.\n" + APP
    )
    (missing,) = _findings(tmp_path, "TESTS-MISSING")
    assert [(r.file, r.line) for r in missing.related] == [("main.py", 2)]
    assert "main.py:2 says it was tested by hand" in missing.detail


def test_a_test_named_script_defining_no_test_is_a_script_by_hand(tmp_path: Path) -> None:
    """`smoke_test.py` is collected by its name, but defines no test (tune bw49-02): what pytest
    finds nothing in is the testing done by hand, named where the suite ran none."""
    from grader.checks.rules.testing import testing_by_hand
    from grader.discovery import discover

    (tmp_path / "main.py").write_text(APP)
    (tmp_path / "smoke_test.py").write_text(SMOKE_PY)
    facts = discover(tmp_path)
    assert facts.test_files == ["smoke_test.py"]
    assert _findings(tmp_path, "TESTS-MISSING") == []  # pytest is what tells: TESTS-NONE-RUN
    said, related, _ = testing_by_hand(StaticContext(tmp_path, facts))
    lines = SMOKE_PY.splitlines()
    server = next(n for n, line in enumerate(lines, 1) if "# the server" in line)
    assert ("smoke_test.py", server) in [(r.file, r.line) for r in related]
    assert "smoke_test.py calls a running server by hand" in said
    (tmp_path / "smoke_test.py").write_text(
        SMOKE_PY + "\n\ndef test_smoke() -> None:\n    main()\n"
    )
    assert testing_by_hand(StaticContext(tmp_path, discover(tmp_path)))[1] == ()


LIVE_TESTS = """import requests

BASE_URL = "http://localhost:8000"


def test_signup() -> None:
    r = requests.post(f"{BASE_URL}/signup", json={"username": "a", "password": "b"})
    assert r.status_code == 201
"""


def test_tests_against_a_hand_started_server_are_marked_at_its_address(tmp_path: Path) -> None:
    """Tests that send requests to localhost:8000 pass only while someone runs the app (tune
    bw59-04); a suite that starts its own server, or tests the app in process, is fine."""
    (tmp_path / "main.py").write_text(APP)
    (tmp_path / "test_main.py").write_text(LIVE_TESTS)
    (found,) = _findings(tmp_path, "TESTS-NEED-RUNNING-SERVER")
    assert (found.file, found.line) == ("test_main.py", 3)
    assert [(r.file, r.line) for r in found.related] == [("test_main.py", 7)]
    (tmp_path / "conftest.py").write_text(
        "import subprocess\n\n\ndef pytest_sessionstart(session):\n"
        "    subprocess.Popen(['uvicorn', 'main:app'])\n"
    )
    assert _findings(tmp_path, "TESTS-NEED-RUNNING-SERVER") == []
    (tmp_path / "conftest.py").unlink()
    (tmp_path / "test_main.py").write_text(
        LIVE_TESTS.replace(
            "import requests", "import requests\nfrom fastapi.testclient import TestClient"
        )
    )
    assert _findings(tmp_path, "TESTS-NEED-RUNNING-SERVER") == []
