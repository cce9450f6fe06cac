INSERT INTO user (username, password)
VALUES
  ('test', 'scrypt:32768:8:1$Zr6gTqzXd5bp6Jd8$1f182f9ab2c605c02cddf8b59a9c2ad567bf9c3b889982f60cad5c0e7aba99d6b4572f9c5383271ee22d4df80e48dfe132e58d945b4f60170476c6e22acc9fa6'),
  ('other', 'scrypt:32768:8:1$5DOu98mWGUolGfGl$d83adcabb4175cd7af65cf0f5a53a13dde272ee3bfce17e45949b2518891b1832332a3b59d43c8387d547f2d72dbfd48411915e64d89143cef8efde108bf5873');

INSERT INTO post (title, body, author_id, created)
VALUES
  ('test title', 'test' || x'0a' || 'body', 1, '2018-01-01 00:00:00');

INSERT INTO comment (post_id, author_id, body, created)
VALUES
  (1, 2, 'nice post', '2018-01-02 00:00:00');
