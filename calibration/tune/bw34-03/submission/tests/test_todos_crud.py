import pytest


@pytest.mark.smoke
def test_create_returns_201_with_id(client, auth_headers):
    resp = client.post("/todos", json={"title": "Buy milk"}, headers=auth_headers)
    assert resp.status_code == 201
    body = resp.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "Buy milk"
    assert body["description"] is None
    assert body["done"] is False


@pytest.mark.smoke
def test_get_returns_200(client, auth_headers, create_todo):
    todo = create_todo(auth_headers)
    resp = client.get(f"/todos/{todo['id']}", headers=auth_headers)
    assert resp.status_code == 200
    assert resp.json() == todo


@pytest.mark.smoke
def test_patch_updates_only_given_fields(client, auth_headers, create_todo):
    todo = create_todo(auth_headers)
    resp = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=auth_headers)
    assert resp.status_code == 200
    body = resp.json()
    assert body["done"] is True
    assert body["title"] == todo["title"]
    assert body["description"] == todo["description"]


def test_patch_can_clear_description(client, auth_headers, create_todo):
    todo = create_todo(auth_headers)
    resp = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=auth_headers)
    assert resp.status_code == 200
    assert resp.json()["description"] is None


def test_patch_empty_body_is_noop(client, auth_headers, create_todo):
    todo = create_todo(auth_headers)
    resp = client.patch(f"/todos/{todo['id']}", json={}, headers=auth_headers)
    assert resp.status_code == 200
    assert resp.json()["title"] == todo["title"]


@pytest.mark.smoke
def test_delete_returns_204_and_empty_body(client, auth_headers, create_todo):
    todo = create_todo(auth_headers)
    resp = client.delete(f"/todos/{todo['id']}", headers=auth_headers)
    assert resp.status_code == 204
    assert resp.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).status_code == 404


@pytest.mark.negative
@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_nonexistent_todo_returns_404(client, auth_headers, method):
    kwargs = {"json": {"done": True}} if method == "PATCH" else {}
    resp = client.request(method, "/todos/424242", headers=auth_headers, **kwargs)
    assert resp.status_code == 404
    assert resp.json() == {"detail": "Todo not found"}


@pytest.mark.negative
def test_delete_twice_returns_404(client, auth_headers, create_todo):
    todo = create_todo(auth_headers)
    assert client.delete(f"/todos/{todo['id']}", headers=auth_headers).status_code == 204
    assert client.delete(f"/todos/{todo['id']}", headers=auth_headers).status_code == 404


@pytest.mark.negative
@pytest.mark.parametrize("todo_id", ["abc", "1.5", "%20"])
def test_non_integer_id_returns_422(client, auth_headers, todo_id):
    assert client.get(f"/todos/{todo_id}", headers=auth_headers).status_code == 422
