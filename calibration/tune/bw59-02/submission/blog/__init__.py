"""Nested blog API."""
