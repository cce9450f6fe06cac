from app.domain.schemas import TodoIn, TodoPatch
from app.services.todos import TodoService
from tests.fakes import InMemoryTodoRepository


async def test_create_and_list() -> None:
    service = TodoService(InMemoryTodoRepository())
    await service.create(1, TodoIn(title="first"))
    await service.create(1, TodoIn(title="second"))

    todos = await service.list(1, limit=10, offset=0)

    assert [t.title for t in todos] == ["first", "second"]


async def test_patch_only_changes_given_fields() -> None:
    service = TodoService(InMemoryTodoRepository())
    todo = await service.create(1, TodoIn(title="write tests", description="lots"))

    updated = await service.patch(1, todo.id, TodoPatch(done=True))

    assert updated.done is True
    assert updated.title == "write tests"
    assert updated.description == "lots"


async def test_delete() -> None:
    repo = InMemoryTodoRepository()
    service = TodoService(repo)
    todo = await service.create(1, TodoIn(title="temp"))

    await service.delete(1, todo.id)

    assert repo.items == {}
