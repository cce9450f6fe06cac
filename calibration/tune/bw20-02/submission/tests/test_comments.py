from tests.conftest import auth_headers


def test_create_comment(client, db, create_user, create_post):
    user = create_user()
    post = create_post(user)

    response = client.post(
        f"/posts/{post.id}/comments", json={"body": "Great read"}, headers=auth_headers(user)
    )

    assert response.status_code == 201
    assert response.json()["post_id"] == post.id
    assert response.json()["author"] == "alice"
    db.refresh(post)
    assert post.comments_count == 1


def test_comment_on_missing_post(client, create_user):
    response = client.post(
        "/posts/999/comments", json={"body": "Hello?"}, headers=auth_headers(create_user())
    )

    assert response.status_code == 404


def test_comment_requires_login(client, create_user, create_post):
    post = create_post(create_user())

    response = client.post(f"/posts/{post.id}/comments", json={"body": "Anonymous"})

    assert response.status_code == 401


def test_comment_with_blank_body(client, create_user, create_post):
    user = create_user()
    post = create_post(user)

    response = client.post(f"/posts/{post.id}/comments", json={"body": ""}, headers=auth_headers(user))

    assert response.status_code == 422


def test_list_comments_is_public(client, create_user, create_post, create_comment):
    user = create_user()
    post = create_post(user)
    create_comment(post, user, body="first")
    create_comment(post, user, body="second")

    response = client.get(f"/posts/{post.id}/comments")

    assert response.status_code == 200
    assert [c["body"] for c in response.json()] == ["first", "second"]


def test_list_comments_of_missing_post(client):
    assert client.get("/posts/999/comments").status_code == 404
