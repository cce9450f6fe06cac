from __future__ import annotations

from grader.probing.tracebacks import parse_server_traces, template_matches

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
