from fastapi import Depends, FastAPI

from app.database import Base, engine
from app.rate_limit import rate_limiter
from app.routers import auth, todos

Base.metadata.create_all(bind=engine)

app = FastAPI(
    title="Todo API",
    description="Multi-user todo lists. Log in with `/auth/login` and use the bearer token.",
    version="1.0.0",
    dependencies=[Depends(rate_limiter)],
)

app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", tags=["health"], summary="Health check")
def health() -> dict[str, str]:
    return {"status": "ok"}
