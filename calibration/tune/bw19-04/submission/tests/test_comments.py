from __future__ import annotations

import httpx
import pytest

from tests.conftest import MakeUser

pytestmark = pytest.mark.anyio


@pytest.fixture
async def post_id(client: httpx.AsyncClient, make_user: MakeUser) -> int:
    ada = await make_user("ada")
    r = await client.post("/posts", json={"title": "On engines", "content": "..."}, headers=ada)
    return int(r.json()["id"])


async def test_comment_and_list(
    client: httpx.AsyncClient, make_user: MakeUser, post_id: int
) -> None:
    bob = await make_user("bob")
    r = await client.post(f"/posts/{post_id}/comments", json={"content": "Great read"}, headers=bob)
    assert r.status_code == 201
    comment = r.json()
    assert comment["post_id"] == post_id
    assert comment["author"]["username"] == "bob"

    r = await client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert r.json()["items"] == [comment]


async def test_comment_requires_auth(client: httpx.AsyncClient, post_id: int) -> None:
    r = await client.post(f"/posts/{post_id}/comments", json={"content": "anonymous"})
    assert r.status_code == 401


async def test_comment_on_missing_post(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    bob = await make_user("bob")
    r = await client.post("/posts/999/comments", json={"content": "hello?"}, headers=bob)
    assert r.status_code == 404


async def test_list_comments_of_missing_post(client: httpx.AsyncClient) -> None:
    assert (await client.get("/posts/999/comments")).status_code == 404


@pytest.mark.parametrize("payload", [{}, {"content": ""}, {"content": "   "}, {"content": 3}])
async def test_comment_validation(
    client: httpx.AsyncClient, make_user: MakeUser, post_id: int, payload: dict[str, object]
) -> None:
    bob = await make_user("bob")
    r = await client.post(f"/posts/{post_id}/comments", json=payload, headers=bob)
    assert r.status_code == 422


async def test_comments_are_paginated(
    client: httpx.AsyncClient, make_user: MakeUser, post_id: int
) -> None:
    bob = await make_user("bob")
    for i in range(5):
        await client.post(f"/posts/{post_id}/comments", json={"content": f"c{i}"}, headers=bob)
    page = (await client.get(f"/posts/{post_id}/comments", params={"limit": 2, "offset": 3})).json()
    assert [c["content"] for c in page["items"]] == ["c3", "c4"]
    assert page["total"] == 5
    assert (
        await client.get(f"/posts/{post_id}/comments", params={"limit": 1000})
    ).status_code == 422
