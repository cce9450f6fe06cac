import pytest
from fastapi.testclient import TestClient

from app.models import Todo, User

AuthHeaders = dict[str, str]


# --------------------------------------------------------------------------- create


def test_create_todo_returns_201_with_id(client: TestClient, alice_headers: AuthHeaders) -> None:
    resp = client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=alice_headers
    )

    assert resp.status_code == 201
    body = resp.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "Buy milk"
    assert body["description"] == "2 litres"
    assert body["done"] is False


def test_create_todo_description_is_optional(
    client: TestClient, alice_headers: AuthHeaders
) -> None:
    resp = client.post("/todos", json={"title": "Just a title"}, headers=alice_headers)

    assert resp.status_code == 201
    assert resp.json()["description"] is None


def test_create_todo_is_owned_by_caller(
    client: TestClient, db_session, alice: User, alice_headers: AuthHeaders
) -> None:
    resp = client.post("/todos", json={"title": "mine"}, headers=alice_headers)

    stored = db_session.get(Todo, resp.json()["id"])
    assert stored.owner_id == alice.id


def test_create_todo_ignores_owner_id_in_body(
    client: TestClient, db_session, alice: User, bob: User, alice_headers: AuthHeaders
) -> None:
    resp = client.post(
        "/todos", json={"title": "sneaky", "owner_id": bob.id}, headers=alice_headers
    )

    assert resp.status_code == 201
    assert db_session.get(Todo, resp.json()["id"]).owner_id == alice.id


@pytest.mark.validation
@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({}, id="missing-title"),
        pytest.param({"title": ""}, id="empty-title"),
        pytest.param({"title": "x" * 201}, id="title-too-long"),
        pytest.param({"title": None}, id="null-title"),
        pytest.param({"title": ["a", "list"]}, id="title-wrong-type"),
        pytest.param({"title": "ok", "done": "maybe"}, id="done-not-bool"),
        pytest.param({"title": "ok", "description": "d" * 2001}, id="description-too-long"),
        pytest.param({"title": "ok", "description": 42}, id="description-wrong-type"),
    ],
)
def test_create_todo_invalid_payload_is_422(
    client: TestClient, db_session, alice_headers: AuthHeaders, payload: dict
) -> None:
    resp = client.post("/todos", json=payload, headers=alice_headers)

    assert resp.status_code == 422
    assert db_session.query(Todo).count() == 0, "invalid input must not be stored"


def test_create_todo_without_token_is_401(client: TestClient) -> None:
    resp = client.post("/todos", json={"title": "anon"})

    assert resp.status_code == 401


# --------------------------------------------------------------------------- read


def test_read_own_todo(client: TestClient, todo_factory, alice: User, alice_headers) -> None:
    todo = todo_factory(owner=alice, title="read me")

    resp = client.get(f"/todos/{todo.id}", headers=alice_headers)

    assert resp.status_code == 200
    assert resp.json()["title"] == "read me"


def test_read_missing_todo_is_404(client: TestClient, alice_headers: AuthHeaders) -> None:
    resp = client.get("/todos/9999", headers=alice_headers)

    assert resp.status_code == 404
    assert resp.json() == {"detail": "Todo not found"}


@pytest.mark.parametrize("bad_id", ["abc", "1.5", "None"])
def test_read_non_integer_id_is_422(
    client: TestClient, alice_headers: AuthHeaders, bad_id: str
) -> None:
    resp = client.get(f"/todos/{bad_id}", headers=alice_headers)

    assert resp.status_code == 422


# --------------------------------------------------------------------------- update


@pytest.mark.parametrize(
    ("patch", "expected"),
    [
        pytest.param({"done": True}, {"done": True, "title": "orig"}, id="mark-done"),
        pytest.param({"title": "renamed"}, {"title": "renamed", "done": False}, id="rename"),
        pytest.param({"description": None}, {"description": None}, id="clear-description"),
        pytest.param(
            {"title": "both", "done": True}, {"title": "both", "done": True}, id="two-fields"
        ),
        pytest.param({}, {"title": "orig", "done": False}, id="empty-patch-is-noop"),
    ],
)
def test_update_todo(
    client: TestClient,
    todo_factory,
    alice: User,
    alice_headers: AuthHeaders,
    patch: dict,
    expected: dict,
) -> None:
    todo = todo_factory(owner=alice, title="orig", done=False)

    resp = client.patch(f"/todos/{todo.id}", json=patch, headers=alice_headers)

    assert resp.status_code == 200
    body = resp.json()
    for key, value in expected.items():
        assert body[key] == value


@pytest.mark.validation
@pytest.mark.parametrize(
    "patch",
    [
        pytest.param({"title": None}, id="null-title"),
        pytest.param({"title": ""}, id="empty-title"),
        pytest.param({"done": None}, id="null-done"),
        pytest.param({"done": "yes please"}, id="done-wrong-type"),
    ],
)
def test_update_todo_invalid_payload_is_422_and_nothing_changes(
    client: TestClient, db_session, todo_factory, alice: User, alice_headers, patch: dict
) -> None:
    todo = todo_factory(owner=alice, title="keep me", done=False)

    resp = client.patch(f"/todos/{todo.id}", json=patch, headers=alice_headers)

    assert resp.status_code == 422
    db_session.refresh(todo)
    assert todo.title == "keep me"
    assert todo.done is False


def test_update_missing_todo_is_404(client: TestClient, alice_headers: AuthHeaders) -> None:
    resp = client.patch("/todos/424242", json={"done": True}, headers=alice_headers)

    assert resp.status_code == 404


# --------------------------------------------------------------------------- delete


def test_delete_todo_is_204_and_then_gone(
    client: TestClient, todo_factory, alice: User, alice_headers: AuthHeaders
) -> None:
    todo = todo_factory(owner=alice)

    resp = client.delete(f"/todos/{todo.id}", headers=alice_headers)

    assert resp.status_code == 204
    assert resp.content == b""
    assert client.get(f"/todos/{todo.id}", headers=alice_headers).status_code == 404


def test_delete_twice_is_404(
    client: TestClient, todo_factory, alice: User, alice_headers: AuthHeaders
) -> None:
    todo = todo_factory(owner=alice)
    client.delete(f"/todos/{todo.id}", headers=alice_headers)

    resp = client.delete(f"/todos/{todo.id}", headers=alice_headers)

    assert resp.status_code == 404


# --------------------------------------------------------------------------- isolation


@pytest.mark.parametrize(
    ("method", "json"),
    [
        pytest.param("GET", None, id="read"),
        pytest.param("PATCH", {"done": True}, id="update"),
        pytest.param("DELETE", None, id="delete"),
    ],
)
def test_other_users_todo_looks_like_404(
    client: TestClient,
    db_session,
    todo_factory,
    alice: User,
    bob_headers: AuthHeaders,
    method: str,
    json: dict | None,
) -> None:
    todo = todo_factory(owner=alice, done=False)

    resp = client.request(method, f"/todos/{todo.id}", json=json, headers=bob_headers)

    assert resp.status_code == 404
    db_session.refresh(todo)
    assert todo.done is False


def test_list_only_shows_own_todos(
    client: TestClient, todo_factory, alice: User, bob: User, alice_headers: AuthHeaders
) -> None:
    todo_factory.create_batch(3, owner=alice)
    todo_factory.create_batch(2, owner=bob)

    resp = client.get("/todos", headers=alice_headers)

    assert resp.status_code == 200
    assert len(resp.json()) == 3
