from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Account

MakePost = Callable[..., dict[str, Any]]
MakeComment = Callable[..., dict[str, Any]]


def comments_url(post_id: int) -> str:
    return f"/api/v1/posts/{post_id}/comments"


def test_comment_on_a_post(
    client: TestClient, ada: Account, grace: Account, make_post: MakePost
) -> None:
    post = make_post(ada)

    response = client.post(
        comments_url(post["id"]), json={"content": "Great read"}, headers=grace.headers
    )

    assert response.status_code == 201
    comment = response.json()
    assert comment["post_id"] == post["id"]
    assert comment["content"] == "Great read"
    assert comment["author"] == {"id": grace.id, "username": "grace"}


def test_comment_on_missing_post_is_404(client: TestClient, ada: Account) -> None:
    response = client.post(comments_url(999), json={"content": "Hello?"}, headers=ada.headers)

    assert response.status_code == 404
    assert response.json() == {"detail": "Post not found"}


def test_commenting_requires_authentication(
    client: TestClient, ada: Account, make_post: MakePost
) -> None:
    post = make_post(ada)

    assert client.post(comments_url(post["id"]), json={"content": "hi"}).status_code == 401
    assert client.get(comments_url(post["id"])).json()["total"] == 0


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({}, id="missing"),
        pytest.param({"content": ""}, id="empty"),
        pytest.param({"content": "   "}, id="blank"),
        pytest.param({"content": "x" * 2001}, id="too-long"),
        pytest.param({"content": ["x"]}, id="not-a-string"),
    ],
)
def test_comment_validation(
    client: TestClient, ada: Account, make_post: MakePost, payload: dict[str, Any]
) -> None:
    post = make_post(ada)

    response = client.post(comments_url(post["id"]), json=payload, headers=ada.headers)

    assert response.status_code == 422


def test_list_comments_is_public_oldest_first_and_paginated(
    client: TestClient, ada: Account, grace: Account, make_post: MakePost, make_comment: MakeComment
) -> None:
    post = make_post(ada)
    ids = [make_comment(grace if i % 2 else ada, post["id"], f"c{i}")["id"] for i in range(5)]

    first = client.get(comments_url(post["id"]), params={"limit": 3}).json()
    rest = client.get(comments_url(post["id"]), params={"limit": 3, "offset": 3}).json()

    assert first["total"] == rest["total"] == 5
    assert [c["id"] for c in first["items"] + rest["items"]] == ids
    assert first["items"][1]["author"]["username"] == "grace"


def test_comments_are_scoped_to_their_post(
    client: TestClient, ada: Account, make_post: MakePost, make_comment: MakeComment
) -> None:
    one = make_post(ada, title="one")
    two = make_post(ada, title="two")
    make_comment(ada, one["id"])

    assert client.get(comments_url(two["id"])).json() == {
        "items": [],
        "total": 0,
        "limit": 20,
        "offset": 0,
    }


def test_list_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get(comments_url(999)).status_code == 404


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1000}, {"offset": -5}])
def test_list_comments_rejects_bad_pagination(
    client: TestClient, ada: Account, make_post: MakePost, params: dict[str, int]
) -> None:
    post = make_post(ada)
    assert client.get(comments_url(post["id"]), params=params).status_code == 422


# --- deleting comments ------------------------------------------------------------------------


def test_comment_author_can_delete(
    client: TestClient, ada: Account, grace: Account, make_post: MakePost, make_comment: MakeComment
) -> None:
    post = make_post(ada)
    comment = make_comment(grace, post["id"])

    response = client.delete(f"{comments_url(post['id'])}/{comment['id']}", headers=grace.headers)

    assert response.status_code == 204
    assert client.get(comments_url(post["id"])).json()["total"] == 0


def test_post_author_can_moderate(
    client: TestClient, ada: Account, grace: Account, make_post: MakePost, make_comment: MakeComment
) -> None:
    post = make_post(ada)
    comment = make_comment(grace, post["id"])

    response = client.delete(f"{comments_url(post['id'])}/{comment['id']}", headers=ada.headers)

    assert response.status_code == 204


def test_bystander_cannot_delete_a_comment(
    client: TestClient,
    ada: Account,
    grace: Account,
    make_account: Callable[[str], Account],
    make_post: MakePost,
    make_comment: MakeComment,
) -> None:
    mallory = make_account("mallory")
    post = make_post(ada)
    comment = make_comment(grace, post["id"])

    response = client.delete(
        f"{comments_url(post['id'])}/{comment['id']}", headers=mallory.headers
    )

    assert response.status_code == 403
    assert client.get(comments_url(post["id"])).json()["total"] == 1


def test_comment_must_belong_to_the_post_in_the_url(
    client: TestClient, ada: Account, make_post: MakePost, make_comment: MakeComment
) -> None:
    one = make_post(ada, title="one")
    two = make_post(ada, title="two")
    comment = make_comment(ada, one["id"])

    response = client.delete(f"{comments_url(two['id'])}/{comment['id']}", headers=ada.headers)

    assert response.status_code == 404


def test_delete_missing_comment_is_404(client: TestClient, ada: Account, make_post: MakePost) -> None:
    post = make_post(ada)
    assert client.delete(f"{comments_url(post['id'])}/999", headers=ada.headers).status_code == 404
