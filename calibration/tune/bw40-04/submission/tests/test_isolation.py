from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.isolation

CreateTodo = Callable[..., dict[str, Any]]


@pytest.fixture()
def alices_todo(alice: dict[str, str], create_todo: CreateTodo) -> dict[str, Any]:
    return create_todo(alice, title="alice's secret")


def test_list_only_shows_own_todos(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], create_todo: CreateTodo
) -> None:
    create_todo(alice, title="a1")
    create_todo(bob, title="b1")

    alice_titles = [t["title"] for t in client.get("/todos", headers=alice).json()["items"]]
    bob_titles = [t["title"] for t in client.get("/todos", headers=bob).json()["items"]]

    assert alice_titles == ["a1"]
    assert bob_titles == ["b1"]


def test_other_user_gets_404_on_read(client: TestClient, bob: dict[str, str], alices_todo: dict[str, Any]) -> None:
    assert client.get(f"/todos/{alices_todo['id']}", headers=bob).status_code == 404


def test_other_user_cannot_update(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], alices_todo: dict[str, Any]
) -> None:
    response = client.patch(f"/todos/{alices_todo['id']}", json={"title": "hacked"}, headers=bob)

    assert response.status_code == 404
    assert client.get(f"/todos/{alices_todo['id']}", headers=alice).json()["title"] == "alice's secret"


def test_other_user_cannot_delete(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], alices_todo: dict[str, Any]
) -> None:
    assert client.delete(f"/todos/{alices_todo['id']}", headers=bob).status_code == 404
    assert client.get(f"/todos/{alices_todo['id']}", headers=alice).status_code == 200
