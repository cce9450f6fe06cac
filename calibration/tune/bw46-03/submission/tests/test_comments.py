import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders


def test_comment_and_list(client: TestClient, auth: AuthHeaders, post_id: int) -> None:
    h = auth("bob")
    r = client.post(f"/posts/{post_id}/comments", json={"content": "Nice post"}, headers=h)
    assert r.status_code == 201
    comment = r.json()
    assert comment["post_id"] == post_id
    assert comment["author"]["username"] == "bob"

    page = client.get(f"/posts/{post_id}/comments").json()  # public
    assert page["total"] == 1
    assert page["items"] == [comment]


def test_comment_requires_auth(client: TestClient, post_id: int) -> None:
    r = client.post(f"/posts/{post_id}/comments", json={"content": "anon"})
    assert r.status_code == 401


def test_comment_on_missing_post_is_404(client: TestClient, auth: AuthHeaders) -> None:
    r = client.post("/posts/999/comments", json={"content": "hello?"}, headers=auth())
    assert r.status_code == 404
    assert client.get("/posts/999/comments").status_code == 404


@pytest.mark.parametrize("body", [{}, {"content": "  "}, {"content": "x" * 2001}, {"content": 7}])
def test_comment_validation(
    client: TestClient, auth: AuthHeaders, post_id: int, body: dict[str, object]
) -> None:
    h = auth("bob")
    assert client.post(f"/posts/{post_id}/comments", json=body, headers=h).status_code == 422


def test_comment_pagination(client: TestClient, auth: AuthHeaders, post_id: int) -> None:
    h = auth("bob")
    for i in range(3):
        client.post(f"/posts/{post_id}/comments", json={"content": f"c{i}"}, headers=h)
    page = client.get(f"/posts/{post_id}/comments", params={"limit": 2, "offset": 1}).json()
    assert [c["content"] for c in page["items"]] == ["c1", "c2"]
    assert client.get(f"/posts/{post_id}/comments", params={"limit": 500}).status_code == 422
