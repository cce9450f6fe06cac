import time
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from blog import repo
from blog.deps import BearerToken, Config, CurrentUser, Db
from blog.schemas import Problem, SignupIn, TokenOut, UserOut
from blog.security import hash_password, new_token, token_digest, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": Problem, "description": "Username already taken"}},
)
async def signup(body: SignupIn, db: Db) -> UserOut:
    password_hash = await hash_password(body.password)
    async with db.write() as conn:
        row = await repo.insert_user(conn, body.username, password_hash)
    if row is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return UserOut(id=row["id"], username=row["username"], created_at=row["created_at"])


@router.post(
    "/token",
    summary="Log in (OAuth2 password grant), returns an opaque bearer token",
    responses={401: {"model": Problem, "description": "Bad credentials"}},
)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: Db, settings: Config) -> TokenOut:
    async with db.read() as conn:
        creds = await repo.user_credentials(conn, form.username)
    ok = await verify_password(creds["password_hash"] if creds else None, form.password)
    if creds is None or not ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = new_token()
    now = int(time.time())
    async with db.write() as conn:
        await repo.purge_tokens(conn, creds["id"], now)
        await repo.insert_token(conn, token_digest(token), creds["id"], now + settings.token_ttl_seconds)
    return TokenOut(access_token=token, expires_in=settings.token_ttl_seconds)


@router.post(
    "/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke the current token",
    responses={401: {"model": Problem}},
)
async def logout(user: CurrentUser, token: BearerToken, db: Db) -> Response:
    assert token is not None  # current_user already rejected a missing token
    async with db.write() as conn:
        await repo.delete_token(conn, token_digest(token))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me", summary="The authenticated user", responses={401: {"model": Problem}})
async def me(user: CurrentUser) -> UserOut:
    return user
