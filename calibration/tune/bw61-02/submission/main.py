from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

import app.Models  # noqa: F401
from config.app import APP_DEBUG, APP_NAME
from config.database import Base, engine
from routes.api import api

app = FastAPI(title=APP_NAME, debug=APP_DEBUG)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# php artisan migrate :)
Base.metadata.create_all(bind=engine)

app.include_router(api)


@app.get("/")
async def home():
    return {"app": APP_NAME, "status": "ok"}
