from fastapi import FastAPI

import config
from app.models import db, migrate
from routes.api import router

app = FastAPI(title=config.APP_NAME, debug=config.APP_DEBUG)


@app.on_event("startup")
def startup():
    db.connect(reuse_if_open=True)
    migrate()


@app.on_event("shutdown")
def shutdown():
    if not db.is_closed():
        db.close()


app.include_router(router)
