from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import event

Headers = dict[str, str]


async def _publish(client: AsyncClient, headers: Headers, title: str = "Hello") -> dict[str, Any]:
    response = await client.post(
        "/posts", json={"title": title, "content": "Some words."}, headers=headers
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_publish_returns_201_with_author(client: AsyncClient, alice: Headers) -> None:
    post = await _publish(client, alice, "  First post  ")
    assert post["id"] > 0
    assert post["title"] == "First post"
    assert post["author"]["username"] == "alice"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": "no content"},
        {"content": "no title"},
        {"title": "   ", "content": "blank title"},
        {"title": "x" * 201, "content": "too long"},
        {"title": 1, "content": "wrong type"},
        {"title": "t", "content": None},
    ],
)
async def test_publish_validation(
    client: AsyncClient, alice: Headers, payload: dict[str, Any]
) -> None:
    response = await client.post("/posts", json=payload, headers=alice)
    assert response.status_code == 422
    assert (await client.get("/posts")).json() == []


async def test_reads_are_public(client: AsyncClient, alice: Headers) -> None:
    post = await _publish(client, alice)
    assert (await client.get("/posts")).status_code == 200
    response = await client.get(f"/posts/{post['id']}")
    assert response.status_code == 200
    assert response.json() == post


@pytest.mark.parametrize(("post_id", "status"), [("999", 404), ("0", 422), ("abc", 422), (str(2**63), 422)])
async def test_read_unknown_or_invalid_id(client: AsyncClient, post_id: str, status: int) -> None:
    assert (await client.get(f"/posts/{post_id}")).status_code == status


async def test_list_is_newest_first_and_paginated(client: AsyncClient, alice: Headers) -> None:
    for i in range(5):
        await _publish(client, alice, f"post {i}")
    response = await client.get("/posts", params={"limit": 2, "offset": 1})
    assert response.status_code == 200
    assert [p["title"] for p in response.json()] == ["post 3", "post 2"]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "many"}]
)
async def test_list_rejects_bad_paging(client: AsyncClient, params: dict[str, Any]) -> None:
    assert (await client.get("/posts", params=params)).status_code == 422


async def test_list_loads_authors_in_one_query(
    client: AsyncClient, app: FastAPI, make_user: Any
) -> None:
    for name in ("ann", "ben", "cat", "dan"):
        await _publish(client, await make_user(name), f"by {name}")

    statements: list[str] = []

    def _record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    sync_engine = app.state.engine.sync_engine
    event.listen(sync_engine, "before_cursor_execute", _record)
    try:
        response = await client.get("/posts")
    finally:
        event.remove(sync_engine, "before_cursor_execute", _record)

    assert response.status_code == 200
    assert {p["author"]["username"] for p in response.json()} == {"ann", "ben", "cat", "dan"}
    assert len(statements) == 1


async def test_author_can_edit_partially(client: AsyncClient, alice: Headers) -> None:
    post = await _publish(client, alice)
    response = await client.patch(
        f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice
    )
    assert response.status_code == 200
    edited = response.json()
    assert edited["title"] == "Edited"
    assert edited["content"] == post["content"]
    assert edited["updated_at"] >= post["updated_at"]


@pytest.mark.parametrize("payload", [{"title": None}, {"content": ""}, {"title": 5}])
async def test_edit_validation(client: AsyncClient, alice: Headers, payload: dict[str, Any]) -> None:
    post = await _publish(client, alice)
    response = await client.patch(f"/posts/{post['id']}", json=payload, headers=alice)
    assert response.status_code == 422


async def test_only_the_author_may_edit_or_delete(
    client: AsyncClient, alice: Headers, bob: Headers
) -> None:
    post = await _publish(client, alice)
    url = f"/posts/{post['id']}"
    assert (await client.patch(url, json={"title": "mine now"}, headers=bob)).status_code == 403
    assert (await client.delete(url, headers=bob)).status_code == 403
    assert (await client.get(url)).json()["title"] == post["title"]


async def test_writes_without_token_are_401(client: AsyncClient, alice: Headers) -> None:
    post = await _publish(client, alice)
    url = f"/posts/{post['id']}"
    assert (await client.patch(url, json={"title": "x"})).status_code == 401
    assert (await client.delete(url)).status_code == 401


async def test_edit_or_delete_missing_post_is_404(client: AsyncClient, alice: Headers) -> None:
    assert (await client.patch("/posts/42", json={"title": "x"}, headers=alice)).status_code == 404
    assert (await client.delete("/posts/42", headers=alice)).status_code == 404


async def test_delete_removes_post_and_comments(
    client: AsyncClient, alice: Headers, bob: Headers
) -> None:
    post = await _publish(client, alice)
    url = f"/posts/{post['id']}"
    comment = await client.post(f"{url}/comments", json={"content": "nice"}, headers=bob)
    assert comment.status_code == 201

    response = await client.delete(url, headers=alice)
    assert response.status_code == 204
    assert response.content == b""
    assert (await client.get(url)).status_code == 404
    assert (await client.get(f"{url}/comments")).status_code == 404
