"""The README claims the hot queries are index-driven; these tests keep that claim honest."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from todoapi import db, repository


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    path = str(tmp_path / "plan.sqlite3")
    db.init_schema(path)
    c = db.connect(path)
    yield c
    c.close()


def _plan(conn: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> str:
    rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "\n".join(row["detail"] for row in rows)


def test_page_query_uses_owner_index_without_sort(conn: sqlite3.Connection) -> None:
    plan = _plan(conn, repository.LIST_TODOS_SQL, (1, 20, 0))
    assert "todos_owner_id_id" in plan
    assert "TEMP B-TREE" not in plan


def test_count_query_uses_owner_index(conn: sqlite3.Connection) -> None:
    plan = _plan(conn, repository.COUNT_TODOS_SQL, (1,))
    assert "todos_owner_id_id" in plan


def test_point_lookup_is_a_search_not_a_scan(conn: sqlite3.Connection) -> None:
    # Either the rowid or (owner_id, id) may be chosen; both are O(log n).
    plan = _plan(conn, repository.SELECT_TODO_SQL, (1, 1))
    assert plan.startswith("SEARCH")
    assert "SCAN" not in plan


def test_login_lookup_uses_unique_index(conn: sqlite3.Connection) -> None:
    plan = _plan(conn, repository.SELECT_CREDENTIALS_SQL, ("ada",))
    assert "sqlite_autoindex_users_1" in plan


def test_update_rejects_non_whitelisted_column(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValueError):
        repository.update_todo(conn, 1, 1, {"owner_id": 2})
