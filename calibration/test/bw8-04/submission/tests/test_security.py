from blog import config, security


def test_password_roundtrip() -> None:
    h = security.hash_password("correct horse", iterations=1000)
    assert h.startswith("pbkdf2_sha256$1000$")
    assert security.verify_password("correct horse", h)
    assert not security.verify_password("correct horsE", h)


def test_password_hash_is_salted() -> None:
    assert security.hash_password("same", iterations=1000) != security.hash_password("same", iterations=1000)


def test_verify_password_rejects_malformed_hash() -> None:
    assert not security.verify_password("x", "")
    assert not security.verify_password("x", "md5$1$aa$bb")
    assert not security.verify_password("x", "pbkdf2_sha256$notanumber$aa$bb")
    assert not security.verify_password("x", "pbkdf2_sha256$1000$zz$bb")
    assert not security.verify_password("x", "pbkdf2_sha256$0$aa$bb")


def test_token_roundtrip() -> None:
    tok = security.issue_token(42, now=1_000_000)
    assert security.verify_token(tok, now=1_000_000) == 42


def test_token_expires() -> None:
    tok = security.issue_token(42, now=1_000_000)
    assert security.verify_token(tok, now=1_000_000 + config.TOKEN_TTL_SECONDS) is None
    assert security.verify_token(tok, now=1_000_000 + config.TOKEN_TTL_SECONDS - 1) == 42


def test_tampered_payload_rejected() -> None:
    tok = security.issue_token(42, now=1_000_000)
    payload, sig = tok.split(".")
    forged = security._b64e(b"v1:1:9999999999")
    assert security.verify_token(forged + "." + sig, now=1_000_000) is None


def test_tampered_signature_rejected() -> None:
    tok = security.issue_token(42, now=1_000_000)
    payload, sig = tok.split(".")
    bad_sig = ("A" if sig[0] != "A" else "B") + sig[1:]
    assert security.verify_token(payload + "." + bad_sig, now=1_000_000) is None


def test_garbage_tokens_rejected() -> None:
    for tok in ["", ".", "a.b.c", "abc", "!!!.???", "é.é", "x" * 10_000, "djE6MTox."]:
        assert security.verify_token(tok) is None


def test_token_signed_with_other_secret_rejected(monkeypatch) -> None:
    tok = security.issue_token(7)
    monkeypatch.setattr(config, "TOKEN_SECRET", b"another-secret-another-secret-xx")
    assert security.verify_token(tok) is None
