from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from todo_project.todos.routes import router as todos_router
from todo_project.users.routes import router as users_router

app = FastAPI(
    title="Todo API",
    version="0.1.0",
    description="Personal todo lists. Authenticate via `POST /auth/token` (OAuth2 password flow).",
)

app.include_router(users_router)
app.include_router(todos_router)


@app.exception_handler(ValidationError)
async def pydantic_validation_error(request: Request, exc: ValidationError):
    # validation done by hand inside a view (see PATCH /todos/{id}) should still be a 422
    return JSONResponse(
        status_code=422,
        content={"detail": exc.errors(include_url=False, include_context=False)},
    )
