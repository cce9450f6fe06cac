import pytest
from fastapi.testclient import TestClient


def test_post_lifecycle(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=alice)
    assert r.status_code == 201
    post = r.json()
    assert post["author"] == "alice" and post["comment_count"] == 0

    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"

    r = client.patch(f"/posts/{post['id']}", json={"title": "Hello again"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Hello again" and r.json()["content"] == "World"

    assert client.delete(f"/posts/{post['id']}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_only_author_can_edit_or_delete(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    post = client.post("/posts", json={"title": "mine", "content": "x"}, headers=alice).json()
    assert client.patch(f"/posts/{post['id']}", json={"title": "yours"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "mine"


def test_missing_post(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/posts/404").status_code == 404
    assert client.patch("/posts/404", json={"title": "x"}, headers=alice).status_code == 404
    assert client.delete("/posts/404", headers=alice).status_code == 404
    assert client.get("/posts/abc").status_code == 422


@pytest.mark.parametrize(
    "body", [{}, {"title": "", "content": "x"}, {"title": "t"}, {"title": ["t"], "content": "x"}]
)
def test_post_validation(client: TestClient, alice: dict[str, str], body: dict) -> None:
    assert client.post("/posts", json=body, headers=alice).status_code == 422
    assert client.get("/posts").json() == []


def test_list_newest_first_and_paged(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(30):
        client.post("/posts", json={"title": f"p{i}", "content": "x"}, headers=alice)
    first = client.get("/posts").json()
    assert len(first) == 20 and first[0]["title"] == "p29"
    tail = client.get("/posts", params={"limit": 5, "offset": 27}).json()
    assert [p["title"] for p in tail] == ["p2", "p1", "p0"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
def test_list_bounds(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422
