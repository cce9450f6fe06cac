from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from . import models
from .database import engine
from .routers import todos, users

models.Base.metadata.create_all(bind=engine)

app = FastAPI(title="Todo API")

origins = ["*"]

app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(users.router)
app.include_router(todos.router)


@app.get("/")
async def root():
    return {"message": "Welcome to the Todo API!"}
