"""scrypt from the standard library: slow, salted, no extra dependency."""

import hashlib
import hmac
import os

N, R, P, DKLEN = 2**14, 8, 1, 32


def hash_password(password):
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, dklen=DKLEN)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def check_password(password, stored):
    _, n, r, p, salt, digest = stored.split("$")
    candidate = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
    )
    return hmac.compare_digest(candidate.hex(), digest)


# Used when the username is unknown so that the response takes as long.
DUMMY_HASH = hash_password("not-a-real-password")
