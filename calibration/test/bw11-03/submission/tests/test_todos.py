from __future__ import annotations

from typing import Any

import httpx
import pytest

from todo_api.routers.todos import DEFAULT_LIMIT, MAX_LIMIT


async def _create(
    client: httpx.AsyncClient, headers: dict[str, str], **fields: object
) -> dict[str, Any]:
    payload = {"title": "Buy milk", **fields}
    response = await client.post("/todos", json=payload, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


# --- create ---------------------------------------------------------------------------


async def test_create_returns_201_with_id_and_defaults(
    client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    response = await client.post("/todos", json={"title": "Buy milk"}, headers=alice)
    assert response.status_code == 201
    body = response.json()
    assert body == {"id": body["id"], "title": "Buy milk", "description": "", "done": False}


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": "ok", "description": "x" * 2001},
        {"title": "ok", "done": "maybe"},
        {"title": 42},
        {"title": "ok", "owner_id": 2},
    ],
)
async def test_create_rejects_invalid_payload(
    client: httpx.AsyncClient, alice: dict[str, str], payload: dict[str, object]
) -> None:
    response = await client.post("/todos", json=payload, headers=alice)
    assert response.status_code == 422
    listing = await client.get("/todos", headers=alice)
    assert listing.json()["total"] == 0


async def test_create_rejects_non_json_body(
    client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    response = await client.post(
        "/todos", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )
    assert response.status_code == 422


# --- read / list ----------------------------------------------------------------------


async def test_get_own_todo(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    created = await _create(client, alice, description="2 litres")
    response = await client.get(f"/todos/{created['id']}", headers=alice)
    assert response.status_code == 200
    assert response.json() == created


async def test_get_missing_todo_is_404(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    response = await client.get("/todos/12345", headers=alice)
    assert response.status_code == 404


async def test_get_with_non_integer_id_is_422(
    client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    response = await client.get("/todos/abc", headers=alice)
    assert response.status_code == 422


async def test_list_is_paginated_and_ordered(
    client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    ids = [(await _create(client, alice, title=f"t{i}"))["id"] for i in range(5)]
    response = await client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice)
    assert response.status_code == 200
    page = response.json()
    assert [t["id"] for t in page["items"]] == ids[1:3]
    assert page["total"] == 5
    assert (page["limit"], page["offset"]) == (2, 1)


async def test_list_default_limit(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    for i in range(DEFAULT_LIMIT + 1):
        await _create(client, alice, title=f"t{i}")
    page = (await client.get("/todos", headers=alice)).json()
    assert len(page["items"]) == DEFAULT_LIMIT
    assert page["total"] == DEFAULT_LIMIT + 1


async def test_list_offset_past_the_end_is_empty(
    client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    await _create(client, alice)
    page = (await client.get("/todos", params={"offset": 10}, headers=alice)).json()
    assert page["items"] == []
    assert page["total"] == 1


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": MAX_LIMIT + 1},
        {"limit": -1},
        {"offset": -1},
        {"limit": "ten"},
    ],
)
async def test_list_rejects_out_of_range_pagination(
    client: httpx.AsyncClient, alice: dict[str, str], params: dict[str, object]
) -> None:
    response = await client.get("/todos", params=params, headers=alice)
    assert response.status_code == 422


# --- update ---------------------------------------------------------------------------


async def test_put_replaces_the_todo(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    created = await _create(client, alice, description="old")
    response = await client.put(
        f"/todos/{created['id']}", json={"title": "New", "done": True}, headers=alice
    )
    assert response.status_code == 200
    # description was omitted, so a full replacement resets it to the default
    assert response.json() == {"id": created["id"], "title": "New", "description": "", "done": True}


async def test_put_rejects_invalid_body(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    created = await _create(client, alice)
    response = await client.put(f"/todos/{created['id']}", json={"done": True}, headers=alice)
    assert response.status_code == 422
    unchanged = await client.get(f"/todos/{created['id']}", headers=alice)
    assert unchanged.json() == created


async def test_put_missing_todo_is_404(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    response = await client.put("/todos/999", json={"title": "x"}, headers=alice)
    assert response.status_code == 404


async def test_patch_changes_only_sent_fields(
    client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    created = await _create(client, alice, description="keep me")
    response = await client.patch(f"/todos/{created['id']}", json={"done": True}, headers=alice)
    assert response.status_code == 200
    assert response.json() == {**created, "done": True}


async def test_patch_rejects_null(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    created = await _create(client, alice)
    response = await client.patch(f"/todos/{created['id']}", json={"title": None}, headers=alice)
    assert response.status_code == 422


# --- delete ---------------------------------------------------------------------------


async def test_delete_returns_204_and_removes(
    client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    created = await _create(client, alice)
    response = await client.delete(f"/todos/{created['id']}", headers=alice)
    assert response.status_code == 204
    assert response.content == b""
    assert (await client.get(f"/todos/{created['id']}", headers=alice)).status_code == 404
    assert (await client.delete(f"/todos/{created['id']}", headers=alice)).status_code == 404


# --- isolation between users ------------------------------------------------------------


async def test_users_cannot_see_or_touch_each_others_todos(
    client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    todo = await _create(client, alice)
    url = f"/todos/{todo['id']}"

    assert (await client.get(url, headers=bob)).status_code == 404
    assert (await client.put(url, json={"title": "pwned"}, headers=bob)).status_code == 404
    assert (await client.patch(url, json={"done": True}, headers=bob)).status_code == 404
    assert (await client.delete(url, headers=bob)).status_code == 404
    assert (await client.get("/todos", headers=bob)).json()["total"] == 0

    # and alice's todo is untouched
    assert (await client.get(url, headers=alice)).json() == todo
