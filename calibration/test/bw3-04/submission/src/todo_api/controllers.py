from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from .dependencies import Pageable, get_current_user, get_todo_service, get_user_service
from .dto import ErrorResponse, RegisterRequest, TodoRequest, TodoResponse, TokenResponse, UserResponse
from .entities import User
from .services import TodoService, UserService

auth_router = APIRouter(prefix="/api/v1/auth", tags=["Authentication"])
todo_router = APIRouter(
    prefix="/api/v1/todos",
    tags=["Todos"],
    responses={401: {"model": ErrorResponse, "description": "Missing or invalid token"}},
)

UserServiceDep = Annotated[UserService, Depends(get_user_service)]
TodoServiceDep = Annotated[TodoService, Depends(get_todo_service)]
CurrentUser = Annotated[User, Depends(get_current_user)]
NOT_FOUND = {404: {"model": ErrorResponse, "description": "Todo not found"}}


@auth_router.post(
    "/register",
    response_model=UserResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": ErrorResponse, "description": "Username already taken"}},
)
async def register(request: RegisterRequest, user_service: UserServiceDep) -> UserResponse:
    return await user_service.register(request)


@auth_router.post(
    "/token",
    response_model=TokenResponse,
    summary="Obtain a JWT access token (OAuth2 password grant)",
    responses={401: {"model": ErrorResponse, "description": "Bad credentials"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], user_service: UserServiceDep
) -> TokenResponse:
    return await user_service.login(form.username, form.password)


@todo_router.post(
    "",
    response_model=TodoResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
async def create_todo(
    request: TodoRequest, user: CurrentUser, todo_service: TodoServiceDep
) -> TodoResponse:
    return await todo_service.create(user, request)


@todo_router.get("", response_model=list[TodoResponse], summary="List my todos")
async def list_todos(
    page: Annotated[Pageable, Depends()], user: CurrentUser, todo_service: TodoServiceDep
) -> list[TodoResponse]:
    return await todo_service.find_all(user, page.limit, page.offset)


@todo_router.get(
    "/{todo_id}", response_model=TodoResponse, summary="Get one of my todos", responses=NOT_FOUND
)
async def get_todo(todo_id: int, user: CurrentUser, todo_service: TodoServiceDep) -> TodoResponse:
    return await todo_service.find_one(user, todo_id)


@todo_router.put(
    "/{todo_id}", response_model=TodoResponse, summary="Replace one of my todos", responses=NOT_FOUND
)
async def update_todo(
    todo_id: int, request: TodoRequest, user: CurrentUser, todo_service: TodoServiceDep
) -> TodoResponse:
    return await todo_service.update(user, todo_id, request)


@todo_router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete one of my todos",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: int, user: CurrentUser, todo_service: TodoServiceDep) -> None:
    await todo_service.delete(user, todo_id)
