from fastapi import FastAPI

from app.controllers import auth_controller, todo_controller

app = FastAPI(
    title="Todo API",
    description="Personal todo lists. Log in via /auth/login and use the bearer token.",
    version="0.1.0",
)

app.include_router(auth_controller.router)
app.include_router(todo_controller.router)


@app.get("/health", tags=["Health"], summary="Health check")
def health() -> dict[str, str]:
    return {"status": "ok"}
