import time

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from app.config import config
from app.db import initDb
from app.routes import auth, todos

app = FastAPI(title="Todo API")

app.add_middleware(
    CORSMiddleware,
    allow_origins=config["corsOrigins"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.middleware("http")
async def logger(request: Request, callNext):
    start = time.time()
    response = await callNext(request)
    ms = (time.time() - start) * 1000
    print(f"{request.method} {request.url.path} {response.status_code} - {ms:.1f} ms")
    return response


@app.on_event("startup")
async def onStartup():
    await initDb()


@app.get("/health")
async def health():
    return {"status": "ok"}


app.include_router(auth.router, prefix="/api/auth", tags=["auth"])
app.include_router(todos.router, prefix="/api/todos", tags=["todos"])


if __name__ == "__main__":
    import uvicorn

    uvicorn.run("app.server:app", host="0.0.0.0", port=config["port"], reload=True)
