from fastapi import FastAPI

from todo_api.database import Base, engine
from todo_api.routers import auth, todos

Base.metadata.create_all(bind=engine)

app = FastAPI(
    title="Todo API",
    description="Take-home assignment: multi-user todo lists with JWT auth.",
    version="1.0.0",
)

app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", tags=["health"], summary="Health check")
def health():
    return {"status": "ok"}
