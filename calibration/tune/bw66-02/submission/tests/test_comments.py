import pytest
from fastapi.testclient import TestClient


def test_add_comment(client: TestClient, post, stranger) -> None:
    r = client.post(
        f"/posts/{post['id']}/comments", json={"body": "Great read"}, headers=stranger["headers"]
    )
    assert r.status_code == 201
    body = r.json()
    assert body["id"] > 0
    assert body["post_id"] == post["id"]
    assert body["author"] == "stranger"


def test_add_comment_requires_login(client: TestClient, post) -> None:
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "anon"})
    assert r.status_code == 401


def test_add_comment_to_missing_post(client: TestClient, author) -> None:
    r = client.post("/posts/4040/comments", json={"body": "hello?"}, headers=author["headers"])
    assert r.status_code == 404


@pytest.mark.parametrize(
    "body",
    [{}, {"body": ""}, {"body": "x" * 2001}, {"body": None}, {"body": 42}],
    ids=["missing", "empty", "too-long", "null", "int"],
)
def test_add_comment_validation(client: TestClient, post, author, body: dict) -> None:
    r = client.post(f"/posts/{post['id']}/comments", json=body, headers=author["headers"])
    assert r.status_code == 422


def test_list_comments_public(client: TestClient, post, make_comment) -> None:
    make_comment(post["id"], body="first")
    make_comment(post["id"], body="second")
    r = client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [c["body"] for c in r.json()] == ["first", "second"]


def test_list_comments_only_for_that_post(client: TestClient, make_post, make_comment) -> None:
    p1 = make_post()
    p2 = make_post()
    make_comment(p1["id"])
    make_comment(p2["id"])
    make_comment(p2["id"])
    assert len(client.get(f"/posts/{p1['id']}/comments").json()) == 1
    assert len(client.get(f"/posts/{p2['id']}/comments").json()) == 2


def test_list_comments_missing_post(client: TestClient) -> None:
    assert client.get("/posts/777/comments").status_code == 404


def test_comment_count_on_single_post(client: TestClient, post, make_comment) -> None:
    for _ in range(3):
        make_comment(post["id"])
    assert client.get(f"/posts/{post['id']}").json()["comment_count"] == 3
