import pytest

from inkwell.config import ConfigurationError, Settings


def test_secret_key_is_required() -> None:
    with pytest.raises(ConfigurationError, match="INKWELL_SECRET_KEY"):
        Settings.from_env({})


def test_short_secret_key_is_rejected() -> None:
    with pytest.raises(ConfigurationError, match="at least 32"):
        Settings.from_env({"INKWELL_SECRET_KEY": "too-short"})


def test_values_are_read_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "INKWELL_SECRET_KEY": "x" * 40,
            "INKWELL_DATABASE_PATH": "/tmp/blog.db",
            "INKWELL_TOKEN_TTL_MINUTES": "5",
            "INKWELL_CORS_ORIGINS": "https://a.example, https://b.example",
        }
    )
    assert settings.database_path == "/tmp/blog.db"
    assert settings.token_ttl.total_seconds() == 300
    assert settings.cors_origins == ("https://a.example", "https://b.example")


def test_secret_key_is_not_in_repr() -> None:
    assert "x" * 40 not in repr(Settings(secret_key="x" * 40))
