"""Use cases. Routes stay thin; everything that can fail raises a DomainError."""

from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from blog_api.core.security import hash_password
from blog_api.errors import Conflict, Forbidden, NotFound
from blog_api.models import Comment, Post, User, utcnow
from blog_api.repositories import CommentRepository, PostRepository, UserRepository
from blog_api.schemas import CommentIn, CommentOut, Page, PostIn, PostOut, PostPatch, SignupIn


class BlogService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.users = UserRepository(session)
        self.posts = PostRepository(session)
        self.comments = CommentRepository(session)

    # --- accounts ---------------------------------------------------------

    async def sign_up(self, data: SignupIn) -> User:
        if await self.users.by_username(data.username) is not None:
            raise Conflict("username already taken")
        user = User(username=data.username, password_hash=await hash_password(data.password))
        try:
            return await self.users.add(user)
        except IntegrityError:
            await self.session.rollback()
            raise Conflict("username already taken") from None

    # --- read models ------------------------------------------------------

    async def _author_name(self, user_id: int) -> str:
        author = await self.users.get(user_id)
        return author.username if author is not None else "[deleted]"

    async def _post_out(self, post: Post) -> PostOut:
        return PostOut.model_validate(
            post.model_dump() | {"author": await self._author_name(post.author_id)}
        )

    async def _comment_out(self, comment: Comment) -> CommentOut:
        return CommentOut.model_validate(
            comment.model_dump() | {"author": await self._author_name(comment.author_id)}
        )

    # --- posts ------------------------------------------------------------

    async def _post_or_404(self, post_id: int) -> Post:
        post = await self.posts.get(post_id)
        if post is None:
            raise NotFound("post not found")
        return post

    async def _own_post(self, post_id: int, user: User) -> Post:
        post = await self._post_or_404(post_id)
        if post.author_id != user.id:
            raise Forbidden("only the author may change this post")
        return post

    async def list_posts(self, limit: int, offset: int) -> Page[PostOut]:
        posts = await self.posts.page(limit, offset)
        items = [await self._post_out(p) for p in posts]
        return Page[PostOut](items=items, total=await self.posts.count(), limit=limit, offset=offset)

    async def get_post(self, post_id: int) -> PostOut:
        return await self._post_out(await self._post_or_404(post_id))

    async def create_post(self, data: PostIn, user: User) -> PostOut:
        assert user.id is not None
        post = await self.posts.add(Post(author_id=user.id, **data.model_dump()))
        return await self._post_out(post)

    async def update_post(self, post_id: int, data: PostPatch, user: User) -> PostOut:
        post = await self._own_post(post_id, user)
        changes = {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None}
        if changes:
            post.sqlmodel_update(changes | {"updated_at": utcnow()})
            post = await self.posts.add(post)
        return await self._post_out(post)

    async def delete_post(self, post_id: int, user: User) -> None:
        await self.posts.delete(await self._own_post(post_id, user))

    # --- comments ---------------------------------------------------------

    async def list_comments(self, post_id: int, limit: int, offset: int) -> Page[CommentOut]:
        await self._post_or_404(post_id)
        comments = await self.comments.page_for_post(post_id, limit, offset)
        items = [await self._comment_out(c) for c in comments]
        total = await self.comments.count_for_post(post_id)
        return Page[CommentOut](items=items, total=total, limit=limit, offset=offset)

    async def add_comment(self, post_id: int, data: CommentIn, user: User) -> CommentOut:
        assert user.id is not None
        await self._post_or_404(post_id)
        comment = await self.comments.add(
            Comment(post_id=post_id, author_id=user.id, body=data.body)
        )
        return await self._comment_out(comment)
