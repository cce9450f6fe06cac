import pytest
from fastapi.testclient import TestClient

from tests.conftest import Headers


def test_comment(client: TestClient, bob: Headers, post_id: int) -> None:
    r = client.post(f"/posts/{post_id}/comments", json={"body": "nice"}, headers=bob)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] >= 1
    assert body["post_id"] == post_id
    assert body["author"] == "bob"
    assert client.get(f"/posts/{post_id}").json()["comment_count"] == 1


def test_comment_requires_auth(client: TestClient, post_id: int) -> None:
    assert client.post(f"/posts/{post_id}/comments", json={"body": "x"}).status_code == 401


def test_comment_on_missing_post(client: TestClient, bob: Headers) -> None:
    assert client.post("/posts/999/comments", json={"body": "x"}, headers=bob).status_code == 404


@pytest.mark.parametrize("body", [{}, {"body": ""}, {"body": "  "}, {"body": 1}, {"body": "x" * 10_001}])
def test_comment_invalid(client: TestClient, bob: Headers, post_id: int, body: dict[str, object]) -> None:
    assert client.post(f"/posts/{post_id}/comments", json=body, headers=bob).status_code == 422
    assert client.get(f"/posts/{post_id}/comments").json()["total"] == 0


def test_list_comments_public_and_paged(
    client: TestClient, alice: Headers, bob: Headers, post_id: int
) -> None:
    for i, who in enumerate([alice, bob, alice]):
        client.post(f"/posts/{post_id}/comments", json={"body": f"c{i}"}, headers=who)

    r = client.get(f"/posts/{post_id}/comments", params={"limit": 2})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 3
    assert [(c["body"], c["author"]) for c in page["items"]] == [("c0", "alice"), ("c1", "bob")]

    r = client.get(f"/posts/{post_id}/comments", params={"offset": 2})
    assert [c["body"] for c in r.json()["items"]] == ["c2"]


def test_list_comments_missing_post(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -5}])
def test_list_comments_bad_params(client: TestClient, post_id: int, params: dict[str, int]) -> None:
    assert client.get(f"/posts/{post_id}/comments", params=params).status_code == 422
