from uuid import uuid4

import pytest
from httpx import AsyncClient

from tests.conftest import Login


async def _create(client: AsyncClient, auth: dict[str, str], title: str = "buy milk") -> dict:
    resp = await client.post("/todos", json={"title": title}, headers=auth)
    assert resp.status_code == 201, resp.text
    return resp.json()


async def test_create_read_update_delete(client: AsyncClient, auth: dict[str, str]) -> None:
    todo = await _create(client, auth)
    assert todo["done"] is False and todo["description"] is None

    read = await client.get(f"/todos/{todo['id']}", headers=auth)
    assert read.status_code == 200 and read.json()["title"] == "buy milk"

    patched = await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=auth)
    assert patched.status_code == 200
    assert patched.json()["done"] is True and patched.json()["title"] == "buy milk"

    deleted = await client.delete(f"/todos/{todo['id']}", headers=auth)
    assert deleted.status_code == 204 and deleted.content == b""
    assert (await client.get(f"/todos/{todo['id']}", headers=auth)).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": ""}, {"title": "   "}, {"title": 42}, {"title": "x" * 201}, {"title": "ok", "done": "maybe"}],
)
async def test_create_rejects_invalid_payloads(
    client: AsyncClient, auth: dict[str, str], payload: dict
) -> None:
    resp = await client.post("/todos", json=payload, headers=auth)
    assert resp.status_code == 422


async def test_patch_rejects_null_title(client: AsyncClient, auth: dict[str, str]) -> None:
    todo = await _create(client, auth)
    resp = await client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=auth)
    assert resp.status_code == 422


async def test_todo_routes_require_token(client: AsyncClient) -> None:
    assert (await client.get("/todos")).status_code == 401
    assert (await client.post("/todos", json={"title": "x"})).status_code == 401
    assert (await client.delete(f"/todos/{uuid4()}")).status_code == 401


async def test_unknown_and_malformed_ids(client: AsyncClient, auth: dict[str, str]) -> None:
    assert (await client.get(f"/todos/{uuid4()}", headers=auth)).status_code == 404
    assert (await client.patch(f"/todos/{uuid4()}", json={"done": True}, headers=auth)).status_code == 404
    assert (await client.get("/todos/not-a-uuid", headers=auth)).status_code == 422


async def test_other_users_todos_are_invisible(client: AsyncClient, new_user: Login) -> None:
    alice, bob = await new_user(), await new_user()
    todo = await _create(client, alice, "alice's secret")

    assert (await client.get(f"/todos/{todo['id']}", headers=bob)).status_code == 404
    assert (await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=bob)).status_code == 404
    assert (await client.delete(f"/todos/{todo['id']}", headers=bob)).status_code == 404
    listing = await client.get("/todos", headers=bob)
    assert listing.json()["items"] == []
    assert (await client.get(f"/todos/{todo['id']}", headers=alice)).status_code == 200


async def test_pagination_and_bounds(client: AsyncClient, new_user: Login) -> None:
    auth = await new_user()
    for i in range(5):
        await _create(client, auth, f"todo {i}")

    page = (await client.get("/todos", params={"limit": 2, "offset": 1}, headers=auth)).json()
    assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == 1
    assert [t["title"] for t in page["items"]] == ["todo 3", "todo 2"]

    for params in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}):
        assert (await client.get("/todos", params=params, headers=auth)).status_code == 422
