import secrets
from datetime import datetime

import bcrypt
from peewee import CharField, DateTimeField, ForeignKeyField

from app.models.base import BaseModel


class User(BaseModel):
    name = CharField(unique=True)
    password = CharField()
    created_at = DateTimeField(default=datetime.now)
    updated_at = DateTimeField(default=datetime.now)

    class Meta:
        table_name = "users"

    def set_password(self, plain):
        self.password = bcrypt.hashpw(plain.encode(), bcrypt.gensalt()).decode()

    def check_password(self, plain):
        return bcrypt.checkpw(plain.encode(), self.password.encode())

    def create_token(self):
        token = secrets.token_hex(40)
        PersonalAccessToken.create(user=self, token=token)
        return token


class PersonalAccessToken(BaseModel):
    user = ForeignKeyField(User, backref="tokens", on_delete="CASCADE")
    token = CharField(unique=True)
    created_at = DateTimeField(default=datetime.now)

    class Meta:
        table_name = "personal_access_tokens"
