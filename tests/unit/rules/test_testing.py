from __future__ import annotations

from pathlib import Path

from grader.checks import StaticContext, run_static_checks
from grader.discovery import discover
from tests.unit.rules.conftest import RunFixture, expected, located


def _rules(findings: list) -> set[tuple[str, str | None, int | None]]:  # type: ignore[type-arg]
    return {(f.rule, f.file, f.line) for f in findings if f.rule.startswith("TESTS-")}


def test_no_tests_at_all(run_fixture: RunFixture) -> None:
    assert _rules(run_fixture("testing/app.py")) == {("TESTS-MISSING", None, None)}


def test_happy_path_only(run_fixture: RunFixture) -> None:
    findings = run_fixture("testing/app.py", tests="testing/happy_tests.py")
    # at the first test, where a reviewer would start adding the error cases
    assert _rules(findings) == {
        ("TESTS-HAPPY-PATH-ONLY", "tests/test_api.py", 9),
        ("TESTS-SHARED-STATE", "tests/test_api.py", 6),  # one module-level client, no fixture
    }
    # the other tests are named: what a reviewer reads to see that none checks an error
    (happy,) = [f for f in findings if f.rule == "TESTS-HAPPY-PATH-ONLY"]
    assert [(r.line, r.role) for r in happy.related] == [(15, "test_create checks no error")]


def test_a_4xx_expectation_anywhere_clears_it(run_fixture: RunFixture) -> None:
    findings = run_fixture("testing/app.py", tests="testing/error_tests.py")
    assert _rules(findings) == {("TESTS-SHARED-STATE", "tests/test_api.py", 7)}


def test_hollow_tests_are_counted_with_their_share(run_fixture: RunFixture) -> None:
    findings = run_fixture("testing/app.py", tests="testing/hollow_tests.py")
    hollow = next(f for f in findings if f.rule == "TESTS-HOLLOW")
    assert hollow.extent == 0.75 and hollow.line == 9
    assert "test_list, test_missing, test_create" in hollow.detail
    assert not any(f.rule == "TESTS-HAPPY-PATH-ONLY" for f in findings)  # one test asserts a 404


def test_a_suite_that_proves_its_answers_is_not_hollow(run_fixture: RunFixture) -> None:
    findings = run_fixture("testing/app.py", tests="testing/error_tests.py")
    assert not any(f.rule == "TESTS-HOLLOW" for f in findings)


def test_assertions_that_cannot_fail_are_pointed_at(run_fixture: RunFixture) -> None:
    findings = run_fixture("testing/app.py", tests="testing/tautology_tests.py")
    found = {
        (f.line, f.detail.split(": ")[-1]) for f in findings if f.rule == "TESTS-ASSERT-CANNOT-FAIL"
    }
    assert found == {
        (11, "`or 409` is always true."),
        (16, "a length is never negative."),
        (17, "a value compared with both True and False."),
    }
    hollow = next(f for f in findings if f.rule == "TESTS-HOLLOW")
    assert "test_duplicate_signup, test_list" in hollow.detail  # they prove nothing else


def test_a_suite_asserting_one_kind_of_error_is_named(run_fixture: RunFixture) -> None:
    findings = run_fixture("testing/auth_app.py", tests="testing/one_error_tests.py")
    assert _rules(findings) == {
        ("TESTS-ONE-ERROR-CASE", "tests/test_api.py", 17),
        ("TESTS-SHARED-STATE", "tests/test_api.py", 6),
    }
    (one,) = [f for f in findings if f.rule == "TESTS-ONE-ERROR-CASE"]
    assert [(r.line, r.role) for r in one.related] == [(9, "test_list checks no error")]
    assert one.detail == (
        "The only error status the tests assert is 401; "
        "never 404 (a missing record), 422 (invalid input)."
    )


def test_one_kind_of_error_is_enough_when_the_app_has_no_other(run_fixture: RunFixture) -> None:
    """No login route and no model body: a 404 is the only error the app can answer."""
    findings = run_fixture("testing/app.py", tests="testing/one_error_tests.py")
    assert not any(f.rule == "TESTS-ONE-ERROR-CASE" for f in findings)


def test_one_literal_error_beside_parametrized_ones_is_several_kinds(
    run_fixture: RunFixture,
) -> None:
    findings = run_fixture("testing/app.py", tests="testing/parametrized_error_tests.py")
    assert not any(f.rule == "TESTS-ONE-ERROR-CASE" for f in findings)


def test_happy_path_only_marks_a_test_not_an_empty_init_or_a_fixture(tmp_path: Path) -> None:
    """tests/__init__.py sorts first and conftest's `test_client` fixture looks like a test;
    the finding belongs where a reviewer would add the error cases: the TestCase class."""
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/todos')\n"
        "def todos() -> list[int]:\n    return []\n"
    )
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "__init__.py").write_text("")
    (tests / "conftest.py").write_text(
        "import pytest\n\n\n@pytest.fixture\ndef test_client():\n    return None\n"
    )
    (tests / "test_api.py").write_text(
        "import unittest\n\n\nclass TodoTests(unittest.TestCase):\n"
        "    def test_list(self):\n        self.assertEqual(200, 200)\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    assert _rules(findings) == {("TESTS-HAPPY-PATH-ONLY", "tests/test_api.py", 4)}


def test_happy_path_only_names_the_tests_own_todo_about_errors(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text("from fastapi import FastAPI\n\napp = FastAPI()\n")
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_api.py").write_text(
        "# TODO: error cases (401/404/422) were checked by hand\n# TODO: speed up the fixtures\n"
        "\n\ndef test_list():\n    assert 200 == 200\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    (happy,) = [f for f in findings if f.rule == "TESTS-HAPPY-PATH-ONLY"]
    assert [(r.line, r.role) for r in happy.related][:1] == [(1, "the tests' own note on it")]
    assert 2 not in {r.line for r in happy.related}  # a TODO about something else


def test_requests_sent_while_a_test_file_is_imported(run_fixture: RunFixture) -> None:
    """Module-level calls on a client run at collection; calls inside tests, and a `.get` on
    something that is not a client, do not count."""
    findings = run_fixture("testing/app.py", tests="testing/import_time_tests.py")
    (found,) = [f for f in findings if f.rule == "TESTS-IMPORT-TIME-REQUESTS"]
    assert (found.file, found.line) == ("tests/test_api.py", 9)
    assert found.detail.startswith("2 request(s) sent at module level")


def test_a_smoke_script_may_call_the_api_at_module_level(tmp_path: Path) -> None:
    """A script beside the tests that pytest never collects is run by hand, by design."""
    (tmp_path / "main.py").write_text("from fastapi import FastAPI\n\napp = FastAPI()\n")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "smoke.py").write_text(
        'import httpx\n\nhttpx.get("http://localhost:8000/todos")\n'
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    assert not [f for f in findings if f.rule == "TESTS-IMPORT-TIME-REQUESTS"]


SHARED_SUITE = """from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def test_list() -> None:
    assert client.get("/todos").status_code == 200
"""


def test_one_module_level_client_that_nothing_resets_is_shared_state(tmp_path: Path) -> None:
    """Every test writes to the app's own store through one client built at import (tune
    bw29-03, bw32-05); an override of a dependency, or any fixture, isolates the suite."""
    (tmp_path / "main.py").write_text("from fastapi import FastAPI\n\napp = FastAPI()\n")
    (tmp_path / "tests").mkdir()
    suite = tmp_path / "tests" / "test_api.py"
    suite.write_text(SHARED_SUITE)
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    (shared,) = [f for f in findings if f.rule == "TESTS-SHARED-STATE"]
    assert (shared.file, shared.line, shared.severity.value) == ("tests/test_api.py", 5, "minor")
    for isolation in (
        "app.dependency_overrides[object] = object\n",
        "import pytest\n\n\n@pytest.fixture(autouse=True)\ndef fresh() -> None:\n    pass\n",
    ):
        (tmp_path / "tests" / "conftest.py").write_text(isolation)
        findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
        assert not [f for f in findings if f.rule == "TESTS-SHARED-STATE"], isolation


def test_a_suite_whose_every_client_mocks_the_repository_tests_no_query(
    run_fixture: RunFixture, tmp_path: Path
) -> None:
    """Every client the tests build hands out an AsyncMock for the repository, and nothing
    stands up a real store: no query of the app runs under test. A real engine anywhere in the
    tests, or a client built without the mock, and the suite may well reach the store."""
    findings = run_fixture("testing/app.py", tests="testing/mocked_repo_tests.py")
    assert located(findings, "TESTS-DATA-LAYER") == expected("testing/mocked_repo_tests.py")
    (mocked,) = [f for f in findings if f.rule == "TESTS-DATA-LAYER-MOCKED"]
    assert [(r.line, r.role) for r in mocked.related] == [(12, "the mock it hands out")]

    suite = tmp_path / "tests" / "test_api.py"
    text = suite.read_text()
    suite.write_text(text + "\n\nplain = TestClient(app)  # the app's own store\n")
    assert not _mocked(tmp_path)
    suite.write_text(text + "\n\nclass TestPlain:\n    client = TestClient(app)\n")
    assert not _mocked(tmp_path)  # a test class's own client reaches the store too
    suite.write_text(text.replace("get_todo_repository]", "get_current_session]"))
    assert not _mocked(tmp_path)  # the caller's session, not the database's
    suite.write_text(
        text.replace("import pytest", "import pytest\nimport sqlite3")
        + ("\n\ndef test_store():\n    sqlite3.connect(':memory:')\n")
    )
    assert not _mocked(tmp_path)


def _mocked(root: Path) -> bool:
    findings = run_static_checks(StaticContext(root, discover(root)))
    return any(f.rule == "TESTS-DATA-LAYER-MOCKED" for f in findings)
