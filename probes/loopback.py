"""Where the fuzz runner may send traffic: the run's base URL on loopback, nowhere else.

The OpenAPI document comes from the candidate, so a path key such as `@10.0.0.1/x` could turn
`base_url + path` into another host; every URL is checked before it is sent.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

_LOOPBACK = ipaddress.ip_network("127.0.0.0/8")


def loopback_refusal(base_url: str) -> str | None:
    """Why `base_url` may not be probed, or None when it is http(s) on 127.0.0.0/8 or localhost."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https"):
        return f"base URL must be http or https, got {parts.scheme or 'none'!r}"
    if parts.username is not None or parts.password is not None:
        return "base URL must not carry credentials"
    host = parts.hostname or ""
    if host == "localhost":
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"base URL host {host!r} is not a loopback address"
    if address.version == 4 and address in _LOOPBACK:
        return None
    return f"base URL host {host!r} is outside 127.0.0.0/8: probe traffic stays on loopback"


def same_origin(url: str, base_url: str) -> bool:
    """Whether `url` goes to exactly the scheme, host and port of `base_url`, without userinfo."""
    target, base = urlsplit(url), urlsplit(base_url)
    return (
        target.scheme == base.scheme
        and target.netloc == base.netloc
        and target.username is None
        and "@" not in target.netloc
    )
