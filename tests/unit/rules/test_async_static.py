from __future__ import annotations

from tests.unit.rules.conftest import RunFixture, expected, located


def test_blocking_calls_in_async_code_only(run_fixture: RunFixture) -> None:
    findings = run_fixture("async_static/blocking.py")
    assert located(findings, "ASYNC-STATIC-") == expected("async_static/blocking.py")


def test_static_async_findings_are_minor_at_most(run_fixture: RunFixture) -> None:
    findings = [f for f in run_fixture("async_static/blocking.py") if f.rule.startswith("ASYNC-")]
    assert findings and {f.severity.value for f in findings} <= {"info", "minor"}


def test_a_sync_helper_that_blocks_is_followed_to_its_blocking_call(run_fixture: RunFixture) -> None:
    findings = run_fixture("async_static/blocking.py")
    (via,) = [f for f in findings if f.detail.startswith("via_helper calls load_user()")]
    assert via.rule == "ASYNC-STATIC-BLOCKING-CALL"
    assert "conn.execute() at main.py:" in via.detail  # two calls deep, where it blocks


def test_queries_on_a_synchronous_session_block_an_async_function(run_fixture: RunFixture) -> None:
    """`db: Session`, `Annotated[Session, ...]` and a project alias of it all count; an awaited
    AsyncSession, a plain `def` handler and a dict named `db` do not."""
    findings = run_fixture("async_static/sync_session.py")
    assert located(findings, "ASYNC-STATIC-") == expected("async_static/sync_session.py")
    (helper,) = [f for f in findings if f.detail.startswith("read_user calls find_user()")]
    assert "session.scalar() at main.py:" in helper.detail
