"""Plugins registered by ``kind``.

A plugin family is a base class made with :func:`plugin_base`; every subclass that
sets ``kind`` is added to the family's ``registry``. One contract test per family
runs over every registered class (``tests/test_plugin_contracts.py``).
"""
from __future__ import annotations

from typing import ClassVar


class Plugin:
    """Base for plugin families. Subclass once per family and give it its own registry."""

    kind: ClassVar[str] = ""
    registry: ClassVar[dict[str, type]] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "registry" in cls.__dict__:      # a new family: its own empty registry
            return
        if cls.__dict__.get("kind"):
            if cls.kind in cls.registry and cls.registry[cls.kind] is not cls:
                raise TypeError(f"{cls.__name__}: kind {cls.kind!r} already registered "
                                f"by {cls.registry[cls.kind].__name__}")
            cls.registry[cls.kind] = cls

    @classmethod
    def get(cls, kind: str) -> type:
        try:
            return cls.registry[kind]
        except KeyError:
            known = ", ".join(sorted(cls.registry)) or "none"
            raise KeyError(f"unknown {cls.__name__} kind {kind!r}; known kinds: {known}") from None
