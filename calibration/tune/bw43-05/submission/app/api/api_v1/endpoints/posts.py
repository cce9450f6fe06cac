from typing import Any, List

from fastapi import APIRouter, Body, Depends, HTTPException
from sqlalchemy.orm import Session

from app import crud, models, schemas
from app.api import deps

router = APIRouter()


@router.get("/", response_model=List[schemas.Post])
async def read_posts(
    db: Session = Depends(deps.get_db),
    skip: int = 0,
    limit: int = 100,
) -> Any:
    posts = crud.post.get_multi(db, skip=skip, limit=limit)
    return posts


@router.post("/", response_model=schemas.Post)
async def create_post(
    *,
    db: Session = Depends(deps.get_db),
    post_in: schemas.PostCreate,
    current_user: models.User = Depends(deps.get_current_active_user),
) -> Any:
    post = crud.post.create_with_owner(db=db, obj_in=post_in, owner_id=current_user.id)
    return post


@router.get("/{id}", response_model=schemas.Post)
async def read_post(
    *,
    db: Session = Depends(deps.get_db),
    id: int,
) -> Any:
    post = crud.post.get(db=db, id=id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@router.put("/{id}", response_model=schemas.Post)
async def update_post(
    *,
    db: Session = Depends(deps.get_db),
    id: int,
    payload: dict = Body(...),
    current_user: models.User = Depends(deps.get_current_active_user),
) -> Any:
    post = crud.post.get(db=db, id=id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    post = crud.post.update(db=db, db_obj=post, obj_in=payload)
    return post


@router.delete("/{id}", response_model=schemas.Msg)
async def delete_post(
    *,
    db: Session = Depends(deps.get_db),
    id: int,
    current_user: models.User = Depends(deps.get_current_active_user),
) -> Any:
    post = crud.post.get(db=db, id=id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.owner_id != current_user.id:
        raise HTTPException(status_code=400, detail="Not enough permissions")
    crud.post.remove(db=db, id=id)
    return {"msg": "Post deleted successfully"}
