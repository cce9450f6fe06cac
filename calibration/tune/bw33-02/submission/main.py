from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from app.models import Base, ModelNotFoundException
from app.policies.post_policy import AuthorizationException
from app.support.facades import DB, Config
from app.support.validator import ValidationException
from routes.api import router

app = FastAPI(title=Config.get("app.name"), debug=Config.get("app.debug"))

app.add_middleware(
    CORSMiddleware,
    allow_origins=Config.get("cors.allowed_origins"),
    allow_methods=Config.get("cors.allowed_methods"),
    allow_headers=Config.get("cors.allowed_headers"),
    allow_credentials=Config.get("cors.supports_credentials"),
)

DB.connect()
Base.metadata.create_all(DB.engine)


@app.middleware("http")
async def terminate_session(request: Request, call_next):
    try:
        return await call_next(request)
    finally:
        DB.session.remove()


@app.exception_handler(ModelNotFoundException)
async def model_not_found(request: Request, exc: ModelNotFoundException):
    return JSONResponse({"message": str(exc)}, status_code=404)


@app.exception_handler(ValidationException)
async def validation_failed(request: Request, exc: ValidationException):
    return JSONResponse({"message": "The given data was invalid.", "errors": exc.errors}, status_code=422)


@app.exception_handler(AuthorizationException)
async def unauthorized(request: Request, exc: AuthorizationException):
    return JSONResponse({"message": exc.message}, status_code=403)


app.include_router(router)
