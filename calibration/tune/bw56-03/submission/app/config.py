from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_name: str = "Blog API"
    app_key: str
    db_url: str = "sqlite:///./database.sqlite"
    jwt_ttl_minutes: int = 60


settings = Settings()
