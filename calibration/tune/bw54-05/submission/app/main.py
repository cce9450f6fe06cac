from fastapi import FastAPI

from app.database import create_db_and_tables
from app.routers import todos, users

app = FastAPI(
    title="Todo API",
    description="A simple todo list API where every user has their own todos. Made with FastAPI and SQLModel.",
    version="1.0.0",
)


@app.on_event("startup")
def on_startup():
    create_db_and_tables()


app.include_router(users.router)
app.include_router(todos.router)


@app.get("/")
def root():
    return {"message": "Welcome to the Todo API! Go to /docs to see the documentation."}
