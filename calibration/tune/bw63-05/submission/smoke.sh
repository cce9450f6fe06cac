#!/bin/sh
# quick manual check, server must be running on :8000
H=http://127.0.0.1:8000

curl -s -X POST $H/register -d '{"username":"test1","password":"test123"}'
echo
TOKEN=$(curl -s -X POST $H/login -d '{"username":"test1","password":"test123"}' | sed 's/.*"token":"\([0-9a-f]*\)".*/\1/')
echo "token: $TOKEN"

curl -s -X POST $H/todos -H "Authorization: Bearer $TOKEN" -d '{"title":"first","done":false}'
echo
curl -s $H/todos -H "Authorization: Bearer $TOKEN"
echo
curl -s -X PUT $H/todos/1 -H "Authorization: Bearer $TOKEN" -d '{"done":true}'
echo
curl -s -X DELETE $H/todos/1 -H "Authorization: Bearer $TOKEN"
echo
