import pytest
from httpx import AsyncClient

from tests.conftest import SignIn


async def test_post_lifecycle(client: AsyncClient, sign_in: SignIn) -> None:
    ada = await sign_in("ada")
    r = await client.post("/posts", json={"title": "Hello", "content": "First!"}, headers=ada)
    assert r.status_code == 201
    post = r.json()
    assert post["author"] == "ada" and post["updated_at"] is None

    r = await client.get(f"/posts/{post['id']}")
    assert r.status_code == 200 and r.json()["title"] == "Hello"

    r = await client.patch(f"/posts/{post['id']}", json={"title": "Hello, world"}, headers=ada)
    assert r.status_code == 200
    assert r.json()["title"] == "Hello, world" and r.json()["content"] == "First!"
    assert r.json()["updated_at"] is not None

    r = await client.delete(f"/posts/{post['id']}", headers=ada)
    assert r.status_code == 204
    assert (await client.get(f"/posts/{post['id']}")).status_code == 404


async def test_writes_need_a_token(client: AsyncClient, sign_in: SignIn) -> None:
    ada = await sign_in("ada")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=ada)).json()["id"]
    assert (await client.post("/posts", json={"title": "t", "content": "c"})).status_code == 401
    assert (await client.patch(f"/posts/{post_id}", json={"title": "x"})).status_code == 401
    assert (await client.delete(f"/posts/{post_id}")).status_code == 401


async def test_only_author_may_edit_or_delete(client: AsyncClient, sign_in: SignIn) -> None:
    ada, bob = await sign_in("ada"), await sign_in("bob")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=ada)).json()["id"]

    assert (await client.patch(f"/posts/{post_id}", json={"title": "pwned"}, headers=bob)).status_code == 403
    assert (await client.delete(f"/posts/{post_id}", headers=bob)).status_code == 403
    assert (await client.get(f"/posts/{post_id}")).json()["title"] == "t"


async def test_missing_post(client: AsyncClient, sign_in: SignIn) -> None:
    ada = await sign_in("ada")
    assert (await client.get("/posts/4242")).status_code == 404
    assert (await client.patch("/posts/4242", json={"title": "x"}, headers=ada)).status_code == 404
    assert (await client.delete("/posts/4242", headers=ada)).status_code == 404


@pytest.mark.parametrize(
    "body",
    [{}, {"title": "t"}, {"title": "", "content": "c"}, {"title": "  ", "content": "c"}, {"title": 1, "content": []}],
)
async def test_create_post_validation(client: AsyncClient, sign_in: SignIn, body: dict) -> None:
    ada = await sign_in("ada")
    assert (await client.post("/posts", json=body, headers=ada)).status_code == 422


async def test_listing_is_paginated(client: AsyncClient, sign_in: SignIn) -> None:
    ada = await sign_in("ada")
    for i in range(5):
        await client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=ada)

    page = (await client.get("/posts", params={"limit": 2, "offset": 1})).json()
    assert [p["title"] for p in page["items"]] == ["p3", "p2"]
    assert page["total"] == 5

    for params in ({"limit": 0}, {"limit": 101}, {"offset": -5}):
        assert (await client.get("/posts", params=params)).status_code == 422
