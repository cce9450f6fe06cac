from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from todo_app import repository
from todo_app.dependencies import CurrentUser, SessionDep
from todo_app.models import Todo
from todo_app.schemas import ErrorResponse, TodoCreate, TodoOut, TodoPage, TodoUpdate
from todo_app.settings import get_settings

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorResponse}},
)

_settings = get_settings()
_NOT_FOUND = {status.HTTP_404_NOT_FOUND: {"model": ErrorResponse}}


async def _get_owned_or_404(session: SessionDep, user: CurrentUser, todo_id: int) -> Todo:
    todo = await repository.get_for_owner(session, user.id, todo_id)
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.get("", response_model=TodoPage, summary="List my todos")
async def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=_settings.max_page_size)] = _settings.default_page_size,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    todos, total = await repository.list_for_owner(session, user.id, limit=limit, offset=offset)
    return TodoPage(
        items=[TodoOut.model_validate(t) for t in todos], total=total, limit=limit, offset=offset
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoOut,
    summary="Create a todo",
)
async def create_todo(payload: TodoCreate, user: CurrentUser, session: SessionDep) -> Todo:
    return await repository.create(session, user.id, payload.model_dump())


@router.get("/{todo_id}", response_model=TodoOut, summary="Get a todo", responses=_NOT_FOUND)
async def get_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> Todo:
    return await _get_owned_or_404(session, user, todo_id)


@router.put("/{todo_id}", response_model=TodoOut, summary="Replace a todo", responses=_NOT_FOUND)
async def replace_todo(
    todo_id: int, payload: TodoCreate, user: CurrentUser, session: SessionDep
) -> Todo:
    todo = await _get_owned_or_404(session, user, todo_id)
    return await repository.update(session, todo, payload.model_dump())


@router.patch("/{todo_id}", response_model=TodoOut, summary="Update a todo", responses=_NOT_FOUND)
async def update_todo(
    todo_id: int, payload: TodoUpdate, user: CurrentUser, session: SessionDep
) -> Todo:
    todo = await _get_owned_or_404(session, user, todo_id)
    return await repository.update(session, todo, payload.model_dump(exclude_unset=True))


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
async def delete_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> Response:
    todo = await _get_owned_or_404(session, user, todo_id)
    await repository.delete(session, todo)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
