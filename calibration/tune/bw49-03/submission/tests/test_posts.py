import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthActions


def _create_post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    response = client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_and_read(client: TestClient, auth: AuthActions) -> None:
    headers = auth.user("alice")
    post = _create_post(client, headers)
    assert post["author"]["username"] == "alice"
    assert post["comment_count"] == 0

    response = client.get(f"/posts/{post['id']}")
    assert response.status_code == 200
    assert response.json()["title"] == "Hello"


def test_create_requires_auth(client: TestClient) -> None:
    response = client.post("/posts", json={"title": "x", "content": "y"})
    assert response.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "", "content": "y"}, {"title": "x"}, {"title": 123, "content": ["y"]}],
)
def test_create_validation(client: TestClient, auth: AuthActions, payload: dict) -> None:
    headers = auth.user("alice")
    assert client.post("/posts", json=payload, headers=headers).status_code == 422
    assert client.get("/posts").json() == []


def test_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


def test_list_pagination(client: TestClient, auth: AuthActions) -> None:
    headers = auth.user("alice")
    for i in range(5):
        _create_post(client, headers, title=f"post {i}")
    response = client.get("/posts", params={"limit": 2, "offset": 1})
    assert response.status_code == 200
    assert [p["title"] for p in response.json()] == ["post 3", "post 2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
def test_list_pagination_bounds(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_author_can_update_and_delete(client: TestClient, auth: AuthActions) -> None:
    headers = auth.user("alice")
    post = _create_post(client, headers)

    response = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["content"] == "Body"

    assert client.delete(f"/posts/{post['id']}", headers=headers).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_other_user_cannot_edit_or_delete(client: TestClient, auth: AuthActions) -> None:
    post = _create_post(client, auth.user("alice"))
    bob = auth.user("bob")

    response = client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=bob)
    assert response.status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_update_missing_post(client: TestClient, auth: AuthActions) -> None:
    headers = auth.user("alice")
    assert client.patch("/posts/42", json={"title": "x"}, headers=headers).status_code == 404
    assert client.delete("/posts/42", headers=headers).status_code == 404
