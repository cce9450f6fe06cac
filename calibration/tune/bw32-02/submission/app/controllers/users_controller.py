from fastapi import APIRouter, status

from app.controllers.application_controller import DB
from app.models import User
from app.serializers import SignupParams, UserSerializer

router = APIRouter(prefix="/users", tags=["users"])


@router.post(
    "",
    response_model=UserSerializer,
    status_code=status.HTTP_201_CREATED,
    summary="Sign up",
    responses={422: {"description": "Invalid params or username already taken"}},
)
def create(params: SignupParams, db: DB) -> User:
    user = User(username=params.username, password=params.password)
    return user.save(db)
