from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, Query, status

from config.services import get_post_normalizer, get_post_repository
from src.Dto.PostDto import PostInput, PostOutput, PostPatchInput
from src.Entity.Post import Post
from src.Entity.User import User
from src.Repository.PostRepository import PostRepository
from src.Security.TokenAuthenticator import getUser
from src.Security.Voter.PostVoter import PostVoter, denyAccessUnlessGranted
from src.Serializer.PostNormalizer import PostNormalizer

router = APIRouter(prefix="/api/posts", tags=["Post"])

NOT_FOUND = {404: {"description": "Post not found"}}


def findPostOr404(id: int, posts: PostRepository) -> Post:
    post = posts.find(id)
    if post is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found.")
    return post


@router.get("", response_model=list[PostOutput], summary="List posts")
def index(
    limit: int = Query(10, ge=1, le=50),
    offset: int = Query(0, ge=0),
    posts: PostRepository = Depends(get_post_repository),
    normalizer: PostNormalizer = Depends(get_post_normalizer),
) -> list[PostOutput]:
    return normalizer.normalizeCollection(posts.findBy(limit, offset))


@router.get("/{id}", response_model=PostOutput, summary="Show a post", responses=NOT_FOUND)
def show(
    id: int,
    posts: PostRepository = Depends(get_post_repository),
    normalizer: PostNormalizer = Depends(get_post_normalizer),
) -> PostOutput:
    return normalizer.normalize(findPostOr404(id, posts))


@router.post(
    "",
    response_model=PostOutput,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses={401: {"description": "Not authenticated"}},
)
def new(
    dto: PostInput,
    user: User = Depends(getUser),
    posts: PostRepository = Depends(get_post_repository),
    normalizer: PostNormalizer = Depends(get_post_normalizer),
) -> PostOutput:
    post = Post(title=dto.title, content=dto.content, author=user)
    posts.save(post)

    return normalizer.normalize(post)


@router.patch(
    "/{id}",
    response_model=PostOutput,
    summary="Edit a post (author only)",
    responses={**NOT_FOUND, 401: {"description": "Not authenticated"}, 403: {"description": "Not the author"}},
)
def edit(
    id: int,
    dto: PostPatchInput,
    user: User = Depends(getUser),
    posts: PostRepository = Depends(get_post_repository),
    normalizer: PostNormalizer = Depends(get_post_normalizer),
) -> PostOutput:
    post = findPostOr404(id, posts)
    denyAccessUnlessGranted(PostVoter.EDIT, post, user)

    if dto.title is not None:
        post.title = dto.title
    if dto.content is not None:
        post.content = dto.content
    post.updatedAt = datetime.now(timezone.utc)
    posts.save(post)

    return normalizer.normalize(post)


@router.delete(
    "/{id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post (author only)",
    responses={**NOT_FOUND, 401: {"description": "Not authenticated"}, 403: {"description": "Not the author"}},
)
def delete(
    id: int,
    user: User = Depends(getUser),
    posts: PostRepository = Depends(get_post_repository),
) -> None:
    post = findPostOr404(id, posts)
    denyAccessUnlessGranted(PostVoter.DELETE, post, user)
    posts.remove(post)
