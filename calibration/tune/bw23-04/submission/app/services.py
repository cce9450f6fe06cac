"""Use cases. Each function takes its collaborators explicitly."""

from app.domain import Comment, InvalidCredentials, NotPostAuthor, Post, PostNotFound, User
from app.ports import Comments, PasswordHasher, Posts, Users


def register(users: Users, hasher: PasswordHasher, username: str, password: str) -> User:
    return users.add(username, hasher.hash(password))


def authenticate(users: Users, hasher: PasswordHasher, username: str, password: str) -> User:
    user = users.by_username(username)
    if user is None or not hasher.verify(password, user.password_hash):
        raise InvalidCredentials()
    return user


def get_post(posts: Posts, post_id: int) -> Post:
    post = posts.get(post_id)
    if post is None:
        raise PostNotFound(post_id)
    return post


def publish(posts: Posts, author: User, title: str, content: str) -> Post:
    return posts.add(author, title, content)


def _owned_post(posts: Posts, actor: User, post_id: int) -> Post:
    post = get_post(posts, post_id)
    if post.author_id != actor.id:
        raise NotPostAuthor(post_id)
    return post


def edit_post(posts: Posts, actor: User, post_id: int, title: str, content: str) -> Post:
    _owned_post(posts, actor, post_id)
    return posts.update(post_id, title, content)


def delete_post(posts: Posts, actor: User, post_id: int) -> None:
    _owned_post(posts, actor, post_id)
    posts.remove(post_id)


def comment_on(posts: Posts, comments: Comments, author: User, post_id: int, body: str) -> Comment:
    get_post(posts, post_id)
    return comments.add(post_id, author, body)


def comments_for(
    posts: Posts, comments: Comments, post_id: int, limit: int, offset: int
) -> list[Comment]:
    get_post(posts, post_id)
    return comments.page_for_post(post_id, limit, offset)
