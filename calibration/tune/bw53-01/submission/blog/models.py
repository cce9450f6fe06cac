"""Database models.

Tortoise's API is deliberately close to the Django ORM, so these should look
familiar: an abstract timestamped base, ``Meta.ordering``, ``related_name``.
"""
from tortoise import fields
from tortoise.models import Model


class TimeStampedModel(Model):
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True


class User(TimeStampedModel):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=50, unique=True)
    password_hash = fields.CharField(max_length=255)
    is_active = fields.BooleanField(default=True)

    posts: fields.ReverseRelation["Post"]
    comments: fields.ReverseRelation["Comment"]

    class Meta:
        table = "users"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.username


class Post(TimeStampedModel):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    content = fields.TextField()
    author: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "blog.User", related_name="posts", on_delete=fields.CASCADE
    )

    comments: fields.ReverseRelation["Comment"]

    class Meta:
        table = "posts"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class Comment(TimeStampedModel):
    id = fields.IntField(primary_key=True)
    body = fields.TextField()
    post: fields.ForeignKeyRelation[Post] = fields.ForeignKeyField(
        "blog.Post", related_name="comments", on_delete=fields.CASCADE
    )
    author: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "blog.User", related_name="comments", on_delete=fields.CASCADE
    )

    class Meta:
        table = "comments"
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Comment #{self.id} on post #{self.post_id}"
