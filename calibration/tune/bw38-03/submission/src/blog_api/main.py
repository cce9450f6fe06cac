import uvicorn

from blog_api.app_module import create_app
from blog_api.config.configuration import get_settings

app = create_app()


def bootstrap() -> None:
    settings = get_settings()
    uvicorn.run("blog_api.main:app", host=settings.host, port=settings.port)


if __name__ == "__main__":
    bootstrap()
