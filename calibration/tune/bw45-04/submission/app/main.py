from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import models
from app.database import engine
from app.routers import auth, comments, posts, users

models.Base.metadata.create_all(bind=engine)

app = FastAPI(
    title="Blog API",
    description="Multi-author blog: users, posts and comments. JWT bearer auth via /login.",
    version="1.0.0",
)

origins = ["*"]

app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(auth.router)
app.include_router(users.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.get("/", tags=["Root"])
def root():
    return {"message": "Blog API is running. See /docs"}
