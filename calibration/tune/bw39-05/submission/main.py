from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from Controllers import AuthController, TodoController
from Utils.Constants import Constants
from Utils.Errors import AppError

app = FastAPI(title=Constants.APP_NAME, version=Constants.API_VERSION)

# Allow the iOS simulator / any web client to call the API
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.exception_handler(AppError)
async def handleAppError(request: Request, error: AppError) -> JSONResponse:
    return JSONResponse(status_code=error.statusCode, content={"detail": error.message})


app.include_router(AuthController.router)
app.include_router(TodoController.router)


@app.get("/")
async def healthCheck() -> dict[str, str]:
    return {"status": "ok", "app": Constants.APP_NAME}
