from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from todo_api.auth.guards import CurrentUser
from todo_api.common.exceptions import error_responses
from todo_api.common.pagination import Page, PageParamsDep
from todo_api.todos.dto import CreateTodoDto, TodoResponse, UpdateTodoDto
from todo_api.todos.entities import Todo
from todo_api.todos.service import TodosServiceDep

router = APIRouter(prefix="/todos", tags=["todos"], responses=error_responses(401))

TodoId = Annotated[int, Path(ge=1, le=2**63 - 1, description="Todo id")]


@router.get("", response_model=Page[TodoResponse], summary="List my todos")
async def list_todos(user: CurrentUser, page: PageParamsDep, todos: TodosServiceDep) -> Page[TodoResponse]:
    return await todos.list(user, page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TodoResponse, summary="Create a todo")
async def create_todo(dto: CreateTodoDto, user: CurrentUser, todos: TodosServiceDep) -> Todo:
    return await todos.create(user, dto)


@router.get("/{todo_id}", response_model=TodoResponse, summary="Get one of my todos", responses=error_responses(404))
async def get_todo(todo_id: TodoId, user: CurrentUser, todos: TodosServiceDep) -> Todo:
    return await todos.get(user, todo_id)


@router.patch("/{todo_id}", response_model=TodoResponse, summary="Update a todo", responses=error_responses(404))
async def update_todo(todo_id: TodoId, dto: UpdateTodoDto, user: CurrentUser, todos: TodosServiceDep) -> Todo:
    return await todos.update(user, todo_id, dto)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=error_responses(404),
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, todos: TodosServiceDep) -> None:
    await todos.remove(user, todo_id)
