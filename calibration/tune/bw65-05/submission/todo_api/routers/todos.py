from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status

from todo_api.deps import CurrentUser, Page, RedisDep
from todo_api.repositories import todos as todos_repo
from todo_api.repositories.todos import TodoRecord
from todo_api.schemas import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoUpdate

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

TodoId = Annotated[str, Path(max_length=64, description="Todo id")]
NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo (or not yours)"}}


def _not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")


@router.get("", response_model=TodoPage, summary="List my todos, newest first")
async def list_todos(user: CurrentUser, r: RedisDep, page: Page) -> TodoPage:
    items, total = await todos_repo.list_todos(r, user["id"], page.limit, page.offset)
    return TodoPage(
        items=[TodoOut.model_validate(item) for item in items],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
async def create_todo(body: TodoCreate, user: CurrentUser, r: RedisDep) -> TodoRecord:
    return await todos_repo.create_todo(r, user["id"], body.title, body.description, body.done)


@router.get("/{todo_id}", response_model=TodoOut, summary="Read one todo", responses=NOT_FOUND)
async def read_todo(todo_id: TodoId, user: CurrentUser, r: RedisDep) -> TodoRecord:
    todo = await todos_repo.get_todo(r, user["id"], todo_id)
    if todo is None:
        raise _not_found()
    return todo


@router.patch(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Change some fields of a todo",
    responses=NOT_FOUND,
)
async def update_todo(
    todo_id: TodoId, body: TodoUpdate, user: CurrentUser, r: RedisDep
) -> TodoRecord:
    changes = body.model_dump(exclude_unset=True)
    todo = await todos_repo.update_todo(r, user["id"], todo_id, changes)
    if todo is None:
        raise _not_found()
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, r: RedisDep) -> Response:
    if not await todos_repo.delete_todo(r, user["id"], todo_id):
        raise _not_found()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
