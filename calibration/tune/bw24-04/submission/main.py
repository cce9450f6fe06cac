from fastapi import FastAPI

from app.models.base import db
from app.models.todo import Todo
from app.models.user import PersonalAccessToken, User
from config.app import config
from routes.api import router

db.connect(reuse_if_open=True)
db.create_tables([User, PersonalAccessToken, Todo])

app = FastAPI(title=config["name"], debug=config["debug"])
app.include_router(router)


@app.get("/")
def welcome():
    return {"app": config["name"], "status": "up"}
