import asyncio

import pytest

from tests.conftest import make_user


# ---------------------------------------------------------------- auth

async def test_register_and_login(client):
    r = await client.post("/auth/register", json={"username": "ada", "password": "hunter2hunter2"})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "ada"}

    r = await client.post("/auth/token", data={"username": "ada", "password": "hunter2hunter2"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


async def test_register_duplicate(client):
    await make_user(client, "ada")
    r = await client.post("/auth/register", json={"username": "ada", "password": "whatever123"})
    assert r.status_code == 409


@pytest.mark.parametrize("payload", [
    {"username": "ab", "password": "hunter2hunter2"},
    {"username": "ada", "password": "short"},
    {"username": "a d a", "password": "hunter2hunter2"},
    {"password": "hunter2hunter2"},
])
async def test_register_validation(client, payload):
    r = await client.post("/auth/register", json=payload)
    assert r.status_code == 422


async def test_login_wrong_password(client):
    await make_user(client, "ada")
    r = await client.post("/auth/token", data={"username": "ada", "password": "nope-nope-nope"})
    assert r.status_code == 401


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer garbage"}])
async def test_todos_require_auth(client, headers):
    r = await client.get("/todos", headers=headers)
    assert r.status_code == 401


# ---------------------------------------------------------------- todos

async def test_crud_roundtrip(client):
    h = await make_user(client, "ada")

    r = await client.post("/todos", json={"title": "train model", "description": "lr=3e-4"}, headers=h)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"] > 0 and todo["done"] is False

    r = await client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 200 and r.json() == todo

    r = await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=h)
    assert r.status_code == 200
    assert r.json() == {**todo, "done": True}

    r = await client.delete(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 204

    r = await client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 404


@pytest.mark.parametrize("payload", [{}, {"title": ""}, {"title": "x" * 201}, {"title": "ok", "done": "maybe"}])
async def test_create_validation(client, payload):
    h = await make_user(client, "ada")
    r = await client.post("/todos", json=payload, headers=h)
    assert r.status_code == 422


async def test_other_users_todos_are_invisible(client):
    ada, bob = await asyncio.gather(make_user(client, "ada"), make_user(client, "bob"))
    r = await client.post("/todos", json={"title": "secret"}, headers=ada)
    todo_id = r.json()["id"]

    for method in ("get", "delete"):
        r = await client.request(method.upper(), f"/todos/{todo_id}", headers=bob)
        assert r.status_code == 404
    r = await client.patch(f"/todos/{todo_id}", json={"title": "mine now"}, headers=bob)
    assert r.status_code == 404

    r = await client.get(f"/todos/{todo_id}", headers=ada)
    assert r.json()["title"] == "secret"


async def test_pagination(client):
    h = await make_user(client, "ada")
    # fire the creates concurrently - also checks the shared connection copes
    await asyncio.gather(*[
        client.post("/todos", json={"title": f"t{i}"}, headers=h) for i in range(25)
    ])

    r = await client.get("/todos", headers=h)
    page = r.json()
    assert page["total"] == 25 and len(page["items"]) == 20

    r = await client.get("/todos", params={"limit": 10, "offset": 20}, headers=h)
    assert len(r.json()["items"]) == 5


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}])
async def test_pagination_bounds(client, params):
    h = await make_user(client, "ada")
    r = await client.get("/todos", params=params, headers=h)
    assert r.status_code == 422
