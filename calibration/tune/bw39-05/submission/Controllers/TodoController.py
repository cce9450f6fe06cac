from fastapi import APIRouter, Depends, status

from Controllers.AuthController import getCurrentUser
from Models.Todo import (
    CreateTodoRequest,
    MessageResponse,
    Todo,
    TodoListResponse,
    TodoResponse,
    UpdateTodoRequest,
)
from Models.User import User
from Services.TodoService import TodoService
from Utils.Constants import Constants

router = APIRouter(prefix="/todos", tags=["Todos"])


def toResponse(todo: Todo) -> TodoResponse:
    return TodoResponse(
        id=todo.id,
        title=todo.title,
        description=todo.description,
        isCompleted=todo.isCompleted,
        createdAt=todo.createdAt,
        updatedAt=todo.updatedAt,
    )


@router.get("/", response_model=TodoListResponse)
async def getTodos(
    limit: int = Constants.DEFAULT_PAGE_SIZE,
    offset: int = 0,
    currentUser: User = Depends(getCurrentUser),
) -> TodoListResponse:
    todos, totalCount = TodoService.shared.getTodos(currentUser.id, limit, offset)
    return TodoListResponse(
        todos=[toResponse(todo) for todo in todos],
        totalCount=totalCount,
        hasMore=offset + limit < totalCount,
    )


@router.post("/", response_model=TodoResponse, status_code=status.HTTP_201_CREATED)
async def createTodo(
    request: CreateTodoRequest, currentUser: User = Depends(getCurrentUser)
) -> TodoResponse:
    todo = TodoService.shared.createTodo(currentUser.id, request)
    return toResponse(todo)


@router.get("/{todoId}", response_model=TodoResponse)
async def getTodo(todoId: str, currentUser: User = Depends(getCurrentUser)) -> TodoResponse:
    todo = TodoService.shared.getTodo(todoId, currentUser.id)
    return toResponse(todo)


@router.put("/{todoId}", response_model=TodoResponse)
async def updateTodo(
    todoId: str, request: UpdateTodoRequest, currentUser: User = Depends(getCurrentUser)
) -> TodoResponse:
    todo = TodoService.shared.updateTodo(todoId, request)
    return toResponse(todo)


@router.delete("/{todoId}", response_model=MessageResponse)
async def deleteTodo(todoId: str, currentUser: User = Depends(getCurrentUser)) -> MessageResponse:
    TodoService.shared.deleteTodo(todoId)
    return MessageResponse(success=True, message="Todo deleted")
