import os

from dotenv import load_dotenv

load_dotenv()

APP_NAME = os.getenv("APP_NAME", "Blog")
APP_ENV = os.getenv("APP_ENV", "production")
APP_KEY = os.getenv("APP_KEY", "base64:q3Xk9vL2mN8pR4tY7wZ1cF5hJ0bA6dE3")
APP_DEBUG = os.getenv("APP_DEBUG", "true") == "true"

# minutes
TOKEN_TTL = int(os.getenv("TOKEN_TTL", "1440"))
