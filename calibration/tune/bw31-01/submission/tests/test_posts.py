import pytest
from fastapi.testclient import TestClient

from tests.conftest import RegisterFn

POST = {"title": "Hello", "content": "First post."}


def test_anyone_can_list_posts(client: TestClient) -> None:
    response = client.get("/posts")
    assert response.status_code == 200
    assert response.json() == {"items": [], "total": 0, "limit": 20, "offset": 0}


def test_create_requires_authentication(client: TestClient) -> None:
    assert client.post("/posts", json=POST).status_code == 401


def test_create_and_read_post(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    created = client.post("/posts", json=POST, headers=headers)
    assert created.status_code == 201
    post = created.json()
    assert post["title"] == "Hello"
    assert post["author"]["username"] == "ada"
    assert post["comment_count"] == 0

    fetched = client.get(f"/posts/{post['id']}")
    assert fetched.status_code == 200
    assert fetched.json() == post


@pytest.mark.parametrize(
    "payload",
    [{"content": "no title"}, {"title": "", "content": "x"}, {"title": "x"}, {"title": 1, "content": []}],
)
def test_create_rejects_malformed_post(
    client: TestClient, auth_headers: RegisterFn, payload: dict[str, object]
) -> None:
    headers = auth_headers("ada")
    assert client.post("/posts", json=payload, headers=headers).status_code == 422
    assert client.get("/posts").json()["total"] == 0


def test_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


def test_non_integer_id_is_422(client: TestClient) -> None:
    assert client.get("/posts/abc").status_code == 422


def test_author_can_update(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    post_id = client.post("/posts", json=POST, headers=headers).json()["id"]
    response = client.patch(f"/posts/{post_id}", json={"title": "Edited"}, headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["content"] == POST["content"]


def test_empty_update_is_422(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    post_id = client.post("/posts", json=POST, headers=headers).json()["id"]
    assert client.patch(f"/posts/{post_id}", json={}, headers=headers).status_code == 422


def test_other_user_cannot_update_or_delete(client: TestClient, auth_headers: RegisterFn) -> None:
    ada = auth_headers("ada")
    bob = auth_headers("bob")
    post_id = client.post("/posts", json=POST, headers=ada).json()["id"]
    assert client.patch(f"/posts/{post_id}", json={"title": "x"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post_id}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post_id}").json()["title"] == "Hello"


def test_update_without_token_is_401(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    post_id = client.post("/posts", json=POST, headers=headers).json()["id"]
    assert client.patch(f"/posts/{post_id}", json={"title": "x"}).status_code == 401


def test_delete_post(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    post_id = client.post("/posts", json=POST, headers=headers).json()["id"]
    response = client.delete(f"/posts/{post_id}", headers=headers)
    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/posts/{post_id}").status_code == 404
    assert client.delete(f"/posts/{post_id}", headers=headers).status_code == 404


def test_pagination(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    for i in range(5):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=headers)
    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 5
    assert [p["title"] for p in page["items"]] == ["p3", "p2"]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}]
)
def test_pagination_bounds(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/posts", params=params).status_code == 422
