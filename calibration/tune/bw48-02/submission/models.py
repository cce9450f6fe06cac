from tortoise import fields
from tortoise.models import Model


class User(Model):
    id = fields.IntField(pk=True)
    username = fields.CharField(max_length=50, unique=True)
    password_hash = fields.CharField(max_length=128)
    bio = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class PydanticMeta:
        exclude = ("posts", "comments")


class Post(Model):
    id = fields.IntField(pk=True)
    title = fields.CharField(max_length=200)
    content = fields.TextField()
    author = fields.ForeignKeyField("models.User", related_name="posts")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)


class Comment(Model):
    id = fields.IntField(pk=True)
    body = fields.TextField()
    post = fields.ForeignKeyField("models.Post", related_name="comments")
    author = fields.ForeignKeyField("models.User", related_name="comments")
    created_at = fields.DatetimeField(auto_now_add=True)
