import auth


def test_hash_roundtrip():
    h = auth.hash_password("s3cret-pass")
    assert h.startswith("pbkdf2_sha256$")
    assert auth.check_password("s3cret-pass", h)
    assert not auth.check_password("s3cret-pasS", h)


def test_hash_is_salted():
    assert auth.hash_password("same") != auth.hash_password("same")


def test_check_garbage():
    assert not auth.check_password("x", "not-a-hash")
    assert not auth.check_password("x", "md5$1$00$00")


def test_tokens_unique():
    a, _ = auth.new_token()
    b, _ = auth.new_token()
    assert a != b and len(a) >= 32
