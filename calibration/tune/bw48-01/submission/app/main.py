import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.config.config import conf
from app.db import Base, engine
from app.handler import todo_handler, user_handler
from app.model import todo, user  # noqa: F401  register tables
from app.pkg.errcode import BizError

logging.basicConfig(level=logging.DEBUG if conf.debug else logging.INFO)
log = logging.getLogger(conf.app_name)

Base.metadata.create_all(bind=engine)

app = FastAPI(title=conf.app_name, version="1.0.0")
app.include_router(user_handler.router)
app.include_router(todo_handler.router)


@app.exception_handler(BizError)
async def biz_error_handler(request: Request, e: BizError) -> JSONResponse:
    log.info("biz error path=%s code=%d msg=%s", request.url.path, e.code, e.msg)
    headers = {"WWW-Authenticate": "Bearer"} if e.http_status == 401 else None
    return JSONResponse(status_code=e.http_status, content={"code": e.code, "msg": e.msg}, headers=headers)


@app.get("/ping", tags=["health"])
async def ping() -> dict:
    return {"msg": "pong"}
