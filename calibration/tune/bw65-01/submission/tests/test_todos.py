import httpx
import pytest

from app.main import app
from app.redis_client import client

BASE_URL = "http://test"


@pytest.fixture(autouse=True)
async def before_each():
    await client.flushdb()
    yield


async def get_token(ac, username="john", password="secret123"):
    await ac.post("/signup", json={"username": username, "password": password})
    res = await ac.post("/login", json={"username": username, "password": password})
    return res.json()["data"]["token"]


class TestAuth:
    async def test_it_should_signup_a_user(self):
        async with httpx.AsyncClient(app=app, base_url=BASE_URL) as ac:
            res = await ac.post("/signup", json={"username": "john", "password": "secret123"})

        assert res.status_code == 201
        assert res.json()["success"] == True
        assert res.json()["data"]["username"] == "john"

    async def test_it_should_login_and_return_a_token(self):
        async with httpx.AsyncClient(app=app, base_url=BASE_URL) as ac:
            token = await get_token(ac)

        assert token is not None
        assert len(token) > 0


class TestTodos:
    async def test_it_should_create_a_todo(self):
        async with httpx.AsyncClient(app=app, base_url=BASE_URL) as ac:
            token = await get_token(ac)
            res = await ac.post(
                "/todos",
                json={"title": "buy milk"},
                headers={"Authorization": f"Bearer {token}"},
            )

        assert res.status_code == 201
        assert res.json()["data"]["title"] == "buy milk"
        assert res.json()["data"]["done"] == False

    async def test_it_should_list_todos(self):
        async with httpx.AsyncClient(app=app, base_url=BASE_URL) as ac:
            token = await get_token(ac)
            headers = {"Authorization": f"Bearer {token}"}
            await ac.post("/todos", json={"title": "one"}, headers=headers)
            await ac.post("/todos", json={"title": "two"}, headers=headers)
            res = await ac.get("/todos", headers=headers)

        assert res.status_code == 200
        assert len(res.json()["data"]["todos"]) == 2

    async def test_it_should_update_a_todo(self):
        async with httpx.AsyncClient(app=app, base_url=BASE_URL) as ac:
            token = await get_token(ac)
            headers = {"Authorization": f"Bearer {token}"}
            created = await ac.post("/todos", json={"title": "one"}, headers=headers)
            id = created.json()["data"]["id"]
            res = await ac.put(f"/todos/{id}", json={"done": True}, headers=headers)

        assert res.status_code == 200
        assert res.json()["data"]["done"] == True

    async def test_it_should_delete_a_todo(self):
        async with httpx.AsyncClient(app=app, base_url=BASE_URL) as ac:
            token = await get_token(ac)
            headers = {"Authorization": f"Bearer {token}"}
            created = await ac.post("/todos", json={"title": "one"}, headers=headers)
            id = created.json()["data"]["id"]
            res = await ac.delete(f"/todos/{id}", headers=headers)

        assert res.status_code == 200
        assert res.json()["success"] == True
