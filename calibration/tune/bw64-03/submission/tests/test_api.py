import uuid

import httpx
import pytest

from tests.conftest import Login

pytestmark = pytest.mark.anyio


# --- accounts ---------------------------------------------------------------


async def test_sign_up_hides_password(client: httpx.AsyncClient) -> None:
    r = await client.post("/users", json={"username": "ada", "password": "lovelace1"})
    assert r.status_code == 201
    assert r.json().keys() == {"id", "username"}


async def test_sign_up_twice_conflicts(client: httpx.AsyncClient) -> None:
    body = {"username": "ada", "password": "lovelace1"}
    assert (await client.post("/users", json=body)).status_code == 201
    assert (await client.post("/users", json=body)).status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ada"},
        {"username": "Ada!", "password": "lovelace1"},
        {"username": "ada", "password": "short"},
        {"username": "ada", "password": "é" * 40},
    ],
)
async def test_sign_up_rejects_bad_input(client: httpx.AsyncClient, body: dict[str, str]) -> None:
    assert (await client.post("/users", json=body)).status_code == 422


async def test_wrong_password(client: httpx.AsyncClient, login: Login) -> None:
    await login("ada")
    r = await client.post("/token", data={"username": "ada", "password": "nope-nope"})
    assert r.status_code == 401


async def test_unknown_user(client: httpx.AsyncClient) -> None:
    r = await client.post("/token", data={"username": "ghost", "password": "whatever1"})
    assert r.status_code == 401


@pytest.mark.parametrize("header", [None, "Bearer junk", "Basic YWRhOmFkYQ=="])
async def test_todos_need_a_valid_token(client: httpx.AsyncClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    assert (await client.get("/todos", headers=headers)).status_code == 401


# --- todos ------------------------------------------------------------------


async def test_crud(client: httpx.AsyncClient, login: Login) -> None:
    h = await login("ada")
    r = await client.post("/todos", json={"title": "  write tests  "}, headers=h)
    assert r.status_code == 201
    todo = r.json()
    assert todo["title"] == "write tests"
    assert todo["done"] is False

    url = f"/todos/{todo['id']}"
    assert (await client.get(url, headers=h)).json() == todo

    r = await client.put(url, json={"title": "write more tests", "done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True

    r = await client.delete(url, headers=h)
    assert r.status_code == 204
    assert (await client.get(url, headers=h)).status_code == 404
    assert (await client.delete(url, headers=h)).status_code == 404


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": None}, {"title": "x", "done": "yes"}, {"title": "x", "id": 1}],
)
async def test_create_rejects_bad_input(
    client: httpx.AsyncClient, login: Login, body: dict[str, object]
) -> None:
    h = await login("ada")
    assert (await client.post("/todos", json=body, headers=h)).status_code == 422
    assert (await client.get("/todos", headers=h)).json()["items"] == []


async def test_todos_are_private(client: httpx.AsyncClient, login: Login) -> None:
    ada = await login("ada")
    bob = await login("bob")
    todo = (await client.post("/todos", json={"title": "secret"}, headers=ada)).json()
    url = f"/todos/{todo['id']}"

    assert (await client.get(url, headers=bob)).status_code == 404
    assert (await client.put(url, json={"title": "pwned"}, headers=bob)).status_code == 404
    assert (await client.delete(url, headers=bob)).status_code == 404
    assert (await client.get("/todos", headers=bob)).json()["items"] == []
    assert (await client.get(url, headers=ada)).json()["title"] == "secret"


async def test_unknown_and_malformed_ids(client: httpx.AsyncClient, login: Login) -> None:
    h = await login("ada")
    assert (await client.get(f"/todos/{uuid.uuid4()}", headers=h)).status_code == 404
    assert (await client.get("/todos/not-a-uuid", headers=h)).status_code == 422


async def test_pagination(client: httpx.AsyncClient, login: Login) -> None:
    h = await login("ada")
    for i in range(7):
        await client.post("/todos", json={"title": f"t{i}"}, headers=h)
    page = (await client.get("/todos?limit=3&offset=3", headers=h)).json()
    assert [t["title"] for t in page["items"]] == ["t3", "t4", "t5"]
    assert (await client.get("/todos", headers=h)).json()["limit"] == 25


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "offset=-1", "limit=ten"])
async def test_pagination_bounds(client: httpx.AsyncClient, login: Login, query: str) -> None:
    h = await login("ada")
    assert (await client.get(f"/todos?{query}", headers=h)).status_code == 422
