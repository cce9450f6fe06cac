from fastapi.testclient import TestClient


def test_comment_flow(client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "first!"}, headers=bob)
    assert r.status_code == 201 and r.json()["author"] == "bob"

    comments = client.get(f"/posts/{post['id']}/comments").json()
    assert [c["body"] for c in comments] == ["first!"]
    assert client.get(f"/posts/{post['id']}").json()["comment_count"] == 1


def test_comment_errors(client: TestClient, alice: dict[str, str]) -> None:
    assert client.post("/posts/99/comments", json={"body": "x"}, headers=alice).status_code == 404
    assert client.get("/posts/99/comments").status_code == 404
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    assert client.post(f"/posts/{post['id']}/comments", json={"body": "x"}).status_code == 401
    assert client.post(f"/posts/{post['id']}/comments", json={"body": ""}, headers=alice).status_code == 422
    assert client.get(f"/posts/{post['id']}/comments", params={"limit": 500}).status_code == 422


def test_comments_go_away_with_post(client: TestClient, alice: dict[str, str]) -> None:
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    client.post(f"/posts/{post['id']}/comments", json={"body": "x"}, headers=alice)
    client.delete(f"/posts/{post['id']}", headers=alice)
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
