import pytest
from httpx import AsyncClient


async def test_crud_roundtrip(client: AsyncClient, alice: dict[str, str]) -> None:
    r = await client.post("/todos", json={"title": "write tests", "description": "lots"}, headers=alice)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"] > 0 and todo["done"] is False

    r = await client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200 and r.json()["title"] == "write tests"

    r = await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200 and r.json()["done"] is True

    r = await client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204

    r = await client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 404


async def test_requires_auth(client: AsyncClient) -> None:
    assert (await client.get("/todos")).status_code == 401
    assert (await client.get("/todos", headers={"Authorization": "Bearer nope"})).status_code == 401
    assert (await client.post("/todos", json={"title": "x"})).status_code == 401


@pytest.mark.parametrize("body", [{}, {"title": ""}, {"title": None}, {"title": "ok", "done": "nah"}])
async def test_create_validation(client: AsyncClient, alice: dict[str, str], body: dict) -> None:
    assert (await client.post("/todos", json=body, headers=alice)).status_code == 422


async def test_cannot_touch_other_users_todo(
    client: AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    todo_id = (await client.post("/todos", json={"title": "alice only"}, headers=alice)).json()["id"]

    assert (await client.get(f"/todos/{todo_id}", headers=bob)).status_code == 404
    assert (await client.patch(f"/todos/{todo_id}", json={"done": True}, headers=bob)).status_code == 404
    assert (await client.delete(f"/todos/{todo_id}", headers=bob)).status_code == 404
    assert (await client.get("/todos", headers=bob)).json()["total"] == 0


async def test_missing_todo_is_404(client: AsyncClient, alice: dict[str, str]) -> None:
    assert (await client.get("/todos/999", headers=alice)).status_code == 404
    assert (await client.delete("/todos/999", headers=alice)).status_code == 404


async def test_pagination(client: AsyncClient, alice: dict[str, str]) -> None:
    for i in range(7):
        await client.post("/todos", json={"title": f"t{i}"}, headers=alice)

    page = (await client.get("/todos?limit=3&offset=3", headers=alice)).json()
    assert [t["title"] for t in page["items"]] == ["t3", "t4", "t5"]
    assert page["total"] == 7

    assert (await client.get("/todos?limit=0", headers=alice)).status_code == 422
    assert (await client.get("/todos?limit=51", headers=alice)).status_code == 422
    assert (await client.get("/todos?offset=-1", headers=alice)).status_code == 422
