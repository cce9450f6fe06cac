"""Candidate tests that cannot run say why (pytest's own words), and pytest's configuration
decides which tests exist."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from grader.discovery import discover
from grader.phases.candidate_tests import (
    findings_from_tests,
    parse_truth,
    pytest_command,
    pythonpath_for_tests,
)
from grader.phases.pytest_output import collection_errors, run_error
from tests.conftest import ROOT

LOGS = ROOT / "tests" / "fixtures" / "pytest_logs"
APP = "from fastapi import FastAPI\napp = FastAPI()\n"


def make(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def rules(log: str, root: Path) -> dict[str, str]:
    facts = discover(root)
    return {f.rule: f.detail for f in findings_from_tests(parse_truth(log), facts)}


def test_a_module_that_fails_to_import_is_named_with_its_error(tmp_path: Path) -> None:
    root = make(tmp_path, {"main.py": APP, "tests/test_api.py": "", "tests/test_ok.py": ""})
    log = (LOGS / "module_import_error.log").read_text()
    run = parse_truth(log)
    assert run.finished and run.passed == 1  # the other module still ran
    [error] = run.collection_errors
    assert error.path == "tests/test_api.py" and error.file == "tests/test_api.py"
    assert error.line == 1
    assert error.error == (
        "ImportError while importing test module tests/test_api.py: "
        "ModuleNotFoundError: No module named 'httpx'"
    )
    found = rules(log, root)
    assert found["TESTS-IMPORT-ERROR"].startswith("ImportError while importing test module")
    assert "No module named 'httpx'" in found["TESTS-IMPORT-ERROR"]
    assert "TESTS-TIMEOUT" not in found and "TESTS-NONE-RUN" not in found
    [finding] = [
        f for f in findings_from_tests(run, discover(root)) if f.rule == "TESTS-IMPORT-ERROR"
    ]
    assert (finding.file, finding.line, finding.severity.value) == ("tests/test_api.py", 1, "major")
    assert finding.flag is not None and finding.flag.value == "testing_gaps"


def test_a_conftest_that_fails_to_import_is_not_a_timeout(tmp_path: Path) -> None:
    root = make(tmp_path, {"main.py": APP, "tests/conftest.py": "", "tests/test_ok.py": ""})
    log = (LOGS / "conftest_import_error.log").read_text()
    run = parse_truth(log)
    assert not run.finished and run.total == 0
    [error] = run.collection_errors
    assert error.conftest and error.file == "tests/conftest.py"
    found = rules(log, root)
    assert list(found) == ["TESTS-IMPORT-ERROR"]
    assert found["TESTS-IMPORT-ERROR"].startswith(
        "ImportError while loading conftest tests/conftest.py: "
        "ModuleNotFoundError: No module named 'httpx'"
    )


def test_a_usage_error_names_the_option(tmp_path: Path) -> None:
    root = make(
        tmp_path,
        {
            "main.py": APP,
            "pytest.ini": "[pytest]\naddopts = --cov=app\n",
            "tests/test_ok.py": "",
        },
    )
    log = (LOGS / "usage_error.log").read_text()
    assert run_error(log) == "pytest: error: unrecognized arguments: --cov=app"
    found = rules(log, root)
    assert list(found) == ["TESTS-RUN-ERROR"]
    assert "--cov=app" in found["TESTS-RUN-ERROR"]


def test_the_plugin_record_of_a_collection_error_is_read() -> None:
    record = (
        '@@grader-truth@@ {"kind": "collect_error", "nodeid": "tests/x_test.py", "error": '
        "\"ImportError while importing test module '/app/tests/x_test.py'.\\nTraceback:\\n"
        "tests/x_test.py:4: in <module>\\n    from app import db\\n"
        "E   ImportError: cannot import name 'db' from 'app'\"}"
    )
    [error] = collection_errors(record)
    assert (error.path, error.line) == ("tests/x_test.py", 4)
    assert error.error.endswith("ImportError: cannot import name 'db' from 'app'")


def test_a_hung_run_is_still_a_timeout(tmp_path: Path) -> None:
    root = make(tmp_path, {"main.py": APP, "tests/test_ok.py": ""})
    assert list(rules("....\nKilled\n", root)) == ["TESTS-TIMEOUT"]


def test_pytest_ini_decides_which_files_are_tests(tmp_path: Path) -> None:
    root = make(
        tmp_path,
        {
            "main.py": APP,
            "pytest.ini": "[pytest]\ntestpaths = checks\npython_files = *_check.py\n"
            "pythonpath = . src\n",
            "checks/api_check.py": "",
            "checks/helpers.py": "",
            "tests/test_legacy.py": "",  # outside testpaths: pytest never collects it
        },
    )
    facts = discover(root)
    assert facts.pytest is not None
    assert (facts.pytest.file, facts.pytest.rootdir) == ("pytest.ini", ".")
    assert facts.pytest.testpaths == ["checks"]
    assert facts.pytest.python_files == ["*_check.py"]
    assert facts.test_files == ["checks/api_check.py"]
    script = pytest_command(facts, 150)[2]
    assert "cd /app &&" in script
    assert shlex.split(script.split(" -m pytest ", 1)[1].split(";", 1)[0])[-1] == "-q"  # no target
    assert "*/*_check.py" in script  # not counted as app code by coverage
    assert pythonpath_for_tests(facts) == "/opt/grader-probes:/app:/app/src"


def test_underscore_test_files_configured_in_a_subfolder(tmp_path: Path) -> None:
    root = make(
        tmp_path,
        {
            "pyproject.toml": "[project]\nname = 'x'\n",  # no pytest section: not pytest's
            "blog/main.py": APP,
            "blog/pytest.ini": "[pytest]\npython_files = *_test.py\n",
            "blog/tests/posts_test.py": "",
            "blog/tests/test_not_collected.py": "",
        },
    )
    facts = discover(root)
    assert facts.pytest is not None and facts.pytest.rootdir == "blog"
    assert facts.test_files == ["blog/tests/posts_test.py"]
    script = pytest_command(facts, 150)[2]
    assert "cd /app/blog &&" in script and script.split(";")[0].endswith("-q tests")


@pytest.mark.parametrize(
    ("name", "text", "testpaths"),
    [
        (
            "pyproject.toml",
            "[tool.pytest.ini_options]\ntestpaths = ['tests', 'it']\n",
            ["tests", "it"],
        ),
        (
            "setup.cfg",
            "[flake8]\nmax-line-length = 100\n[tool:pytest]\ntestpaths = tests\n",
            ["tests"],
        ),
        (
            "tox.ini",
            "[tox]\nenvlist = py311\n[pytest]\ntestpaths =\n    tests\n    it\n",
            ["tests", "it"],
        ),
        ("pytest.ini", "", []),  # pytest.ini is pytest's even empty
    ],
)
def test_every_configuration_file_pytest_reads(
    tmp_path: Path, name: str, text: str, testpaths: list[str]
) -> None:
    facts = discover(make(tmp_path, {name: text, "main.py": APP}))
    assert facts.pytest is not None and facts.pytest.file == name
    assert facts.pytest.testpaths == testpaths


def test_no_configuration_keeps_the_tests_folder_target(tmp_path: Path) -> None:
    facts = discover(
        make(tmp_path, {"setup.cfg": "[flake8]\n", "app/main.py": APP, "tests/test_api.py": ""})
    )
    assert facts.pytest is None
    assert pytest_command(facts, 150)[2].split(";")[0].endswith("-q tests")


@pytest.mark.parametrize(
    "log",
    [
        "ERROR: Error importing plugin \"pytest_truth\": No module named 'pytest_truth'\n",
        "/opt/venv/bin/python: No module named coverage\n@@grader-coverage@@ \n",
    ],
)
def test_a_broken_grader_runner_is_not_charged_to_the_candidate(log: str) -> None:
    from grader.phases.pytest_output import GRADER_SIDE

    run = parse_truth(log)
    assert run.run_error is not None and GRADER_SIDE.search(run.run_error)


def test_a_suite_of_none_names_the_testing_done_by_hand(tmp_path: Path) -> None:
    """pytest collected nothing from `smoke_test.py` (a script against the running server,
    tune bw49-02): the finding names the script, as TESTS-MISSING does for a bare submission."""
    from grader.checks import StaticContext
    from grader.checks.rules.testing import testing_by_hand
    from grader.phases.candidate_tests import CandidateTestRun

    script = 'import requests\n\nBASE = "http://localhost:8000"\n\nrequests.get(BASE + "/todos")\n'
    root = make(tmp_path, {"main.py": APP, "smoke_test.py": script})
    facts = discover(root)
    run = CandidateTestRun(finished=True, collected=0)
    by_hand = testing_by_hand(StaticContext(root, facts))
    [finding] = findings_from_tests(run, facts, by_hand)
    assert finding.rule == "TESTS-NONE-RUN"
    assert "smoke_test.py calls a running server by hand" in finding.detail
    assert [(r.file, r.line) for r in finding.related] == [
        ("smoke_test.py", 5),
        ("smoke_test.py", 3),
    ]
    [bare] = findings_from_tests(run, facts)
    assert bare.detail == "pytest collected no test." and bare.related == []


def test_routes_no_test_calls_name_the_readme_sentence_on_testing_by_hand(tmp_path: Path) -> None:
    """A suite of helper tests, and a README that says the handlers were checked by hand (tune
    bw52-01): the uncalled operations point at that sentence."""
    from grader.checks import StaticContext
    from grader.checks.rules.testing import testing_by_hand
    from grader.phases.candidate_tests import CandidateTestRun

    app = APP + '\n\n@app.get("/todos")\ndef todos() -> list[int]:\n    return []\n'
    readme = (
        "# Todos\n\nRun `pytest`.\n\nThese cover the token code. The handlers need Postgres,\n"
        "so I tested them by hand with curl.\n"
    )
    root = make(tmp_path, {"main.py": app, "README.md": readme, "tests/test_auth.py": ""})
    facts = discover(root)
    run = CandidateTestRun(finished=True, collected=3, passed=3)
    by_hand = testing_by_hand(StaticContext(root, facts))
    [untouched] = [
        f
        for f in findings_from_tests(run, facts, by_hand)
        if f.rule == "TESTS-UNTOUCHED-OPERATIONS"
    ]
    assert [(r.file, r.line) for r in untouched.related] == [("README.md", 6)]
    assert "the README speaks of testing by hand (README.md:6)" in untouched.detail
    (root / "README.md").write_text("# Todos\n\nRun `pytest`.\n")
    by_hand = testing_by_hand(StaticContext(root, discover(root)))
    [untouched] = [
        f
        for f in findings_from_tests(run, facts, by_hand)
        if f.rule == "TESTS-UNTOUCHED-OPERATIONS"
    ]
    assert untouched.related == [] and "by hand" not in untouched.detail
