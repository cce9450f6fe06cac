from fastapi import APIRouter, status

from app.controllers.concerns.authentication import DB, CurrentUser
from app.models import User
from app.serializers import UserCreate, UserOut

router = APIRouter(prefix="/users", tags=["users"])


@router.post("", response_model=UserOut, status_code=status.HTTP_201_CREATED, summary="Sign up")
def create(params: UserCreate, db: DB) -> User:
    return User.register(db, username=params.username, password=params.password)


@router.get("/me", response_model=UserOut, summary="The logged-in user")
def show(user: CurrentUser) -> User:
    return user
