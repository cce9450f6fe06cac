from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    database_url: str
    jwt_secret: str = "todo-service-local-secret"
    jwt_algorithm: str = "HS256"
    environment: str = "prod"


settings = Settings()  # type: ignore[call-arg]
