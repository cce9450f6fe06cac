from typing import Any

import pytest
from httpx import AsyncClient


async def _publish(client: AsyncClient, headers: dict[str, str], title: str = "Hello") -> dict[str, Any]:
    r = await client.post("/posts", json={"title": title, "content": "Body text"}, headers=headers)
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


async def test_listing_is_public_and_paginated_by_default(client: AsyncClient) -> None:
    r = await client.get("/posts")
    assert r.status_code == 200
    assert r.json() == {"items": [], "total": 0, "limit": 20, "offset": 0}


async def test_publish_requires_a_token(client: AsyncClient) -> None:
    r = await client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401


async def test_publish_returns_201_with_id_and_author(client: AsyncClient, alice: dict[str, str]) -> None:
    post = await _publish(client, alice)
    assert isinstance(post["id"], int)
    assert post["author"]["username"] == "alice"

    r = await client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": "only a title"},
        {"title": "", "content": "x"},
        {"title": "   ", "content": "x"},
        {"title": 42, "content": "x"},
        {"title": "x" * 201, "content": "x"},
        {"title": "t", "content": "x", "author_id": 99},
    ],
)
async def test_publish_rejects_malformed_bodies(
    client: AsyncClient, alice: dict[str, str], payload: dict[str, Any]
) -> None:
    r = await client.post("/posts", json=payload, headers=alice)
    assert r.status_code == 422
    listing = await client.get("/posts")
    assert listing.json()["total"] == 0


async def test_malformed_json_is_422(client: AsyncClient, alice: dict[str, str]) -> None:
    r = await client.post(
        "/posts", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )
    assert r.status_code == 422


@pytest.mark.parametrize("post_id", ["999", "0", "-1", "abc", str(2**40)])
async def test_unknown_or_invalid_post_id(client: AsyncClient, post_id: str) -> None:
    r = await client.get(f"/posts/{post_id}")
    assert r.status_code in (404, 422)
    if post_id == "999":
        assert r.status_code == 404


async def test_author_can_edit(client: AsyncClient, alice: dict[str, str]) -> None:
    post = await _publish(client, alice)
    r = await client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["content"] == "Body text"


async def test_edit_rejects_explicit_null(client: AsyncClient, alice: dict[str, str]) -> None:
    post = await _publish(client, alice)
    r = await client.patch(f"/posts/{post['id']}", json={"title": None}, headers=alice)
    assert r.status_code == 422


async def test_someone_else_cannot_edit_or_delete(
    client: AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    post = await _publish(client, alice)

    r = await client.patch(f"/posts/{post['id']}", json={"title": "mine now"}, headers=bob)
    assert r.status_code == 403
    r = await client.delete(f"/posts/{post['id']}", headers=bob)
    assert r.status_code == 403

    r = await client.get(f"/posts/{post['id']}")
    assert r.json()["title"] == "Hello"


async def test_edit_and_delete_missing_post_is_404(client: AsyncClient, alice: dict[str, str]) -> None:
    assert (await client.patch("/posts/12345", json={"title": "x"}, headers=alice)).status_code == 404
    assert (await client.delete("/posts/12345", headers=alice)).status_code == 404


async def test_edit_and_delete_without_token_is_401(client: AsyncClient, alice: dict[str, str]) -> None:
    post = await _publish(client, alice)
    assert (await client.patch(f"/posts/{post['id']}", json={"title": "x"})).status_code == 401
    assert (await client.delete(f"/posts/{post['id']}")).status_code == 401


async def test_delete_returns_204_and_removes_comments(
    client: AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    post = await _publish(client, alice)
    r = await client.post(f"/posts/{post['id']}/comments", json={"body": "nice"}, headers=bob)
    assert r.status_code == 201

    r = await client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""

    assert (await client.get(f"/posts/{post['id']}")).status_code == 404
    assert (await client.get(f"/posts/{post['id']}/comments")).status_code == 404


async def test_pagination_pages_newest_first(client: AsyncClient, alice: dict[str, str]) -> None:
    for n in range(3):
        await _publish(client, alice, title=f"post {n}")

    first = (await client.get("/posts", params={"limit": 2})).json()
    assert [p["title"] for p in first["items"]] == ["post 2", "post 1"]
    assert first["total"] == 3

    second = (await client.get("/posts", params={"limit": 2, "offset": 2})).json()
    assert [p["title"] for p in second["items"]] == ["post 0"]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "ten"}],
)
async def test_pagination_bounds_are_enforced(client: AsyncClient, params: dict[str, Any]) -> None:
    r = await client.get("/posts", params=params)
    assert r.status_code == 422
