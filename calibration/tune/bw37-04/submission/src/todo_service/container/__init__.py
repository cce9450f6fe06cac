"""A small dependency-injection container. See docs/adr/0001-dependency-injection.md."""

from .container import CaptiveDependencyError, Container, Lifetime, Resolver, Scope, UnregisteredError

__all__ = [
    "CaptiveDependencyError",
    "Container",
    "Lifetime",
    "Resolver",
    "Scope",
    "UnregisteredError",
]
