from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordRequestForm

from schemas import CommentCreate, CommentOut, PostCreate, PostOut, Token, UserCreate, UserOut
from security import check_password, get_current_user, hash_password, issue_token
from store import Comment, Post, User, UsernameTaken, db, now

app = FastAPI(
    title="Blog API",
    description="A small multi-author blog. Reading is public, writing needs a bearer token.",
    version="1.0.0",
)

CurrentUser = Annotated[User, Depends(get_current_user)]
Limit = Annotated[int, Query(ge=1, le=100, description="How many items to return (max 100)")]
Offset = Annotated[int, Query(ge=0, description="How many items to skip")]


def post_out(post: Post) -> PostOut:
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=post.author,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def comment_out(comment: Comment) -> CommentOut:
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        content=comment.content,
        author=comment.author,
        created_at=comment.created_at,
    )


def get_post_or_404(post_id: int) -> Post:
    post = db.posts.get(post_id)
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@app.get("/health", tags=["health"])
async def health():
    return {"status": "ok"}


# --- auth ---
# These two are normal "def" functions on purpose: bcrypt is slow, and FastAPI runs
# def endpoints in a threadpool so they don't block the other requests.


@app.post("/auth/register", response_model=UserOut, status_code=201, tags=["auth"])
def register(user: UserCreate) -> UserOut:
    hashed = hash_password(user.password)
    try:
        new_user = db.add_user(user.username, hashed)
    except UsernameTaken:
        raise HTTPException(status_code=409, detail="Username already taken")
    return UserOut(id=new_user.id, username=new_user.username)


@app.post("/auth/token", response_model=Token, tags=["auth"])
def login(form_data: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Token:
    user = db.get_user(form_data.username)
    if user is None or not check_password(form_data.password, user.password_hash):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=issue_token(user.username))


# --- posts ---


@app.get("/posts", response_model=list[PostOut], tags=["posts"])
async def list_posts(limit: Limit = 10, offset: Offset = 0) -> list[PostOut]:
    return [post_out(p) for p in db.list_posts(limit, offset)]


@app.post("/posts", response_model=PostOut, status_code=201, tags=["posts"])
async def create_post(data: PostCreate, user: CurrentUser) -> PostOut:
    post = db.add_post(data.title, data.content, user.username)
    return post_out(post)


@app.get("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def read_post(post_id: int) -> PostOut:
    return post_out(get_post_or_404(post_id))


@app.put("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def update_post(post_id: int, data: PostCreate, user: CurrentUser) -> PostOut:
    post = get_post_or_404(post_id)
    if post.author != user.username:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")
    post.title = data.title
    post.content = data.content
    post.updated_at = now()
    return post_out(post)


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"])
async def delete_post(post_id: int, user: CurrentUser) -> None:
    post = get_post_or_404(post_id)
    if post.author != user.username:
        raise HTTPException(status_code=403, detail="You can only delete your own posts")
    db.delete_post(post_id)


# --- comments ---


@app.get("/posts/{post_id}/comments", response_model=list[CommentOut], tags=["comments"])
async def list_comments(post_id: int, limit: Limit = 10, offset: Offset = 0) -> list[CommentOut]:
    get_post_or_404(post_id)
    return [comment_out(c) for c in db.list_comments(post_id, limit, offset)]


@app.post("/posts/{post_id}/comments", response_model=CommentOut, status_code=201, tags=["comments"])
async def create_comment(post_id: int, data: CommentCreate, user: CurrentUser) -> CommentOut:
    get_post_or_404(post_id)
    comment = db.add_comment(post_id, data.content, user.username)
    return comment_out(comment)
