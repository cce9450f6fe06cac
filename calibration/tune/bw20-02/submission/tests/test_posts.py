from tests.conftest import auth_headers


def test_index_is_public(client, create_user, create_post):
    author = create_user()
    create_post(author, title="One")
    create_post(author, title="Two")

    response = client.get("/posts")

    assert response.status_code == 200
    assert [post["title"] for post in response.json()] == ["Two", "One"]
    assert response.json()[0]["author"] == "alice"


def test_index_paginates(client, create_user, create_post):
    author = create_user()
    for i in range(5):
        create_post(author, title=f"Post {i}")

    response = client.get("/posts", params={"limit": 2, "offset": 1})

    assert [post["title"] for post in response.json()] == ["Post 3", "Post 2"]


def test_index_rejects_bad_pagination(client):
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422


def test_show(client, create_user, create_post):
    post = create_post(create_user())

    response = client.get(f"/posts/{post.id}")

    assert response.status_code == 200
    assert response.json()["title"] == "Hello"


def test_show_missing_post(client):
    assert client.get("/posts/42").status_code == 404


def test_create(client, create_user):
    user = create_user()

    response = client.post(
        "/posts", json={"title": "Hello", "content": "World"}, headers=auth_headers(user)
    )

    assert response.status_code == 201
    assert response.json()["id"]
    assert response.json()["author"] == "alice"
    assert response.json()["comments_count"] == 0


def test_create_requires_login(client):
    response = client.post("/posts", json={"title": "Hello", "content": "World"})

    assert response.status_code == 401


def test_create_with_bad_token(client):
    response = client.post(
        "/posts", json={"title": "Hello", "content": "World"}, headers={"Authorization": "Token nope"}
    )

    assert response.status_code == 401


def test_create_with_invalid_params(client, create_user):
    headers = auth_headers(create_user())

    assert client.post("/posts", json={"title": "", "content": "x"}, headers=headers).status_code == 422
    assert client.post("/posts", json={"content": "x"}, headers=headers).status_code == 422


def test_update_own_post(client, create_user, create_post):
    user = create_user()
    post = create_post(user)

    response = client.patch(f"/posts/{post.id}", json={"title": "Edited"}, headers=auth_headers(user))

    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["content"] == "First post"


def test_update_someone_elses_post(client, create_user, create_post):
    post = create_post(create_user(username="alice"))
    mallory = create_user(username="mallory")

    response = client.put(f"/posts/{post.id}", json={"title": "Pwned"}, headers=auth_headers(mallory))

    assert response.status_code == 403


def test_update_with_blank_title(client, create_user, create_post):
    user = create_user()
    post = create_post(user)

    response = client.patch(f"/posts/{post.id}", json={"title": None}, headers=auth_headers(user))

    assert response.status_code == 422


def test_destroy(client, create_user, create_post):
    user = create_user()
    post = create_post(user)

    assert client.delete(f"/posts/{post.id}", headers=auth_headers(user)).status_code == 204
    assert client.get(f"/posts/{post.id}").status_code == 404


def test_destroy_someone_elses_post(client, create_user, create_post):
    post = create_post(create_user(username="alice"))
    mallory = create_user(username="mallory")

    assert client.delete(f"/posts/{post.id}", headers=auth_headers(mallory)).status_code == 403
    assert client.get(f"/posts/{post.id}").status_code == 200
