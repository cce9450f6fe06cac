from fastapi import APIRouter, HTTPException, Query, Response, status

from app.api.deps import CurrentUser, Todos
from app.api.dto import (
    CreateTodoRequest,
    ErrorResponse,
    TodoPageResponse,
    TodoResponse,
    UpdateTodoRequest,
)
from app.domain import NotFound, Success

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorResponse, "description": "Not authenticated"}},
)

NOT_FOUND = {404: {"model": ErrorResponse, "description": "Todo not found"}}


def notFound(todoId: int) -> HTTPException:
    return HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"Todo {todoId} not found")


@router.post("", response_model=TodoResponse, status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def createTodo(body: CreateTodoRequest, user: CurrentUser, todos: Todos) -> TodoResponse:
    todo = await todos.create(user.id, body.title, body.description, body.done)
    return TodoResponse.fromDomain(todo)


@router.get("", response_model=TodoPageResponse, summary="List my todos")
async def listTodos(
    user: CurrentUser,
    todos: Todos,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
) -> TodoPageResponse:
    items = await todos.listForOwner(user.id, limit, offset)
    return TodoPageResponse(
        items=[TodoResponse.fromDomain(t) for t in items], limit=limit, offset=offset
    )


@router.get("/{todo_id}", response_model=TodoResponse, responses=NOT_FOUND, summary="Get one todo")
async def getTodo(todo_id: int, user: CurrentUser, todos: Todos) -> TodoResponse:
    match await todos.get(user.id, todo_id):
        case Success(value=todo):
            return TodoResponse.fromDomain(todo)
        case _:
            raise notFound(todo_id)


@router.patch("/{todo_id}", response_model=TodoResponse, responses=NOT_FOUND, summary="Update a todo")
async def updateTodo(
    todo_id: int, body: UpdateTodoRequest, user: CurrentUser, todos: Todos
) -> TodoResponse:
    match await todos.get(user.id, todo_id):
        case Success(value=todo):
            updated = todo.copyWith(title=body.title, description=body.description, done=body.done)
            return TodoResponse.fromDomain(await todos.save(updated))
        case _:
            raise notFound(todo_id)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=NOT_FOUND,
    summary="Delete a todo",
)
async def deleteTodo(todo_id: int, user: CurrentUser, todos: Todos) -> Response:
    match await todos.delete(user.id, todo_id):
        case NotFound():
            raise notFound(todo_id)
        case _:
            return Response(status_code=status.HTTP_204_NO_CONTENT)
