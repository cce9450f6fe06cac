import pytest

from app import schemas


def test_get_all_posts(client, test_posts):
    res = client.get("/posts/")
    assert res.status_code == 200
    posts = [schemas.PostWithStats(**p) for p in res.json()]
    assert len(posts) == len(test_posts)


def test_get_posts_pagination(client, test_posts):
    res = client.get("/posts/?limit=2&offset=1")
    assert res.status_code == 200
    assert len(res.json()) == 2


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "offset=-1", "limit=abc"])
def test_get_posts_bad_pagination(client, query):
    res = client.get(f"/posts/?{query}")
    assert res.status_code == 422


def test_search_posts(client, test_posts):
    res = client.get("/posts/?search=first")
    assert res.status_code == 200
    assert len(res.json()) == 1


def test_get_one_post(client, test_posts):
    res = client.get(f"/posts/{test_posts[0].id}")
    post = schemas.PostOut(**res.json())
    assert post.id == test_posts[0].id
    assert post.content == test_posts[0].content


def test_get_one_post_not_exist(client, test_posts):
    res = client.get("/posts/88888")
    assert res.status_code == 404


@pytest.mark.parametrize(
    "title, content",
    [
        ("awesome new title", "awesome new content"),
        ("favorite pizza", "i love pepperoni"),
    ],
)
def test_create_post(authorized_client, test_user, title, content):
    res = authorized_client.post("/posts/", json={"title": title, "content": content})
    created_post = schemas.PostOut(**res.json())
    assert res.status_code == 201
    assert created_post.title == title
    assert created_post.owner_id == test_user["id"]


@pytest.mark.parametrize("payload", [{"content": "no title"}, {"title": "", "content": "x"}, {"title": "t"}])
def test_create_post_invalid(authorized_client, payload):
    res = authorized_client.post("/posts/", json=payload)
    assert res.status_code == 422


def test_unauthorized_user_create_post(client, test_user):
    res = client.post("/posts/", json={"title": "arbitrary title", "content": "aasdfjasdf"})
    assert res.status_code == 401


def test_unauthorized_user_delete_post(client, test_user, test_posts):
    res = client.delete(f"/posts/{test_posts[0].id}")
    assert res.status_code == 401


def test_delete_post_success(authorized_client, test_user, test_posts):
    res = authorized_client.delete(f"/posts/{test_posts[0].id}")
    assert res.status_code == 204


def test_delete_post_non_exist(authorized_client, test_user, test_posts):
    res = authorized_client.delete("/posts/8000000")
    assert res.status_code == 404


def test_delete_other_user_post(authorized_client, test_user, test_posts):
    res = authorized_client.delete(f"/posts/{test_posts[3].id}")
    assert res.status_code == 403


def test_update_post(authorized_client, test_user, test_posts):
    data = {"title": "updated title", "content": "updated content"}
    res = authorized_client.put(f"/posts/{test_posts[0].id}", json=data)
    updated_post = schemas.PostOut(**res.json())
    assert res.status_code == 200
    assert updated_post.title == data["title"]


def test_update_other_user_post(authorized_client, test_user, test_user2, test_posts):
    data = {"title": "updated title", "content": "updated content"}
    res = authorized_client.put(f"/posts/{test_posts[3].id}", json=data)
    assert res.status_code == 403


def test_update_post_non_exist(authorized_client, test_user, test_posts):
    data = {"title": "updated title", "content": "updated content"}
    res = authorized_client.put("/posts/8000000", json=data)
    assert res.status_code == 404
