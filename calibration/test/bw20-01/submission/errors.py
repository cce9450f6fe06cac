"""Sentinel errors.

Store functions return (value, err) instead of raising. Callers compare err
against these with `is`, the same way you would with errors.Is in Go.
"""


class Error(Exception):
    pass


ErrNotFound = Error("not found")
ErrConflict = Error("already exists")
ErrExpired = Error("expired")
ErrInternal = Error("internal error")
