async def test_create_todo(client, auth_headers):
    resp = await client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=auth_headers
    )
    assert resp.status_code == 201
    body = resp.json()
    assert body["id"] > 0
    assert body["title"] == "Buy milk"
    assert body["done"] is False


async def test_list_todos(client, auth_headers):
    for i in range(3):
        await client.post("/todos", json={"title": f"todo {i}"}, headers=auth_headers)
    resp = await client.get("/todos", params={"limit": 2}, headers=auth_headers)
    assert resp.status_code == 200
    page = resp.json()
    assert page["total"] == 3
    assert len(page["items"]) == 2


async def test_get_todo(client, auth_headers):
    created = (await client.post("/todos", json={"title": "read"}, headers=auth_headers)).json()
    resp = await client.get(f"/todos/{created['id']}", headers=auth_headers)
    assert resp.status_code == 200
    assert resp.json() == created


async def test_update_todo(client, auth_headers):
    created = (await client.post("/todos", json={"title": "write"}, headers=auth_headers)).json()
    resp = await client.patch(f"/todos/{created['id']}", json={"done": True}, headers=auth_headers)
    assert resp.status_code == 200
    assert resp.json()["done"] is True
    assert resp.json()["title"] == "write"


async def test_delete_todo(client, auth_headers):
    created = (await client.post("/todos", json={"title": "gone"}, headers=auth_headers)).json()
    resp = await client.delete(f"/todos/{created['id']}", headers=auth_headers)
    assert resp.status_code == 204
