import pytest
from httpx import AsyncClient

pytestmark = pytest.mark.anyio


async def login(client: AsyncClient, username: str, password: str = "correct horse") -> dict[str, str]:
    r = await client.post("/auth/signup", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = await client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


async def publish(client: AsyncClient, headers: dict[str, str], title: str = "Hello") -> dict[str, object]:
    r = await client.post("/posts", json={"title": title, "content": "body"}, headers=headers)
    assert r.status_code == 201, r.text
    post: dict[str, object] = r.json()
    return post


# --- accounts ---------------------------------------------------------------


async def test_signup_never_returns_password(client: AsyncClient) -> None:
    r = await client.post("/auth/signup", json={"username": "ada", "password": "correct horse"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


async def test_duplicate_username_conflicts(client: AsyncClient) -> None:
    await login(client, "ada")
    r = await client.post("/auth/signup", json={"username": "ada", "password": "another one"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [{}, {"username": "ada"}, {"username": "a", "password": "correct horse"}, {"username": "ada", "password": "short"}],
)
async def test_signup_validation(client: AsyncClient, payload: dict[str, str]) -> None:
    assert (await client.post("/auth/signup", json=payload)).status_code == 422


async def test_wrong_password_is_401(client: AsyncClient) -> None:
    await login(client, "ada")
    r = await client.post("/auth/token", data={"username": "ada", "password": "wrong password"})
    assert r.status_code == 401


async def test_unknown_user_is_401(client: AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
    assert r.status_code == 401


# --- posts ------------------------------------------------------------------


async def test_post_lifecycle(client: AsyncClient) -> None:
    headers = await login(client, "ada")
    post = await publish(client, headers)

    r = await client.get(f"/posts/{post['id']}")
    assert r.status_code == 200 and r.json()["author"] == "ada"

    r = await client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=headers)
    assert r.status_code == 200 and r.json()["title"] == "Edited" and r.json()["content"] == "body"

    r = await client.delete(f"/posts/{post['id']}", headers=headers)
    assert r.status_code == 204 and r.content == b""
    assert (await client.get(f"/posts/{post['id']}")).status_code == 404


async def test_writing_requires_a_token(client: AsyncClient) -> None:
    assert (await client.post("/posts", json={"title": "t", "content": "c"})).status_code == 401
    bad = {"Authorization": "Bearer not-a-jwt"}
    assert (await client.post("/posts", json={"title": "t", "content": "c"}, headers=bad)).status_code == 401


async def test_only_the_author_may_edit_or_delete(client: AsyncClient) -> None:
    post = await publish(client, await login(client, "ada"))
    mallory = await login(client, "mallory")
    assert (await client.patch(f"/posts/{post['id']}", json={"title": "x"}, headers=mallory)).status_code == 403
    assert (await client.delete(f"/posts/{post['id']}", headers=mallory)).status_code == 403
    assert (await client.get(f"/posts/{post['id']}")).json()["title"] == "Hello"


@pytest.mark.parametrize(
    "payload", [{}, {"title": "", "content": "c"}, {"title": "t"}, {"title": 3, "content": "c"}, {"title": "t", "content": "c", "x": 1}]
)
async def test_post_validation(client: AsyncClient, payload: dict[str, object]) -> None:
    headers = await login(client, "ada")
    assert (await client.post("/posts", json=payload, headers=headers)).status_code == 422


async def test_missing_post_is_404(client: AsyncClient) -> None:
    headers = await login(client, "ada")
    assert (await client.get("/posts/999")).status_code == 404
    assert (await client.patch("/posts/999", json={"title": "x"}, headers=headers)).status_code == 404
    assert (await client.delete("/posts/999", headers=headers)).status_code == 404
    assert (await client.get("/posts/not-a-number")).status_code == 422


async def test_listing_is_paginated_newest_first(client: AsyncClient) -> None:
    headers = await login(client, "ada")
    for i in range(5):
        await publish(client, headers, title=f"post {i}")
    r = await client.get("/posts", params={"limit": 2, "offset": 1})
    body = r.json()
    assert r.status_code == 200
    assert body["total"] == 5 and body["limit"] == 2 and body["offset"] == 1
    assert [p["title"] for p in body["items"]] == ["post 3", "post 2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
async def test_pagination_bounds(client: AsyncClient, params: dict[str, object]) -> None:
    assert (await client.get("/posts", params=params)).status_code == 422


# --- comments ---------------------------------------------------------------


async def test_comments(client: AsyncClient) -> None:
    post = await publish(client, await login(client, "ada"))
    bob = await login(client, "bob")
    r = await client.post(f"/posts/{post['id']}/comments", json={"body": "nice"}, headers=bob)
    assert r.status_code == 201 and r.json()["author"] == "bob"

    r = await client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [c["body"] for c in r.json()["items"]] == ["nice"]


async def test_comment_errors(client: AsyncClient) -> None:
    headers = await login(client, "ada")
    post = await publish(client, headers)
    assert (await client.post(f"/posts/{post['id']}/comments", json={"body": "hi"})).status_code == 401
    assert (await client.post("/posts/999/comments", json={"body": "hi"}, headers=headers)).status_code == 404
    assert (await client.get("/posts/999/comments")).status_code == 404
    assert (await client.post(f"/posts/{post['id']}/comments", json={"body": "  "}, headers=headers)).status_code == 422


async def test_deleting_a_post_deletes_its_comments(client: AsyncClient) -> None:
    headers = await login(client, "ada")
    post = await publish(client, headers)
    await client.post(f"/posts/{post['id']}/comments", json={"body": "first"}, headers=headers)
    await client.delete(f"/posts/{post['id']}", headers=headers)
    assert (await client.get(f"/posts/{post['id']}/comments")).status_code == 404
