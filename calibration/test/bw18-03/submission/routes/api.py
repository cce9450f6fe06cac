from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

import config
from app import auth
from app.models import Comment, Post, User
from app.validator import validate

router = APIRouter(prefix="/api")


def unauthenticated():
    return JSONResponse({"message": "Unauthenticated."}, status_code=401)


def not_found():
    return JSONResponse({"message": "Not Found."}, status_code=404)


def invalid(errors):
    return JSONResponse({"message": "The given data was invalid.", "errors": errors}, status_code=422)


def created(payload):
    return JSONResponse(jsonable_encoder(payload), status_code=201)


# ---------------------------------------------------------------- auth

@router.post("/register")
async def register(request: Request):
    data = await request.json()
    errors = validate(data, {
        "username": "required|string|min:3|max:50|unique:users,username",
        "password": "required|string|min:8|confirmed",
    })
    if errors:
        return invalid(errors)

    user = User.create(username=data["username"], password=auth.hash_password(data["password"]))
    return created(user.to_array())


@router.post("/login")
async def login(request: Request):
    data = await request.json()
    errors = validate(data, {"username": "required|string", "password": "required|string"})
    if errors:
        return invalid(errors)

    user = User.get_or_none(User.username == data["username"])
    if user is None or not auth.check_password(data["password"], user.password):
        return JSONResponse({"message": "These credentials do not match our records."}, status_code=401)

    user.api_token = auth.new_token()
    user.save()
    return {"token": user.api_token, "token_type": "Bearer"}


@router.post("/logout")
async def logout(request: Request):
    user = auth.user(request)
    if not user:
        return unauthenticated()
    user.api_token = None
    user.save()
    return Response(status_code=204)


# ---------------------------------------------------------------- posts

@router.get("/posts")
async def posts_index(request: Request):
    limit = min(int(request.query_params.get("limit", config.PER_PAGE)), 100)
    offset = int(request.query_params.get("offset", 0))

    posts = Post.select().order_by(Post.created_at.desc()).limit(limit).offset(offset)
    return {
        "data": [post.to_array() for post in posts],
        "meta": {"limit": limit, "offset": offset, "total": Post.select().count()},
    }


@router.post("/posts")
async def posts_store(request: Request):
    user = auth.user(request)
    if not user:
        return unauthenticated()

    data = await request.json()
    errors = validate(data, {"title": "required|string|max:255", "body": "required|string"})
    if errors:
        return invalid(errors)

    post = Post.create(user=user, title=data["title"], body=data["body"])
    return created(post.to_array())


@router.get("/posts/{id}")
async def posts_show(id: int):
    post = Post.get_or_none(Post.id == id)
    if not post:
        return not_found()
    data = post.to_array()
    data["comments"] = [c.to_array() for c in post.comments.order_by(Comment.created_at)]
    return data


@router.put("/posts/{id}")
async def posts_update(id: int, request: Request):
    user = auth.user(request)
    if not user:
        return unauthenticated()

    post = Post.get_or_none(Post.id == id)
    if not post:
        return not_found()
    if post.user_id != user.id:
        return JSONResponse({"message": "This action is unauthorized."}, status_code=403)

    data = await request.json()
    errors = validate(data, {"title": "string|max:255", "body": "string"})
    if errors:
        return invalid(errors)

    if "title" in data:
        post.title = data["title"]
    if "body" in data:
        post.body = data["body"]
    post.save()
    return post.to_array()


@router.delete("/posts/{id}")
async def posts_destroy(id: int, request: Request):
    user = auth.user(request)
    if not user:
        return unauthenticated()

    post = Post.get_or_none(Post.id == id)
    if not post:
        return not_found()
    if post.user_id != user.id:
        return JSONResponse({"message": "This action is unauthorized."}, status_code=403)

    post.delete_instance(recursive=True)
    return Response(status_code=204)


# ---------------------------------------------------------------- comments

@router.get("/posts/{id}/comments")
async def comments_index(id: int):
    post = Post.get_or_none(Post.id == id)
    if not post:
        return not_found()
    return {"data": [c.to_array() for c in post.comments.order_by(Comment.created_at)]}


@router.post("/posts/{id}/comments")
async def comments_store(id: int, request: Request):
    user = auth.user(request)
    if not user:
        return unauthenticated()

    post = Post.get_or_none(Post.id == id)
    if not post:
        return not_found()

    data = await request.json()
    errors = validate(data, {"body": "required|max:1000"})
    if errors:
        return invalid(errors)

    comment = Comment.create(post=post, user=user, body=data["body"])
    return created(comment.to_array())
