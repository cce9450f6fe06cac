import pytest

EXPECTED_FIELDS = {"id", "title", "description", "done", "created_at", "updated_at"}


# ---------- create ----------

@pytest.mark.smoke
def test_create_todo_returns_201_with_id(client, auth_headers):
    response = client.post("/todos", json={"title": "Write tests"}, headers=auth_headers)
    assert response.status_code == 201
    body = response.json()
    assert set(body) == EXPECTED_FIELDS
    assert body["id"] >= 1
    assert body["title"] == "Write tests"


def test_create_todo_defaults(client, auth_headers):
    body = client.post("/todos", json={"title": "Only a title"}, headers=auth_headers).json()
    assert body["description"] is None
    assert body["done"] is False


@pytest.mark.parametrize("done", [True, False])
def test_create_todo_with_done_flag(client, auth_headers, done):
    body = client.post("/todos", json={"title": "x", "done": done}, headers=auth_headers).json()
    assert body["done"] is done


@pytest.mark.negative
@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({}, id="empty"),
        pytest.param({"description": "no title"}, id="missing-title"),
        pytest.param({"title": None}, id="null-title"),
        pytest.param({"title": ""}, id="empty-title"),
        pytest.param({"title": 42}, id="int-title"),
        pytest.param({"title": ["a"]}, id="list-title"),
        pytest.param({"title": "ok", "done": "maybe"}, id="string-done"),
        pytest.param({"title": "ok", "done": [True]}, id="list-done"),
        pytest.param({"title": "ok", "description": 5}, id="int-description"),
        pytest.param({"title": "ok", "description": {"a": 1}}, id="dict-description"),
    ],
)
def test_create_todo_invalid_payload_returns_422(client, auth_headers, payload):
    response = client.post("/todos", json=payload, headers=auth_headers)
    assert response.status_code == 422
    assert response.json()["detail"]


@pytest.mark.negative
def test_invalid_todo_is_not_stored(client, auth_headers):
    client.post("/todos", json={"title": ""}, headers=auth_headers)
    assert client.get("/todos", headers=auth_headers).json()["total"] == 0


@pytest.mark.boundary
@pytest.mark.parametrize(
    "length,expected", [(1, 201), (200, 201), (0, 422), (201, 422)], ids=["min", "max", "min-1", "max+1"]
)
def test_title_length_boundaries(client, auth_headers, length, expected):
    response = client.post("/todos", json={"title": "t" * length}, headers=auth_headers)
    assert response.status_code == expected


@pytest.mark.boundary
@pytest.mark.parametrize("length,expected", [(0, 201), (1000, 201), (1001, 422)], ids=["empty", "max", "max+1"])
def test_description_length_boundaries(client, auth_headers, length, expected):
    response = client.post("/todos", json={"title": "t", "description": "d" * length}, headers=auth_headers)
    assert response.status_code == expected


# ---------- read ----------

@pytest.mark.smoke
def test_get_own_todo(client, auth_headers, todo_factory):
    todo = todo_factory()
    response = client.get(f"/todos/{todo['id']}", headers=auth_headers)
    assert response.status_code == 200
    assert response.json() == todo


@pytest.mark.negative
def test_get_missing_todo_returns_404(client, auth_headers):
    response = client.get("/todos/9999", headers=auth_headers)
    assert response.status_code == 404
    assert response.json()["detail"] == "Todo not found"


@pytest.mark.negative
@pytest.mark.parametrize(
    "todo_id",
    ["0", "-1", "abc", "1.5", str(2**63), str(10**30)],
    ids=["zero", "negative", "text", "float", "int64-overflow", "huge"],
)
def test_get_invalid_id_returns_422(client, auth_headers, todo_id):
    response = client.get(f"/todos/{todo_id}", headers=auth_headers)
    assert response.status_code == 422


# ---------- update ----------

@pytest.mark.smoke
def test_update_todo_returns_200(client, auth_headers, todo_factory):
    todo = todo_factory()
    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=auth_headers)
    assert response.status_code == 200
    assert response.json()["done"] is True


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "New title"},
        {"description": "New description"},
        {"description": None},
        {"done": True},
        {"title": "All", "description": "fields", "done": True},
        {},
    ],
    ids=["title", "description", "clear-description", "done", "all-fields", "no-op"],
)
def test_partial_update_changes_only_given_fields(client, auth_headers, todo_factory, changes):
    todo = todo_factory()
    response = client.patch(f"/todos/{todo['id']}", json=changes, headers=auth_headers)
    assert response.status_code == 200
    body = response.json()
    for field in ("title", "description", "done"):
        expected = changes[field] if field in changes else todo[field]
        assert body[field] == expected


def test_update_is_persisted(client, auth_headers, todo_factory):
    todo = todo_factory()
    client.patch(f"/todos/{todo['id']}", json={"title": "Persisted"}, headers=auth_headers)
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).json()["title"] == "Persisted"


@pytest.mark.negative
@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"title": None}, id="null-title"),
        pytest.param({"title": ""}, id="empty-title"),
        pytest.param({"title": "t" * 201}, id="long-title"),
        pytest.param({"done": None}, id="null-done"),
        pytest.param({"done": "maybe"}, id="string-done"),
        pytest.param({"description": 1}, id="int-description"),
    ],
)
def test_update_invalid_payload_returns_422(client, auth_headers, todo_factory, changes):
    todo = todo_factory()
    response = client.patch(f"/todos/{todo['id']}", json=changes, headers=auth_headers)
    assert response.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).json() == todo


@pytest.mark.negative
def test_update_missing_todo_returns_404(client, auth_headers):
    response = client.patch("/todos/9999", json={"done": True}, headers=auth_headers)
    assert response.status_code == 404


# ---------- delete ----------

@pytest.mark.smoke
def test_delete_todo_returns_204_and_empty_body(client, auth_headers, todo_factory):
    todo = todo_factory()
    response = client.delete(f"/todos/{todo['id']}", headers=auth_headers)
    assert response.status_code == 204
    assert response.content == b""


def test_deleted_todo_is_gone(client, auth_headers, todo_factory):
    todo = todo_factory()
    client.delete(f"/todos/{todo['id']}", headers=auth_headers)
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).status_code == 404


@pytest.mark.negative
def test_delete_twice_returns_404(client, auth_headers, todo_factory):
    todo = todo_factory()
    client.delete(f"/todos/{todo['id']}", headers=auth_headers)
    assert client.delete(f"/todos/{todo['id']}", headers=auth_headers).status_code == 404


@pytest.mark.negative
def test_delete_missing_todo_returns_404(client, auth_headers):
    assert client.delete("/todos/12345", headers=auth_headers).status_code == 404
