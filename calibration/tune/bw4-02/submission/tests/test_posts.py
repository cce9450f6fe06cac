import pytest
from fastapi.testclient import TestClient


def test_create_post(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/posts", json={"title": " Title ", "content": "Body"}, headers=alice)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] > 0
    assert body["title"] == "Title"
    assert body["author"] == "alice"


def test_create_post_requires_auth(client: TestClient) -> None:
    r = client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "t"}, {"content": "c"}, {"title": "", "content": "c"}, {"title": "t", "content": ""},
     {"title": "x" * 201, "content": "c"}, {"title": ["t"], "content": "c"}],
)
def test_create_post_validation(client: TestClient, alice: dict[str, str], payload: dict) -> None:
    r = client.post("/posts", json=payload, headers=alice)
    assert r.status_code == 422
    assert client.get("/posts").json()["total"] == 0


def test_read_post_is_public(client: TestClient, post_id: int) -> None:
    r = client.get(f"/posts/{post_id}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


def test_read_missing_post(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


def test_non_integer_id(client: TestClient) -> None:
    assert client.get("/posts/abc").status_code == 422


def test_list_pagination(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(5):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=alice)
    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 5
    assert page["limit"] == 2 and page["offset"] == 1
    assert [p["title"] for p in page["items"]] == ["p3", "p2"]  # newest first


def test_list_order_by_title(client: TestClient, alice: dict[str, str]) -> None:
    for t in ["banana", "Apple", "cherry"]:
        client.post("/posts", json={"title": t, "content": "c"}, headers=alice)
    titles = [p["title"] for p in client.get("/posts", params={"order": "title"}).json()["items"]]
    assert titles == ["Apple", "banana", "cherry"]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}, {"order": "id; DROP TABLE posts"}],
)
def test_list_rejects_bad_params(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_author_can_update(client: TestClient, alice: dict[str, str], post_id: int) -> None:
    r = client.patch(f"/posts/{post_id}", json={"content": "edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["content"] == "edited"
    assert r.json()["title"] == "Hello"


def test_other_user_cannot_update(client: TestClient, bob: dict[str, str], post_id: int) -> None:
    r = client.patch(f"/posts/{post_id}", json={"title": "hijacked"}, headers=bob)
    assert r.status_code == 403
    assert client.get(f"/posts/{post_id}").json()["title"] == "Hello"


def test_update_requires_auth(client: TestClient, post_id: int) -> None:
    assert client.patch(f"/posts/{post_id}", json={"title": "x"}).status_code == 401


def test_update_missing_post(client: TestClient, alice: dict[str, str]) -> None:
    assert client.patch("/posts/999", json={"title": "x"}, headers=alice).status_code == 404


def test_update_validation(client: TestClient, alice: dict[str, str], post_id: int) -> None:
    assert client.patch(f"/posts/{post_id}", json={"title": ""}, headers=alice).status_code == 422


def test_other_user_cannot_delete(client: TestClient, bob: dict[str, str], post_id: int) -> None:
    assert client.delete(f"/posts/{post_id}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post_id}").status_code == 200


def test_author_can_delete(client: TestClient, alice: dict[str, str], post_id: int) -> None:
    r = client.delete(f"/posts/{post_id}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{post_id}").status_code == 404
    assert client.delete(f"/posts/{post_id}", headers=alice).status_code == 404
