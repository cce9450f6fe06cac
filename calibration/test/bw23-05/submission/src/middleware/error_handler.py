import traceback

from fastapi.responses import JSONResponse


async def error_handler(request, call_next):
    try:
        return await call_next(request)
    except Exception as err:
        traceback.print_exc()
        return JSONResponse({"error": str(err) or err.__class__.__name__}, status_code=500)
