from fastapi import APIRouter, Depends, Query, Response, status
from sqlalchemy.orm import Session

from app.config.database import get_db
from app.config.settings import properties
from app.controller.security import get_current_user_id
from app.dto.todo_dto import (
    TodoCreateRequestDto,
    TodoPageResponseDto,
    TodoResponseDto,
    TodoUpdateRequestDto,
)
from app.service.todo_service import TodoService

router = APIRouter(prefix="/api/v1/todos", tags=["Todos"])

NOT_FOUND = {404: {"description": "Todo not found"}}
UNAUTHORIZED = {401: {"description": "Missing or invalid token"}}


@router.post(
    "",
    response_model=TodoResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    responses={**UNAUTHORIZED},
)
async def create_todo(
    request: TodoCreateRequestDto,
    user_id: int = Depends(get_current_user_id),
    db: Session = Depends(get_db),
) -> TodoResponseDto:
    todo_service = TodoService(db)
    return todo_service.create_todo(user_id, request)


@router.get(
    "",
    response_model=TodoPageResponseDto,
    summary="List my todos (paginated)",
    responses={**UNAUTHORIZED},
)
async def get_todos(
    limit: int = Query(properties.PAGE_DEFAULT_SIZE, ge=1, le=properties.PAGE_MAX_SIZE),
    offset: int = Query(0, ge=0),
    user_id: int = Depends(get_current_user_id),
    db: Session = Depends(get_db),
) -> TodoPageResponseDto:
    todo_service = TodoService(db)
    return todo_service.get_todos(user_id, limit, offset)


@router.get(
    "/{todo_id}",
    response_model=TodoResponseDto,
    summary="Get one of my todos",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
async def get_todo(
    todo_id: int,
    user_id: int = Depends(get_current_user_id),
    db: Session = Depends(get_db),
) -> TodoResponseDto:
    todo_service = TodoService(db)
    return todo_service.get_todo(user_id, todo_id)


@router.patch(
    "/{todo_id}",
    response_model=TodoResponseDto,
    summary="Update one of my todos",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
async def update_todo(
    todo_id: int,
    request: TodoUpdateRequestDto,
    user_id: int = Depends(get_current_user_id),
    db: Session = Depends(get_db),
) -> TodoResponseDto:
    todo_service = TodoService(db)
    return todo_service.update_todo(user_id, todo_id, request)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of my todos",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
async def delete_todo(
    todo_id: int,
    user_id: int = Depends(get_current_user_id),
    db: Session = Depends(get_db),
) -> Response:
    todo_service = TodoService(db)
    todo_service.delete_todo(user_id, todo_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
