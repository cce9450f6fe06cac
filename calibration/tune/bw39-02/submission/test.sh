#!/bin/bash
# quick smoke test, run with the server up on :8000
URL=${URL:-http://localhost:8000}
U=test$RANDOM

curl -s -X POST $URL/register -d "{\"username\":\"$U\",\"password\":\"test1234\"}"; echo
TOKEN=$(curl -s -X POST $URL/login -d "{\"username\":\"$U\",\"password\":\"test1234\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])')
echo "token: $TOKEN"

curl -s -X POST $URL/posts -H "Authorization: Bearer $TOKEN" -d '{"title":"hello","content":"first post"}'; echo
curl -s $URL/posts; echo
curl -s -X POST $URL/posts/1/comments -H "Authorization: Bearer $TOKEN" -d '{"body":"nice"}'; echo
curl -s $URL/posts/1/comments; echo
curl -s $URL/posts/1; echo
echo done
