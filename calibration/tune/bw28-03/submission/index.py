# Front controller

from fastapi import FastAPI

from application.controllers import Auth, Comments, Posts
from application.libraries.Db import install

app = FastAPI(title='Blog API')

install()

app.include_router(Auth.router)
app.include_router(Posts.router)
app.include_router(Comments.router)


@app.get('/')
def welcome():
    return {'message': 'Welcome to Blog API'}
