"""Does the candidate's API do what the assignment asked? Reference scenarios, run over loopback.

`python -m probes.conformance --schema S --kind todo|blog|unknown --base-url URL --out FILE`.
The reference contract (reference_specs/<kind>/openapi.json) is mapped onto the app's own served
schema (probes.api_session), so a prefix (`/api/v1`), singular names, PATCH updates, JSON logins
or `todo_id` ids are variants, not failures. The file is written on every outcome.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

from probes.api_session import (
    BUDGET_SECONDS,
    COMMENT_WORDS,
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
    missing_id,
    payload,
    pick_resource,
    primary_identity,
    record_id,
    sign_in,
    write_json,
)
from probes.auth import login_routes, resolve
from probes.conformance_results import (
    MAX_DETAIL_CHARS,
    SCENARIO_TITLES,
    ConformanceResult,
    Scenario,
    ScenarioStatus,
    empty_conformance,
)
from probes.loopback import loopback_refusal

Json = dict[str, Any]
_OFFSET_NAMES = ("offset", "skip", "start", "off")
_WRONG_TYPE: dict[str, Any] = {
    "string": [1, 2],
    "integer": "not-a-number",
    "number": "not-a-number",
    "boolean": "not-a-boolean",
    "array": "not-an-array",
    "object": "not-an-object",
}
_DEFAULT_BODY = {
    "todo": {"title": "Grader todo", "description": "from the conformance probe"},
    "blog": {"title": "Grader post", "content": "from the conformance probe"},
}


def _at_most(exchange: Exchange, count: int) -> bool:
    """Whether a list request went through with `count` records or fewer."""
    got = listed(exchange.body)
    return exchange.ok and got is not None and len(got) <= count


def _snippet(exchange: Exchange) -> str:
    return exchange.text[:160].replace("\n", " ") if exchange.text else ""


class ScenarioRun:
    """One pass over the scenarios of a kind; each records exactly one `Scenario`."""

    def __init__(self, raw: Mapping[str, Any], kind: str, client: Client, env_token: str | None):
        self.raw, self.kind, self.client, self.env_token = raw, kind, client, env_token
        self.scenarios: list[Scenario] = []
        self.owner = Identity("", {}, "none", "not signed in")
        self.landmark: Exchange | None = None
        """A list read that worked, sent again at the end (`still_working`)."""
        self.broken: str | None = None

    # -- recording --

    def add(
        self,
        sid: str,
        status: ScenarioStatus,
        expected: str,
        exchange: Exchange | None = None,
        detail: str = "",
    ) -> None:
        if exchange is not None and not exchange.sent:
            status, detail = "not_applicable", f"not run: {exchange.error}"
        if exchange is not None and status in ("fail", "variant") and not detail:
            detail = f"expected {expected}, got {exchange.got}"
            if exchange.text:
                detail += f": {_snippet(exchange)}"
        self.scenarios.append(
            {
                "id": sid,
                "title": SCENARIO_TITLES[sid],
                "status": status,
                "method": exchange.method if exchange else "",
                "path": exchange.path if exchange else "",
                "url_path": exchange.url_path if exchange else "",
                "expected": expected,
                "got": exchange.got if exchange else "",
                "curl": exchange.curl if exchange else "",
                "detail": detail[:MAX_DETAIL_CHARS],
            }
        )

    def amend(self, status: ScenarioStatus, detail: str) -> None:
        """Correct the verdict of the scenario just recorded, after a follow-up request."""
        self.scenarios[-1]["status"] = status
        self.scenarios[-1]["detail"] = detail[:MAX_DETAIL_CHARS]

    def name_field(self, field: str) -> None:
        """Name the body field the scenario just recorded sent wrong."""
        self.scenarios[-1]["field"] = field

    def skip(self, why: str, *sids: str) -> None:
        for sid in sids:
            self.add(sid, "not_applicable", "", detail=why)

    def judge(
        self,
        sid: str,
        exchange: Exchange,
        passing: Collection[int],
        variants: Collection[int] = (),
        expected: str = "",
    ) -> ScenarioStatus:
        expected = expected or " or ".join(str(code) for code in passing)
        status: ScenarioStatus = "fail"
        if exchange.status in passing:
            status = "pass"
        elif exchange.status in variants:
            status = "variant"
        self.add(sid, status, expected, exchange)
        return self.scenarios[-1]["status"]

    # -- requests --

    def create(
        self, resource: Resource, headers: Mapping[str, str], tag: str, ids: Mapping[str, str]
    ) -> tuple[Exchange, str | None, Json]:
        body = payload(self.raw, resource.create or {"properties": {}, "required": []}, tag, ids)
        body = body or dict(_DEFAULT_BODY.get(self.kind, {"name": f"grader {tag}"}))
        url = fill_path(resource.collection, ids) if ids else resource.collection
        reply = self.client.send("POST", resource.collection, url, headers=headers, json_body=body)
        if not reply.ok:
            return reply, None, body
        return reply, record_id(reply.body, resource.param, reply.headers.get("location")), body

    def on_item(
        self,
        method: str,
        resource: Resource,
        rid: str,
        headers: Mapping[str, str],
        body: Any = None,
    ) -> Exchange:
        item = resource.item_path(method)
        assert item is not None and resource.param is not None
        url = fill_path(item, {resource.param: rid})
        if body is None:
            return self.client.send(method, item, url, headers=headers)
        return self.client.send(method, item, url, headers=headers, json_body=body)

    # -- the scenarios --

    def run(self) -> str | None:
        """Run every scenario of the kind; returns the mapped collection path."""
        resources = map_resources(self.raw)
        resource = pick_resource(resources, RESOURCE_WORDS.get(self.kind, ()))
        if resource is None:
            if self.kind == "unknown":
                self.skip("the schema has no POST collection to exercise", "resource")
            else:
                words = "/".join(RESOURCE_WORDS[self.kind][:2])
                self.add(
                    "resource",
                    "fail",
                    f"POST /{words}",
                    detail=f"no POST /{words} (or "
                    "a similar collection) in the schema: the scenarios could not run",
                )
            return None
        self.add("resource", "pass", "a collection", detail=resource.collection)
        self.authenticate()
        rid = self.crud(resource)
        if self.kind != "unknown":
            self.unauthenticated(resource, rid)
            self.other_user(resource)
            self.pagination(resource)
            self.finish_delete(resource, rid)
        if self.kind == "blog":
            self.comments(resource, resources)
        # Invalid input last: the crash it may provoke can leave the app broken for every request
        # after it (a SQLite write lock held by the connection the crash leaked), and the
        # scenarios above would then measure the damage instead of the app.
        self.validation(resource)
        if self.kind != "unknown":
            self._null_update(resource)
        self.still_working(resource)
        return resource.collection

    def authenticate(self) -> None:
        declared = has_authentication(self.raw) or bool(self.env_token)
        self.owner = primary_identity(
            self.raw, self.client, fresh_username("conf_a"), self.env_token
        )
        if self.kind == "unknown":
            return
        if not declared:
            self.add(
                "authentication",
                "fail",
                "a login route or security scheme",
                detail="no security scheme and no login route: anyone can read and change "
                "every record",
            )
            self.skip("the app has no authentication", "login")
            return
        self.add(
            "authentication", "pass", "a login route or security scheme", detail=self.owner.scheme
        )
        last = self.owner.exchanges[-1] if self.owner.exchanges else None
        if self.owner.scheme == "signup_token" and login_routes(self.raw):
            # In through the signup's own token: the login refused the account just made.
            self.add(
                "login",
                "fail",
                "a token",
                last,
                detail=f"the login refused a user that had just signed up: {self.owner.note}",
            )
        elif self.owner.headers:
            self.add("login", "pass", "a token", last, detail=self.owner.note)
        else:
            self.add(
                "login",
                "fail",
                "a token",
                last,
                detail=f"no credentials obtained: {self.owner.note}",
            )

    def crud(self, resource: Resource) -> str | None:
        headers = self.owner.headers
        reply, rid, sent = self.create(resource, headers, "a1", {})
        self.judge("create", reply, {201}, {200}, "201")
        readable = resource.item is not None and "GET" in resource.item_methods
        self._read_missing(resource, readable, rid)
        if not reply.ok:
            later = ["create-echo", "read"]
            if self.kind != "unknown":
                later += ["update", "list", "update-missing", "delete-missing"]
            self.skip(f"create failed ({reply.got})", *later)
            return None
        self._echo(reply, rid, sent)
        if rid is None:
            later = ["read"] + (["update", "list"] if self.kind != "unknown" else [])
            self.skip("the create reply carries no id", *later)
        else:
            if readable:
                self.judge("read", self.on_item("GET", resource, rid, headers), {200})
            else:
                self.add("read", "fail", "GET item", detail=f"no GET {resource.collection}/{{id}}")
            if self.kind != "unknown":
                self._update(resource, rid, sent)
                self._list(resource, rid)
        if self.kind != "unknown":
            self._missing("update-missing", resource, resource.update_method, rid, sent)
            self._missing("delete-missing", resource, "DELETE", rid, None)
        return rid

    def _read_missing(self, resource: Resource, readable: bool, rid: str | None) -> None:
        if not readable:
            self.skip("no GET route for one record", "read-missing")
            return
        missing = self.on_item(
            "GET", resource, missing_id(rid or resource.id_example), self.owner.headers
        )
        self.judge("read-missing", missing, {404})

    def _echo(self, reply: Exchange, rid: str | None, sent: Json) -> None:
        body = reply.body.get("data", reply.body) if isinstance(reply.body, dict) else reply.body
        body = body if isinstance(body, dict) else {}
        wrong = [k for k, v in sent.items() if isinstance(v, str) and body.get(k) != v]
        if rid is None:
            self.add(
                "create-echo",
                "fail",
                "the record with its id",
                reply,
                detail="the reply carries no id (looked for id, the path parameter's name, "
                f"uuid, _id, a Location header): {_snippet(reply)}",
            )
        elif wrong:
            self.add(
                "create-echo",
                "fail",
                "the record with its id",
                reply,
                detail=f"the reply does not echo {', '.join(wrong)}: {_snippet(reply)}",
            )
        else:
            self.add("create-echo", "pass", "the record with its id", reply)

    def _update(self, resource: Resource, rid: str, sent: Json) -> None:
        if resource.update_method is None:
            self.add(
                "update",
                "fail",
                "PUT or PATCH on one record",
                detail=f"no PUT or PATCH {resource.item or resource.collection}",
            )
            return
        changed = {k: (v + " (edited)" if isinstance(v, str) else v) for k, v in sent.items()}
        if resource.update_method == "PATCH":
            first = next((k for k, v in sent.items() if isinstance(v, str)), None)
            changed = {first: changed[first]} if first else changed
        reply = self.on_item(resource.update_method, resource, rid, self.owner.headers, changed)
        status = self.judge(
            "update",
            reply,
            {200} if resource.update_method == "PUT" else (),
            {200, 204},
            "PUT -> 200",
        )
        if status == "variant" and resource.update_method == "PATCH" and reply.status == 200:
            self.amend("variant", "PATCH instead of PUT for updates")
        body = reply.body if isinstance(reply.body, dict) else {}
        stale = [k for k, v in changed.items() if k in body and body[k] != v]
        if reply.ok and stale:
            self.amend("fail", f"the reply still shows the old {stale}")

    def still_working(self, resource: Resource) -> None:
        """Whether the list read and the create that worked during the scenarios now crash or
        hang: the app did not survive the invalid input (a connection the crash leaked still
        holds its database write lock), and whatever is measured next would measure the damage."""
        worked = {s["id"] for s in self.scenarios if s["status"] in ("pass", "variant")}
        again: list[Exchange] = []
        if self.landmark is not None:
            before = self.landmark
            again.append(
                self.client.send(
                    before.method, before.path, before.url_path, headers=self.owner.headers
                )
            )
        if "create" in worked:
            again.append(self.create(resource, self.owner.headers, "z1", {})[0])
        failed = [a for a in again if a.sent and (a.status is None or a.status >= 500)]
        if failed:
            self.broken = "; ".join(
                f"{a.method} {a.url_path} worked during the scenarios and answered {a.got} after "
                f"the invalid input{': ' + _snippet(a) if a.text else ''}"
                for a in failed
            )

    def _null_update(self, resource: Resource) -> None:
        """A required text field set to null on update: refused (422), or ignored, but never
        stored and never a crash. Run on a record of its own so no other scenario sees it."""
        sid = "invalid-null-update"
        required = (resource.create or {}).get("required", [])
        if resource.update_method is None or resource.item is None:
            self.skip("no PUT or PATCH route for one record", sid)
            return
        reply, rid, sent = self.create(resource, self.owner.headers, "n1", {})
        field = next((k for k in required if isinstance(sent.get(k), str)), None)
        if not reply.ok or rid is None or field is None:
            self.skip("no record with a required text field to update", sid)
            return
        body = {field: None} if resource.update_method == "PATCH" else {**sent, field: None}
        reply = self.on_item(resource.update_method, resource, rid, self.owner.headers, body)
        if not reply.ok:
            self._judge_invalid(sid, reply, f"{field!r} set to null", field)
            return
        stored = reply.body.get(field, "") if isinstance(reply.body, dict) else ""
        if stored is not None and "GET" in resource.item_methods:
            read = self.on_item("GET", resource, rid, self.owner.headers)
            if read.status is not None and read.status >= 500:
                self.add(
                    sid,
                    "fail",
                    "422, or null ignored",
                    read,
                    detail=f"after {field!r} was set to null, reading the record crashed",
                )
                self.name_field(field)
                return
            stored = read.body.get(field, "") if isinstance(read.body, dict) else ""
        if stored is None:
            self.add(
                sid,
                "fail",
                "422, or null ignored",
                reply,
                detail=f"the update stored null in the required field {field!r}",
            )
            self.name_field(field)
        else:
            self.add(sid, "pass", "422, or null ignored", reply)

    def _list(self, resource: Resource, rid: str) -> None:
        if resource.list_path is None:
            self.add("list", "fail", "GET collection", detail=f"no GET {resource.collection}")
            return
        reply = self.client.send(
            "GET", resource.list_path, resource.list_path, headers=self.owner.headers
        )
        rows = listed(reply.body) if reply.ok else None
        self.landmark = reply if rows is not None else None
        if rows is None:
            self.judge("list", reply, (), expected="200 with a list")
        elif any(record_id(row, resource.param) == rid for row in rows):
            self.add("list", "pass", "200 with the record", reply)
        else:
            self.add(
                "list",
                "fail",
                "200 with the record",
                reply,
                detail=f"{len(rows)} record(s) listed, none with id {rid}",
            )

    def _missing(
        self, sid: str, resource: Resource, method: str | None, rid: str | None, sent: Json | None
    ) -> None:
        if method is None or method not in resource.item_methods:
            self.skip(f"no {method or 'update'} route for one record", sid)
            return
        reply = self.on_item(
            method, resource, missing_id(rid or resource.id_example), self.owner.headers, sent
        )
        self.judge(sid, reply, {404})

    def validation(self, resource: Resource) -> None:
        schema = resource.create or {"properties": {}, "required": []}
        valid = payload(self.raw, schema, "v1", {})
        required = [n for n in schema["required"] if n in valid]
        if not required:
            self.skip("the create schema has no required field", "invalid-missing-field")
        else:
            body = {k: v for k, v in valid.items() if k != required[0]}
            reply = self.client.send(
                "POST",
                resource.collection,
                resource.collection,
                headers=self.owner.headers,
                json_body=body,
            )
            self._judge_invalid(
                "invalid-missing-field", reply, f"without {required[0]!r}", required[0]
            )
        types = {n: _field_type(self.raw, schema["properties"].get(n)) for n in valid}
        typed = [(n, t) for n, t in types.items() if t is not None and t in _WRONG_TYPE]
        if not typed:
            self.skip("no typed field in the create schema", "invalid-wrong-type")
            return
        name, kind = typed[0]
        reply = self.client.send(
            "POST",
            resource.collection,
            resource.collection,
            headers=self.owner.headers,
            json_body={**valid, name: _WRONG_TYPE[kind]},
        )
        self._judge_invalid(
            "invalid-wrong-type", reply, f"{name!r} as {_WRONG_TYPE[kind]!r}", name
        )

    def _judge_invalid(self, sid: str, reply: Exchange, what: str, field: str) -> None:
        status = self.judge(sid, reply, {422}, {400})
        if status == "fail" and reply.ok:
            self.amend("fail", f"accepted a payload with {what} ({reply.got})")
        self.name_field(field)

    def unauthenticated(self, resource: Resource, rid: str | None) -> None:
        sids = ["unauthenticated-write"] + (["unauthenticated-read"] if self.kind == "todo" else [])
        if not self.owner.headers:
            self.skip("the probe holds no credentials to leave out", *sids)
            return
        reply, _, _ = self.create(resource, {}, "anon", {})
        self._judge_refusal("unauthenticated-write", reply, {401}, {403})
        if self.kind != "todo":
            return
        if rid is None or resource.item is None or "GET" not in resource.item_methods:
            self.skip("no readable record", "unauthenticated-read")
            return
        self._judge_refusal(
            "unauthenticated-read", self.on_item("GET", resource, rid, {}), {401}, {403, 404}
        )

    def _judge_refusal(
        self, sid: str, reply: Exchange, passing: set[int], variants: set[int]
    ) -> None:
        """2xx and 5xx fail; an unexpected 4xx is a variant: refused, though not as specified."""
        status = reply.status or 0
        if status in passing or status in variants or not (400 <= status < 500):
            self.judge(sid, reply, passing, variants)
        else:
            self.add(
                sid,
                "variant",
                " or ".join(map(str, sorted(passing | variants))),
                reply,
                detail=f"refused with {status}",
            )

    def other_user(self, resource: Resource) -> None:
        sids = ["other-user-read"] if self.kind == "todo" else []
        sids += ["other-user-write", "other-user-delete"]
        if not self.owner.headers or self.owner.scheme == "env_token":
            self.skip("a second user cannot be made (no signup, or a static token)", *sids)
            return
        if resource.item is None:
            self.skip("no route for one record", *sids)
            return
        other = sign_in(self.raw, self.client, fresh_username("conf_b"))
        if not other.headers or other.headers == self.owner.headers:
            self.skip(f"could not sign in a second user: {other.note}", *sids)
            return
        _, rid, sent = self.create(resource, self.owner.headers, "x1", {})
        if rid is None:
            self.skip("the owner's record could not be created", *sids)
            return
        plan = [
            ("other-user-read", "GET", None),
            ("other-user-write", resource.update_method, sent),
            ("other-user-delete", "DELETE", None),
        ]
        for sid, method, body in plan:
            if sid not in sids:
                continue
            if method is None or method not in resource.item_methods:
                self.skip(f"no {method or 'update'} route for one record", sid)
                continue
            self._judge_refusal(
                sid, self.on_item(method, resource, rid, other.headers, body), {403, 404}, {401}
            )

    def pagination(self, resource: Resource) -> None:
        later = [
            "pagination-limit",
            "pagination-negative-limit",
            "pagination-huge-limit",
            "pagination-negative-offset",
        ]
        if resource.list_path is None:
            self.skip("no list route", "pagination-supported", *later)
            return
        limit = resource.list_limit
        offset = next((n for n in _OFFSET_NAMES if n in resource.list_params), None)
        for tag in ("p1", "p2", "p3"):
            self.create(resource, self.owner.headers, tag, {})
        baseline = self._page(resource, {})
        rows = listed(baseline.body) or []
        # A list of 3 or more that `?limit=2` cuts, though the schema names no such parameter:
        # an app that reads `request.query_params` by hand. Its answer is the limit scenario's.
        limited = self._page(resource, {"limit": 2}) if limit is None and len(rows) >= 3 else None
        if limit is None and limited is not None and _at_most(limited, 2):
            limit = "limit"
            self.add(
                "pagination-supported",
                "variant",
                "limit and offset query parameters",
                detail=f"GET {resource.list_path} honours limit=2 although its schema lists no "
                "limit parameter (read from the query string by hand)",
            )
        elif limit is None and len(rows) < 3:
            detail = (
                f"GET {resource.list_path} held {len(rows)} record(s) after three creates: "
                "whether it pages could not be seen"
            )
            self.skip(detail, "pagination-supported", *later)
            return
        elif limit is None:
            self.add(
                "pagination-supported",
                "fail",
                "limit and offset query parameters",
                detail=f"GET {resource.list_path} takes no limit parameter: the list "
                f"grows without bound ({len(rows)} records, ?limit=2 did not cut them)",
            )
            self.skip("the list takes no limit", *later)
            return
        else:
            status: ScenarioStatus = "pass" if (limit, offset) == ("limit", "offset") else "variant"
            self.add(
                "pagination-supported",
                status,
                "limit and offset query parameters",
                detail=f"query parameters: {', '.join(resource.list_params)}",
            )
            limited = self._page(resource, {limit: 2})
        if _at_most(limited, 2):
            self.add("pagination-limit", "pass", "at most 2 records", limited)
        else:
            got = listed(limited.body)
            detail = f"{len(got)} records for {limit}=2" if got is not None else ""
            self.add("pagination-limit", "fail", "at most 2 records", limited, detail)
        self._bound("pagination-negative-limit", resource, limit, -1, rows)
        self._bound("pagination-huge-limit", resource, limit, 100000, rows)
        if offset is None:
            self.skip("the list takes no offset", "pagination-negative-offset")
        else:
            self._bound("pagination-negative-offset", resource, offset, -1, rows)

    def _page(self, resource: Resource, params: Mapping[str, int]) -> Exchange:
        path = resource.list_path or resource.collection
        return self.client.send(
            "GET",
            path,
            path,
            headers=self.owner.headers,
            params=params,
        )

    def _bound(self, sid: str, resource: Resource, name: str, value: int, rows: list[Any]) -> None:
        """Rejected is right; a 2xx is a variant when clamped, a failure when taken as is."""
        reply = self._page(resource, {name: value})
        if not reply.ok:
            self.judge(sid, reply, {422, 400}, expected="422")
            return
        got = listed(reply.body) or []
        echoed = isinstance(reply.body, dict) and reply.body.get(name) == value
        if name in _OFFSET_NAMES:
            raw_use = echoed or (bool(rows) and got != rows)
        else:
            raw_use = echoed or (value < 0 and len(rows) >= 2 and len(got) == len(rows) - 1)
        if raw_use:
            self.add(
                sid,
                "fail",
                "422",
                reply,
                f"{name}={value} was used as given: {len(got)} of {len(rows)} records came back",
            )
        else:
            self.add(
                sid,
                "variant",
                "422",
                reply,
                f"{name}={value} accepted ({reply.got}) and not used as given: clamped or "
                f"ignored ({len(got)} of {len(rows)} records came back)",
            )

    def finish_delete(self, resource: Resource, rid: str | None) -> None:
        if rid is None or "DELETE" not in resource.item_methods:
            why = "no record to delete" if rid is None else "no DELETE route for one record"
            self.add("delete", "fail" if rid else "not_applicable", "204", detail=why)
            return
        reply = self.on_item("DELETE", resource, rid, self.owner.headers)
        if self.judge("delete", reply, {204}, {200, 202}) == "fail":
            return
        if "GET" in resource.item_methods:
            after = self.on_item("GET", resource, rid, self.owner.headers)
            if after.ok:
                self.amend("fail", f"still readable: GET {after.got}")

    def comments(self, post: Resource, resources: Sequence[Resource]) -> None:
        prefix = (post.item or "\0").rstrip("/") + "/"
        nested = [r for r in resources if r.collection.startswith(prefix)]
        comments = next((r for r in nested if r.name in COMMENT_WORDS), None)
        if comments is None or post.param is None:
            self.add(
                "comment-create",
                "fail",
                "POST /posts/{id}/comments",
                detail=f"no comments route under {post.item or post.collection}",
            )
            self.skip("no comments route", "comment-list", "comment-missing-post")
            return
        _, pid, _ = self.create(post, self.owner.headers, "c1", {})
        if pid is None:
            self.skip(
                "no post to comment on", "comment-create", "comment-list", "comment-missing-post"
            )
            return
        ids = {post.param: pid, "post_id": pid}
        reply, cid, _ = self.create(comments, self.owner.headers, "c1", ids)
        self.judge("comment-create", reply, {201}, {200})
        if "GET" in comments.collection_methods and reply.ok:
            url = fill_path(comments.collection, ids)
            listing = self.client.send("GET", comments.collection, url, headers=self.owner.headers)
            rows = listed(listing.body) or []
            found = any(record_id(r, comments.param) == cid for r in rows) if cid else bool(rows)
            self.add(
                "comment-list",
                "pass" if found else "fail",
                "200 with the comment",
                listing,
                "" if found else f"{len(rows)} comment(s) listed, not the new one",
            )
        else:
            self.skip("no comment list route, or no comment", "comment-list")
        gone = {post.param: missing_id(pid), "post_id": missing_id(pid)}
        orphan, _, _ = self.create(comments, self.owner.headers, "c2", gone)
        self.judge("comment-missing-post", orphan, {404})


def _field_type(raw: Mapping[str, Any], schema: Any) -> str | None:
    schema = resolve(raw, schema)
    if not isinstance(schema, Mapping):
        return None
    for variant in schema.get("anyOf") or []:
        variant = resolve(raw, variant)
        if isinstance(variant, Mapping) and variant.get("type") not in (None, "null"):
            return str(variant["type"])
    kind = schema.get("type")
    return kind if isinstance(kind, str) else None


def run_conformance_probe(
    schema_path: Path, kind: str, base_url: str, env_token: str | None, budget: float
) -> ConformanceResult:
    """Everything in one result; an exception becomes `error` next to the scenarios so far."""
    started = time.monotonic()
    result = empty_conformance(kind)
    client = Client(base_url, budget)
    run = ScenarioRun({}, kind, client, env_token)
    try:
        raw = json.loads(schema_path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("the schema is not a JSON object")
        run.raw = raw
        result["resource"] = run.run()
    except Exception as exc:  # the file must say what went wrong instead of a traceback
        result["error"] = f"{type(exc).__name__}: {exc}"[:1000]
    finally:
        client.close()
    result["auth"] = f"{run.owner.scheme}: {run.owner.note}"[:300]
    result["broken"] = run.broken[:MAX_DETAIL_CHARS] if run.broken else None
    result["scenarios"] = run.scenarios
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m probes.conformance")
    parser.add_argument("--schema", required=True, type=Path)
    parser.add_argument("--kind", default="unknown", choices=("todo", "blog", "unknown"))
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--env-token", default=None, help="NAME=VALUE of a static bearer token")
    parser.add_argument("--budget-seconds", type=float, default=BUDGET_SECONDS)
    args = parser.parse_args(argv)
    refusal = loopback_refusal(args.base_url)
    if refusal:
        write_json(args.out, empty_conformance(args.kind, refusal))
        return 2
    budget = min(max(args.budget_seconds, 1.0), BUDGET_SECONDS)
    write_json(
        args.out,
        run_conformance_probe(args.schema, args.kind, args.base_url, args.env_token, budget),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
