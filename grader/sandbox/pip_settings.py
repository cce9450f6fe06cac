"""The host's pip settings, passed to build containers only, never into an image that runs code."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel

_PASSED_THROUGH = (
    "PIP_INDEX_URL",
    "PIP_EXTRA_INDEX_URL",
    "PIP_TRUSTED_HOST",
    "PIP_DEFAULT_TIMEOUT",
)
_UV_NAMES = {
    "PIP_INDEX_URL": "UV_DEFAULT_INDEX",
    "PIP_EXTRA_INDEX_URL": "UV_INDEX",
    "PIP_TRUSTED_HOST": "UV_INSECURE_HOST",
    "PIP_DEFAULT_TIMEOUT": "UV_HTTP_TIMEOUT",
}
_CA_FALLBACKS = ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE")
_SYSTEM_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
CA_PATH_IN_BUILD = "/grader-build/ca.pem"


class PipSettings(BaseModel):
    env: dict[str, str]
    ca_bundle: bytes | None

    def build_env(self) -> dict[str, str]:
        """pip's settings and the same ones spelled for uv, which the build uses to resolve."""
        env = dict(self.env)
        if self.ca_bundle is not None:
            env["PIP_CERT"] = CA_PATH_IN_BUILD
            env["SSL_CERT_FILE"] = CA_PATH_IN_BUILD
        for pip_name, uv_name in _UV_NAMES.items():
            if pip_name in self.env:
                env[uv_name] = self.env[pip_name]
        return env


def _network_urls(value: str) -> str:
    # file:// indexes live on the host's disk and mean nothing inside a container.
    return " ".join(url for url in value.split() if not url.startswith("file:"))


def host_pip_settings() -> PipSettings:
    env: dict[str, str] = {}
    for key in _PASSED_THROUGH:
        value = os.environ.get(key, "")
        if key.endswith("_URL"):
            value = _network_urls(value)
        if value:
            env[key] = value
    ca: bytes | None = None
    candidates = [os.environ.get("PIP_CERT", "")] + [os.environ.get(k, "") for k in _CA_FALLBACKS]
    for path in [*candidates, str(_SYSTEM_BUNDLE)]:
        if path and Path(path).is_file():
            ca = Path(path).read_bytes()
            break
    return PipSettings(env=env, ca_bundle=ca)
