from __future__ import annotations

from grader.phases.tracebacks import parse_server_traces, template_matches

LOG = '''INFO:     Started server process [7]
INFO:     127.0.0.1:40000 - "GET /notes HTTP/1.1" 200 OK
ERROR:    Exception in ASGI application
Traceback (most recent call last):
  File "/opt/venv/lib/python3.11/site-packages/uvicorn/protocols/http/h11_impl.py", line 403, in run_asgi
    result = await app(  # type: ignore[func-returns-value]
  File "/app/main.py", line 41, in delete_note
    del NOTES[note_id]
        ~~~~~^^^^^^^^^
KeyError: 999
INFO:     127.0.0.1:40002 - "DELETE /notes/999 HTTP/1.1" 500 Internal Server Error
INFO:     127.0.0.1:40004 - "GET /notes/1 HTTP/1.1" 404 Not Found
'''


def test_traceback_is_paired_with_the_500_it_caused() -> None:
    traces = parse_server_traces(LOG)
    assert len(traces) == 1
    trace = traces[0]
    assert (trace.method, trace.url_path, trace.status) == ("DELETE", "/notes/999", 500)
    assert (trace.file, trace.line) == ("main.py", 41)
    assert trace.exception == "KeyError: 999"


def test_frames_outside_the_app_are_not_blamed() -> None:
    log = LOG.replace('File "/app/main.py"', 'File "/usr/lib/python3.11/json.py"')
    assert parse_server_traces(log) == []


def test_template_matching() -> None:
    assert template_matches("/notes/{note_id}", "/notes/12")
    assert not template_matches("/notes/{note_id}", "/notes/12/tags")
    assert template_matches("/a/{x}/b/{y}", "/a/1/b/zz")
    assert not template_matches("/notes", "/notes/1")


NEWER_ORDER = '''INFO:     127.0.0.1:1 - "GET /stats HTTP/1.1" 500 Internal Server Error
ERROR:    Exception in ASGI application
Traceback (most recent call last):
  File "/app/main.py", line 30, in stats
    return 1 / 0
ZeroDivisionError: division by zero
INFO:     127.0.0.1:2 - "DELETE /notes/7 HTTP/1.1" 500 Internal Server Error
ERROR:    Exception in ASGI application
Traceback (most recent call last):
  File "/app/main.py", line 41, in delete_note
    del NOTES[note_id]
KeyError: 7
INFO:     127.0.0.1:3 - "GET /notes HTTP/1.1" 200 OK
'''


def test_access_line_before_the_traceback_pairs_with_its_own_request() -> None:
    traces = {(t.method, t.url_path): (t.file, t.line) for t in parse_server_traces(NEWER_ORDER)}
    assert traces == {("GET", "/stats"): ("main.py", 30), ("DELETE", "/notes/7"): ("main.py", 41)}


def test_older_order_with_two_errors_in_a_row() -> None:
    log = LOG + LOG.replace("/notes/999", "/notes/5").replace("line 41", "line 44")
    traces = [(t.url_path, t.line) for t in parse_server_traces(log)]
    assert traces == [("/notes/999", 41), ("/notes/5", 44)]


SQLALCHEMY_LOG = '''ERROR:    Exception in ASGI application
Traceback (most recent call last):
  File "/app/blog/routers/posts.py", line 50, in read_post
    post = db.get(Post, post_id)
sqlalchemy.exc.DataError: (psycopg2.errors.NumericValueOutOfRange) integer out of range

[SQL: SELECT posts.id FROM posts WHERE posts.id = %(pk_1)s]
[parameters: {'pk_1': 7513596962}]
(Background on this error at: https://sqlalche.me/e/20/9h9h)
INFO:     127.0.0.1:40002 - "GET /posts/7513596962 HTTP/1.1" 500 Internal Server Error
'''


def test_sqlalchemys_trailing_notes_are_not_taken_for_the_exception() -> None:
    (trace,) = parse_server_traces(SQLALCHEMY_LOG)
    assert trace.exception.startswith("sqlalchemy.exc.DataError: (psycopg2.errors.Numeric")
    assert (trace.file, trace.line) == ("blog/routers/posts.py", 50)


ECHO_LOG = '''ERROR:    Exception in ASGI application
Traceback (most recent call last):
  File "/app/src/cruds/user.py", line 11, in create_user
    await db.commit()
sqlalchemy.exc.OperationalError: (asyncmy.errors.OperationalError) (1045, "Access denied")
2026-12-06 00:37:00,985 INFO sqlalchemy.engine.Engine ROLLBACK
INFO:     127.0.0.1:40002 - "POST /user HTTP/1.1" 500 Internal Server Error
'''


def test_the_apps_own_log_lines_after_a_traceback_are_not_the_exception() -> None:
    """SQLAlchemy's echo logs its ROLLBACK after the traceback; the exception stays the class
    line, not a timestamped log line with colons in it."""
    (trace,) = parse_server_traces(ECHO_LOG)
    assert trace.exception.startswith("sqlalchemy.exc.OperationalError: (asyncmy")
    assert (trace.file, trace.line) == ("src/cruds/user.py", 11)
    (plain,) = parse_server_traces(LOG)
    assert plain.exception == "KeyError: 999"
