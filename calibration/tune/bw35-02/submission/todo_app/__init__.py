"""TodoApp - the "core" side (contexts + repo), no web stuff in here.

Mirrors the Phoenix split between `lib/todo_app` and `lib/todo_app_web`.
"""
