import pytest

pytestmark = pytest.mark.security


def test_list_only_shows_own_todos(client, auth_headers, other_headers, create_todo):
    create_todo(auth_headers, title="alice's")
    create_todo(other_headers, title="mallory's")
    titles = [t["title"] for t in client.get("/todos", headers=auth_headers).json()["items"]]
    assert titles == ["alice's"]


def test_cannot_read_other_users_todo(client, auth_headers, other_headers, create_todo):
    todo = create_todo(auth_headers)
    assert client.get(f"/todos/{todo['id']}", headers=other_headers).status_code == 404


def test_cannot_update_other_users_todo(client, auth_headers, other_headers, create_todo):
    todo = create_todo(auth_headers)
    resp = client.patch(f"/todos/{todo['id']}", json={"title": "pwned"}, headers=other_headers)
    assert resp.status_code == 404
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).json()["title"] == "Buy milk"


def test_cannot_delete_other_users_todo(client, auth_headers, other_headers, create_todo):
    todo = create_todo(auth_headers)
    assert client.delete(f"/todos/{todo['id']}", headers=other_headers).status_code == 404
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).status_code == 200


@pytest.mark.parametrize(
    "method, path",
    [("POST", "/todos"), ("GET", "/todos"), ("GET", "/todos/1"), ("PATCH", "/todos/1"),
     ("DELETE", "/todos/1"), ("GET", "/auth/me")],
)
def test_every_protected_route_requires_token(client, method, path):
    kwargs = {"json": {"title": "x"}} if method in ("POST", "PATCH") else {}
    assert client.request(method, path, **kwargs).status_code == 401
