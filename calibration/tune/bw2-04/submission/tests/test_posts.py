from collections.abc import Callable

from fastapi.testclient import TestClient

Headers = dict[str, str]


def test_post_lifecycle(client: TestClient, signup: Callable[[], Headers]) -> None:
    h = signup()
    r = client.post("/posts", json={"title": " Hello ", "content": "World"}, headers=h)
    assert r.status_code == 201
    post = r.json()
    assert post["title"] == "Hello"

    assert client.get(f"/posts/{post['id']}").status_code == 200  # public read
    r = client.patch(f"/posts/{post['id']}", json={"content": "Edited"}, headers=h)
    assert r.status_code == 200 and r.json()["content"] == "Edited" and r.json()["updated_at"]
    assert client.delete(f"/posts/{post['id']}", headers=h).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_only_author_may_modify(client: TestClient, signup: Callable[[], Headers]) -> None:
    alice, bob = signup(), signup()
    pid = client.post("/posts", json={"title": "a", "content": "b"}, headers=alice).json()["id"]
    assert client.patch(f"/posts/{pid}", json={"title": "x"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{pid}", headers=bob).status_code == 403
    assert client.get(f"/posts/{pid}").json()["title"] == "a"


def test_missing_post_is_404(client: TestClient, signup: Callable[[], Headers]) -> None:
    h = signup()
    assert client.get("/posts/42").status_code == 404
    assert client.patch("/posts/42", json={"title": "x"}, headers=h).status_code == 404
    assert client.delete("/posts/42", headers=h).status_code == 404
    assert client.get("/posts/42/comments").status_code == 404
    assert client.post("/posts/42/comments", json={"content": "x"}, headers=h).status_code == 404


def test_post_validation(client: TestClient, signup: Callable[[], Headers]) -> None:
    h = signup()
    for body in ({"title": "t"}, {"title": "   ", "content": "c"}, {"title": 5, "content": "c"},
                 {"title": "t", "content": "c", "author_id": 2}):
        assert client.post("/posts", json=body, headers=h).status_code == 422, body
    assert client.patch("/posts/1", json={"title": ""}, headers=h).status_code == 422


def test_listing_pagination_and_sort(client: TestClient, signup: Callable[[], Headers]) -> None:
    h = signup()
    for t in ("b", "c", "a"):
        client.post("/posts", json={"title": t, "content": "x"}, headers=h)
    page = client.get("/posts", params={"sort": "title", "order": "asc", "limit": 2}).json()
    assert [p["title"] for p in page["items"]] == ["a", "b"] and page["total"] == 3
    page = client.get("/posts", params={"sort": "title", "order": "asc", "offset": 2}).json()
    assert [p["title"] for p in page["items"]] == ["c"]
    for params in ({"limit": 0}, {"limit": 51}, {"offset": -1}, {"sort": "id; DROP TABLE posts"}):
        assert client.get("/posts", params=params).status_code == 422, params


def test_comments(client: TestClient, signup: Callable[[], Headers]) -> None:
    alice, bob = signup(), signup()
    pid = client.post("/posts", json={"title": "a", "content": "b"}, headers=alice).json()["id"]
    assert client.post(f"/posts/{pid}/comments", json={"content": "hi"}).status_code == 401
    r = client.post(f"/posts/{pid}/comments", json={"content": "hi"}, headers=bob)
    assert r.status_code == 201 and r.json()["post_id"] == pid
    assert client.post(f"/posts/{pid}/comments", json={"content": ""}, headers=bob).status_code == 422
    page = client.get(f"/posts/{pid}/comments").json()
    assert page["total"] == 1 and page["items"][0]["content"] == "hi"
    assert client.get(f"/posts/{pid}/comments", params={"limit": 500}).status_code == 422
