from uuid import uuid4

from fastapi.testclient import TestClient

from .conftest import API, Headers

TODOS = f"{API}/todos"


def _create(client: TestClient, headers: Headers, **body: object) -> dict[str, object]:
    r = client.post(TODOS, json={"title": "Buy milk", **body}, headers=headers)
    assert r.status_code == 201, r.text
    created: dict[str, object] = r.json()
    return created


def test_crud_round_trip(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice, description="2 litres")
    assert todo["done"] is False
    url = f"{TODOS}/{todo['id']}"

    assert client.get(url, headers=alice).json()["description"] == "2 litres"

    r = client.patch(url, json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["title"] == "Buy milk"

    r = client.delete(url, headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(url, headers=alice).status_code == 404


def test_every_route_requires_a_token(client: TestClient, alice: Headers) -> None:
    url = f"{TODOS}/{_create(client, alice)['id']}"
    assert client.post(TODOS, json={"title": "x"}).status_code == 401
    assert client.get(TODOS).status_code == 401
    assert client.get(url).status_code == 401
    assert client.patch(url, json={"done": True}).status_code == 401
    assert client.delete(url).status_code == 401


def test_other_users_todos_are_invisible(
    client: TestClient, alice: Headers, bob: Headers
) -> None:
    url = f"{TODOS}/{_create(client, alice)['id']}"
    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get(TODOS, headers=bob).json()["total"] == 0
    assert client.get(url, headers=alice).json()["done"] is False


def test_unknown_and_malformed_ids(client: TestClient, alice: Headers) -> None:
    assert client.get(f"{TODOS}/{uuid4()}", headers=alice).status_code == 404
    assert client.get(f"{TODOS}/not-a-uuid", headers=alice).status_code == 422


def test_create_validation(client: TestClient, alice: Headers) -> None:
    for body in (
        {},
        {"title": ""},
        {"title": "   "},
        {"title": 42},
        {"title": "x" * 201},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "owner_id": str(uuid4())},
    ):
        assert client.post(TODOS, json=body, headers=alice).status_code == 422, body
    assert client.get(TODOS, headers=alice).json()["total"] == 0


def test_update_validation(client: TestClient, alice: Headers) -> None:
    url = f"{TODOS}/{_create(client, alice)['id']}"
    assert client.patch(url, json={}, headers=alice).status_code == 422
    assert client.patch(url, json={"title": None}, headers=alice).status_code == 422
    assert client.patch(url, json={"done": None}, headers=alice).status_code == 422
    assert client.patch(url, json={"description": None}, headers=alice).status_code == 200


def test_pagination(client: TestClient, alice: Headers) -> None:
    for i in range(5):
        _create(client, alice, title=f"t{i}")
    page = client.get(TODOS, params={"limit": 2, "offset": 1, "sort": "title", "direction": "asc"}, headers=alice).json()
    assert page["total"] == 5
    assert [t["title"] for t in page["items"]] == ["t1", "t2"]
    assert (page["limit"], page["offset"]) == (2, 1)


def test_pagination_bounds(client: TestClient, alice: Headers) -> None:
    for params in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}, {"sort": "password"}):
        assert client.get(TODOS, params=params, headers=alice).status_code == 422, params
    assert client.get(TODOS, params={"limit": 100}, headers=alice).status_code == 200
