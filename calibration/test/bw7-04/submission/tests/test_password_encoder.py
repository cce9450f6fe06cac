from blogapi.security.password_encoder import BCryptPasswordEncoder


class TestBCryptPasswordEncoder:
    def setup_method(self) -> None:
        self.encoder = BCryptPasswordEncoder(strength=4)

    def test_encode_does_not_return_raw_password(self) -> None:
        encoded = self.encoder.encode("secret-password")

        assert encoded != "secret-password"
        assert encoded.startswith("$2b$04$")

    def test_encode_uses_random_salt(self) -> None:
        assert self.encoder.encode("secret-password") != self.encoder.encode("secret-password")

    def test_matches(self) -> None:
        encoded = self.encoder.encode("secret-password")

        assert self.encoder.matches("secret-password", encoded)
        assert not self.encoder.matches("wrong-password", encoded)

    def test_matches_returns_false_for_malformed_hash(self) -> None:
        assert not self.encoder.matches("secret-password", "not-a-bcrypt-hash")
