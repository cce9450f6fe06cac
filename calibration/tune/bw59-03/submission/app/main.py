import logging

from fastapi import FastAPI
from mangum import Mangum

from app import config
from app.routes import auth, todos

logging.basicConfig(level=config.LOG_LEVEL)
logger = logging.getLogger(__name__)

app = FastAPI(
    title="Todo API",
    version="1.0.0",
    description="Per-user todo lists. Runs under uvicorn locally and on AWS Lambda via Mangum.",
    root_path=config.API_ROOT_PATH,
)

app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", tags=["ops"])
async def health() -> dict[str, str]:
    return {"status": "ok", "stage": config.STAGE}


# AWS Lambda entry point (API Gateway HTTP API / REST API -> Mangum -> ASGI)
handler = Mangum(app, lifespan="off")


if __name__ == "__main__":
    import uvicorn

    uvicorn.run("app.main:app", host="0.0.0.0", port=8000, reload=True)
