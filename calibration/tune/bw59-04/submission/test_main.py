import requests

BASE_URL = "http://localhost:8000"


def get_token():
    requests.post(BASE_URL + "/signup", json={"username": "testuser", "password": "test123"})
    response = requests.post(BASE_URL + "/token", data={"username": "testuser", "password": "test123"})
    return response.json()["access_token"]


def test_root():
    response = requests.get(BASE_URL + "/")
    assert response.status_code == 200


def test_signup():
    response = requests.post(BASE_URL + "/signup", json={"username": "john", "password": "john123"})
    assert response.status_code == 200
    assert response.json()["username"] == "john"


def test_login():
    token = get_token()
    assert token is not None


def test_create_post():
    token = get_token()
    headers = {"Authorization": "Bearer " + token}
    response = requests.post(BASE_URL + "/posts", json={"title": "My first post", "content": "Hello world"}, headers=headers)
    assert response.status_code == 201
    assert response.json()["title"] == "My first post"


def test_create_post_without_token():
    response = requests.post(BASE_URL + "/posts", json={"title": "No token", "content": "should fail"})
    assert response.status_code == 401


def test_get_posts():
    response = requests.get(BASE_URL + "/posts")
    assert response.status_code == 200
    assert len(response.json()) > 0


def test_update_post():
    token = get_token()
    headers = {"Authorization": "Bearer " + token}
    response = requests.post(BASE_URL + "/posts", json={"title": "Old title", "content": "text"}, headers=headers)
    post_id = response.json()["id"]
    response = requests.put(BASE_URL + "/posts/" + str(post_id), json={"title": "New title"}, headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "New title"


def test_delete_post():
    token = get_token()
    headers = {"Authorization": "Bearer " + token}
    response = requests.post(BASE_URL + "/posts", json={"title": "Delete me", "content": "text"}, headers=headers)
    post_id = response.json()["id"]
    response = requests.delete(BASE_URL + "/posts/" + str(post_id), headers=headers)
    assert response.status_code == 200


def test_comment():
    token = get_token()
    headers = {"Authorization": "Bearer " + token}
    response = requests.post(BASE_URL + "/posts", json={"title": "Post with comments", "content": "text"}, headers=headers)
    post_id = response.json()["id"]
    response = requests.post(BASE_URL + "/posts/" + str(post_id) + "/comments", json={"content": "Nice post!"}, headers=headers)
    assert response.status_code == 201
    response = requests.get(BASE_URL + "/posts/" + str(post_id) + "/comments")
    assert len(response.json()) == 1
