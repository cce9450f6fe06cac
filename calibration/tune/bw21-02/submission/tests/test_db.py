"""Unit tests for :mod:`blogapi.db`."""

from __future__ import annotations

import sqlite3

import pytest

from blogapi import db


def test_create_and_fetch_user(conn: sqlite3.Connection) -> None:
    user_id = db.create_user(conn, "alice", "hash")
    row = db.get_user_by_username(conn, "alice")
    assert row is not None
    assert row["id"] == user_id
    assert db.get_username(conn, user_id) == "alice"


def test_duplicate_username_raises(conn: sqlite3.Connection) -> None:
    db.create_user(conn, "alice", "hash")
    with pytest.raises(sqlite3.IntegrityError):
        db.create_user(conn, "alice", "other")


def test_unknown_user_id_gives_placeholder(conn: sqlite3.Connection) -> None:
    assert db.get_username(conn, 12345) == "[deleted]"


def test_token_resolves_to_user(conn: sqlite3.Connection) -> None:
    user_id = db.create_user(conn, "alice", "hash")
    db.store_token(conn, "tok", user_id)
    row = db.get_user_by_token(conn, "tok")
    assert row is not None and row["username"] == "alice"
    assert db.get_user_by_token(conn, "other") is None


def test_list_posts_is_newest_first_and_paginated(conn: sqlite3.Connection) -> None:
    user_id = db.create_user(conn, "alice", "hash")
    ids = [db.create_post(conn, user_id, f"t{i}", "c") for i in range(5)]
    page = db.list_posts(conn, limit=2, offset=1)
    assert [row["id"] for row in page] == [ids[3], ids[2]]


def test_update_post_only_touches_given_columns(conn: sqlite3.Connection) -> None:
    user_id = db.create_user(conn, "alice", "hash")
    post_id = db.create_post(conn, user_id, "old title", "old content")
    db.update_post(conn, post_id, title="new title")
    row = db.get_post(conn, post_id)
    assert row["title"] == "new title"
    assert row["content"] == "old content"
    assert row["updated_at"] is not None


@pytest.mark.parametrize("column", ["author_id", "id", "title = 'x'; --"])
def test_update_post_rejects_other_columns(conn: sqlite3.Connection, column: str) -> None:
    user_id = db.create_user(conn, "alice", "hash")
    post_id = db.create_post(conn, user_id, "t", "c")
    with pytest.raises(ValueError, match="cannot update"):
        db.update_post(conn, post_id, **{column: "1"})


def test_update_post_values_are_bound(conn: sqlite3.Connection) -> None:
    user_id = db.create_user(conn, "alice", "hash")
    post_id = db.create_post(conn, user_id, "t", "c")
    nasty = "x', author_id = 999 --"
    db.update_post(conn, post_id, title=nasty)
    row = db.get_post(conn, post_id)
    assert row["title"] == nasty
    assert row["author_id"] == user_id


def test_update_post_with_no_fields_is_noop(conn: sqlite3.Connection) -> None:
    user_id = db.create_user(conn, "alice", "hash")
    post_id = db.create_post(conn, user_id, "t", "c")
    db.update_post(conn, post_id)
    assert db.get_post(conn, post_id)["updated_at"] is None


def test_deleting_post_cascades_to_comments(conn: sqlite3.Connection) -> None:
    user_id = db.create_user(conn, "alice", "hash")
    post_id = db.create_post(conn, user_id, "t", "c")
    db.create_comment(conn, post_id, user_id, "hi")
    db.delete_post(conn, post_id)
    assert db.count_comments(conn, post_id) == 0


def test_comment_on_missing_post_violates_foreign_key(conn: sqlite3.Connection) -> None:
    user_id = db.create_user(conn, "alice", "hash")
    with pytest.raises(sqlite3.IntegrityError):
        db.create_comment(conn, 999, user_id, "hi")
