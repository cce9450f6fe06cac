from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from database import create_db_and_tables
from routes import auth, comments, posts

app = FastAPI(
    title="Blog API",
    description="Backend for my blog app. Frontend lives in a separate repo (React + Vite).",
    version="1.0.0",
)

# allow the React dev server (and anything else) to call the API
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

create_db_and_tables()


app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.get("/", tags=["Health"])
def root():
    return {"success": True, "message": "Blog API is running 🚀"}
