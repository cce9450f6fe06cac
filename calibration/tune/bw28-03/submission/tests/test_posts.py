import time

from fastapi.testclient import TestClient

from index import app

client = TestClient(app)


def test_list_posts():
    response = client.get('/posts')
    assert response.status_code == 200
    assert response.json()['status'] == True


def test_register_login_and_create_post():
    username = 'test' + str(int(time.time() * 1000))
    response = client.post('/auth/register', json={'username': username, 'password': 'secret123'})
    assert response.status_code == 201

    response = client.post('/auth/login', json={'username': username, 'password': 'secret123'})
    assert response.status_code == 200
    token = response.json()['data']['token']

    response = client.post('/posts', json={'title': 'Test post', 'content': 'Hello world'},
                           headers={'Authorization': 'Bearer ' + token})
    assert response.status_code == 201
    assert response.json()['data']['title'] == 'Test post'
