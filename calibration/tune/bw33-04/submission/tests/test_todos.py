import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]


def test_crud_happy_path(client: TestClient, alice: Headers) -> None:
    r = client.post("/todos", json={"title": "write runbook"}, headers=alice)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"] and todo["done"] is False and todo["description"] is None

    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200 and r.json()["title"] == "write runbook"

    r = client.patch(f"/todos/{todo['id']}", json={"done": True, "description": "v2"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True and r.json()["title"] == "write runbook"

    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": None}, {"title": 5}, {"title": "x" * 201}, {"title": "ok", "done": "perhaps"}],
)
def test_create_validation(client: TestClient, alice: Headers, body: dict) -> None:
    r = client.post("/todos", json=body, headers=alice)
    assert r.status_code == 422
    assert r.json()["detail"]
    assert client.get("/todos", headers=alice).json()["total"] == 0


@pytest.mark.parametrize("body", [{"title": None}, {"done": None}, {"title": ""}, {"done": []}])
def test_patch_validation(client: TestClient, alice: Headers, body: dict) -> None:
    todo = client.post("/todos", json={"title": "t"}, headers=alice).json()
    assert client.patch(f"/todos/{todo['id']}", json=body, headers=alice).status_code == 422


def test_isolation_between_users(client: TestClient, alice: Headers, bob: Headers) -> None:
    todo = client.post("/todos", json={"title": "alice's"}, headers=alice).json()
    path = f"/todos/{todo['id']}"
    assert client.get(path, headers=bob).status_code == 404
    assert client.patch(path, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(path, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json() == {"items": [], "total": 0, "limit": 20, "offset": 0}
    assert client.get(path, headers=alice).json()["done"] is False


def test_unknown_and_invalid_ids(client: TestClient, alice: Headers) -> None:
    assert client.get("/todos/999999", headers=alice).status_code == 404
    assert client.get("/todos/not-a-number", headers=alice).status_code == 422


def test_pagination(client: TestClient, alice: Headers) -> None:
    for i in range(45):
        client.post("/todos", json={"title": f"t{i:02d}"}, headers=alice)
    first = client.get("/todos", headers=alice).json()
    assert first["total"] == 45 and len(first["items"]) == 20 and first["items"][0]["title"] == "t00"
    last = client.get("/todos", params={"limit": 20, "offset": 40}, headers=alice).json()
    assert [t["title"] for t in last["items"]] == [f"t{i}" for i in range(40, 45)]
    past_end = client.get("/todos", params={"offset": 100}, headers=alice).json()
    assert past_end["items"] == [] and past_end["total"] == 45


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"limit": -1}, {"offset": -1}, {"limit": "many"}]
)
def test_pagination_bounds(client: TestClient, alice: Headers, params: dict) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422
