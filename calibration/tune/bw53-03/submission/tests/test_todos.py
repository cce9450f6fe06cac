from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import API, Headers

TODOS = f"{API}/todos"


def create(client: TestClient, headers: Headers, **fields: Any) -> dict[str, Any]:
    payload = {"title": "Buy milk", **fields}
    resp = client.post(TODOS, json=payload, headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


class TestCreate:
    def test_returns_201_with_the_new_todo(self, client: TestClient, alice: Headers) -> None:
        resp = client.post(TODOS, json={"title": "  Buy milk ", "description": "2 litres"}, headers=alice)
        assert resp.status_code == 201
        body = resp.json()
        assert isinstance(body["id"], int)
        assert body["title"] == "Buy milk"
        assert body["description"] == "2 litres"
        assert body["done"] is False
        assert "owner_id" not in body

    @pytest.mark.parametrize(
        "payload",
        [
            {},
            {"description": "no title"},
            {"title": ""},
            {"title": "   "},
            {"title": "x" * 201},
            {"title": None},
            {"title": 42},
            {"title": "ok", "done": "maybe"},
            {"title": "ok", "description": "d" * 2001},
            {"title": "ok", "owner_id": 2},
        ],
    )
    def test_invalid_payload_is_422_and_not_stored(
        self, client: TestClient, alice: Headers, payload: dict[str, Any]
    ) -> None:
        resp = client.post(TODOS, json=payload, headers=alice)
        assert resp.status_code == 422
        assert resp.json()["detail"]  # pydantic explains what is wrong
        assert client.get(TODOS, headers=alice).json()["total"] == 0

    def test_non_json_body_is_422(self, client: TestClient, alice: Headers) -> None:
        resp = client.post(TODOS, content=b"title=hi", headers={**alice, "Content-Type": "application/json"})
        assert resp.status_code == 422


class TestRead:
    def test_get_own_todo(self, client: TestClient, alice: Headers) -> None:
        todo = create(client, alice)
        resp = client.get(f"{TODOS}/{todo['id']}", headers=alice)
        assert resp.status_code == 200
        assert resp.json() == todo

    def test_missing_todo_is_404(self, client: TestClient, alice: Headers) -> None:
        resp = client.get(f"{TODOS}/424242", headers=alice)
        assert resp.status_code == 404
        assert resp.json() == {"detail": "Todo 424242 not found"}

    def test_non_integer_id_is_422(self, client: TestClient, alice: Headers) -> None:
        assert client.get(f"{TODOS}/abc", headers=alice).status_code == 422


class TestList:
    def test_pagination(self, client: TestClient, alice: Headers) -> None:
        ids = [create(client, alice, title=f"todo {i}")["id"] for i in range(5)]

        first = client.get(TODOS, params={"limit": 2}, headers=alice).json()
        assert first["total"] == 5
        assert first["limit"] == 2 and first["offset"] == 0
        assert [t["id"] for t in first["items"]] == ids[::-1][:2]  # newest first

        last = client.get(TODOS, params={"limit": 2, "offset": 4}, headers=alice).json()
        assert [t["id"] for t in last["items"]] == [ids[0]]

        beyond = client.get(TODOS, params={"offset": 50}, headers=alice).json()
        assert beyond["items"] == [] and beyond["total"] == 5

    def test_default_page_size(self, client: TestClient, alice: Headers) -> None:
        body = client.get(TODOS, headers=alice).json()
        assert body["limit"] == 20 and body["offset"] == 0

    @pytest.mark.parametrize(
        "params",
        [
            {"limit": 0},
            {"limit": 101},
            {"limit": -1},
            {"limit": "ten"},
            {"offset": -1},
            {"sort": "owner_id"},
            {"sort": "title; DROP TABLE todos"},
            {"order": "sideways"},
        ],
    )
    def test_out_of_range_query_is_422(self, client: TestClient, alice: Headers, params: dict[str, Any]) -> None:
        assert client.get(TODOS, params=params, headers=alice).status_code == 422

    def test_sort_and_filter(self, client: TestClient, alice: Headers) -> None:
        create(client, alice, title="b")
        create(client, alice, title="c", done=True)
        create(client, alice, title="a")

        by_title = client.get(TODOS, params={"sort": "title", "order": "asc"}, headers=alice).json()
        assert [t["title"] for t in by_title["items"]] == ["a", "b", "c"]

        done = client.get(TODOS, params={"done": True}, headers=alice).json()
        assert [t["title"] for t in done["items"]] == ["c"] and done["total"] == 1

    def test_only_own_todos_are_listed(self, client: TestClient, alice: Headers, bob: Headers) -> None:
        create(client, alice)
        assert client.get(TODOS, headers=bob).json() == {"items": [], "total": 0, "limit": 20, "offset": 0}


class TestUpdate:
    def test_partial_update(self, client: TestClient, alice: Headers) -> None:
        todo = create(client, alice, description="keep me")
        resp = client.patch(f"{TODOS}/{todo['id']}", json={"done": True}, headers=alice)
        assert resp.status_code == 200
        assert resp.json() == {**todo, "done": True}

    def test_description_can_be_cleared(self, client: TestClient, alice: Headers) -> None:
        todo = create(client, alice, description="temporary")
        resp = client.patch(f"{TODOS}/{todo['id']}", json={"description": None}, headers=alice)
        assert resp.status_code == 200
        assert resp.json()["description"] is None

    def test_empty_patch_is_a_no_op(self, client: TestClient, alice: Headers) -> None:
        todo = create(client, alice)
        resp = client.patch(f"{TODOS}/{todo['id']}", json={}, headers=alice)
        assert resp.status_code == 200
        assert resp.json() == todo

    @pytest.mark.parametrize(
        "payload",
        [{"title": None}, {"done": None}, {"title": ""}, {"done": "nope"}, {"owner_id": 2}],
    )
    def test_invalid_update_is_422(self, client: TestClient, alice: Headers, payload: dict[str, Any]) -> None:
        todo = create(client, alice)
        assert client.patch(f"{TODOS}/{todo['id']}", json=payload, headers=alice).status_code == 422
        assert client.get(f"{TODOS}/{todo['id']}", headers=alice).json() == todo

    def test_missing_todo_is_404(self, client: TestClient, alice: Headers) -> None:
        assert client.patch(f"{TODOS}/999", json={"done": True}, headers=alice).status_code == 404


class TestDelete:
    def test_delete(self, client: TestClient, alice: Headers) -> None:
        todo = create(client, alice)
        resp = client.delete(f"{TODOS}/{todo['id']}", headers=alice)
        assert resp.status_code == 204
        assert resp.content == b""
        assert client.get(f"{TODOS}/{todo['id']}", headers=alice).status_code == 404
        assert client.delete(f"{TODOS}/{todo['id']}", headers=alice).status_code == 404


class TestIsolation:
    """Another user's todo must be indistinguishable from a missing one."""

    def test_other_users_todo_is_404_everywhere(self, client: TestClient, alice: Headers, bob: Headers) -> None:
        todo = create(client, alice)
        url = f"{TODOS}/{todo['id']}"
        assert client.get(url, headers=bob).status_code == 404
        assert client.patch(url, json={"title": "mine now"}, headers=bob).status_code == 404
        assert client.delete(url, headers=bob).status_code == 404
        assert client.get(url, headers=alice).json() == todo


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", TODOS), ("POST", TODOS), ("GET", f"{TODOS}/1"), ("PATCH", f"{TODOS}/1"), ("DELETE", f"{TODOS}/1")],
)
def test_every_todo_route_requires_a_token(client: TestClient, method: str, path: str) -> None:
    body = {"title": "x"} if method in {"POST", "PATCH"} else None
    resp = client.request(method, path, json=body)
    assert resp.status_code == 401
    assert resp.headers["www-authenticate"] == "Bearer"
