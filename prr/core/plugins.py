"""Plugins registered by ``kind``.

A plugin family is a base class made with :func:`plugin_base`; every subclass that
sets ``kind`` is added to the family's ``registry``. One contract test per family
runs over every registered class (``tests/test_plugin_contracts.py``).

Each family has a ``group`` (``channel``, ``reply_source``, ``extractor``): outside
packages add plugins without editing prr by declaring an entry point in that group,
``prr.<group>`` (e.g. ``[project.entry-points."prr.channel"] myportal =
"mypkg.portal:MyPortal"``); the families load them the first time they are asked for a
kind or for the list of kinds. Each plugin declares the ``options`` it reads (setting or
parameter name -> what it means), listed by ``prr plugins``.
"""
from __future__ import annotations

import logging
from typing import ClassVar

log = logging.getLogger(__name__)


class Plugin:
    """Base for plugin families. Subclass once per family and give it its own registry."""

    kind: ClassVar[str] = ""
    registry: ClassVar[dict[str, type]] = {}
    group: ClassVar[str] = ""                   # entry-point group: prr.<group>
    options: ClassVar[dict[str, str]] = {}      # option -> what it means (shown by `prr plugins`)
    _entry_points_loaded: ClassVar[bool] = False
    _entry_point_errors: ClassVar[list[str]] = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "registry" in cls.__dict__:      # a new family: its own empty registry
            cls._entry_points_loaded = False
            cls._entry_point_errors = []
            return
        if cls.__dict__.get("kind"):
            if cls.kind in cls.registry and cls.registry[cls.kind] is not cls:
                raise TypeError(f"{cls.__name__}: kind {cls.kind!r} already registered "
                                f"by {cls.registry[cls.kind].__name__}")
            cls.registry[cls.kind] = cls

    @classmethod
    def load_entry_points(cls) -> list[str]:
        """Import the plugins outside packages declare for this family (once); returns the
        problems (an entry point that fails to load is reported, not fatal)."""
        family = cls.family()
        if family._entry_points_loaded or not family.group:
            return family._entry_point_errors
        family._entry_points_loaded = True
        from importlib.metadata import entry_points

        for ep in entry_points(group=f"prr.{family.group}"):
            try:
                loaded = ep.load()
            except Exception as e:  # noqa: BLE001 - a broken outside plugin must not break prr
                family._entry_point_errors.append(f"{ep.name} ({ep.value}): {type(e).__name__}: {e}")
                log.warning("plugin %s in prr.%s could not be loaded: %s", ep.value, family.group, e)
                continue
            if not (isinstance(loaded, type) and issubclass(loaded, family) and loaded.kind):
                family._entry_point_errors.append(f"{ep.name} ({ep.value}): not a {family.__name__} with a kind")
        return family._entry_point_errors

    @classmethod
    def family(cls) -> type[Plugin]:
        for klass in cls.__mro__:
            if "registry" in klass.__dict__ and klass is not Plugin:
                return klass
        return cls

    @classmethod
    def kinds(cls) -> dict[str, type]:
        """Every registered kind of this family, entry points included."""
        cls.load_entry_points()
        return dict(sorted(cls.registry.items()))

    @classmethod
    def get(cls, kind: str) -> type:
        if kind not in cls.registry:
            cls.load_entry_points()
        try:
            return cls.registry[kind]
        except KeyError:
            known = ", ".join(sorted(cls.registry)) or "none"
            raise KeyError(f"unknown {cls.__name__} kind {kind!r}; known kinds: {known}") from None

