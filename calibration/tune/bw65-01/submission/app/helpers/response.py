from fastapi.responses import JSONResponse


def success(data, status=200):
    return JSONResponse({"success": True, "data": data}, status_code=status)


def error(message, status=500):
    return JSONResponse({"success": False, "message": message}, status_code=status)
