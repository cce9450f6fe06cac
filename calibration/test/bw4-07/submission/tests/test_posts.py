import pytest
from httpx import AsyncClient


async def test_create_and_read(client: AsyncClient, alice) -> None:
    r = await client.post("/posts", json={"title": "T", "content": "C"}, headers=alice)
    assert r.status_code == 201
    post = r.json()
    assert post["author"]["username"] == "alice"
    r = await client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json() == post


async def test_create_requires_auth(client: AsyncClient) -> None:
    assert (await client.post("/posts", json={"title": "T", "content": "C"})).status_code == 401


@pytest.mark.parametrize(
    "body", [{}, {"title": "T"}, {"title": "  ", "content": "C"}, {"title": "T", "content": 3}]
)
async def test_create_validation(client: AsyncClient, alice, body: dict) -> None:
    assert (await client.post("/posts", json=body, headers=alice)).status_code == 422
    assert (await client.get("/posts")).json()["total"] == 0


async def test_get_missing(client: AsyncClient) -> None:
    assert (await client.get("/posts/999")).status_code == 404


async def test_list_pagination(client: AsyncClient, alice) -> None:
    for i in range(5):
        await client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=alice)
    r = await client.get("/posts", params={"limit": 2, "offset": 1})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 5
    assert [p["title"] for p in page["items"]] == ["p3", "p2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}])
async def test_list_bad_params(client: AsyncClient, params: dict) -> None:
    assert (await client.get("/posts", params=params)).status_code == 422


async def test_patch_by_author(client: AsyncClient, alice, post_id: int) -> None:
    r = await client.patch(f"/posts/{post_id}", json={"content": "new"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["content"] == "new"
    assert r.json()["title"] == "Hello"
    assert r.json()["updated_at"]


async def test_patch_by_other_user(client: AsyncClient, bob, post_id: int) -> None:
    r = await client.patch(f"/posts/{post_id}", json={"title": "mine now"}, headers=bob)
    assert r.status_code == 403


async def test_patch_missing(client: AsyncClient, alice) -> None:
    assert (await client.patch("/posts/999", json={"title": "x"}, headers=alice)).status_code == 404


async def test_delete_by_other_user(client: AsyncClient, bob, post_id: int) -> None:
    assert (await client.delete(f"/posts/{post_id}", headers=bob)).status_code == 403


async def test_delete_by_author(client: AsyncClient, alice, post_id: int) -> None:
    r = await client.delete(f"/posts/{post_id}", headers=alice)
    assert r.status_code == 204
    assert (await client.get(f"/posts/{post_id}")).status_code == 404
