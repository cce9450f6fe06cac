from datetime import datetime, timezone

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import Session, select

from auth import authenticate, create_access_token, get_current_user, hash_password
from database import create_db_and_tables, get_session
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

app = FastAPI(
    title="Blog API",
    description="Multi-author blog: posts and comments. Reads are public, writes need a bearer token.",
    version="0.1.0",
)

# so the frontend notebook / dashboard can call it from anywhere
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.on_event("startup")
def on_startup() -> None:
    create_db_and_tables()


def post_to_read(session: Session, post: Post) -> PostRead:
    author = session.get(User, post.author_id)
    comments = session.exec(select(Comment).where(Comment.post_id == post.id)).all()
    return PostRead(
        id=post.id,
        title=post.title,
        content=post.content,
        author=author.username if author else "unknown",
        created_at=post.created_at,
        updated_at=post.updated_at,
        comment_count=len(comments),
    )


def get_post_or_404(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


# ---------------- auth ----------------

@app.post("/auth/register", response_model=UserRead, status_code=201, tags=["auth"])
def register(data: UserCreate, session: Session = Depends(get_session)) -> User:
    existing = session.exec(select(User).where(User.username == data.username)).first()
    if existing:
        raise HTTPException(status_code=409, detail="Username already exists")
    user = User(username=data.username, hashed_password=hash_password(data.password))
    session.add(user)
    session.commit()
    session.refresh(user)
    return user


@app.post("/auth/token", response_model=Token, tags=["auth"])
def login(
    form_data: OAuth2PasswordRequestForm = Depends(), session: Session = Depends(get_session)
) -> Token:
    user = authenticate(session, form_data.username, form_data.password)
    if user is None:
        raise HTTPException(
            status_code=401,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.username))


# ---------------- posts ----------------

@app.get("/posts", response_model=list[PostRead], tags=["posts"])
def list_posts(
    limit: int = Query(10, ge=1, le=50),
    offset: int = Query(0, ge=0),
    session: Session = Depends(get_session),
) -> list[PostRead]:
    posts = session.exec(
        select(Post).order_by(Post.created_at.desc()).offset(offset).limit(limit)
    ).all()
    return [post_to_read(session, p) for p in posts]


@app.post("/posts", response_model=PostRead, status_code=201, tags=["posts"])
def create_post(
    data: PostCreate,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
) -> PostRead:
    post = Post(title=data.title, content=data.content, author_id=user.id)
    session.add(post)
    session.commit()
    session.refresh(post)
    return post_to_read(session, post)


@app.get("/posts/{post_id}", response_model=PostRead, tags=["posts"])
def get_post(post_id: int, session: Session = Depends(get_session)) -> PostRead:
    return post_to_read(session, get_post_or_404(session, post_id))


@app.patch("/posts/{post_id}", response_model=PostRead, tags=["posts"])
def update_post(
    post_id: int,
    data: PostUpdate,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
) -> PostRead:
    post = get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="Only the author can edit this post")
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    for key, value in changes.items():
        setattr(post, key, value)
    post.updated_at = datetime.now(timezone.utc)
    session.add(post)
    session.commit()
    session.refresh(post)
    return post_to_read(session, post)


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"])
def delete_post(
    post_id: int,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
) -> Response:
    post = get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="Only the author can delete this post")
    for c in session.exec(select(Comment).where(Comment.post_id == post_id)).all():
        session.delete(c)
    session.delete(post)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# ---------------- comments ----------------

@app.get("/posts/{post_id}/comments", response_model=list[CommentRead], tags=["comments"])
def list_comments(post_id: int, session: Session = Depends(get_session)) -> list[CommentRead]:
    get_post_or_404(session, post_id)
    comments = session.exec(
        select(Comment).where(Comment.post_id == post_id).order_by(Comment.created_at)
    ).all()
    result = []
    for c in comments:
        author = session.get(User, c.author_id)
        result.append(
            CommentRead(
                id=c.id,
                post_id=c.post_id,
                content=c.content,
                author=author.username if author else "unknown",
                created_at=c.created_at,
            )
        )
    return result


@app.post(
    "/posts/{post_id}/comments",
    response_model=CommentRead,
    status_code=201,
    tags=["comments"],
)
def add_comment(
    post_id: int,
    data: CommentCreate,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
) -> CommentRead:
    get_post_or_404(session, post_id)
    comment = Comment(content=data.content, post_id=post_id, author_id=user.id)
    session.add(comment)
    session.commit()
    session.refresh(comment)
    return CommentRead(
        id=comment.id,
        post_id=comment.post_id,
        content=comment.content,
        author=user.username,
        created_at=comment.created_at,
    )
