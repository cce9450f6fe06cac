from datetime import datetime

from peewee import CharField, DateTimeField, ForeignKeyField, Model, SqliteDatabase, TextField
from playhouse.shortcuts import model_to_dict

import config

db = SqliteDatabase(config.DB_DATABASE, pragmas={"foreign_keys": 1})


class BaseModel(Model):
    # attributes never sent to the client (Laravel's $hidden)
    hidden = []

    created_at = DateTimeField(default=datetime.now)
    updated_at = DateTimeField(default=datetime.now)

    class Meta:
        database = db

    def save(self, *args, **kwargs):
        self.updated_at = datetime.now()
        return super().save(*args, **kwargs)

    def to_array(self):
        data = model_to_dict(self, recurse=False)
        for key in self.hidden:
            data.pop(key, None)
        return data


class User(BaseModel):
    hidden = ["password", "api_token"]

    username = CharField(unique=True)
    password = CharField()
    api_token = CharField(null=True, unique=True)


class Post(BaseModel):
    user = ForeignKeyField(User, backref="posts", on_delete="CASCADE")
    title = CharField()
    body = TextField()

    def to_array(self):
        data = model_to_dict(self, recurse=True)
        data["comments_count"] = self.comments.count()
        return data


class Comment(BaseModel):
    post = ForeignKeyField(Post, backref="comments", on_delete="CASCADE")
    user = ForeignKeyField(User, backref="comments", on_delete="CASCADE")
    body = TextField()

    def to_array(self):
        data = model_to_dict(self, recurse=False)
        data["user"] = self.user.to_array()
        return data


def migrate():
    db.create_tables([User, Post, Comment], safe=True)
