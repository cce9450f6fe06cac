from httpx import AsyncClient

from tests.conftest import auth_header


async def test_register_and_login(client: AsyncClient) -> None:
    r = await client.post("/auth/register", json={"username": "alice", "password": "hunter2hunter2"})
    assert r.status_code == 201
    assert "password" not in r.text

    r = await client.post("/auth/token", data={"username": "alice", "password": "hunter2hunter2"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


async def test_post_lifecycle(client: AsyncClient) -> None:
    h = await auth_header(client)

    r = await client.post("/posts", json={"title": "Hello", "content": "First post"}, headers=h)
    assert r.status_code == 201
    post_id = r.json()["id"]
    assert r.json()["author"]["username"] == "alice"

    r = await client.get(f"/posts/{post_id}")
    assert r.status_code == 200

    r = await client.put(f"/posts/{post_id}", json={"title": "Hi", "content": "Edited"}, headers=h)
    assert r.status_code == 200
    assert r.json()["title"] == "Hi"

    r = await client.get("/posts")
    assert len(r.json()) == 1

    r = await client.delete(f"/posts/{post_id}", headers=h)
    assert r.status_code == 204


async def test_comments(client: AsyncClient) -> None:
    h = await auth_header(client)
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=h)).json()["id"]

    r = await client.post(f"/posts/{post_id}/comments", json={"body": "nice"}, headers=h)
    assert r.status_code == 201

    r = await client.get(f"/posts/{post_id}/comments")
    assert [c["body"] for c in r.json()] == ["nice"]


async def test_write_requires_auth(client: AsyncClient) -> None:
    r = await client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401
