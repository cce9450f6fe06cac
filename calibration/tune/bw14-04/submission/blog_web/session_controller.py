from fastapi import APIRouter, Request, status

from blog import accounts
from blog_web.fallback import error, responses
from blog_web.plugs import Session
from blog_web.views import LoginParams, RegisterParams, TokenJSON, UserJSON

router = APIRouter(tags=["accounts"])


@router.post(
    "/users",
    status_code=status.HTTP_201_CREATED,
    response_model=UserJSON,
    summary="Register",
    responses=responses("username_taken"),
)
async def register(params: RegisterParams, session: Session) -> UserJSON:
    match await accounts.register_user(session, params.model_dump()):
        case ("ok", user):
            return UserJSON.model_validate(user)
        case ("error", reason):
            raise error(reason)


@router.post(
    "/session",
    response_model=TokenJSON,
    summary="Log in: exchange username and password for a bearer token",
    responses=responses("invalid_credentials"),
)
async def log_in(params: LoginParams, session: Session, request: Request) -> TokenJSON:
    match await accounts.authenticate(session, params.username, params.password):
        case ("ok", user):
            token = accounts.sign_token(request.app.state.config.secret_key_base, user)
            return TokenJSON(access_token=token, expires_in=accounts.TOKEN_MAX_AGE)
        case ("error", reason):
            raise error(reason)
