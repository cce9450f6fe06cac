from fastapi import FastAPI

from controllers import auth_controller, todo_controller
from database import migrate

app = FastAPI()

migrate()

app.include_router(auth_controller.router)
app.include_router(todo_controller.router)


@app.get("/")
def home():
    return {"message": "Todo API"}
