from typing import Dict, Tuple

# code -> (http status, message)
OK = 0
PARAM_ERROR = 10001
USER_EXISTS = 20001
LOGIN_FAILED = 20002
UNAUTHORIZED = 20003
TOKEN_INVALID = 20004
TODO_NOT_FOUND = 30001

_msg: Dict[int, Tuple[int, str]] = {
    PARAM_ERROR: (422, "param error"),
    USER_EXISTS: (409, "username already exists"),
    LOGIN_FAILED: (401, "username or password wrong"),
    UNAUTHORIZED: (401, "not login"),
    TOKEN_INVALID: (401, "token invalid or expired"),
    TODO_NOT_FOUND: (404, "todo not found"),
}


class BizError(Exception):
    def __init__(self, code: int, msg: str = "") -> None:
        http_status, default_msg = _msg.get(code, (400, "error"))
        self.code = code
        self.http_status = http_status
        self.msg = msg or default_msg
        super().__init__(self.msg)
