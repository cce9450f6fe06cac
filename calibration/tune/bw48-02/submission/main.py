import os
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

from fastapi import Depends, FastAPI, HTTPException, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt
from passlib.context import CryptContext
from pydantic import BaseModel
from tortoise.contrib.fastapi import RegisterTortoise
from tortoise.contrib.pydantic import pydantic_model_creator

from models import Comment, Post, User

DB_URL = os.getenv("DATABASE_URL", "sqlite://blog.sqlite3")
SECRET_KEY = "k9$Lq2!vX7pR-blog-2024"
ALGORITHM = "HS256"
TOKEN_EXPIRE_MINUTES = 60 * 24 * 7

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

User_Pydantic = pydantic_model_creator(User, name="User")


@asynccontextmanager
async def lifespan(app: FastAPI):
    async with RegisterTortoise(
        app,
        db_url=DB_URL,
        modules={"models": ["models"]},
        generate_schemas=True,
        add_exception_handlers=True,
    ):
        yield


app = FastAPI(title="Blog API", lifespan=lifespan)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


# ---------- schemas ----------

class SignupIn(BaseModel):
    username: str
    password: str


class Token(BaseModel):
    access_token: str
    token_type: str


class PostIn(BaseModel):
    title: str
    content: str


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str
    created_at: datetime
    comment_count: int = 0


class CommentIn(BaseModel):
    body: str


class CommentOut(BaseModel):
    id: int
    body: str
    author: str
    created_at: datetime


# ---------- auth ----------

def create_token(user_id):
    expire = datetime.utcnow() + timedelta(minutes=TOKEN_EXPIRE_MINUTES)
    return jwt.encode({"sub": str(user_id), "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


async def get_current_user(token: str = Depends(oauth2_scheme)) -> User:
    creds_exc = HTTPException(
        status_code=401,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        user_id = payload.get("sub")
        if user_id is None:
            raise creds_exc
    except JWTError:
        raise creds_exc
    user = await User.get_or_none(id=int(user_id))
    if not user:
        raise creds_exc
    return user


@app.post("/signup", response_model=User_Pydantic, status_code=201)
async def signup(data: SignupIn):
    if await User.exists(username=data.username):
        raise HTTPException(400, "Username taken")
    user = await User.create(
        username=data.username,
        password_hash=pwd_context.hash(data.password),
    )
    return await User_Pydantic.from_tortoise_orm(user)


@app.post("/token", response_model=Token)
async def login(form: OAuth2PasswordRequestForm = Depends()):
    user = await User.get_or_none(username=form.username)
    if not user or not pwd_context.verify(form.password, user.password_hash):
        raise HTTPException(401, "Incorrect username or password", headers={"WWW-Authenticate": "Bearer"})
    return {"access_token": create_token(user.id), "token_type": "bearer"}


@app.get("/me", response_model=User_Pydantic)
async def me(user: User = Depends(get_current_user)):
    return await User_Pydantic.from_tortoise_orm(user)


# ---------- posts ----------

async def post_to_out(post: Post) -> dict:
    author = await post.author
    count = await Comment.filter(post_id=post.id).count()
    return {
        "id": post.id,
        "title": post.title,
        "content": post.content,
        "author": author.username,
        "created_at": post.created_at,
        "comment_count": count,
    }


@app.get("/posts", response_model=list[PostOut])
async def list_posts(skip: int = 0, limit: int = 50):
    posts = await Post.all().order_by("-created_at").offset(skip).limit(limit)
    out = []
    for p in posts:
        out.append(await post_to_out(p))
    return out


@app.get("/posts/{post_id}", response_model=PostOut)
async def get_post(post_id: int):
    post = await Post.get_or_none(id=post_id)
    if not post:
        raise HTTPException(404, "Post not found")
    return await post_to_out(post)


@app.post("/posts", response_model=PostOut, status_code=201)
async def create_post(data: PostIn, user: User = Depends(get_current_user)):
    post = await Post.create(title=data.title, content=data.content, author=user)
    return await post_to_out(post)


@app.put("/posts/{post_id}", response_model=PostOut)
async def update_post(post_id: int, data: dict, user: User = Depends(get_current_user)):
    post = await Post.get_or_none(id=post_id)
    if not post:
        raise HTTPException(404, "Post not found")
    if post.author_id != user.id:
        raise HTTPException(403, "Not your post")
    post.update_from_dict(data)
    await post.save()
    return await post_to_out(post)


@app.delete("/posts/{post_id}", status_code=204)
async def delete_post(post_id: int, user: User = Depends(get_current_user)):
    post = await Post.get_or_none(id=post_id)
    if not post:
        raise HTTPException(404, "Post not found")
    if post.author_id != user.id:
        raise HTTPException(403, "Not your post")
    await post.delete()
    return Response(status_code=204)


# ---------- comments ----------

@app.get("/posts/{post_id}/comments", response_model=list[CommentOut])
async def list_comments(post_id: int):
    comments = await Comment.filter(post_id=post_id).order_by("created_at").prefetch_related("author")
    return [
        {"id": c.id, "body": c.body, "author": c.author.username, "created_at": c.created_at}
        for c in comments
    ]


@app.post("/posts/{post_id}/comments", response_model=CommentOut, status_code=201)
async def add_comment(post_id: int, data: CommentIn, user: User = Depends(get_current_user)):
    post = await Post.get_or_none(id=post_id)
    if not post:
        raise HTTPException(404, "Post not found")
    c = await Comment.create(body=data.body, post=post, author=user)
    return {"id": c.id, "body": c.body, "author": user.username, "created_at": c.created_at}
