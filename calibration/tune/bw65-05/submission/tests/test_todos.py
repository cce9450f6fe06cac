from typing import Any

import pytest
from httpx import AsyncClient

Headers = dict[str, str]


async def make_todo(client: AsyncClient, headers: Headers, **fields: Any) -> dict[str, Any]:
    payload = {"title": "buy milk", **fields}
    res = await client.post("/todos", json=payload, headers=headers)
    assert res.status_code == 201, res.text
    return res.json()


class TestCreateTodo:
    async def test_returns_201_with_an_id(self, client: AsyncClient, ada: Headers) -> None:
        res = await client.post(
            "/todos", json={"title": "  buy milk ", "description": "2 litres"}, headers=ada
        )
        assert res.status_code == 201
        body = res.json()
        assert body["id"]
        assert body["title"] == "buy milk"
        assert body["done"] is False

    @pytest.mark.parametrize(
        "payload",
        [
            {},
            {"title": ""},
            {"title": "   "},
            {"title": "x" * 201},
            {"title": "ok", "done": "maybe"},
            {"title": ["not", "a", "string"]},
            {"title": "ok", "description": "d" * 2001},
        ],
    )
    async def test_rejects_bad_input_with_422(
        self, client: AsyncClient, ada: Headers, payload: dict
    ) -> None:
        res = await client.post("/todos", json=payload, headers=ada)
        assert res.status_code == 422
        listing = await client.get("/todos", headers=ada)
        assert listing.json()["total"] == 0  # nothing was stored

    async def test_rejects_malformed_json(self, client: AsyncClient, ada: Headers) -> None:
        res = await client.post(
            "/todos", content=b"{oops", headers={**ada, "Content-Type": "application/json"}
        )
        assert res.status_code == 422


class TestListTodos:
    async def test_paginates_newest_first(self, client: AsyncClient, ada: Headers) -> None:
        for i in range(5):
            await make_todo(client, ada, title=f"todo {i}")

        first = await client.get("/todos", params={"limit": 2}, headers=ada)
        assert first.status_code == 200
        assert first.json()["total"] == 5
        assert [t["title"] for t in first.json()["items"]] == ["todo 4", "todo 3"]

        last = await client.get("/todos", params={"limit": 2, "offset": 4}, headers=ada)
        assert [t["title"] for t in last.json()["items"]] == ["todo 0"]

    async def test_offset_past_the_end_is_an_empty_page(
        self, client: AsyncClient, ada: Headers
    ) -> None:
        await make_todo(client, ada)
        res = await client.get("/todos", params={"offset": 50}, headers=ada)
        assert res.status_code == 200
        assert res.json()["items"] == []
        assert res.json()["total"] == 1

    @pytest.mark.parametrize(
        "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}]
    )
    async def test_rejects_out_of_range_params(
        self, client: AsyncClient, ada: Headers, params: dict
    ) -> None:
        res = await client.get("/todos", params=params, headers=ada)
        assert res.status_code == 422


class TestReadUpdateDelete:
    async def test_reads_a_todo(self, client: AsyncClient, ada: Headers) -> None:
        todo = await make_todo(client, ada)
        res = await client.get(f"/todos/{todo['id']}", headers=ada)
        assert res.status_code == 200
        assert res.json() == todo

    async def test_unknown_id_is_404(self, client: AsyncClient, ada: Headers) -> None:
        assert (await client.get("/todos/does-not-exist", headers=ada)).status_code == 404
        assert (
            await client.patch("/todos/does-not-exist", json={"done": True}, headers=ada)
        ).status_code == 404
        assert (await client.delete("/todos/does-not-exist", headers=ada)).status_code == 404

    async def test_partial_update(self, client: AsyncClient, ada: Headers) -> None:
        todo = await make_todo(client, ada, description="keep me")
        res = await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=ada)
        assert res.status_code == 200
        body = res.json()
        assert body["done"] is True
        assert body["title"] == "buy milk"
        assert body["description"] == "keep me"

    async def test_description_can_be_cleared(self, client: AsyncClient, ada: Headers) -> None:
        todo = await make_todo(client, ada, description="temp")
        res = await client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=ada)
        assert res.status_code == 200
        assert res.json()["description"] is None

    @pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}])
    async def test_update_rejects_invalid_values(
        self, client: AsyncClient, ada: Headers, payload: dict
    ) -> None:
        todo = await make_todo(client, ada)
        res = await client.patch(f"/todos/{todo['id']}", json=payload, headers=ada)
        assert res.status_code == 422
        unchanged = await client.get(f"/todos/{todo['id']}", headers=ada)
        assert unchanged.json()["title"] == "buy milk"

    async def test_delete_is_204_and_then_gone(self, client: AsyncClient, ada: Headers) -> None:
        todo = await make_todo(client, ada)
        res = await client.delete(f"/todos/{todo['id']}", headers=ada)
        assert res.status_code == 204
        assert res.content == b""
        assert (await client.get(f"/todos/{todo['id']}", headers=ada)).status_code == 404
        assert (await client.get("/todos", headers=ada)).json()["total"] == 0


class TestIsolation:
    async def test_users_cannot_touch_each_others_todos(
        self, client: AsyncClient, ada: Headers, grace: Headers
    ) -> None:
        todo = await make_todo(client, ada, title="ada's secret")
        url = f"/todos/{todo['id']}"

        assert (await client.get(url, headers=grace)).status_code == 404
        assert (await client.patch(url, json={"done": True}, headers=grace)).status_code == 404
        assert (await client.delete(url, headers=grace)).status_code == 404
        assert (await client.get("/todos", headers=grace)).json()["total"] == 0

        still_there = await client.get(url, headers=ada)
        assert still_there.status_code == 200
        assert still_there.json()["done"] is False
