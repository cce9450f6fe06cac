from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from .auth import hash_password, make_token, user_id_from_token, verify_password
from .config import settings
from .schemas import CommentIn, CommentOut, PostIn, PostOut, PostPatch, Token, UserIn, UserOut
from .world import Post, User, world

PAGE_DEFAULT = 20
PAGE_MAX = 100

app = FastAPI(
    title="blog",
    docs_url="/docs" if settings.debug else None,
    redoc_url=None,
    openapi_url="/openapi.json" if settings.debug else None,
)

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")

Limit = Annotated[int, Query(ge=1, le=PAGE_MAX)]
Offset = Annotated[int, Query(ge=0)]

_UNAUTHORIZED = HTTPException(
    status.HTTP_401_UNAUTHORIZED, "not authenticated", headers={"WWW-Authenticate": "Bearer"}
)


async def current_user(token: Annotated[str, Depends(oauth2)]) -> User:
    user_id = user_id_from_token(token)
    user = world.users_by_id.get(user_id) if user_id is not None else None
    if user is None:
        raise _UNAUTHORIZED
    return user


Me = Annotated[User, Depends(current_user)]


def _post_or_404(post_id: int) -> Post:
    post = world.posts.get(post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "post not found")
    return post


def _owned_post(post_id: int, me: User) -> Post:
    post = _post_or_404(post_id)
    if post.author_id != me.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not your post")
    return post


# ---- auth --------------------------------------------------------------------


@app.post("/auth/register", response_model=UserOut, status_code=status.HTTP_201_CREATED)
async def register(body: UserIn) -> User:
    if world.find_user(body.username) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "username taken")
    pw_hash = await hash_password(body.password)
    # re-check: someone may have taken the name while we were hashing
    user = world.add_user(body.username, pw_hash)
    if user is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "username taken")
    return user


@app.post("/auth/token", response_model=Token)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Token:
    user = world.find_user(form.username)
    ok = await verify_password(form.password, user.pw_hash if user else None)
    if not ok or user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "bad credentials", headers={"WWW-Authenticate": "Bearer"}
        )
    return Token(access_token=make_token(user.id))


# ---- posts -------------------------------------------------------------------


@app.get("/posts", response_model=list[PostOut])
async def list_posts(limit: Limit = PAGE_DEFAULT, offset: Offset = 0) -> list[Post]:
    return world.page_posts(limit, offset)


@app.get("/posts/{post_id}", response_model=PostOut)
async def get_post(post_id: int) -> Post:
    return _post_or_404(post_id)


@app.post("/posts", response_model=PostOut, status_code=status.HTTP_201_CREATED)
async def create_post(body: PostIn, me: Me) -> Post:
    return world.add_post(me, body.title, body.content)


@app.patch("/posts/{post_id}", response_model=PostOut)
async def edit_post(post_id: int, body: PostPatch, me: Me) -> Post:
    post = _owned_post(post_id, me)
    return world.edit_post(post, body.title, body.content)


@app.delete("/posts/{post_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_post(post_id: int, me: Me) -> Response:
    world.delete_post(_owned_post(post_id, me))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# ---- comments ----------------------------------------------------------------


@app.get("/posts/{post_id}/comments", response_model=list[CommentOut])
async def list_comments(post_id: int, limit: Limit = PAGE_DEFAULT, offset: Offset = 0) -> list:
    return world.page_comments(_post_or_404(post_id), limit, offset)


@app.post(
    "/posts/{post_id}/comments", response_model=CommentOut, status_code=status.HTTP_201_CREATED
)
async def add_comment(post_id: int, body: CommentIn, me: Me) -> object:
    return world.add_comment(_post_or_404(post_id), me, body.body)
