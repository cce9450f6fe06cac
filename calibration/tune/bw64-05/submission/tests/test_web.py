import httpx
import pytest

from .conftest import bearer

pytestmark = pytest.mark.anyio


async def test_sign_up_and_duplicate(client: httpx.AsyncClient) -> None:
    creds = {"username": "grace", "password": "a-long-password"}
    r = await client.post("/users", json=creds)
    assert r.status_code == 201
    assert "password" not in r.text
    assert (await client.post("/users", json=creds)).status_code == 409


@pytest.mark.parametrize(
    "body",
    [{"username": "g"}, {"username": "grace", "password": "short"}, {"username": "a b", "password": "a-long-password"}],
)
async def test_sign_up_validation(client: httpx.AsyncClient, body: dict[str, str]) -> None:
    assert (await client.post("/users", json=body)).status_code == 422


async def test_bad_login(client: httpx.AsyncClient) -> None:
    await bearer(client, "grace")
    r = await client.post("/token", data={"username": "grace", "password": "wrong-password"})
    assert r.status_code == 401
    r = await client.post("/token", data={"username": "nobody", "password": "wrong-password"})
    assert r.status_code == 401


async def test_token_required(client: httpx.AsyncClient) -> None:
    assert (await client.get("/todos")).status_code == 401
    assert (await client.post("/todos", json={"title": "x"})).status_code == 401
    r = await client.get("/todos", headers={"Authorization": "Bearer x.y.z"})
    assert r.status_code == 401


async def test_lifecycle(client: httpx.AsyncClient) -> None:
    h = await bearer(client, "grace")
    r = await client.post("/todos", json={"title": "ship it", "description": "today"}, headers=h)
    assert r.status_code == 201
    todo_id = r.json()["id"]

    r = await client.patch(f"/todos/{todo_id}", json={"done": True, "description": None}, headers=h)
    assert r.status_code == 200
    assert r.json() | {"created_at": None} == {
        "id": todo_id,
        "title": "ship it",
        "description": None,
        "done": True,
        "created_at": None,
    }

    assert (await client.get(f"/todos/{todo_id}", headers=h)).json()["done"] is True
    assert (await client.delete(f"/todos/{todo_id}", headers=h)).status_code == 204
    assert (await client.get(f"/todos/{todo_id}", headers=h)).status_code == 404


@pytest.mark.parametrize(
    "body", [{}, {"title": ""}, {"title": 3}, {"title": "a" * 201}, {"title": "x", "extra": 1}]
)
async def test_create_validation(client: httpx.AsyncClient, body: dict[str, object]) -> None:
    h = await bearer(client, "grace")
    assert (await client.post("/todos", json=body, headers=h)).status_code == 422


async def test_patch_rejects_null_title(client: httpx.AsyncClient) -> None:
    h = await bearer(client, "grace")
    todo_id = (await client.post("/todos", json={"title": "t"}, headers=h)).json()["id"]
    r = await client.patch(f"/todos/{todo_id}", json={"title": None}, headers=h)
    assert r.status_code == 422


async def test_isolation(client: httpx.AsyncClient) -> None:
    grace = await bearer(client, "grace")
    alan = await bearer(client, "alan")
    todo_id = (await client.post("/todos", json={"title": "mine"}, headers=grace)).json()["id"]
    for method in ("GET", "DELETE"):
        r = await client.request(method, f"/todos/{todo_id}", headers=alan)
        assert r.status_code == 404
    r = await client.patch(f"/todos/{todo_id}", json={"done": True}, headers=alan)
    assert r.status_code == 404
    assert (await client.get("/todos", headers=alan)).json()["total"] == 0


async def test_list_pages(client: httpx.AsyncClient) -> None:
    h = await bearer(client, "grace")
    for i in range(4):
        await client.post("/todos", json={"title": f"n{i}"}, headers=h)
    page = (await client.get("/todos", params={"limit": 3, "offset": 2}, headers=h)).json()
    assert [t["title"] for t in page["items"]] == ["n2", "n3"]
    assert page["total"] == 4


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 500}, {"offset": -5}])
async def test_list_bounds(client: httpx.AsyncClient, params: dict[str, int]) -> None:
    h = await bearer(client, "grace")
    assert (await client.get("/todos", params=params, headers=h)).status_code == 422
