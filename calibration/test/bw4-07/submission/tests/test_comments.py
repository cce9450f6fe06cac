import pytest
from httpx import AsyncClient


async def test_add_and_list(client: AsyncClient, bob, post_id: int) -> None:
    r = await client.post(f"/posts/{post_id}/comments", json={"body": "nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"]["username"] == "bob"
    r = await client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert r.json()["total"] == 1
    assert r.json()["items"][0]["body"] == "nice"


async def test_comment_needs_auth(client: AsyncClient, post_id: int) -> None:
    r = await client.post(f"/posts/{post_id}/comments", json={"body": "hi"})
    assert r.status_code == 401


async def test_comment_on_missing_post(client: AsyncClient, bob) -> None:
    r = await client.post("/posts/404/comments", json={"body": "hi"}, headers=bob)
    assert r.status_code == 404


@pytest.mark.parametrize("body", [{}, {"body": ""}, {"body": "x" * 2001}])
async def test_comment_validation(client: AsyncClient, bob, post_id: int, body: dict) -> None:
    r = await client.post(f"/posts/{post_id}/comments", json=body, headers=bob)
    assert r.status_code == 422


async def test_list_comments_missing_post(client: AsyncClient) -> None:
    assert (await client.get("/posts/404/comments")).status_code == 404


async def test_comments_removed_with_post(client: AsyncClient, alice, bob, post_id: int) -> None:
    await client.post(f"/posts/{post_id}/comments", json={"body": "hi"}, headers=bob)
    assert (await client.delete(f"/posts/{post_id}", headers=alice)).status_code == 204
    assert (await client.get(f"/posts/{post_id}/comments")).status_code == 404
