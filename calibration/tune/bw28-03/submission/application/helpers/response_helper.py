from fastapi.responses import JSONResponse


def success(data=None, message='OK', code=200):
    body = {'status': True, 'message': message}
    if data is not None:
        body['data'] = data
    return JSONResponse(status_code=code, content=body)


def error(message, code=400):
    return JSONResponse(status_code=code, content={'status': False, 'message': message})
