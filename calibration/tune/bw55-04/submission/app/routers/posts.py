from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import get_db
from app.dependencies import get_current_user
from app.models import Post, User, utcnow
from app.schemas import PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])


async def get_post_or_404(db: AsyncSession, post_id: int) -> Post:
    post = await db.get(Post, post_id)
    if post is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


async def to_post_read(post: Post) -> PostRead:
    author = await post.awaitable_attrs.author
    comments = await post.awaitable_attrs.comments
    return PostRead(
        id=post.id,
        title=post.title,
        content=post.content,
        author_id=post.author_id,
        author_username=author.username,
        comment_count=len(comments),
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


@router.get("", response_model=list[PostRead])
async def list_posts(
    limit: int = Query(10, ge=1, le=50),
    offset: int = Query(0, ge=0),
    db: AsyncSession = Depends(get_db),
):
    result = await db.execute(
        select(Post).order_by(Post.created_at.desc(), Post.id.desc()).offset(offset).limit(limit)
    )
    posts = result.scalars().all()

    response = []
    for post in posts:
        author = await post.awaitable_attrs.author
        comments = await post.awaitable_attrs.comments
        response.append(
            PostRead(
                id=post.id,
                title=post.title,
                content=post.content,
                author_id=post.author_id,
                author_username=author.username,
                comment_count=len(comments),
                created_at=post.created_at,
                updated_at=post.updated_at,
            )
        )
    return response


@router.post("", response_model=PostRead, status_code=status.HTTP_201_CREATED)
async def create_post(
    post_in: PostCreate,
    db: AsyncSession = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    post = Post(title=post_in.title, content=post_in.content, author_id=current_user.id)
    db.add(post)
    await db.commit()
    await db.refresh(post)
    return await to_post_read(post)


@router.get("/{post_id}", response_model=PostRead)
async def get_post(post_id: int, db: AsyncSession = Depends(get_db)):
    post = await get_post_or_404(db, post_id)
    return await to_post_read(post)


@router.patch("/{post_id}", response_model=PostRead)
async def update_post(
    post_id: int,
    post_in: PostUpdate,
    db: AsyncSession = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    post = await get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")

    for field, value in post_in.model_dump(exclude_none=True).items():
        setattr(post, field, value)
    post.updated_at = utcnow()
    await db.commit()
    await db.refresh(post)
    return await to_post_read(post)


@router.delete("/{post_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_post(
    post_id: int,
    db: AsyncSession = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    post = await get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You can only delete your own posts")

    await db.delete(post)
    await db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
