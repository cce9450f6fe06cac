from typing import Any

import pytest
from httpx import AsyncClient


async def create(client: AsyncClient, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    payload = {"title": "Pay rent", **fields}
    response = await client.post("/todos", json=payload, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_create_returns_201_with_id_and_defaults(client: AsyncClient, alice: dict[str, str]) -> None:
    response = await client.post("/todos", json={"title": "  Pay rent  "}, headers=alice)

    assert response.status_code == 201
    body = response.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "Pay rent"
    assert body["description"] == ""
    assert body["done"] is False
    assert body["created_at"].endswith("Z") or body["created_at"].endswith("+00:00")


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": None},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "description": "d" * 2001},
        {"title": "ok", "done": "true"},
        {"title": "ok", "done": 1},
        {"title": "ok", "owner_id": 2},
    ],
)
async def test_create_rejects_invalid_input(
    client: AsyncClient, alice: dict[str, str], payload: dict[str, Any]
) -> None:
    response = await client.post("/todos", json=payload, headers=alice)

    assert response.status_code == 422
    listing = await client.get("/todos", headers=alice)
    assert listing.json() == []


async def test_create_rejects_non_json_body(client: AsyncClient, alice: dict[str, str]) -> None:
    response = await client.post(
        "/todos", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )

    assert response.status_code == 422


async def test_read_own_todo(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await create(client, alice, description="before the 1st")

    response = await client.get(f"/todos/{todo['id']}", headers=alice)

    assert response.status_code == 200
    assert response.json() == todo


@pytest.mark.parametrize("todo_id", ["999", "0", "-1", "abc", str(2**63), "99999999999999999999999"])
async def test_read_missing_or_invalid_id(client: AsyncClient, alice: dict[str, str], todo_id: str) -> None:
    response = await client.get(f"/todos/{todo_id}", headers=alice)

    assert response.status_code == (404 if todo_id == "999" else 422)


async def test_other_users_todo_is_invisible(
    client: AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    todo = await create(client, alice)
    url = f"/todos/{todo['id']}"

    assert (await client.get(url, headers=bob)).status_code == 404
    assert (await client.put(url, json={"title": "mine now"}, headers=bob)).status_code == 404
    assert (await client.patch(url, json={"done": True}, headers=bob)).status_code == 404
    assert (await client.delete(url, headers=bob)).status_code == 404
    assert (await client.get("/todos", headers=bob)).json() == []

    unchanged = await client.get(url, headers=alice)
    assert unchanged.json() == todo


async def test_list_is_ordered_and_paginated(client: AsyncClient, alice: dict[str, str]) -> None:
    ids = [(await create(client, alice, title=f"t{i}"))["id"] for i in range(25)]

    default_page = await client.get("/todos", headers=alice)
    second_page = await client.get("/todos", params={"limit": 10, "offset": 10}, headers=alice)
    past_the_end = await client.get("/todos", params={"offset": 100}, headers=alice)

    assert [t["id"] for t in default_page.json()] == ids[:20]
    assert [t["id"] for t in second_page.json()] == ids[10:20]
    assert past_the_end.json() == []


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"limit": -5},
        {"limit": "ten"},
        {"offset": -1},
        {"offset": 1_000_001},
        {"offset": "1.5"},
    ],
)
async def test_list_rejects_out_of_range_paging(
    client: AsyncClient, alice: dict[str, str], params: dict[str, Any]
) -> None:
    response = await client.get("/todos", params=params, headers=alice)

    assert response.status_code == 422


async def test_put_replaces_the_whole_todo(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await create(client, alice, description="first of the month", done=False)

    response = await client.put(f"/todos/{todo['id']}", json={"title": "Pay rent", "done": True}, headers=alice)

    assert response.status_code == 200
    body = response.json()
    assert body["done"] is True
    assert body["description"] == ""  # omitted on PUT means back to the default
    assert body["created_at"] == todo["created_at"]


async def test_put_validates_body(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await create(client, alice)

    response = await client.put(f"/todos/{todo['id']}", json={"done": True}, headers=alice)

    assert response.status_code == 422
    assert (await client.get(f"/todos/{todo['id']}", headers=alice)).json() == todo


async def test_patch_changes_only_given_fields(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await create(client, alice, description="keep me")

    response = await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)

    assert response.status_code == 200
    assert response.json()["description"] == "keep me"
    assert response.json()["done"] is True


async def test_patch_refuses_explicit_null(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await create(client, alice)

    response = await client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=alice)

    assert response.status_code == 422


async def test_delete_then_gone(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await create(client, alice)
    url = f"/todos/{todo['id']}"

    response = await client.delete(url, headers=alice)

    assert response.status_code == 204
    assert response.content == b""
    assert (await client.get(url, headers=alice)).status_code == 404
    assert (await client.delete(url, headers=alice)).status_code == 404
