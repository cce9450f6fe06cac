from fastapi import FastAPI

from todoapp import settings
from todoapp.db import Base, engine
from todoapp.views import router

app = FastAPI(title="todos", debug=settings.DEBUG)

Base.metadata.create_all(bind=engine)

app.include_router(router)
