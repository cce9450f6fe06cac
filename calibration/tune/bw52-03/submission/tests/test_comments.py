from typing import Any

import pytest
from httpx import AsyncClient


@pytest.fixture
async def post_id(client: AsyncClient, alice: dict[str, str]) -> int:
    r = await client.post("/posts", json={"title": "T", "content": "C"}, headers=alice)
    assert r.status_code == 201
    value: int = r.json()["id"]
    return value


async def test_comment_and_read_publicly(
    client: AsyncClient, bob: dict[str, str], post_id: int
) -> None:
    r = await client.post(f"/posts/{post_id}/comments", json={"body": "First!"}, headers=bob)
    assert r.status_code == 201
    created = r.json()
    assert created["post_id"] == post_id
    assert created["author"]["username"] == "bob"

    r = await client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 1
    assert page["items"][0]["id"] == created["id"]


async def test_comment_requires_token(client: AsyncClient, post_id: int) -> None:
    r = await client.post(f"/posts/{post_id}/comments", json={"body": "hi"})
    assert r.status_code == 401


async def test_comment_on_missing_post_is_404(client: AsyncClient, bob: dict[str, str]) -> None:
    r = await client.post("/posts/4242/comments", json={"body": "hi"}, headers=bob)
    assert r.status_code == 404


async def test_listing_comments_of_missing_post_is_404(client: AsyncClient) -> None:
    r = await client.get("/posts/4242/comments")
    assert r.status_code == 404


@pytest.mark.parametrize("payload", [{}, {"body": ""}, {"body": "   "}, {"body": ["x"]}, {"text": "hi"}])
async def test_comment_validation(
    client: AsyncClient, bob: dict[str, str], post_id: int, payload: dict[str, Any]
) -> None:
    r = await client.post(f"/posts/{post_id}/comments", json=payload, headers=bob)
    assert r.status_code == 422


async def test_comment_pagination(client: AsyncClient, bob: dict[str, str], post_id: int) -> None:
    for n in range(3):
        await client.post(f"/posts/{post_id}/comments", json={"body": f"c{n}"}, headers=bob)

    r = await client.get(f"/posts/{post_id}/comments", params={"limit": 2, "offset": 1})
    assert [c["body"] for c in r.json()["items"]] == ["c1", "c2"]

    r = await client.get(f"/posts/{post_id}/comments", params={"limit": 1000})
    assert r.status_code == 422
