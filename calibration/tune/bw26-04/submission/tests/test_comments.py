import pytest
from httpx import AsyncClient


async def test_comment_should_return_201(client: AsyncClient, bob: dict, alice_post: dict) -> None:
    r = await client.post(f"/posts/{alice_post['id']}/comments", json={"body": "Nice!"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"
    assert r.json()["post_id"] == alice_post["id"]


async def test_comment_on_missing_post_should_404(client: AsyncClient, bob: dict) -> None:
    r = await client.post("/posts/9999/comments", json={"body": "hello?"}, headers=bob)
    assert r.status_code == 404


async def test_comment_should_require_auth(client: AsyncClient, alice_post: dict) -> None:
    r = await client.post(f"/posts/{alice_post['id']}/comments", json={"body": "anon"})
    assert r.status_code == 401


@pytest.mark.parametrize("payload", [{}, {"body": ""}, {"body": None}, {"text": "wrong field"}])
async def test_comment_should_reject_invalid_body(
    client: AsyncClient, bob: dict, alice_post: dict, payload: dict
) -> None:
    r = await client.post(f"/posts/{alice_post['id']}/comments", json=payload, headers=bob)
    assert r.status_code == 422


async def test_comments_are_public_and_paginated(client: AsyncClient, bob: dict, alice_post: dict) -> None:
    for i in range(3):
        await client.post(f"/posts/{alice_post['id']}/comments", json={"body": f"c{i}"}, headers=bob)
    r = await client.get(f"/posts/{alice_post['id']}/comments", params={"limit": 2})
    assert r.status_code == 200
    assert [c["body"] for c in r.json()["items"]] == ["c0", "c1"]
    assert r.json()["total"] == 3


async def test_list_comments_of_missing_post_should_404(client: AsyncClient) -> None:
    assert (await client.get("/posts/9999/comments")).status_code == 404


async def test_comments_pagination_out_of_range_should_422(client: AsyncClient, alice_post: dict) -> None:
    assert (await client.get(f"/posts/{alice_post['id']}/comments", params={"limit": 101})).status_code == 422
