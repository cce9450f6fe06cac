import httpx
import pytest

from tests.conftest import AuthHeaders, SignUp


async def _create(client: httpx.AsyncClient, headers: AuthHeaders, **body: object) -> dict[str, object]:
    res = await client.post("/todos", json={"title": "Buy milk", **body}, headers=headers)
    assert res.status_code == 201, res.text
    return res.json()


async def test_requires_authentication(client: httpx.AsyncClient) -> None:
    assert (await client.get("/todos")).status_code == 401
    assert (await client.post("/todos", json={"title": "x"})).status_code == 401
    assert (await client.delete("/todos/1")).status_code == 401


async def test_crud_happy_path(client: httpx.AsyncClient, sign_up: SignUp) -> None:
    headers = await sign_up()
    todo = await _create(client, headers, description="semi-skimmed")
    assert todo["done"] is False and isinstance(todo["id"], int)

    res = await client.get(f"/todos/{todo['id']}", headers=headers)
    assert res.status_code == 200 and res.json()["description"] == "semi-skimmed"

    res = await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=headers)
    assert res.status_code == 200
    assert res.json()["done"] is True and res.json()["title"] == "Buy milk"

    res = await client.delete(f"/todos/{todo['id']}", headers=headers)
    assert res.status_code == 204 and res.content == b""
    assert (await client.get(f"/todos/{todo['id']}", headers=headers)).status_code == 404


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": "   "}, {"title": "x" * 201}, {"title": 5}, {"title": "ok", "done": "maybe"},
     {"title": "ok", "owner_id": 2}],
)
async def test_create_validation(client: httpx.AsyncClient, sign_up: SignUp, body: dict[str, object]) -> None:
    headers = await sign_up()
    assert (await client.post("/todos", json=body, headers=headers)).status_code == 422


@pytest.mark.parametrize("body", [{"title": None}, {"done": None}, {"title": ""}, {"owner_id": 2}])
async def test_update_validation(client: httpx.AsyncClient, sign_up: SignUp, body: dict[str, object]) -> None:
    headers = await sign_up()
    todo = await _create(client, headers)
    assert (await client.patch(f"/todos/{todo['id']}", json=body, headers=headers)).status_code == 422


async def test_users_cannot_touch_each_others_todos(client: httpx.AsyncClient, sign_up: SignUp) -> None:
    ada, bob = await sign_up("ada"), await sign_up("bob")
    todo = await _create(client, ada)
    url = f"/todos/{todo['id']}"
    assert (await client.get(url, headers=bob)).status_code == 404
    assert (await client.patch(url, json={"done": True}, headers=bob)).status_code == 404
    assert (await client.delete(url, headers=bob)).status_code == 404
    assert (await client.get("/todos", headers=bob)).json()["total"] == 0
    assert (await client.get(url, headers=ada)).json()["done"] is False


@pytest.mark.parametrize("todo_id", ["0", "-1", "abc", str(2**64)])
async def test_bad_ids_are_rejected(client: httpx.AsyncClient, sign_up: SignUp, todo_id: str) -> None:
    headers = await sign_up()
    assert (await client.get(f"/todos/{todo_id}", headers=headers)).status_code == 422


async def test_missing_todo_is_404(client: httpx.AsyncClient, sign_up: SignUp) -> None:
    headers = await sign_up()
    assert (await client.get("/todos/12345", headers=headers)).status_code == 404


async def test_pagination(client: httpx.AsyncClient, sign_up: SignUp) -> None:
    headers = await sign_up()
    for i in range(25):
        await _create(client, headers, title=f"todo {i}")

    first = (await client.get("/todos", headers=headers)).json()
    assert first["total"] == 25 and first["limit"] == 20 and len(first["items"]) == 20

    res = (await client.get("/todos", params={"limit": 10, "offset": 20}, headers=headers)).json()
    assert [t["title"] for t in res["items"]] == [f"todo {i}" for i in range(20, 25)]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
async def test_pagination_bounds(client: httpx.AsyncClient, sign_up: SignUp, params: dict[str, object]) -> None:
    headers = await sign_up()
    assert (await client.get("/todos", params=params, headers=headers)).status_code == 422
