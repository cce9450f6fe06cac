"""Manual smoke test. Start the server first (python main.py), then run this script."""
import json
import sys
import urllib.error
import urllib.request
import uuid

kBaseUrl: str = "http://127.0.0.1:8000"


def call(method: str, path: str, body: dict | None = None, token: str | None = None) -> tuple[int, object]:
    data: bytes | None = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(kBaseUrl + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token is not None:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req) as resp:
            raw: bytes = resp.read()
            return resp.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def check(name: str, cond: bool) -> None:
    print(("[ OK ] " if cond else "[FAIL] ") + name)
    if not cond:
        sys.exit(1)


def main() -> None:
    user: dict[str, str] = {"username": "robot_" + uuid.uuid4().hex[:6], "password": "password123"}
    status, _ = call("POST", "/signup", user)
    check("signup", status == 201)
    status, body = call("POST", "/login", user)
    check("login", status == 200)
    token: str = body["access_token"]  # type: ignore[index]

    status, body = call("POST", "/todos", {"title": "calibrate lidar"}, token)
    check("create", status == 201)
    todo_id: int = body["id"]  # type: ignore[index]

    status, body = call("GET", "/todos?limit=10", token=token)
    check("list", status == 200 and len(body) >= 1)  # type: ignore[arg-type]
    status, body = call("PUT", f"/todos/{todo_id}", {"done": True}, token)
    check("update", status == 200 and body["done"] is True)  # type: ignore[index]
    status, _ = call("DELETE", f"/todos/{todo_id}", token=token)
    check("delete", status == 204)
    status, _ = call("GET", f"/todos/{todo_id}", token=token)
    check("get deleted -> 404", status == 404)
    status, _ = call("GET", "/todos")
    check("no token -> 401", status == 401)
    print("all checks passed")


if __name__ == "__main__":
    main()
