import pytest
from httpx import AsyncClient

from tests.conftest import AuthHeaders


async def test_crud_happy_path(client: AsyncClient, auth_headers: AuthHeaders) -> None:
    h = await auth_headers("alice")
    r = await client.post("/todos", json={"title": "buy milk"}, headers=h)
    assert r.status_code == 201
    todo = r.json()
    assert todo == {"id": todo["id"], "title": "buy milk", "description": "", "done": False}

    r = await client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 200 and r.json()["title"] == "buy milk"

    r = await client.put(
        f"/todos/{todo['id']}",
        json={"title": "buy oat milk", "description": "2L", "done": True},
        headers=h,
    )
    assert r.status_code == 200
    assert r.json()["done"] is True

    r = await client.delete(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 204
    assert r.content == b""
    assert (await client.get(f"/todos/{todo['id']}", headers=h)).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": ""}, {"title": 123}, {"title": "x" * 201}, {"title": "ok", "done": "maybe"}],
)
async def test_create_validation(
    client: AsyncClient, auth_headers: AuthHeaders, payload: dict[str, object]
) -> None:
    h = await auth_headers("val")
    r = await client.post("/todos", json=payload, headers=h)
    assert r.status_code == 422
    assert (await client.get("/todos", headers=h)).json() == []


async def test_other_users_todo_is_404(client: AsyncClient, auth_headers: AuthHeaders) -> None:
    alice = await auth_headers("alice")
    mallory = await auth_headers("mallory")
    todo_id = (await client.post("/todos", json={"title": "private"}, headers=alice)).json()["id"]

    assert (await client.get(f"/todos/{todo_id}", headers=mallory)).status_code == 404
    r = await client.put(f"/todos/{todo_id}", json={"title": "pwned"}, headers=mallory)
    assert r.status_code == 404
    assert (await client.delete(f"/todos/{todo_id}", headers=mallory)).status_code == 404
    assert (await client.get("/todos", headers=mallory)).json() == []
    assert (await client.get(f"/todos/{todo_id}", headers=alice)).json()["title"] == "private"


async def test_missing_todo_is_404(client: AsyncClient, auth_headers: AuthHeaders) -> None:
    h = await auth_headers("alice")
    assert (await client.get("/todos/999", headers=h)).status_code == 404
    assert (await client.delete("/todos/999", headers=h)).status_code == 404


async def test_non_integer_id_is_422(client: AsyncClient, auth_headers: AuthHeaders) -> None:
    h = await auth_headers("alice")
    assert (await client.get("/todos/abc", headers=h)).status_code == 422


async def test_pagination(client: AsyncClient, auth_headers: AuthHeaders) -> None:
    h = await auth_headers("pager")
    for i in range(5):
        await client.post("/todos", json={"title": f"t{i}"}, headers=h)
    r = await client.get("/todos", params={"limit": 2, "offset": 1}, headers=h)
    assert r.status_code == 200
    assert [t["title"] for t in r.json()] == ["t1", "t2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
async def test_pagination_bounds(
    client: AsyncClient, auth_headers: AuthHeaders, params: dict[str, object]
) -> None:
    h = await auth_headers("bounds")
    assert (await client.get("/todos", params=params, headers=h)).status_code == 422
