from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.routes import auth, todos
from app.store import Store


def create_app() -> FastAPI:
    app = FastAPI(title="Todo API", version="0.1.0")
    app.state.store = Store()

    # so the React frontend on another port can call us
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )

    @app.get("/health", tags=["meta"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(auth)
    app.include_router(todos)
    return app
