import uvicorn
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from config import PORT
from middleware.auth import authMiddleware
from routes import auth, posts

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.middleware("http")(authMiddleware)

app.include_router(auth.router, prefix="/api/auth")
app.include_router(posts.router, prefix="/api/posts")


@app.get("/")
async def root():
    return {"message": "Blog API is running 🚀"}


if __name__ == "__main__":
    uvicorn.run("server:app", host="0.0.0.0", port=PORT, reload=True)
