from datetime import datetime, timezone
from unittest.mock import AsyncMock, MagicMock

from todo_api.dto import RegisterRequest, TodoRequest
from todo_api.entities import Todo, User
from todo_api.services import TodoService, UserService

OWNER = User(id=1, username="john", password_hash="hash")


def make_todo(todo_id: int = 1, title: str = "Write tests", done: bool = False) -> Todo:
    return Todo(todo_id, OWNER.id, title, None, done, datetime.now(timezone.utc))


class TestUserService:
    async def test_register_creates_user(self) -> None:
        repository = AsyncMock()
        repository.find_by_username.return_value = None
        repository.save.return_value = User(id=7, username="john", password_hash="encoded")
        encoder = AsyncMock()
        encoder.encode.return_value = "encoded"
        service = UserService(repository, encoder, MagicMock())

        response = await service.register(RegisterRequest(username="john", password="password123"))

        assert response.id == 7
        assert response.username == "john"
        repository.save.assert_awaited_once_with("john", "encoded")

    async def test_login_returns_token(self) -> None:
        repository = AsyncMock()
        repository.find_by_username.return_value = OWNER
        encoder = AsyncMock()
        encoder.matches.return_value = True
        token_provider = MagicMock()
        token_provider.create_token.return_value = "jwt-token"
        service = UserService(repository, encoder, token_provider)

        response = await service.login("john", "password123")

        assert response.access_token == "jwt-token"
        assert response.token_type == "bearer"


class TestTodoService:
    async def test_create(self) -> None:
        repository = AsyncMock()
        repository.save.return_value = make_todo()
        service = TodoService(repository)

        response = await service.create(OWNER, TodoRequest(title="Write tests"))

        assert response.title == "Write tests"
        assert response.done is False

    async def test_find_all(self) -> None:
        repository = AsyncMock()
        repository.find_all_by_owner.return_value = [make_todo(1), make_todo(2)]
        service = TodoService(repository)

        response = await service.find_all(OWNER, limit=20, offset=0)

        assert [todo.id for todo in response] == [1, 2]
        repository.find_all_by_owner.assert_awaited_once_with(1, 20, 0)

    async def test_find_one(self) -> None:
        repository = AsyncMock()
        repository.find_by_id_and_owner.return_value = make_todo(3)
        service = TodoService(repository)

        response = await service.find_one(OWNER, 3)

        assert response.id == 3

    async def test_update(self) -> None:
        repository = AsyncMock()
        repository.find_by_id_and_owner.return_value = make_todo()
        repository.update.side_effect = lambda todo: todo
        service = TodoService(repository)

        response = await service.update(OWNER, 1, TodoRequest(title="Done!", done=True))

        assert response.title == "Done!"
        assert response.done is True

    async def test_delete(self) -> None:
        repository = AsyncMock()
        repository.delete.return_value = True
        service = TodoService(repository)

        await service.delete(OWNER, 1)

        repository.delete.assert_awaited_once_with(1, 1)
