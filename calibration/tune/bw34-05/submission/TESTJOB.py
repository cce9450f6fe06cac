# ****************************************************************
# * TESTJOB - REGRESSION RUN FOR TODOAPI                          *
# * START THE SERVER FIRST (SEE README STEP030), THEN:            *
# *     python TESTJOB.py                                         *
# * PRINTS ONE LINE PER CASE AND A SUMMARY. RC=0 IF ALL PASS.     *
# ****************************************************************
import sys
import time

import requests

BASE = "http://127.0.0.1:8000"
RESULTS = []


def CHECK(case, expected, actual):
    status = "PASS" if expected == actual else "FAIL"
    RESULTS.append(status)
    print(f"{case:<40} EXPECTED={expected!s:<6} ACTUAL={actual!s:<6} {status}")


USER = "tst" + str(int(time.time()))
PW = "password123"

r = requests.post(BASE + "/signup", json={"username": USER, "password": PW})
CHECK("T010 SIGNUP", 201, r.status_code)

r = requests.post(BASE + "/signup", json={"username": USER, "password": PW})
CHECK("T020 SIGNUP DUPLICATE", 409, r.status_code)

r = requests.post(BASE + "/login", json={"username": USER, "password": PW})
CHECK("T030 LOGIN", 200, r.status_code)
TOKEN = r.json()["access_token"]
HDR = {"Authorization": "Bearer " + TOKEN}

r = requests.post(BASE + "/login", json={"username": USER, "password": "wrongwrong"})
CHECK("T040 LOGIN BAD PASSWORD", 401, r.status_code)

r = requests.post(BASE + "/todos", json={"title": "FIRST TODO"}, headers=HDR)
CHECK("T050 CREATE TODO", 201, r.status_code)
TODO_ID = r.json()["id"]

r = requests.post(BASE + "/todos", json={"description": "NO TITLE"}, headers=HDR)
CHECK("T060 CREATE TODO NO TITLE", 422, r.status_code)

r = requests.post(BASE + "/todos", json={"title": "X"})
CHECK("T070 CREATE TODO NO TOKEN", 401, r.status_code)

r = requests.get(BASE + "/todos", headers=HDR)
CHECK("T080 LIST TODOS", 200, r.status_code)
CHECK("T081 LIST TODOS COUNT", 1, r.json()["count"])

r = requests.get(BASE + "/todos?limit=500", headers=HDR)
CHECK("T090 LIST LIMIT TOO BIG", 422, r.status_code)

r = requests.get(BASE + "/todos/" + str(TODO_ID), headers=HDR)
CHECK("T100 READ TODO", 200, r.status_code)

r = requests.put(
    BASE + "/todos/" + str(TODO_ID), json={"title": "FIRST TODO", "done": True}, headers=HDR
)
CHECK("T110 UPDATE TODO", 200, r.status_code)
CHECK("T111 UPDATE TODO DONE", True, r.json()["done"])

r = requests.delete(BASE + "/todos/" + str(TODO_ID), headers=HDR)
CHECK("T120 DELETE TODO", 204, r.status_code)

r = requests.get(BASE + "/todos/" + str(TODO_ID), headers=HDR)
CHECK("T130 READ DELETED TODO", 404, r.status_code)

print("-" * 64)
print(f"CASES RUN={len(RESULTS)}  PASSED={RESULTS.count('PASS')}  FAILED={RESULTS.count('FAIL')}")
sys.exit(0 if "FAIL" not in RESULTS else 8)
