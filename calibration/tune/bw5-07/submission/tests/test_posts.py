import pytest
from httpx import AsyncClient

from tests.conftest import SignIn


async def test_publish_edit_delete(client: AsyncClient, sign_in: SignIn) -> None:
    h = await sign_in("ada")
    r = await client.post("/posts", json={"title": "Hello", "content": "World"}, headers=h)
    assert r.status_code == 201
    post_id = r.json()["id"]

    r = await client.put(f"/posts/{post_id}", json={"title": "Hi", "content": "There"}, headers=h)
    assert r.status_code == 200 and r.json()["title"] == "Hi"

    assert (await client.delete(f"/posts/{post_id}", headers=h)).status_code == 204
    assert (await client.get(f"/posts/{post_id}")).status_code == 404


async def test_anonymous_cannot_write(client: AsyncClient) -> None:
    assert (await client.post("/posts", json={"title": "t", "content": "c"})).status_code == 401


async def test_non_author_forbidden(client: AsyncClient, sign_in: SignIn) -> None:
    ada = await sign_in("ada")
    bob = await sign_in("bob")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=ada)).json()["id"]
    r = await client.put(f"/posts/{post_id}", json={"title": "x", "content": "y"}, headers=bob)
    assert r.status_code == 403
    assert (await client.delete(f"/posts/{post_id}", headers=bob)).status_code == 403


async def test_missing_post(client: AsyncClient, sign_in: SignIn) -> None:
    h = await sign_in("ada")
    assert (await client.get("/posts/42")).status_code == 404
    r = await client.put("/posts/42", json={"title": "x", "content": "y"}, headers=h)
    assert r.status_code == 404


@pytest.mark.parametrize("body", [{"title": "no content"}, {"title": "", "content": "c"}])
async def test_invalid_post(client: AsyncClient, sign_in: SignIn, body: dict[str, str]) -> None:
    h = await sign_in("ada")
    assert (await client.post("/posts", json=body, headers=h)).status_code == 422


async def test_listing_order_and_summary(client: AsyncClient, sign_in: SignIn) -> None:
    h = await sign_in("ada")
    for title in ["banana", "apple", "cherry"]:
        await client.post("/posts", json={"title": title, "content": "c"}, headers=h)
    r = await client.get("/posts", params={"order": "title", "limit": 2})
    assert [p["title"] for p in r.json()] == ["apple", "banana"]
    assert r.json()[0]["author_username"] == "ada"
    r = await client.get("/posts", params={"offset": 2})
    assert [p["title"] for p in r.json()] == ["banana"]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 51}, {"offset": -1}, {"order": "id; DROP TABLE posts"}]
)
async def test_listing_rejects_bad_params(client: AsyncClient, params: dict[str, object]) -> None:
    assert (await client.get("/posts", params=params)).status_code == 422
