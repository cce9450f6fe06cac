#!/usr/bin/env python3
# smoke test against a running server.
#   python3 tools/smoke.py [base_url]

import json
import sys
import time
import urllib.error
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"

n_pass = 0
n_fail = 0


def req(method, path, body=None, token=None):
    data = None
    hdrs = {}
    if body is not None:
        data = json.dumps(body).encode()
        hdrs["Content-Type"] = "application/json"
    if token:
        hdrs["Authorization"] = "Bearer " + token
    r = urllib.request.Request(BASE + path, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(r) as resp:
            raw = resp.read()
            return resp.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, (json.loads(raw) if raw else None)


def expect(name, got, want):
    global n_pass, n_fail
    if got == want:
        n_pass += 1
        print("PASS", name)
    else:
        n_fail += 1
        print("FAIL", name, "got", got, "want", want)


def main():
    user = "smoke%d" % int(time.time())
    st, _ = req("POST", "/users", {"username": user, "password": "password123"})
    expect("signup", st, 201)

    st, body = req("POST", "/login", {"username": user, "password": "password123"})
    expect("login", st, 200)
    tok = body["access_token"]

    st, t = req("POST", "/todos", {"title": "first"}, tok)
    expect("create", st, 201)
    tid = t["id"]

    st, _ = req("GET", "/todos", None, tok)
    expect("list", st, 200)

    st, t = req("PUT", "/todos/%d" % tid, {"done": True}, tok)
    expect("update", st, 200)
    expect("update done", t["done"], True)

    st, _ = req("GET", "/todos", None, None)
    expect("no token", st, 401)

    st, _ = req("DELETE", "/todos/%d" % tid, None, tok)
    expect("delete", st, 204)

    st, _ = req("GET", "/todos/%d" % tid, None, tok)
    expect("gone", st, 404)

    print("%d passed, %d failed" % (n_pass, n_fail))
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
