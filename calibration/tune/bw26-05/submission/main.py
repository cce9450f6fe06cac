from contextlib import asynccontextmanager
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select, text

from auth import check_password, current_user, hash_password, make_token
from db import get_session, init_db
from models import (
    Comment,
    CommentCreate,
    CommentRead,
    Post,
    PostCreate,
    PostRead,
    PostUpdate,
    Token,
    User,
    UserCreate,
    UserRead,
)


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    yield


app = FastAPI(title="Blog API", version="0.1.0", lifespan=lifespan)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

SessionDep = Annotated[Session, Depends(get_session)]
UserDep = Annotated[User, Depends(current_user)]
Limit = Annotated[int, Query(ge=1, le=100)]
Offset = Annotated[int, Query(ge=0)]

SORTS = {"new": "created_at DESC", "old": "created_at ASC", "title": "title ASC"}


def get_post_or_404(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


# ---------- auth ----------

@app.post("/users", response_model=UserRead, status_code=201, tags=["auth"])
def signup(data: UserCreate, session: SessionDep):
    user = User(username=data.username, hashed_password=hash_password(data.password))
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status_code=409, detail="Username taken")
    session.refresh(user)
    return user


@app.post("/token", response_model=Token, tags=["auth"])
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep):
    user = session.exec(select(User).where(User.username == form.username)).first()
    if not user or not check_password(form.password, user.hashed_password):
        raise HTTPException(status_code=401, detail="Bad username or password")
    return Token(access_token=make_token(user.id))


@app.get("/me", response_model=UserRead, tags=["auth"])
def me(user: UserDep):
    return user


# ---------- posts ----------

@app.get("/posts", response_model=list[PostRead], tags=["posts"])
def list_posts(
    session: SessionDep,
    limit: Limit = 20,
    offset: Offset = 0,
    q: str | None = None,
    sort: Literal["new", "old", "title"] = "new",
):
    sql = text(
        f"SELECT id FROM post WHERE (:q IS NULL OR title LIKE :pattern) "
        f"ORDER BY {SORTS[sort]} LIMIT :limit OFFSET :offset"
    )
    ids = session.exec(
        sql, params={"q": q, "pattern": f"%{q}%", "limit": limit, "offset": offset}
    ).all()
    if not ids:
        return []
    posts = session.exec(select(Post).where(Post.id.in_([r[0] for r in ids]))).all()
    by_id = {p.id: p for p in posts}
    return [by_id[r[0]] for r in ids]


@app.get("/posts/{post_id}", response_model=PostRead, tags=["posts"])
def get_post(post_id: int, session: SessionDep):
    return get_post_or_404(session, post_id)


@app.post("/posts", response_model=PostRead, status_code=201, tags=["posts"])
def create_post(data: PostCreate, session: SessionDep, user: UserDep):
    post = Post.model_validate(data, update={"author_id": user.id})
    session.add(post)
    session.commit()
    session.refresh(post)
    return post


@app.patch("/posts/{post_id}", response_model=PostRead, tags=["posts"])
def update_post(post_id: int, data: PostUpdate, session: SessionDep, user: UserDep):
    post = get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="Not your post")
    post.sqlmodel_update(data.model_dump(exclude_unset=True, exclude_none=True))
    session.add(post)
    session.commit()
    session.refresh(post)
    return post


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"])
def delete_post(post_id: int, session: SessionDep, user: UserDep):
    post = get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="Not your post")
    for c in session.exec(select(Comment).where(Comment.post_id == post_id)).all():
        session.delete(c)
    session.delete(post)
    session.commit()
    return Response(status_code=204)


# ---------- comments ----------

@app.get("/posts/{post_id}/comments", response_model=list[CommentRead], tags=["comments"])
def list_comments(post_id: int, session: SessionDep, limit: Limit = 50, offset: Offset = 0):
    get_post_or_404(session, post_id)
    stmt = (
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .offset(offset)
        .limit(limit)
    )
    return session.exec(stmt).all()


@app.post("/posts/{post_id}/comments", response_model=CommentRead, status_code=201, tags=["comments"])
def add_comment(post_id: int, data: CommentCreate, session: SessionDep, user: UserDep):
    get_post_or_404(session, post_id)
    comment = Comment.model_validate(data, update={"post_id": post_id, "author_id": user.id})
    session.add(comment)
    session.commit()
    session.refresh(comment)
    return comment
