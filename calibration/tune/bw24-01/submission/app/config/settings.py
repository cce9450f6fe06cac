"""Application configuration (equivalent of application.properties)."""
import os


class ApplicationProperties:
    APP_NAME: str = "todo-service"
    APP_VERSION: str = "1.0.0"

    DATASOURCE_URL: str = os.getenv("DATASOURCE_URL", "sqlite:///./todo.db")

    JWT_SECRET: str = "dG9kby1zZXJ2aWNlLWp3dC1zaWduaW5nLWtleS0yMDI0"
    JWT_ALGORITHM: str = "HS256"
    JWT_EXPIRATION_MINUTES: int = 60

    PAGE_DEFAULT_SIZE: int = 20
    PAGE_MAX_SIZE: int = 100


properties = ApplicationProperties()
