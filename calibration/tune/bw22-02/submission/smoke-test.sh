#!/usr/bin/env bash
# Quick manual check against a running server: ./smoke-test.sh [base-url]
set -e

BASE=${1:-http://127.0.0.1:8000}
USER="demo$RANDOM"

echo "== register $USER"
curl -s -X POST "$BASE/auth/register" -H "Content-Type: application/json" \
  -d "{\"username\": \"$USER\", \"password\": \"demo-pass\"}" | jq .

echo "== login"
KEY=$(curl -s -X POST "$BASE/auth/token" -H "Content-Type: application/json" \
  -d "{\"username\": \"$USER\", \"password\": \"demo-pass\"}" | jq -r .access_token)
echo "key: $KEY"

echo "== create post"
POST_ID=$(curl -s -X POST "$BASE/posts" -H "Content-Type: application/json" -H "X-API-Key: $KEY" \
  -d '{"title": "Hello world", "content": "Welcome to the blog. This is your first post."}' | jq -r .id)
echo "post id: $POST_ID"

echo "== list posts"
curl -s "$BASE/posts?limit=5" | jq .

echo "== comment"
curl -s -X POST "$BASE/posts/$POST_ID/comments" -H "Content-Type: application/json" -H "X-API-Key: $KEY" \
  -d '{"body": "Hi, this is a comment."}' | jq .

echo "== list comments"
curl -s "$BASE/posts/$POST_ID/comments" | jq .

echo "== edit post"
curl -s -X PUT "$BASE/posts/$POST_ID" -H "Content-Type: application/json" -H "X-API-Key: $KEY" \
  -d '{"title": "Hello world (edited)"}' | jq .

echo "== delete post"
curl -s -X DELETE "$BASE/posts/$POST_ID" -H "X-API-Key: $KEY" | jq .

echo "== read deleted post (should be 404)"
curl -s -o /dev/null -w "%{http_code}\n" "$BASE/posts/$POST_ID"

echo "done"
