# =====================================================================
# TODO_SECURITY.PY
#
# PASSWORD HASHING AND ACCESS TOKENS.
#
# PASSWORDS : SHA-256 OVER (SALT + PASSWORD). EACH USER HAS HIS OWN
#             RANDOM SALT, SO TWO EQUAL PASSWORDS GIVE TWO DIFFERENT
#             HASHES. THE PASSWORD ITSELF IS NEVER STORED.
# TOKENS    : "USER_ID.EXPIRY.SIGNATURE". THE SIGNATURE IS AN HMAC OF
#             THE FIRST TWO PARTS WITH THE PROGRAM KEY, SO A CLIENT
#             CANNOT CHANGE THE USER_ID OR THE EXPIRY WITHOUT THE
#             SIGNATURE BECOMING WRONG.
# =====================================================================
import hashlib
import hmac
import secrets
import time

import todo_constants as K


def MAKE_SALT() -> str:
    return secrets.token_hex(K.SALT_LENGTH_BYTES)


def HASH_PASSWORD(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


def PASSWORD_MATCHES(password: str, salt: str, stored_hash: str) -> bool:
    return hmac.compare_digest(HASH_PASSWORD(password, salt), stored_hash)


def _SIGN(text: str) -> str:
    return hmac.new(K.TOKEN_SIGNING_KEY.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).hexdigest()


def MAKE_TOKEN(user_id: int) -> str:
    expiry = int(time.time()) + K.TOKEN_VALID_SECONDS
    body = f"{user_id}.{expiry}"
    return f"{body}.{_SIGN(body)}"


def READ_TOKEN(token: str) -> int | None:
    """RETURNS THE USER_ID CARRIED BY A VALID, UNEXPIRED TOKEN, ELSE NONE."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    user_id_text, expiry_text, signature = parts
    if not user_id_text.isdigit() or not expiry_text.isdigit():
        return None
    if _SIGN(f"{user_id_text}.{expiry_text}") != signature:
        return None
    if int(expiry_text) < int(time.time()):
        return None
    return int(user_id_text)
