import pytest
from httpx import AsyncClient


async def test_create_post_should_return_201_with_id(client: AsyncClient, alice: dict) -> None:
    r = await client.post("/posts", json={"title": "T", "content": "C"}, headers=alice)
    assert r.status_code == 201
    assert isinstance(r.json()["id"], int)
    assert r.json()["author"] == "alice"


async def test_create_post_should_require_auth(client: AsyncClient) -> None:
    r = await client.post("/posts", json={"title": "T", "content": "C"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "payload", [{}, {"title": "T"}, {"content": "C"}, {"title": "", "content": "C"}, {"title": ["x"], "content": "C"}]
)
async def test_create_post_should_reject_invalid_body(client: AsyncClient, alice: dict, payload: dict) -> None:
    r = await client.post("/posts", json=payload, headers=alice)
    assert r.status_code == 422
    listing = await client.get("/posts")
    assert listing.json()["total"] == 0


async def test_posts_should_be_publicly_readable(client: AsyncClient, alice_post: dict) -> None:
    assert (await client.get("/posts")).status_code == 200
    r = await client.get(f"/posts/{alice_post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


async def test_read_missing_post_should_404(client: AsyncClient) -> None:
    assert (await client.get("/posts/9999")).status_code == 404


async def test_read_post_with_non_int_id_should_422(client: AsyncClient) -> None:
    assert (await client.get("/posts/abc")).status_code == 422


async def test_author_can_update_post(client: AsyncClient, alice: dict, alice_post: dict) -> None:
    r = await client.patch(f"/posts/{alice_post['id']}", json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["content"] == "First post"


async def test_non_author_cannot_update_post(client: AsyncClient, bob: dict, alice_post: dict) -> None:
    r = await client.patch(f"/posts/{alice_post['id']}", json={"title": "Hacked"}, headers=bob)
    assert r.status_code == 403
    assert (await client.get(f"/posts/{alice_post['id']}")).json()["title"] == "Hello"


async def test_update_missing_post_should_404(client: AsyncClient, alice: dict) -> None:
    assert (await client.patch("/posts/9999", json={"title": "x"}, headers=alice)).status_code == 404


async def test_update_should_reject_empty_title(client: AsyncClient, alice: dict, alice_post: dict) -> None:
    r = await client.patch(f"/posts/{alice_post['id']}", json={"title": ""}, headers=alice)
    assert r.status_code == 422


async def test_author_can_delete_post(client: AsyncClient, alice: dict, alice_post: dict) -> None:
    r = await client.delete(f"/posts/{alice_post['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert (await client.get(f"/posts/{alice_post['id']}")).status_code == 404


async def test_non_author_cannot_delete_post(client: AsyncClient, bob: dict, alice_post: dict) -> None:
    assert (await client.delete(f"/posts/{alice_post['id']}", headers=bob)).status_code == 403


async def test_delete_without_token_should_401(client: AsyncClient, alice_post: dict) -> None:
    assert (await client.delete(f"/posts/{alice_post['id']}")).status_code == 401


async def test_pagination_defaults_and_slicing(client: AsyncClient, alice: dict) -> None:
    for i in range(12):
        await client.post("/posts", json={"title": f"P{i}", "content": "c"}, headers=alice)
    first = (await client.get("/posts")).json()
    assert len(first["items"]) == 10 and first["total"] == 12 and first["limit"] == 10
    second = (await client.get("/posts", params={"limit": 5, "offset": 10})).json()
    assert len(second["items"]) == 2


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 51}, {"offset": -1}, {"limit": "x"}])
async def test_pagination_out_of_range_should_422(client: AsyncClient, params: dict) -> None:
    assert (await client.get("/posts", params=params)).status_code == 422
