import os
import tempfile

os.environ["DB_PATH"] = os.path.join(tempfile.mkdtemp(), "test.sqlite")

import pytest
from httpx import ASGITransport, AsyncClient

from app.db import initDb
from app.server import app


@pytest.fixture
async def client():
    await initDb()
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def signupAndGetToken(client, username):
    res = await client.post("/api/auth/signup", json={"username": username, "password": "password123"})
    return res.json()["token"]


async def test_signup(client):
    res = await client.post("/api/auth/signup", json={"username": "alice", "password": "password123"})
    assert res.status_code == 201
    assert res.json()["success"] is True
    assert res.json()["user"]["username"] == "alice"


async def test_login(client):
    await client.post("/api/auth/signup", json={"username": "bob", "password": "password123"})
    res = await client.post("/api/auth/login", json={"username": "bob", "password": "password123"})
    assert res.status_code == 200
    assert "token" in res.json()


async def test_create_todo(client):
    token = await signupAndGetToken(client, "carol")
    res = await client.post(
        "/api/todos/",
        json={"title": "buy milk", "description": "2 liters"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert res.status_code == 201
    assert res.json()["title"] == "buy milk"
    assert res.json()["completed"] is False


async def test_list_todos(client):
    token = await signupAndGetToken(client, "dave")
    headers = {"Authorization": f"Bearer {token}"}
    for i in range(3):
        await client.post("/api/todos/", json={"title": f"todo {i}"}, headers=headers)

    res = await client.get("/api/todos/?limit=2", headers=headers)
    assert res.status_code == 200
    assert len(res.json()["data"]) == 2
    assert res.json()["total"] == 3


async def test_update_todo(client):
    token = await signupAndGetToken(client, "erin")
    headers = {"Authorization": f"Bearer {token}"}
    todo = (await client.post("/api/todos/", json={"title": "walk dog"}, headers=headers)).json()

    res = await client.put(f"/api/todos/{todo['id']}", json={"completed": True}, headers=headers)
    assert res.status_code == 200
    assert res.json()["completed"] is True


async def test_delete_todo(client):
    token = await signupAndGetToken(client, "frank")
    headers = {"Authorization": f"Bearer {token}"}
    todo = (await client.post("/api/todos/", json={"title": "temp"}, headers=headers)).json()

    res = await client.delete(f"/api/todos/{todo['id']}", headers=headers)
    assert res.status_code == 204
