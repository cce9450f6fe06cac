import pytest
from fastapi.testclient import TestClient


def test_list_is_public_and_empty(client: TestClient) -> None:
    r = client.get("/posts")
    assert r.status_code == 200
    assert r.json() == {"items": [], "total": 0, "limit": 20, "offset": 0}


def test_create_requires_auth(client: TestClient) -> None:
    r = client.post("/posts", json={"title": "Hi", "content": "There"})
    assert r.status_code == 401


def test_create_post(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/posts", json={"title": "  Hello  ", "content": "World"}, headers=alice)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] > 0
    assert body["title"] == "Hello"
    assert body["author_username"] == "alice"
    assert body["comment_count"] == 0


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": "No content"},
        {"content": "No title"},
        {"title": "", "content": "x"},
        {"title": "   ", "content": "x"},
        {"title": 123, "content": "x"},
        {"title": "x" * 201, "content": "x"},
    ],
)
def test_create_post_validation(client: TestClient, alice: dict[str, str], payload: dict) -> None:
    r = client.post("/posts", json=payload, headers=alice)
    assert r.status_code == 422
    assert client.get("/posts").json()["total"] == 0


def test_get_post(client: TestClient, post_id: int) -> None:
    r = client.get(f"/posts/{post_id}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


def test_get_missing_post(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


def test_get_post_bad_id(client: TestClient) -> None:
    assert client.get("/posts/abc").status_code == 422


def test_author_can_update(client: TestClient, alice: dict[str, str], post_id: int) -> None:
    r = client.patch(f"/posts/{post_id}", json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["content"] == "First post."


def test_other_user_cannot_update(client: TestClient, bob: dict[str, str], post_id: int) -> None:
    r = client.patch(f"/posts/{post_id}", json={"title": "Hacked"}, headers=bob)
    assert r.status_code == 403
    assert client.get(f"/posts/{post_id}").json()["title"] == "Hello"


def test_update_requires_auth(client: TestClient, post_id: int) -> None:
    assert client.patch(f"/posts/{post_id}", json={"title": "x"}).status_code == 401


def test_update_rejects_null_title(client: TestClient, alice: dict[str, str], post_id: int) -> None:
    r = client.patch(f"/posts/{post_id}", json={"title": None}, headers=alice)
    assert r.status_code == 422


def test_update_missing_post(client: TestClient, alice: dict[str, str]) -> None:
    assert client.patch("/posts/999", json={"title": "x"}, headers=alice).status_code == 404


def test_other_user_cannot_delete(client: TestClient, bob: dict[str, str], post_id: int) -> None:
    assert client.delete(f"/posts/{post_id}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post_id}").status_code == 200


def test_author_can_delete(client: TestClient, alice: dict[str, str], post_id: int) -> None:
    r = client.delete(f"/posts/{post_id}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{post_id}").status_code == 404


def test_delete_post_removes_its_comments(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], post_id: int
) -> None:
    client.post(f"/posts/{post_id}/comments", json={"body": "Nice"}, headers=bob)
    assert client.delete(f"/posts/{post_id}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post_id}/comments").status_code == 404


def test_pagination(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(5):
        client.post("/posts", json={"title": f"Post {i}", "content": "x"}, headers=alice)

    r = client.get("/posts", params={"limit": 2, "offset": 0})
    body = r.json()
    assert body["total"] == 5
    assert [p["title"] for p in body["items"]] == ["Post 4", "Post 3"]

    r = client.get("/posts", params={"limit": 2, "offset": 4})
    assert [p["title"] for p in r.json()["items"]] == ["Post 0"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_pagination_bounds(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_filter_by_author(client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
    client.post("/posts", json={"title": "A", "content": "x"}, headers=alice)
    client.post("/posts", json={"title": "B", "content": "x"}, headers=bob)
    r = client.get("/posts", params={"author": "bob"})
    assert [p["title"] for p in r.json()["items"]] == ["B"]
