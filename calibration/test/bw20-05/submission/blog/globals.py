"""Flask-style globals for FastAPI.

`config` lives as long as the process (like app.config), `g` lives for one
request (like flask.g). `g` is backed by a ContextVar so concurrent requests
don't see each other's values.
"""

from contextvars import ContextVar

config = {}

_g_storage = ContextVar("g")


class _RequestGlobals:
    def __getattr__(self, name):
        try:
            return _g_storage.get()[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        _g_storage.get()[name] = value

    def __contains__(self, name):
        return name in _g_storage.get()

    def pop(self, name, default=None):
        return _g_storage.get().pop(name, default)


g = _RequestGlobals()


def push_request_context():
    return _g_storage.set({})


def pop_request_context(token):
    _g_storage.reset(token)
