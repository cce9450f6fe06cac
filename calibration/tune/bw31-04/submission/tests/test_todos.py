import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]


def _create(client: TestClient, headers: Headers, **body: object) -> dict[str, object]:
    body.setdefault("title", "Write tests")
    r = client.post("/todos", json=body, headers=headers)
    assert r.status_code == 201, r.text
    data: dict[str, object] = r.json()
    return data


# --- happy path ---------------------------------------------------------------------------


def test_create_todo(client: TestClient, alice: Headers) -> None:
    r = client.post("/todos", json={"title": "  Buy milk  ", "description": "2 l"}, headers=alice)
    assert r.status_code == 201
    body = r.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "Buy milk"
    assert body["description"] == "2 l"
    assert body["done"] is False


def test_get_todo(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice)
    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == todo["title"]


def test_partial_update_keeps_other_fields(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice, description="keep me")
    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["description"] == "keep me"
    assert r.json()["title"] == todo["title"]


def test_description_can_be_cleared(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice, description="temporary")
    r = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert r.status_code == 200
    assert r.json()["description"] is None


def test_delete_todo(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice)
    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


# --- pagination ---------------------------------------------------------------------------


def test_list_is_paginated_newest_first(client: TestClient, alice: Headers) -> None:
    ids = [_create(client, alice, title=f"t{i}")["id"] for i in range(5)]
    r = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice)
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 5
    assert page["limit"] == 2 and page["offset"] == 1
    assert [t["id"] for t in page["items"]] == [ids[3], ids[2]]


def test_list_defaults(client: TestClient, alice: Headers) -> None:
    r = client.get("/todos", headers=alice)
    assert r.json() == {"items": [], "total": 0, "limit": 20, "offset": 0}


def test_offset_past_the_end_is_empty(client: TestClient, alice: Headers) -> None:
    _create(client, alice)
    r = client.get("/todos", params={"offset": 50}, headers=alice)
    assert r.status_code == 200
    assert r.json()["items"] == []


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "many"}],
)
def test_pagination_out_of_range(
    client: TestClient, alice: Headers, params: dict[str, object]
) -> None:
    r = client.get("/todos", params=params, headers=alice)
    assert r.status_code == 422


# --- isolation between users --------------------------------------------------------------


def test_users_only_see_their_own_todos(client: TestClient, alice: Headers, bob: Headers) -> None:
    _create(client, alice, title="alice's")
    _create(client, bob, title="bob's")
    titles = [t["title"] for t in client.get("/todos", headers=alice).json()["items"]]
    assert titles == ["alice's"]


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_other_users_todo_is_404(
    client: TestClient, alice: Headers, bob: Headers, method: str
) -> None:
    todo = _create(client, alice)
    kwargs: dict[str, object] = {"headers": bob}
    if method == "patch":
        kwargs["json"] = {"done": True}
    r = client.request(method.upper(), f"/todos/{todo['id']}", **kwargs)  # type: ignore[arg-type]
    assert r.status_code == 404
    # and nothing changed for alice
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["done"] is False


# --- validation and errors ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
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
def test_create_validation(client: TestClient, alice: Headers, body: dict[str, object]) -> None:
    r = client.post("/todos", json=body, headers=alice)
    assert r.status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


@pytest.mark.parametrize("body", [{"title": None}, {"done": None}, {"title": ""}, {"id": 7}])
def test_update_validation(client: TestClient, alice: Headers, body: dict[str, object]) -> None:
    todo = _create(client, alice)
    r = client.patch(f"/todos/{todo['id']}", json=body, headers=alice)
    assert r.status_code == 422


def test_malformed_json_is_422(client: TestClient, alice: Headers) -> None:
    r = client.post(
        "/todos", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )
    assert r.status_code == 422


@pytest.mark.parametrize("path", ["/todos/999", "/todos/0"])
def test_missing_todo_is_404(client: TestClient, alice: Headers, path: str) -> None:
    assert client.get(path, headers=alice).status_code == 404
    assert client.patch(path, json={"done": True}, headers=alice).status_code == 404
    assert client.delete(path, headers=alice).status_code == 404


def test_non_integer_id_is_422(client: TestClient, alice: Headers) -> None:
    assert client.get("/todos/abc", headers=alice).status_code == 422


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/todos"),
        ("POST", "/todos"),
        ("GET", "/todos/1"),
        ("PATCH", "/todos/1"),
        ("DELETE", "/todos/1"),
    ],
)
def test_every_todo_route_requires_auth(client: TestClient, method: str, path: str) -> None:
    r = client.request(method, path, json={"title": "x"} if method in {"POST", "PATCH"} else None)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"
