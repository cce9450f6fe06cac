from fastapi import FastAPI

from app.db import Base, engine
from app.routers import auth, todos

Base.metadata.create_all(bind=engine)

app = FastAPI(title="Todo API", version="0.1.0")
app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", include_in_schema=False)
def health() -> dict[str, str]:
    return {"status": "ok"}
