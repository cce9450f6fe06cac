from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from Models.User import SignUpRequest, TokenResponse, User, UserResponse
from Services.AuthService import AuthService
from Utils.Errors import UnauthorizedError

router = APIRouter(prefix="/auth", tags=["Auth"])

oauth2Scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")


async def getCurrentUser(token: str = Depends(oauth2Scheme)) -> User:
    user = AuthService.shared.userFromToken(token)
    if user is None:
        raise UnauthorizedError()
    return user


@router.post("/signup", response_model=UserResponse, status_code=status.HTTP_201_CREATED)
async def signUp(request: SignUpRequest) -> UserResponse:
    user = AuthService.shared.signUp(request)
    return UserResponse(id=user.id, username=user.username, createdAt=user.createdAt)


@router.post("/login", response_model=TokenResponse)
async def login(form: OAuth2PasswordRequestForm = Depends()) -> TokenResponse:
    token = AuthService.shared.login(form.username, form.password)
    return TokenResponse(access_token=token)


@router.get("/me", response_model=UserResponse)
async def getMe(currentUser: User = Depends(getCurrentUser)) -> UserResponse:
    return UserResponse(
        id=currentUser.id, username=currentUser.username, createdAt=currentUser.createdAt
    )
