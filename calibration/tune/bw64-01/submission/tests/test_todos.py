import httpx
import pytest

from .conftest import auth_headers

pytestmark = pytest.mark.anyio


async def test_create_read_update_delete(client: httpx.AsyncClient) -> None:
    h = await auth_headers(client)

    r = await client.post("/todos", json={"title": "buy milk"}, headers=h)
    assert r.status_code == 201
    todo = r.json()
    assert todo["title"] == "buy milk"
    assert todo["done"] is False
    assert todo["description"] is None

    r = await client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 200
    assert r.json()["id"] == todo["id"]

    r = await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["title"] == "buy milk"

    r = await client.delete(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 204
    assert r.content == b""

    r = await client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 404


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": ""}, {"title": "   "}, {"title": 5}, {"title": "x", "done": "maybe"},
     {"title": "x" * 201}, {"title": "ok", "owner_id": 1}],
)
async def test_create_validation(client: httpx.AsyncClient, payload: dict[str, object]) -> None:
    h = await auth_headers(client)
    r = await client.post("/todos", json=payload, headers=h)
    assert r.status_code == 422


async def test_patch_cannot_null_title(client: httpx.AsyncClient) -> None:
    h = await auth_headers(client)
    todo = (await client.post("/todos", json={"title": "t"}, headers=h)).json()
    r = await client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=h)
    assert r.status_code == 422


async def test_patch_can_clear_description(client: httpx.AsyncClient) -> None:
    h = await auth_headers(client)
    todo = (
        await client.post("/todos", json={"title": "t", "description": "d"}, headers=h)
    ).json()
    r = await client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=h)
    assert r.status_code == 200
    assert r.json()["description"] is None


async def test_other_users_todo_is_404(client: httpx.AsyncClient) -> None:
    alice = await auth_headers(client)
    bob = await auth_headers(client)
    todo = (await client.post("/todos", json={"title": "private"}, headers=alice)).json()
    url = f"/todos/{todo['id']}"

    assert (await client.get(url, headers=bob)).status_code == 404
    assert (await client.patch(url, json={"done": True}, headers=bob)).status_code == 404
    assert (await client.delete(url, headers=bob)).status_code == 404
    assert (await client.get(url, headers=alice)).json()["done"] is False


@pytest.mark.parametrize("todo_id", ["0", "-1", "abc", str(2**64)])
async def test_bad_ids_are_422(client: httpx.AsyncClient, todo_id: str) -> None:
    h = await auth_headers(client)
    assert (await client.get(f"/todos/{todo_id}", headers=h)).status_code == 422


async def test_missing_id_is_404(client: httpx.AsyncClient) -> None:
    h = await auth_headers(client)
    assert (await client.get("/todos/999999999", headers=h)).status_code == 404


async def test_pagination(client: httpx.AsyncClient) -> None:
    h = await auth_headers(client)
    for i in range(5):
        await client.post("/todos", json={"title": f"t{i}"}, headers=h)

    r = await client.get("/todos", params={"limit": 2, "offset": 1}, headers=h)
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 5
    assert [t["title"] for t in page["items"]] == ["t1", "t2"]

    r = await client.get("/todos", headers=h)
    assert len(r.json()["items"]) == 5
    assert r.json()["limit"] == 20


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
async def test_pagination_bounds(client: httpx.AsyncClient, params: dict[str, object]) -> None:
    h = await auth_headers(client)
    r = await client.get("/todos", params=params, headers=h)
    assert r.status_code == 422
