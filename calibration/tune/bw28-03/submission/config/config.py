# Application config

config = {}

config['base_url'] = 'http://localhost:8000/'
config['encryption_key'] = 'bl0g-ci-k3y-9f8e7d6c5b4a'
config['sess_expiration'] = 7200
config['per_page'] = 10
config['language'] = 'english'
