import time


async def logger(request, call_next):
    start = time.perf_counter()
    response = await call_next(request)
    ms = (time.perf_counter() - start) * 1000
    print(f"{request.method} {request.url.path} {response.status_code} - {ms:.1f} ms")
    return response
