from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import User
from app.serializers import ErrorOut, UserOut, UserParams

router = APIRouter(tags=["users"])


@router.post(
    "/users",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses={409: {"model": ErrorOut}},
    summary="Sign up",
)
async def create(params: UserParams, db: Session = Depends(get_db)):
    if User.find_by(db, username=params.username):
        raise HTTPException(status.HTTP_409_CONFLICT, "Username has already been taken")
    user = User(username=params.username, password=params.password)
    return user.save(db).as_json()
