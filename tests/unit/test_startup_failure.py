"""A failed start named by its cause, read from the app's real output (captured from uvicorn
runs of small apps, paths as they appear in the candidate's container)."""

from __future__ import annotations

import pytest

from grader.phases.startup_failure import MAX_EVIDENCE_LINES, explain_startup
from tests.conftest import ROOT

LOGS = ROOT / "tests" / "fixtures" / "startup_logs"


def log(name: str) -> str:
    return (LOGS / f"{name}.log").read_text()


@pytest.mark.parametrize(
    ("name", "category", "says", "where"),
    [
        (
            "missing_module",
            "missing_module",
            ["ModuleNotFoundError: No module named 'sqlalchemy'", "not installed"],
            ("app/db.py", 1),
        ),
        (
            "settings_missing_fields",
            "missing_setting",
            ["database_url, secret_key", "2 validation errors for Settings"],
            ("app/config.py", 8),
        ),
        (
            "environ_keyerror",
            "missing_setting",
            ["environment variable DATABASE_URL is not set", "KeyError: 'DATABASE_URL'"],
            ("main.py", 3),
        ),
        (
            "redis_unreachable",
            "service_unreachable",
            ["unreachable at cache:6379", "no network"],
            ("main.py", 4),
        ),
        (
            "lifespan_refused",
            "service_unreachable",
            ["unreachable at 127.0.0.1:5432", "ConnectionRefusedError"],
            ("app/main.py", 6),
        ),
        (
            "sqlalchemy_db_host",
            "service_unreachable",
            ["unreachable at db", "could not translate host name"],
            ("blog/main.py", 14),
        ),
        (
            "psycopg_refused",
            "service_unreachable",
            ["unreachable at localhost:5432", "Connection refused"],
            ("app/database.py", 9),
        ),
        (
            "syntax_type_alias",
            "syntax",
            ["SyntaxError at main.py:2", "type UserId = int", "Python 3.12", "runs Python 3.11"],
            ("main.py", 2),
        ),
        (
            "custom_runtime_error",
            "missing_setting",
            ["SECRET_KEY", "RuntimeError: SECRET_KEY environment variable is not set"],
            ("core/security.py", 6),
        ),
        (
            "module_not_importable",
            "missing_module",
            ['Could not import module "main"'],
            None,
        ),
        (
            "attribute_not_found",
            "app_not_found",
            ['Attribute "app" not found in module "main"'],
            None,
        ),
        ("stalled_lifespan", "stalled", ["Waiting for application startup"], None),
        (  # fresh bw53-01: tortoise-orm 0.24 over aiosqlite 0.22, frames as its grading printed
            "library_mismatch",
            "library_mismatch",
            ["AttributeError: 'Connection' object has no attribute 'start'", "library tortoise"],
            ("blog/main.py", 16),
        ),
    ],
)
def test_the_cause_is_named_in_one_line(
    name: str, category: str, says: list[str], where: tuple[str, int] | None
) -> None:
    failure = explain_startup(log(name))
    assert failure.category == category, failure
    assert "\n" not in failure.reason
    assert "exit code" not in failure.reason.lower()
    for words in says:
        assert words in failure.reason, (words, failure.reason)
    assert (failure.file, failure.line) == (where or (None, None))
    assert failure.evidence.strip()


def test_the_evidence_is_the_output_bounded_with_the_exception_kept() -> None:
    text = log("redis_unreachable")
    assert len(text.splitlines()) > MAX_EVIDENCE_LINES
    failure = explain_startup(text)
    shown = failure.evidence.splitlines()
    assert len(shown) <= MAX_EVIDENCE_LINES
    assert shown[0] == "Traceback (most recent call last):"
    assert shown[1] == "  … (18 library frame(s) elided)"
    assert '  File "/app/main.py", line 4, in <module>' in shown  # the candidate's own frame stays
    assert shown[-1].startswith("redis.exceptions.ConnectionError: Error -2 connecting to cache")


def test_the_last_exception_of_the_last_traceback_wins() -> None:
    failure = explain_startup(log("sqlalchemy_db_host"))
    assert failure.reason.count("OperationalError") >= 1
    assert "sqlalchemy.exc" not in failure.reason  # shown by its class name
    assert "Application startup failed" in failure.evidence


def test_grader_markers_and_colours_are_not_evidence() -> None:
    text = "\x1b[31mERROR\x1b[0m:    boom\n@@grader-truth@@ {}\nKeyError: 'X'\n"
    failure = explain_startup(text)
    assert "@@grader" not in failure.evidence and "\x1b" not in failure.evidence


@pytest.mark.parametrize(
    "text", ["", "\n\n", "\x00\xff garbage", "Traceback (most recent call last):\n"]
)
def test_any_text_gives_an_answer(text: str) -> None:
    failure = explain_startup(text)
    assert failure.reason and failure.category


def test_a_pydantic_v1_settings_error() -> None:
    text = (
        "Traceback (most recent call last):\n"
        '  File "/app/settings.py", line 12, in <module>\n'
        "    settings = Settings()\n"
        '  File "pydantic/env_settings.py", line 39, in pydantic.env_settings.BaseSettings.__init__\n'
        "pydantic.error_wrappers.ValidationError: 1 validation error for Settings\n"
        "jwt_secret\n"
        "  field required (type=value_error.missing)\n"
    )
    failure = explain_startup(text)
    assert failure.category == "missing_setting"
    assert "jwt_secret" in failure.reason and failure.file == "settings.py"


def test_an_invalid_setting_value() -> None:
    text = (
        "Traceback (most recent call last):\n"
        '  File "/app/config.py", line 9, in <module>\n'
        "    settings = Settings()\n"
        "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings\n"
        "access_token_expire_minutes\n"
        "  Input should be a valid integer, unable to parse string as an integer "
        "[type=int_parsing, input_value='thirty', input_type=str]\n"
    )
    failure = explain_startup(text)
    assert failure.category == "bad_setting"
    assert "access_token_expire_minutes (Input should be a valid integer" in failure.reason


class _Exited:
    """Just enough of a docker container for the start phase's wait: it has exited."""

    def __init__(self, output: str, code: int = 1) -> None:
        self.attrs = {"State": {"Status": "exited", "ExitCode": code, "OOMKilled": False}}
        self._output = output.encode()

    def reload(self) -> None:
        pass

    def logs(self, tail: int) -> bytes:
        return b"\n".join(self._output.splitlines()[-tail:])


def test_the_start_phase_reason_and_finding_carry_the_cause() -> None:
    from grader.events import ignore_events
    from grader.grading import Grading, PhaseFailed
    from grader.phases.start import wait_until_answering
    from grader.settings import GradeSettings

    grading = Grading(ignore_events, "test")
    with pytest.raises(PhaseFailed) as failed:
        wait_until_answering(
            grading,
            _Exited(log("settings_missing_fields")),  # type: ignore[arg-type]
            object(),  # type: ignore[arg-type]
            GradeSettings(),
        )
    reason = str(failed.value)
    assert reason.startswith("the app exited at start-up (code 1): Settings is missing")
    assert "database_url, secret_key" in reason and "\n" not in reason
    [finding] = grading.findings
    assert finding.rule == "START-CRASHED"
    assert (finding.file, finding.line) == ("app/config.py", 8)
    first, *rest = finding.detail.splitlines()
    assert "database_url, secret_key" in first
    assert "Exit code 1." in rest[0]
    assert "pydantic_core._pydantic_core.ValidationError: 2 validation errors" in finding.detail


def test_secrets_the_grader_set_never_reach_the_evidence() -> None:
    from grader.phases.startup_failure import redact

    secret = "745a418ca0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0774001ac1cec6e4add8c7e"
    text = (
        "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings\n"
        "database_url\n"
        "  Field required [type=missing, input_value={'jwt_secret': "
        f"'{secret[:9]}...{secret[-22:]}'}}, input_type=dict]\n"
        f"token={secret} other=plainword12345\n"
    )
    shown = redact(text, [secret])
    assert secret[:9] not in shown and secret[-22:] not in shown and secret not in shown
    assert "input_value={'jwt_secret': '***...***'}" in shown
    assert "plainword12345" in shown and "validation error for Settings" in shown
    assert redact(text, []) == text


_REMOVED_ABC = """\
Traceback (most recent call last):
  File "/opt/venv/bin/uvicorn", line 8, in <module>
    sys.exit(main())
  File "/app/todos/app/main.py", line 5, in <module>
    from app.core.mail import send
  File "/opt/venv/lib/python3.11/site-packages/emails/__init__.py", line 58, in <module>
    from .message import Message, html
  File "/opt/venv/lib/python3.11/site-packages/emails/utils.py", line 4, in <module>
    from collections import MutableSet
ImportError: cannot import name 'MutableSet' from 'collections' (/usr/lib/python3.11/collections/__init__.py)
"""


@pytest.mark.parametrize(
    ("exception", "says"),
    [
        (
            "ImportError: cannot import name 'MutableSet' from 'collections' "
            "(/usr/lib/python3.11/collections/__init__.py)",
            "written for Python <= 3.9: `collections.MutableSet` (now in collections.abc only) "
            "was removed in 3.10; this grading ran Python 3.11",
        ),
        (
            "AttributeError: module 'asyncio' has no attribute 'coroutine'",
            "written for Python <= 3.10: `asyncio.coroutine` was removed in 3.11; "
            "this grading ran Python 3.11",
        ),
        ("ModuleNotFoundError: No module named 'distutils'", None),  # 3.11 still has it
        ("ModuleNotFoundError: No module named 'toml'", None),
    ],
)
def test_a_name_a_newer_python_removed_is_said_to_be_so(exception: str, says: str | None) -> None:
    text = _REMOVED_ABC.rsplit("\n", 2)[0] + "\n" + exception + "\n"
    failure = explain_startup(text)
    if says is None:
        assert failure.category == "missing_module", failure
        assert "written for Python" not in failure.reason
    else:
        assert failure.category == "python_version", failure
        assert says in failure.reason, failure.reason
        assert (failure.file, failure.line) == ("todos/app/main.py", 5)


def test_distutils_on_a_python_without_it_is_a_removal() -> None:
    text = _REMOVED_ABC.replace("python3.11", "python3.13").rsplit("\n", 2)[0]
    failure = explain_startup(text + "\nModuleNotFoundError: No module named 'distutils'\n")
    assert "written for Python <= 3.11: the `distutils` module was removed in 3.12; " in (
        failure.reason
    )
    assert failure.reason.endswith("this grading ran Python 3.13")


def test_a_value_the_code_handed_a_library_is_no_library_mismatch() -> None:
    """`app.include_router(todos)` hands FastAPI a module: the AttributeError is raised inside
    fastapi, but the slip is the submission's."""
    output = log("library_mismatch").replace(
        "AttributeError: 'Connection' object has no attribute 'start'",
        "AttributeError: module 'routers.todos' has no attribute 'routes'",
    )
    failure = explain_startup(output)
    assert failure.category == "other"
    assert "library" not in failure.reason
