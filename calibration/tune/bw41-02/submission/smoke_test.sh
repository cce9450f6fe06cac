#!/bin/sh
# start server first:  uvicorn main:app --port 8000
H=http://127.0.0.1:8000

echo "== signup"
curl -s -X POST $H/signup -H 'Content-Type: application/json' \
     -d '{"username":"bob","password":"hunter222"}'
echo

echo "== login"
TOK=$(curl -s -X POST $H/login -H 'Content-Type: application/json' \
     -d '{"username":"bob","password":"hunter222"}' \
     | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')
echo "token $TOK"

echo "== create"
curl -s -X POST $H/todos -H "Authorization: Bearer $TOK" -H 'Content-Type: application/json' \
     -d '{"title":"buy milk","description":"2 liters"}'
echo

echo "== list"
curl -s "$H/todos?limit=10" -H "Authorization: Bearer $TOK"
echo

echo "== get 1"
curl -s $H/todos/1 -H "Authorization: Bearer $TOK"
echo

echo "== update 1"
curl -s -X PUT $H/todos/1 -H "Authorization: Bearer $TOK" -H 'Content-Type: application/json' \
     -d '{"title":"buy milk","done":true}'
echo

echo "== delete 1"
curl -s -o /dev/null -w "%{http_code}\n" -X DELETE $H/todos/1 -H "Authorization: Bearer $TOK"
