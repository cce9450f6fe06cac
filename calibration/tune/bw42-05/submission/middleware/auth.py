import jwt
from fastapi import Request
from fastapi.responses import JSONResponse

from config import JWT_SECRET

# routes that don't need a token
PUBLIC_ROUTES = ["/", "/docs", "/openapi.json", "/api/auth/register", "/api/auth/login"]


async def authMiddleware(request: Request, call_next):
    # reading is public, only writes need a token
    if request.method in ["GET", "OPTIONS"] or request.url.path in PUBLIC_ROUTES:
        return await call_next(request)

    authHeader = request.headers.get("authorization")
    if not authHeader or not authHeader.startswith("Bearer "):
        return JSONResponse(status_code=401, content={"error": "No token provided"})

    token = authHeader.split(" ")[1]
    try:
        decoded = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    except Exception:
        return JSONResponse(status_code=401, content={"error": "Invalid token"})

    request.state.user = decoded
    return await call_next(request)
