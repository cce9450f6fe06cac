import pytest
from httpx import ASGITransport, AsyncClient

import main


@pytest.fixture
async def client(tmp_path, monkeypatch):
    monkeypatch.setattr(main, "DATABASE", str(tmp_path / "test.db"))
    await main.init_db()
    transport = ASGITransport(app=main.app)
    async with AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def get_token(client, username="alice", password="secret123"):
    await client.post("/register", json={"username": username, "password": password})
    r = await client.post("/token", data={"username": username, "password": password})
    return r.json()["access_token"]


@pytest.mark.asyncio
async def test_register_and_login(client):
    r = await client.post("/register", json={"username": "alice", "password": "secret123"})
    assert r.status_code == 201
    r = await client.post("/token", data={"username": "alice", "password": "secret123"})
    assert r.status_code == 200
    assert "access_token" in r.json()


@pytest.mark.asyncio
async def test_create_and_list_posts(client):
    token = await get_token(client)
    headers = {"Authorization": f"Bearer {token}"}
    r = await client.post("/posts", json={"title": "Hi", "content": "First!"}, headers=headers)
    assert r.status_code == 201
    r = await client.get("/posts")
    assert r.status_code == 200
    assert r.json()[0]["title"] == "Hi"
    assert r.json()[0]["author"] == "alice"


@pytest.mark.asyncio
async def test_comments(client):
    token = await get_token(client)
    headers = {"Authorization": f"Bearer {token}"}
    post = (await client.post("/posts", json={"title": "Hi", "content": "x"}, headers=headers)).json()
    r = await client.post(f"/posts/{post['id']}/comments", json={"content": "nice"}, headers=headers)
    assert r.status_code == 201
    r = await client.get(f"/posts/{post['id']}/comments")
    assert len(r.json()) == 1
