from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.helpers import register

pytestmark = pytest.mark.anyio


async def _create(client: httpx.AsyncClient, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    response = await client.post("/todos", json={"title": "a todo", **fields}, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_full_lifecycle(client: httpx.AsyncClient) -> None:
    alice = await register(client, "alice")

    created = await client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=alice
    )
    assert created.status_code == 201
    todo = created.json()
    assert todo["title"] == "Buy milk"
    assert todo["description"] == "2 litres"
    assert todo["done"] is False
    assert isinstance(todo["id"], int)
    assert created.headers["Location"] == f"/todos/{todo['id']}"

    read = await client.get(f"/todos/{todo['id']}", headers=alice)
    assert read.status_code == 200
    assert read.json() == todo

    updated = await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert updated.status_code == 200
    assert updated.json()["done"] is True
    assert updated.json()["title"] == "Buy milk"

    deleted = await client.delete(f"/todos/{todo['id']}", headers=alice)
    assert deleted.status_code == 204
    assert deleted.content == b""

    gone = await client.get(f"/todos/{todo['id']}", headers=alice)
    assert gone.status_code == 404
    assert gone.json() == {"detail": "Todo not found"}


async def test_title_is_trimmed_and_description_optional(client: httpx.AsyncClient) -> None:
    alice = await register(client, "alice")

    todo = await _create(client, alice, title="  Water plants  ")

    assert todo["title"] == "Water plants"
    assert todo["description"] is None


async def test_patch_can_clear_description_but_not_title(client: httpx.AsyncClient) -> None:
    alice = await register(client, "alice")
    todo = await _create(client, alice, description="details")

    cleared = await client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert cleared.status_code == 200
    assert cleared.json()["description"] is None

    for payload in ({"title": None}, {"done": None}, {"title": ""}, {"owner_id": 2}):
        response = await client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
        assert response.status_code == 422, payload

    unchanged = await client.get(f"/todos/{todo['id']}", headers=alice)
    assert unchanged.json()["title"] == "a todo"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"description": "no title"},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "description": "x" * 2001},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "owner_id": 99},
    ],
)
async def test_create_rejects_invalid_input(client: httpx.AsyncClient, payload: dict[str, Any]) -> None:
    alice = await register(client, "alice")

    response = await client.post("/todos", json=payload, headers=alice)

    assert response.status_code == 422
    assert response.json()["detail"]  # a useful message, not an empty body
    listing = await client.get("/todos", headers=alice)
    assert listing.json()["total"] == 0


async def test_users_cannot_see_or_touch_each_others_todos(client: httpx.AsyncClient) -> None:
    alice = await register(client, "alice")
    bob = await register(client, "bob")
    todo = await _create(client, alice, title="alice's secret")
    url = f"/todos/{todo['id']}"

    assert (await client.get(url, headers=bob)).status_code == 404
    assert (await client.patch(url, json={"title": "pwned"}, headers=bob)).status_code == 404
    assert (await client.delete(url, headers=bob)).status_code == 404
    bobs_list = (await client.get("/todos", headers=bob)).json()
    assert bobs_list["items"] == []
    assert bobs_list["total"] == 0

    still_there = await client.get(url, headers=alice)
    assert still_there.status_code == 200
    assert still_there.json()["title"] == "alice's secret"


@pytest.mark.parametrize("todo_id", ["999", "0", "-1", "abc", str(2**31), str(2**70)])
async def test_unknown_or_invalid_ids_never_500(client: httpx.AsyncClient, todo_id: str) -> None:
    alice = await register(client, "alice")

    for method in ("GET", "PATCH", "DELETE"):
        kwargs: dict[str, Any] = {"json": {"done": True}} if method == "PATCH" else {}
        response = await client.request(method, f"/todos/{todo_id}", headers=alice, **kwargs)
        expected = 404 if todo_id == "999" else 422
        assert response.status_code == expected, (method, todo_id, response.text)


async def test_pagination(client: httpx.AsyncClient) -> None:
    alice = await register(client, "alice")
    ids = [(await _create(client, alice, title=f"todo {i}"))["id"] for i in range(5)]

    first = (await client.get("/todos", params={"limit": 2}, headers=alice)).json()
    assert [t["id"] for t in first["items"]] == ids[:2]
    assert (first["total"], first["limit"], first["offset"]) == (5, 2, 0)

    last = (await client.get("/todos", params={"limit": 2, "offset": 4}, headers=alice)).json()
    assert [t["id"] for t in last["items"]] == ids[4:]

    beyond = (await client.get("/todos", params={"offset": 10}, headers=alice)).json()
    assert beyond["items"] == []
    assert beyond["total"] == 5


async def test_default_page_size_is_20(client: httpx.AsyncClient) -> None:
    alice = await register(client, "alice")
    for i in range(21):
        await _create(client, alice, title=f"todo {i}")

    page = (await client.get("/todos", headers=alice)).json()

    assert len(page["items"]) == 20
    assert page["limit"] == 20
    assert page["total"] == 21


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "ten"}, {"offset": 10**7}],
)
async def test_pagination_bounds_are_enforced(client: httpx.AsyncClient, params: dict[str, Any]) -> None:
    alice = await register(client, "alice")

    response = await client.get("/todos", params=params, headers=alice)

    assert response.status_code == 422


async def test_openapi_documents_every_route(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()

    todo_item = spec["paths"]["/todos/{todo_id}"]
    assert {"get", "patch", "delete"} <= set(todo_item)
    assert "404" in todo_item["get"]["responses"]
    assert "204" in todo_item["delete"]["responses"]
    assert "201" in spec["paths"]["/todos"]["post"]["responses"]
    assert all(op.get("summary") for path in spec["paths"].values() for op in path.values())
