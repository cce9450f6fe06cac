"""Dynamic security checks: requests that confirm what the static rules can only suspect.

`python -m probes.security_probe --schema S --base-url URL --out FILE [--env-token NAME=VALUE]`.
Each check reports `confirmed` only when a response proved the weakness: a password (or its hash)
in a reply, a write accepted without credentials, a quote that breaks a query, a CORS preflight
that hands credentials to any origin, a JWT forged with a well-known key. The foreign Origin is
only a header value: every request goes to the base URL on loopback.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from probes.api_session import (
    BUDGET_SECONDS,
    RESOURCE_WORDS,
    Client,
    Exchange,
    Identity,
    Resource,
    fill_path,
    fresh_username,
    has_authentication,
    listed,
    map_resources,
    payload,
    pick_resource,
    primary_identity,
    record_id,
    sign_in,
    write_json,
)
from probes.auth import PASSWORD, find_registration, iter_operations, query_parameters, resolve
from probes.conformance_results import (
    MAX_DETAIL_CHARS,
    SecurityCheck,
    SecurityCheckName,
    SecurityResult,
    empty_security,
)
from probes.loopback import loopback_refusal

FOREIGN_ORIGIN = "http://evil.example"
WEAK_KEYS = ("secret", "changeme", "your-secret-key", "SECRET_KEY", "", "password", "supersecret")
# Markers that never occur in the probe's own records ("zqx" is in no seeded value), so only SQL
# can make them match. Each pair is (true, false): the same shape, one condition flipped.
_MARK = "zqx"
BOOLEAN_PAIRS = (
    (f"{_MARK}' OR 1=1 OR 'a'='", f"{_MARK}' OR 1=2 OR 'a'='b"),  # inside '...', = or LIKE
    (f'{_MARK}" OR 1=1 OR "a"="', f'{_MARK}" OR 1=2 OR "a"="b'),
    ("0 OR 1=1", "0 OR 1=2"),  # a number pasted unquoted
)
# An odd number of quotes breaks concatenated SQL; the same text with the quote doubled doesn't.
QUOTE_PAIRS = ((f"{_MARK}'", f"{_MARK}''"), (f'{_MARK}"', f'{_MARK}""'))
_HASH_KEY = re.compile(r"pass|pwd|hash|^pw$", re.IGNORECASE)
_HASH_VALUE = re.compile(
    r"[0-9a-fA-F]{32,128}|\$2[abxy]?\$.+|\$argon2.+|\$?pbkdf2.+|\$?scrypt.+", re.IGNORECASE
)
_PAGING = {"limit", "offset", "skip", "page", "page_size", "per_page", "size", "take", "start"}
_MAX_GETS = 20
_MAX_CREATES = 2  # records made to read back: the main resource, and one more
# Every route whose reply leaks it is a place to fix (signup, the post list embedding its
# author): each is reported, up to this many.
_MAX_EXPOSURES = 4


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def jwt_parts(token: str | None) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(header, claims) when `token` is a JWT, else None."""
    parts = (token or "").split(".")
    if len(parts) != 3:
        return None
    try:
        header, claims = json.loads(_unb64(parts[0])), json.loads(_unb64(parts[1]))
    except ValueError:
        return None
    if isinstance(header, dict) and isinstance(claims, dict) and "alg" in header:
        return header, claims
    return None


def forge_jwt(claims: Mapping[str, Any], key: str | None) -> str:
    """HS256 with `key`, or an unsigned `alg: none` token when key is None."""
    header = {"alg": "HS256" if key is not None else "none", "typ": "JWT"}
    signing = _b64(json.dumps(header).encode()) + "." + _b64(json.dumps(dict(claims)).encode())
    if key is None:
        return signing + "."
    signature = hmac.new(key.encode(), signing.encode(), hashlib.sha256).digest()
    return signing + "." + _b64(signature)


def exposed_password(exchange: Exchange) -> str | None:
    """Why this 2xx reply exposes the password: the plaintext or a hash, in a field named for
    it (`password`, `user_pass`, `hashed_password`, at any depth), and the key the record
    holding it sits under (`author` of each post: where the app embedded a user row). A JSON
    reply that holds the password's text elsewhere proves nothing: the fuzzer may have written
    it into a title (its data generator draws on the probes' own string constants). A reply
    that is not JSON holds it anywhere."""
    if not exchange.ok:
        return None
    if exchange.body is None:
        return "the plaintext password" if PASSWORD in exchange.text else None
    stack: list[tuple[Any, str | None]] = [(exchange.body, None)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, list):
            stack.extend((item, parent) for item in node)
        elif isinstance(node, dict):
            under = f" under {parent!r}" if parent is not None else ""
            for key, value in node.items():
                named = bool(_HASH_KEY.search(str(key)))
                if named and isinstance(value, str) and PASSWORD in value:
                    return f"the plaintext password in field {key!r}{under}"
                if named and isinstance(value, str) and _HASH_VALUE.fullmatch(value):
                    return f"a password hash in field {key!r}{under}"
                stack.append((value, str(key)[:80]))
    return None


def forge_opaque(token: str, mine: str, theirs: str) -> str | None:
    """`token` with the user's name `mine` swapped for `theirs`: the name itself, or base64
    (standard or URL-safe, padded or not) of JSON holding it, of the name itself, or of
    `name:...` / `name|...` pieces (`base64(username)`, tune bw62-03). None when it holds no
    name."""
    if token == mine:
        return theirs
    for issued, encode in _decodings(token):
        text = _swapped(issued, mine, theirs)
        if text is None:
            continue
        forged = encode(text.encode()).decode()
        return forged if token.endswith("=") or "=" not in forged else forged.rstrip("=")
    return None


def _swapped(issued: str, mine: str, theirs: str) -> str | None:
    """The decoded token with `mine` replaced by `theirs`, where it is JSON naming the user,
    the name itself, or one of its `:`/`|`-separated pieces; else None."""
    try:
        claims = json.loads(issued)
    except ValueError:
        claims = None
    if isinstance(claims, dict):
        if mine not in claims.values():
            return None
        swapped = {k: theirs if v == mine else v for k, v in claims.items()}
        return json.dumps(swapped, separators=_separators(issued))
    for separator in (":", "|"):
        pieces = issued.split(separator)
        if mine in pieces:
            return separator.join(theirs if piece == mine else piece for piece in pieces)
    return None


def _decodings(token: str) -> Iterator[tuple[str, Callable[[bytes], bytes]]]:
    """The token's text under each base64 alphabet it decodes in (standard, URL-safe; padded or
    not), with the encoder that writes that alphabet back."""
    padded = token + "=" * (-len(token) % 4)
    for decode, encode in (
        (base64.b64decode, base64.b64encode),
        (base64.urlsafe_b64decode, base64.urlsafe_b64encode),
    ):
        try:
            text = decode(padded.encode()).decode("utf-8")
        except (ValueError, TypeError):
            continue
        yield text, encode


def _decoded(token: str) -> str:
    """The token's base64 text, as far as it decodes ('' when it does not)."""
    return next((text for text, _ in _decodings(token)), "")


def _issuer(exchanges: list[Exchange], token: str) -> str:
    """The route that answered with the token under a key named for it (the sign-up reply
    may hold the same text as the user's name); else any reply holding it."""
    for exchange in exchanges:
        stack: list[Any] = [exchange.body]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                if any("token" in str(k).lower() and v == token for k, v in node.items()):
                    return f"{exchange.method} {exchange.path}"
                stack.extend(node.values())
    held = (f"{e.method} {e.path}" for e in exchanges if token in e.text)
    return next(held, "sign-in")


def _separators(issued: str) -> tuple[str, str]:
    """The JSON spacing the app used (`json.dumps` default, or compact), so the forged token
    reads like one it issued."""
    return (",", ":") if '":' in issued and '": ' not in issued else (", ", ": ")


class SecurityRun:
    def __init__(self, raw: Mapping[str, Any], client: Client, env_token: str | None) -> None:
        self.raw, self.client, self.env_token = raw, client, env_token
        self.checks: list[SecurityCheck] = []
        self.owner = Identity("", {}, "none", "")
        signup = find_registration(raw)
        self.resources = [
            r for r in map_resources(raw) if signup is None or r.collection != signup.path
        ][:5]

    def report(
        self, check: SecurityCheckName, exchange: Exchange | None, detail: str, confirmed: bool
    ) -> None:
        self.checks.append(
            {
                "check": check,
                "confirmed": confirmed,
                "method": exchange.method if exchange else "",
                "path": exchange.path if exchange else "",
                "status": exchange.status if exchange else None,
                "curl": exchange.curl if exchange else "",
                "detail": detail[:MAX_DETAIL_CHARS],
            }
        )

    def run(self) -> None:
        self.owner = primary_identity(self.raw, self.client, fresh_username("sec"), self.env_token)
        for check in (
            self.password,
            self.unauthenticated_mutation,
            self.sql_injection,
            self.cors,
            self.weak_jwt,
            self.forged_token,
        ):
            check()

    def simple_gets(self) -> list[str]:
        """GET paths without path parameters, docs excluded."""
        paths = [p for p, m, _ in iter_operations(self.raw) if m == "get" and "{" not in p]
        return [p for p in paths if not re.search(r"docs|redoc|openapi", p)][:_MAX_GETS]

    def password(self) -> None:
        seen = list(self.owner.exchanges) + self._records_of_the_owner()
        account_id = record_id(self.owner.account, None)
        for path in self.simple_gets():
            seen.append(self.client.send("GET", path, path, headers=self.owner.headers))
        for path, method, _ in iter_operations(self.raw):
            user_path = re.search(r"user|account|me\b", path) and path.count("{") == 1
            value = self._account_key(path, account_id)
            if method == "get" and value and user_path:
                url = fill_path(path, {"": value})
                seen.append(self.client.send("GET", path, url, headers=self.owner.headers))
        exposing: dict[tuple[str, str], tuple[Exchange, str]] = {}
        for exchange in seen:
            why = exposed_password(exchange)
            if why and len(exposing) < _MAX_EXPOSURES:
                exposing.setdefault((exchange.method, exchange.path), (exchange, why))
        for exchange, why in exposing.values():
            self.report("password_exposed", exchange, f"the reply holds {why}", True)
        if not exposing:
            detail = f"{len(seen)} replies read, none exposes it"
            self.report("password_exposed", None, detail, False)

    def _account_key(self, path: str, account_id: str | None) -> str | None:
        """What fills a user route's one parameter: the username where the parameter names one
        (`/users/{username}`, a blog's author page), else the account's id."""
        param = re.search(r"\{([^}]*)\}", path)
        if param and re.search(r"name|login|handle|slug", param.group(1), re.IGNORECASE):
            return self.owner.username
        return account_id

    def _records_of_the_owner(self) -> list[Exchange]:
        """A record of the signed-up user in each top collection, and its read: a reply that
        embeds its author's row (a post with its user) shows it only once there is one."""
        seen: list[Exchange] = []
        top = [r for r in self.resources if "{" not in r.collection]
        main = pick_resource(top, RESOURCE_WORDS["todo"] + RESOURCE_WORDS["blog"])
        ordered = ([main] if main else []) + [r for r in top if r is not main]
        for resource in ordered[:_MAX_CREATES]:
            body = payload(self.raw, resource.create or {"properties": {}, "required": []}, "p", {})
            made = self.client.send(
                "POST", resource.collection, resource.collection, headers=self.owner.headers,
                json_body=body,
            )  # fmt: skip
            seen.append(made)
            rid = record_id(made.body, resource.param, made.headers.get("location"))
            item = resource.item_path("GET")
            if made.ok and rid and item and resource.param and "GET" in resource.item_methods:
                url = fill_path(item, {resource.param: rid})
                seen.append(self.client.send("GET", item, url, headers=self.owner.headers))
        return seen

    def unauthenticated_mutation(self) -> None:
        if not (has_authentication(self.raw) or self.env_token):
            self.report("unauthenticated_mutation", None, "the app has no authentication", False)
            return
        for resource in self.resources:
            if "{" in resource.collection:
                continue
            body = payload(self.raw, resource.create or {"properties": {}, "required": []}, "s", {})
            anon = self.client.send(
                "POST", resource.collection, resource.collection, json_body=body
            )
            if anon.ok:
                self.report("unauthenticated_mutation", anon, "created without credentials", True)
                return
            if self._item_writes_open(resource, body):
                return
        self.report("unauthenticated_mutation", None, "every write asked for credentials", False)

    def _item_writes_open(self, resource: Resource, body: dict[str, Any]) -> bool:
        if resource.item is None or resource.param is None or not self.owner.headers:
            return False
        created = self.client.send(
            "POST",
            resource.collection,
            resource.collection,
            headers=self.owner.headers,
            json_body=body,
        )
        rid = record_id(created.body, resource.param) if created.ok else None
        if rid is None:
            return False
        for method in (resource.update_method, "DELETE"):
            item = resource.item_path(method) if method is not None else None
            if method is None or item is None or method not in resource.item_methods:
                continue
            url = fill_path(item, {resource.param: rid})
            sent = body if method != "DELETE" else None
            anon = (
                self.client.send(method, item, url, json_body=sent)
                if sent
                else self.client.send(method, item, url)
            )
            if anon.ok:
                self.report(
                    "unauthenticated_mutation",
                    anon,
                    f"{method} succeeded without credentials",
                    True,
                )
                return True
        return False

    def sql_injection(self) -> None:
        tried = 0
        for path, method, operation in iter_operations(self.raw):
            if method != "get" or "{" in path or tried >= 5:
                continue
            for name in self._text_params(operation):
                tried += 1
                if self._inject(path, name):
                    return
        self.report("sql_injection", None, f"{tried} query parameter(s) tried, none broke", False)

    def _text_params(self, operation: Mapping[str, Any]) -> list[str]:
        names = []
        for parameter in query_parameters(self.raw, operation):
            schema = resolve(self.raw, parameter.get("schema"))
            kinds = json.dumps(schema) if isinstance(schema, Mapping) else ""
            if parameter.get("name") not in _PAGING and '"string"' in kinds:
                names.append(str(parameter["name"]))
        return names

    def _inject(self, path: str, name: str) -> bool:
        resource = next((r for r in self.resources if r.collection == path), None)
        if resource is not None and self.owner.headers:
            for tag in ("q1", "q2"):
                self.client.send(
                    "POST",
                    path,
                    path,
                    headers=self.owner.headers,
                    json_body=payload(
                        self.raw, resource.create or {"properties": {}, "required": []}, tag, {}
                    ),
                )

        def get(value: str) -> Exchange:
            return self.client.send(
                "GET", path, path, headers=self.owner.headers, params={name: value}
            )

        clean = get(_MARK)
        if clean.status is None or clean.status >= 500:
            return False
        baseline = len(listed(clean.body) or [])
        for true_value, false_value in BOOLEAN_PAIRS:
            true_reply, false_reply = get(true_value), get(false_value)
            true_rows = listed(true_reply.body) if true_reply.ok else None
            false_rows = listed(false_reply.body) if false_reply.ok else None
            # Proof: the tautology returns rows the marker alone never matches, and flipping
            # the one condition takes them away again.
            if (
                true_rows is not None
                and false_rows is not None
                and len(true_rows) > baseline
                and len(false_rows) == baseline
            ):
                self.report(
                    "sql_injection",
                    true_reply,
                    f"{name}={true_value!r} returned {len(true_rows)} rows, "
                    f"{name}={false_value!r} {len(false_rows)} and {name}={_MARK!r} {baseline}: "
                    "the value is part of the SQL condition",
                    True,
                )
                return True
        for odd, even in QUOTE_PAIRS:
            broken, balanced = get(odd), get(even)
            if (broken.status or 0) >= 500 and balanced.status is not None and balanced.ok:
                self.report(
                    "sql_injection",
                    broken,
                    f"{name}={odd!r} -> {broken.got}, while {name}={even!r} (the quote doubled) "
                    f"-> {balanced.got}: an unbalanced quote breaks the SQL text",
                    True,
                )
                return True
        return False

    def cors(self) -> None:
        path = next(iter(self.simple_gets()), "/")
        origin = {"Origin": FOREIGN_ORIGIN}
        preflight = {**origin, "Access-Control-Request-Method": "GET"}
        for method, headers in (("OPTIONS", preflight), ("GET", origin)):
            reply = self.client.send(method, path, path, headers=headers)
            allowed = reply.headers.get("access-control-allow-origin")
            credentials = reply.headers.get("access-control-allow-credentials", "").lower()
            if allowed in (FOREIGN_ORIGIN, "*") and credentials == "true":
                self.report(
                    "cors_credentials",
                    reply,
                    f"Access-Control-Allow-Origin: {allowed} "
                    "with Access-Control-Allow-Credentials: true",
                    True,
                )
                return
        self.report("cors_credentials", None, "a foreign origin gets no credentialed access", False)

    def weak_jwt(self) -> None:
        parts = jwt_parts(self.owner.token)
        if parts is None:
            self.report("weak_jwt_key", None, "the app's token is not a JWT", False)
            return
        target = self._protected_operation()
        if target is None:
            self.report("weak_jwt_key", None, "no operation that needs the token", False)
            return
        method, path, _ = target
        claims = dict(parts[1])
        claims.setdefault("sub", self.owner.username)
        if "exp" in claims:
            claims["exp"] = int(time.time()) + 3600
        forgeries: list[tuple[str, str | None]] = [("a random key", secrets.token_hex(16))]
        forgeries += [(f"signed with {key!r}", key) for key in WEAK_KEYS]
        forgeries.append(("unsigned (alg none)", None))
        for label, key in forgeries:
            headers = {"Authorization": f"Bearer {forge_jwt(claims, key)}"}
            reply = self._call(target, headers)
            if reply.ok:
                if label == "a random key":
                    label = "any signature passes: it is not verified at all"
                self.report("weak_jwt_key", reply, f"a forged token was accepted: {label}", True)
                return
        self.report("weak_jwt_key", None, f"forged tokens refused on {method} {path}", False)

    def forged_token(self) -> None:
        """A token that is not a JWT but the user's name, or unsigned base64 of it or of JSON
        naming them: a second user signs up, and the token computed from their name alone (the
        first token with one name swapped for the other) opens a protected route that refuses a
        made-up token. Whoever knows a username can act as that user."""
        token = self.owner.token
        if not token or jwt_parts(token) is not None:
            self.report("forged_token", None, "no opaque token to forge", False)
            return
        target = self._protected_operation()
        if target is None:
            self.report("forged_token", None, "no operation that needs the token", False)
            return
        other = sign_in(self.raw, self.client, fresh_username("sec"))
        forged = forge_opaque(token, self.owner.username, other.username)
        if forged is None or not other.token:
            self.report("forged_token", None, "the token does not spell out the user", False)
            return
        method, path, _ = target
        made_up = self._call(target, self._with_token(f"{_MARK}{secrets.token_hex(8)}"))
        reply = self._call(target, self._with_token(forged))
        if not reply.ok or made_up.ok:
            detail = f"a forged token was refused on {method} {path}"
            self.report("forged_token", None, detail, False)
            return
        issuer = _issuer(self.owner.exchanges, token)
        how = (
            "is the user's name itself"
            if token == self.owner.username
            else "is base64 of JSON naming the user, with no signature"
            if "{" in _decoded(token)
            else "is the user's name in base64, with no signature"
        )
        same = " (the very token the app issued to that user)" if forged == other.token else ""
        self.report(
            "forged_token",
            reply,
            f"the token {issuer} issued {how}; one computed from another user's name{same} was "
            f"accepted by {method} {path}, where a made-up token was refused",
            True,
        )

    def _with_token(self, forged: str) -> dict[str, str]:
        token = self.owner.token or ""
        return {name: value.replace(token, forged) for name, value in self.owner.headers.items()}

    def _call(self, target: tuple[str, str, Any], headers: dict[str, str]) -> Exchange:
        method, path, body = target
        if body is None:
            return self.client.send(method, path, path, headers=headers)
        return self.client.send(method, path, path, headers=headers, json_body=body)

    def _protected_operation(self) -> tuple[str, str, Any] | None:
        """A GET (else a create) that answers with the real token and refuses without one."""
        if not self.owner.headers:
            return None
        for path in self.simple_gets():
            signed = self.client.send("GET", path, path, headers=self.owner.headers)
            if signed.ok and self.client.send("GET", path, path).status in (401, 403):
                return "GET", path, None
        for resource in self.resources:
            if "{" not in resource.collection:
                schema = resource.create or {"properties": {}, "required": []}
                body = payload(self.raw, schema, "jwt", {})
                anon = self.client.send(
                    "POST", resource.collection, resource.collection, json_body=body
                )
                if anon.status in (401, 403):
                    return "POST", resource.collection, body
        return None


def run_security_probe(
    schema_path: Path, base_url: str, env_token: str | None, budget: float
) -> SecurityResult:
    started = time.monotonic()
    result = empty_security()
    client = Client(base_url, budget)
    try:
        raw = json.loads(schema_path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("the schema is not a JSON object")
        run = SecurityRun(raw, client, env_token)
        result["checks"] = run.checks  # the same list: checks made before an error are kept
        run.run()
    except Exception as exc:  # the file must say what went wrong instead of a traceback
        result["error"] = f"{type(exc).__name__}: {exc}"[:1000]
    finally:
        client.close()
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m probes.security_probe")
    parser.add_argument("--schema", required=True, type=Path)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--env-token", default=None, help="NAME=VALUE of a static bearer token")
    parser.add_argument("--budget-seconds", type=float, default=BUDGET_SECONDS)
    args = parser.parse_args(argv)
    refusal = loopback_refusal(args.base_url)
    if refusal:
        write_json(args.out, empty_security(refusal))
        return 2
    budget = min(max(args.budget_seconds, 1.0), BUDGET_SECONDS)
    write_json(args.out, run_security_probe(args.schema, args.base_url, args.env_token, budget))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
