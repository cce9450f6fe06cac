from fastapi import FastAPI

from app.config import config
from app.controllers import auth_controller, todo_controller
from app.database import Base, engine

# like `php artisan migrate` on boot, fine for sqlite
Base.metadata.create_all(bind=engine)

app = FastAPI(
    title=config["app"]["name"],
    description="Simple multi-user todo API. Log in via /api/auth/login and use the token as a Bearer token.",
    version="1.0.0",
    debug=config["app"]["debug"],
)

app.include_router(auth_controller.router)
app.include_router(todo_controller.router)


@app.get("/", tags=["status"])
async def home():
    return {"app": config["app"]["name"], "status": "ok"}
