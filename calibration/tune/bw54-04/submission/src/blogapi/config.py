from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration. Every field can be set as BLOG_<NAME> in the environment."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str
    db_pool_min_size: int = Field(default=1, ge=0)
    db_pool_max_size: int = Field(default=10, ge=1)
    db_command_timeout_s: float = Field(default=5.0, gt=0)

    jwt_secret: SecretStr
    jwt_algorithm: str = "HS256"
    jwt_ttl_s: int = Field(default=3600, ge=60)

    bcrypt_rounds: int = Field(default=12, ge=4, le=16)

    cors_origins: list[str] = Field(default_factory=list)
    log_level: str = "INFO"
