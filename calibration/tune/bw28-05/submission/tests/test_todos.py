import pytest
from fastapi.testclient import TestClient

AuthHeaders = dict[str, str]


def create(client: TestClient, headers: AuthHeaders, **fields: object) -> dict[str, object]:
    response = client.post("/todos", json={"title": "Buy milk", **fields}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_returns_201_with_id(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=alice
    )

    assert response.status_code == 201
    body = response.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "Buy milk"
    assert body["description"] == "2 litres"
    assert body["done"] is False


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"description": "no title"},
        {"title": ""},
        {"title": "   "},
        {"title": 42},
        {"title": "x" * 201},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_rejects_malformed_input(
    client: TestClient, alice: AuthHeaders, payload: dict[str, object]
) -> None:
    response = client.post("/todos", json=payload, headers=alice)

    assert response.status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


def test_create_rejects_non_json_body(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post(
        "/todos", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )

    assert response.status_code == 422


def test_get_own_todo(client: TestClient, alice: AuthHeaders) -> None:
    todo = create(client, alice)

    response = client.get(f"/todos/{todo['id']}", headers=alice)

    assert response.status_code == 200
    assert response.json() == todo


@pytest.mark.parametrize("todo_id", ["999", "0", "abc", str(2**70)])
def test_get_missing_or_invalid_id(client: TestClient, alice: AuthHeaders, todo_id: str) -> None:
    response = client.get(f"/todos/{todo_id}", headers=alice)

    assert response.status_code in (404, 422)
    assert response.status_code != 500


def test_list_is_paginated_and_scoped_to_owner(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders
) -> None:
    for i in range(5):
        create(client, alice, title=f"alice {i}")
    create(client, bob, title="bob's")

    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice).json()

    assert page["total"] == 5
    assert [item["title"] for item in page["items"]] == ["alice 1", "alice 2"]
    assert page["limit"] == 2
    assert page["offset"] == 1


def test_list_default_page_size(client: TestClient, alice: AuthHeaders) -> None:
    for i in range(25):
        create(client, alice, title=f"todo {i}")

    page = client.get("/todos", headers=alice).json()

    assert len(page["items"]) == 20
    assert page["total"] == 25


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"limit": "ten"}, {"offset": -1}]
)
def test_list_rejects_out_of_range_pagination(
    client: TestClient, alice: AuthHeaders, params: dict[str, object]
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_patch_updates_only_given_fields(client: TestClient, alice: AuthHeaders) -> None:
    todo = create(client, alice, description="keep me")

    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)

    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["description"] == "keep me"
    assert response.json()["title"] == "Buy milk"


def test_patch_can_clear_description(client: TestClient, alice: AuthHeaders) -> None:
    todo = create(client, alice, description="temporary")

    response = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)

    assert response.status_code == 200
    assert response.json()["description"] is None


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}, {"done": "yes"}])
def test_patch_rejects_invalid_values(
    client: TestClient, alice: AuthHeaders, payload: dict[str, object]
) -> None:
    todo = create(client, alice)

    response = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)

    assert response.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo


def test_delete_returns_204_then_404(client: TestClient, alice: AuthHeaders) -> None:
    todo = create(client, alice)

    deleted = client.delete(f"/todos/{todo['id']}", headers=alice)

    assert deleted.status_code == 204
    assert deleted.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_other_users_todos_are_invisible(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders
) -> None:
    todo = create(client, alice)
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0
    # ...and alice's todo is untouched
    assert client.get(url, headers=alice).json() == todo
