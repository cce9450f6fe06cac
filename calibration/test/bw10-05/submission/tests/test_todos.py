from .conftest import register_and_login


def test_create_and_list(client):
    h = register_and_login(client, "alice")
    r = client.post("/todos", json={"title": "write report"}, headers=h)
    assert r.status_code == 201
    r = client.get("/todos", headers=h)
    assert r.status_code == 200
    assert [t["title"] for t in r.json()] == ["write report"]
