"""One contract test over every registered plugin class of every family (channels,
reply sources, extractors, ...). A family is a direct subclass of prr.core.plugins.Plugin
that declares its own ``registry``; it lists required methods in ``contract``, and may
define ``check_contract(cls)`` for family-specific checks."""
from __future__ import annotations

import importlib
import pkgutil

import pytest

import prr
from prr import scrapers
from prr.core.plugins import Plugin


def _import_all():
    for pkg in (prr, scrapers):
        for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if ".cli" in mod.name or mod.name.endswith("__main__"):
                continue
            importlib.import_module(mod.name)


_import_all()
FAMILIES = [f for f in Plugin.__subclasses__() if "registry" in f.__dict__]
CASES = [(fam, kind, cls) for fam in FAMILIES for kind, cls in sorted(fam.registry.items())]


def test_families_are_registered():
    assert all(isinstance(f.__dict__.get("contract", ()), tuple) for f in FAMILIES)


@pytest.mark.parametrize("family,kind,cls", CASES, ids=[f"{f.__name__}:{k}" for f, k, _ in CASES])
def test_plugin_contract(family, kind, cls):
    assert issubclass(cls, family)
    assert isinstance(kind, str) and kind and kind == cls.kind
    assert family.get(kind) is cls
    assert cls.__doc__ and cls.__doc__.strip(), f"{cls.__name__} needs a docstring saying what it does"
    for name in getattr(family, "contract", ()):
        attr = getattr(cls, name, None)
        assert callable(attr), f"{cls.__name__}.{name} missing"
        assert not getattr(attr, "__isabstractmethod__", False), f"{cls.__name__}.{name} is abstract"
    check = getattr(family, "check_contract", None)
    if check is not None:
        check(cls)
