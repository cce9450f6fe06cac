import pytest
from fastapi.testclient import TestClient


def create(client: TestClient, headers: dict[str, str], **fields) -> dict:
    response = client.post("/todos", json={"title": "Buy milk", **fields}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


class TestCreate:
    def test_returns_201_with_id_and_defaults(self, client: TestClient, alice) -> None:
        todo = create(client, alice, description="2 litres")

        assert todo["id"] > 0
        assert todo["done"] is False
        assert todo["description"] == "2 litres"

    @pytest.mark.parametrize(
        "payload",
        [
            {},
            {"title": ""},
            {"title": "   "},
            {"title": "x" * 201},
            {"title": 42},
            {"title": "ok", "done": "maybe"},
            {"title": "ok", "description": "x" * 2001},
            {"title": "ok", "owner_id": 2},
        ],
    )
    def test_invalid_payload_is_422_and_not_stored(self, client: TestClient, alice, payload: dict) -> None:
        assert client.post("/todos", json=payload, headers=alice).status_code == 422
        assert client.get("/todos", headers=alice).json()["count"] == 0

    def test_requires_authentication(self, client: TestClient) -> None:
        assert client.post("/todos", json={"title": "x"}).status_code == 401


class TestList:
    def test_paginates_newest_first(self, client: TestClient, alice) -> None:
        for i in range(5):
            create(client, alice, title=f"todo {i}")

        body = client.get("/todos", params={"limit": 2, "offset": 2}, headers=alice).json()

        assert body["count"] == 5
        assert [t["title"] for t in body["results"]] == ["todo 2", "todo 1"]
        assert "offset=4" in body["next"]
        assert "offset=0" in body["previous"]

    def test_last_page_has_no_next(self, client: TestClient, alice) -> None:
        create(client, alice)

        body = client.get("/todos", headers=alice).json()

        assert body["next"] is None and body["previous"] is None

    @pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
    def test_out_of_range_pagination_is_422(self, client: TestClient, alice, params: dict) -> None:
        assert client.get("/todos", params=params, headers=alice).status_code == 422

    def test_only_own_todos_are_listed(self, client: TestClient, alice, bob) -> None:
        create(client, alice)

        assert client.get("/todos", headers=bob).json()["count"] == 0


class TestDetail:
    def test_retrieve(self, client: TestClient, alice) -> None:
        todo = create(client, alice)

        assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo

    @pytest.mark.parametrize("method", ["get", "put", "patch", "delete"])
    def test_other_users_todo_is_404(self, client: TestClient, alice, bob, method: str) -> None:
        todo = create(client, alice)
        kwargs = {"json": {"title": "mine now"}} if method in {"put", "patch"} else {}

        response = client.request(method, f"/todos/{todo['id']}", headers=bob, **kwargs)

        assert response.status_code == 404
        assert client.get(f"/todos/{todo['id']}", headers=alice).json()["title"] == "Buy milk"

    @pytest.mark.parametrize("todo_id", ["999", "0", "abc", str(2**64)])
    def test_missing_or_invalid_id(self, client: TestClient, alice, todo_id: str) -> None:
        assert client.get(f"/todos/{todo_id}", headers=alice).status_code in {404, 422}


class TestUpdate:
    def test_patch_changes_only_sent_fields(self, client: TestClient, alice) -> None:
        todo = create(client, alice, description="keep me")

        response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)

        assert response.status_code == 200
        assert response.json()["done"] is True
        assert response.json()["description"] == "keep me"

    def test_patch_can_clear_description(self, client: TestClient, alice) -> None:
        todo = create(client, alice, description="temp")

        response = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)

        assert response.json()["description"] is None

    @pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}, {"id": 5}])
    def test_patch_rejects_invalid(self, client: TestClient, alice, payload: dict) -> None:
        todo = create(client, alice)

        assert client.patch(f"/todos/{todo['id']}", json=payload, headers=alice).status_code == 422

    def test_put_replaces(self, client: TestClient, alice) -> None:
        todo = create(client, alice, description="old", done=True)

        response = client.put(f"/todos/{todo['id']}", json={"title": "New"}, headers=alice)

        assert response.status_code == 200
        assert response.json() | {"updated_at": None} == todo | {
            "title": "New", "description": None, "done": False, "updated_at": None
        }

    def test_put_requires_title(self, client: TestClient, alice) -> None:
        todo = create(client, alice)

        assert client.put(f"/todos/{todo['id']}", json={"done": True}, headers=alice).status_code == 422


class TestDelete:
    def test_delete_is_204_then_404(self, client: TestClient, alice) -> None:
        todo = create(client, alice)

        response = client.delete(f"/todos/{todo['id']}", headers=alice)

        assert response.status_code == 204
        assert response.content == b""
        assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
