from datetime import datetime

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField

from app.models.base import BaseModel
from app.models.user import User


class Todo(BaseModel):
    user = ForeignKeyField(User, backref="todos", on_delete="CASCADE")
    title = CharField()
    description = TextField(null=True)
    done = BooleanField(default=False)
    created_at = DateTimeField(default=datetime.now)
    updated_at = DateTimeField(default=datetime.now)

    class Meta:
        table_name = "todos"
