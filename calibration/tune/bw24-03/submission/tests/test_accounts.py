def test_signup_does_not_leak_password(client):
    r = client.post("/accounts/signup", json={"username": "alice", "password": "s3cret-pass"})
    assert r.status_code == 201
    assert "password" not in r.json()


def test_duplicate_signup(client, make_user):
    make_user("alice")
    r = client.post("/accounts/signup", json={"username": "alice", "password": "another-pass"})
    assert r.status_code == 409


def test_signup_validation(client):
    assert client.post("/accounts/signup", json={"username": "al"}).status_code == 422
    assert client.post("/accounts/signup", json={"username": "alice", "password": "x"}).status_code == 422


def test_bad_login(client, make_user):
    make_user("alice")
    r = client.post("/accounts/token", data={"username": "alice", "password": "wrong-pass"})
    assert r.status_code == 401


def test_me(client, make_user):
    headers = make_user("alice")
    assert client.get("/accounts/me", headers=headers).json()["username"] == "alice"
    assert client.get("/accounts/me").status_code == 401
