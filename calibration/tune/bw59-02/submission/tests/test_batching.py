"""The whole point of the loaders: the number of SQL statements for a page of
posts must not grow with the number of posts, authors or comments on it."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event

Register = Callable[..., dict[str, str]]


@contextmanager
def count_queries(app: FastAPI) -> Iterator[list[str]]:
    statements: list[str] = []

    def _record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    sync_engine = app.state.engine.sync_engine
    event.listen(sync_engine, "before_cursor_execute", _record)
    try:
        yield statements
    finally:
        event.remove(sync_engine, "before_cursor_execute", _record)


def _seed(client: TestClient, users: list[dict[str, str]], posts: int) -> None:
    for i in range(posts):
        author = users[i % len(users)]
        post = client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=author).json()
        for commenter in users:
            client.post(f"/posts/{post['id']}/comments", json={"body": "hi"}, headers=commenter)


def test_post_list_query_count_is_constant(app: FastAPI, client: TestClient, register: Register) -> None:
    users = [register(name) for name in ("ann", "ben", "cat")]

    _seed(client, users[:1], posts=1)
    with count_queries(app) as small:
        assert client.get("/posts").status_code == 200

    _seed(client, users, posts=12)
    with count_queries(app) as large:
        page = client.get("/posts", params={"limit": 13})
    assert page.status_code == 200
    assert len(page.json()["items"]) == 13

    assert len(large) == len(small) == 4
