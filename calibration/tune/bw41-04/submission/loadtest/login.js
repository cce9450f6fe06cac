// k6 run loadtest/login.js   (stack must be up: make up)
import http from "k6/http";
import { check } from "k6";

const BASE = __ENV.BASE_URL || "http://localhost:8000";

export const options = {
  vus: 20,
  duration: "30s",
  thresholds: {
    http_req_duration: ["p(95)<500"],
    http_req_failed: ["rate<0.01"],
  },
};

export function setup() {
  http.post(`${BASE}/auth/signup`, JSON.stringify({ username: "k6user", password: "k6-password" }), {
    headers: { "Content-Type": "application/json" },
  });
}

export default function () {
  const res = http.post(`${BASE}/auth/token`, { username: "k6user", password: "k6-password" });
  check(res, { "login 200": (r) => r.status === 200 });

  const token = res.json("access_token");
  const list = http.get(`${BASE}/todos?limit=20`, { headers: { Authorization: `Bearer ${token}` } });
  check(list, { "list 200": (r) => r.status === 200 });
}
