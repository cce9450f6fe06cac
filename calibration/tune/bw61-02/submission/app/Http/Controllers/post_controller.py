from fastapi import APIRouter, Depends, HTTPException, Request, Response

from app.Http.Middleware.authenticate import auth_user
from app.Http.validator import validate
from app.Services.post_service import PostService
from config.database import get_db

router = APIRouter()


@router.get("/posts")
async def index(
    search: str = "",
    sort: str = "created_at",
    limit: int = 10,
    offset: int = 0,
    db=Depends(get_db),
):
    return PostService(db).list(search, sort, limit, offset)


@router.get("/posts/{id}")
async def show(id: int, db=Depends(get_db)):
    service = PostService(db)
    post = service.find(id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return service.show(post)


@router.post("/posts", status_code=201)
async def store(request: Request, user=Depends(auth_user), db=Depends(get_db)):
    data = await request.json()

    errors = validate(data, {"title": "required", "content": "required"})
    if errors:
        return errors

    return PostService(db).create(user, data)


@router.put("/posts/{id}")
async def update(id: int, request: Request, user=Depends(auth_user), db=Depends(get_db)):
    service = PostService(db)
    post = service.find(id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.user_id != user.id:
        raise HTTPException(status_code=403, detail="This action is unauthorized.")

    data = await request.json()
    return service.update(post, data)


@router.delete("/posts/{id}", status_code=204)
async def destroy(id: int, user=Depends(auth_user), db=Depends(get_db)):
    service = PostService(db)
    post = service.find(id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.user_id != user.id:
        raise HTTPException(status_code=403, detail="This action is unauthorized.")

    service.delete(post)
    return Response(status_code=204)
