from peewee import Model, SqliteDatabase

from config.app import config

db = SqliteDatabase(config["database"], pragmas={"foreign_keys": 1})


class BaseModel(Model):
    class Meta:
        database = db
