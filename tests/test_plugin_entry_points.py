"""Outside packages add plugins through entry points (prr.<family>), found without editing
prr, and `prr plugins` lists them with their options. The package here is a real one on
sys.path with real installed metadata (a .dist-info folder)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from prr.cli import app
from prr.replies.sources import Source

PLUGIN = '''
from prr.replies.sources.base import Source


class ShelfSource(Source):
    """Replies kept as files on a shelf (an outside package's source)."""
    kind = "shelf"
    options = {"location": "the shelf folder"}

    def messages(self):
        yield "shelf:1", b"Subject: hello\\n\\nhi\\n"
'''


@pytest.fixture
def outside_package(tmp_path, monkeypatch):
    (tmp_path / "prr_shelf").mkdir()
    (tmp_path / "prr_shelf" / "__init__.py").write_text(PLUGIN)
    meta = tmp_path / "prr_shelf-0.1.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: prr-shelf\nVersion: 0.1\n")
    (meta / "entry_points.txt").write_text("[prr.reply_source]\nshelf = prr_shelf:ShelfSource\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(Source, "_entry_points_loaded", False)
    yield
    Source.registry.pop("shelf", None)


def test_an_entry_point_plugin_is_found_and_listed(outside_package):
    assert "shelf" not in Source.registry
    cls = Source.get("shelf")
    assert list(cls(None).messages()) == [("shelf:1", b"Subject: hello\n\nhi\n")]
    out = CliRunner().invoke(app, ["plugins", "--json"])
    assert out.exit_code == 0, out.output
    rows = {(r["family"], r["kind"]): r for r in json.loads(out.stdout)["plugins"]}
    assert rows[("reply_source", "shelf")]["from"] == "prr_shelf"
    assert rows[("reply_source", "shelf")]["options"] == {"location": "the shelf folder"}
    assert rows[("channel", "smtp")]["from"] == "built in" and "PRR_SMTP_URL" in rows[("channel", "smtp")]["options"]


def test_a_broken_entry_point_is_reported_not_fatal(tmp_path, monkeypatch):
    meta = tmp_path / "prr_broken-0.1.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: prr-broken\nVersion: 0.1\n")
    (meta / "entry_points.txt").write_text("[prr.reply_source]\nbroken = prr_missing_module:Nothing\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(Source, "_entry_points_loaded", False)
    monkeypatch.setattr(Source, "_entry_point_errors", [])
    with pytest.raises(KeyError, match="unknown Source kind 'broken'"):
        Source.get("broken")
    out = CliRunner().invoke(app, ["plugins"], env={"COLUMNS": "200"})
    assert out.exit_code == 0 and "prr_missing_module" in out.output


def test_built_in_plugins_are_declared_as_entry_points():
    """pyproject.toml declares every built-in plugin under prr.<family>, as an outside
    package would: the installed metadata and the classes registered in the code agree."""
    from importlib.metadata import entry_points

    from prr.cli.plugins import families

    for family in families():
        declared = {ep.name: ep.value for ep in entry_points(group=f"prr.{family.group}")
                    if ep.value.startswith("prr.")}
        built_in = {kind: f"{cls.__module__}:{cls.__qualname__}" for kind, cls in family.kinds().items()
                    if cls.__module__.startswith("prr.")}
        assert declared == built_in, (f"prr.{family.group}: pyproject.toml [project.entry-points] and the code "
                                      "differ (edit pyproject.toml, then reinstall: make setup)")


OUTSIDE = {   # family group -> (family class path, an outside plugin of that family)
    "channel": ("prr.channels.base:Channel", '''
from prr.channels.base import Channel, Receipt


class PigeonChannel(Channel):
    """Letters by carrier pigeon (an outside package's channel)."""
    kind = "pigeon"
    needs = "address"

    def file(self, draft):
        return Receipt(draft.request_id, self.kind, "awaiting_submission", draft.message_id, None)

    def reconcile(self, draft):
        return None
'''),
    "portal": ("prr.scrapers.portals.base:Portal", '''
from prr.scrapers.portals.base import Confirmation, Portal


class PigeonPortal(Portal):
    """A portal vendor from an outside package."""
    kind = "pigeon"

    def submit(self, portal_url, **fields):
        return Confirmation("26-1", portal_url, "")
'''),
    "extractor": ("prr.scrapers.pdf.extractors:Extractor", '''
from prr.scrapers.pdf.extractors import Extractor
from prr.scrapers.pdf.model import Page


class PigeonOcr(Extractor):
    """An OCR engine from an outside package."""
    kind = "pigeon"
    role, rank = "ocr", 90

    def extract(self, path, numbers):
        return [Page(number=n, text="coo", method="ocr") for n in numbers]
'''),
    "alert": ("prr.core.alerts:AlertSender", '''
from prr.core.alerts import AlertSender


class PigeonAlerts(AlertSender):
    """Alerts by pigeon (an outside package's alert sender)."""
    kind = "pigeon"

    def send(self, messages):
        return {"notified": len(messages), "failed": 0}
'''),
}


@pytest.mark.parametrize("group", sorted(OUTSIDE))
def test_every_family_takes_outside_plugins(group, tmp_path, monkeypatch):
    import importlib

    family_path, code = OUTSIDE[group]
    module, _, name = family_path.partition(":")
    family = getattr(importlib.import_module(module), name)
    pkg = f"prr_pigeon_{group}"
    (tmp_path / pkg).mkdir()
    (tmp_path / pkg / "__init__.py").write_text(code)
    meta = tmp_path / f"{pkg}-0.1.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {pkg}\nVersion: 0.1\n")
    cls_name = code.split("class ")[1].split("(")[0]
    (meta / "entry_points.txt").write_text(f"[prr.{group}]\npigeon = {pkg}:{cls_name}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(family, "_entry_points_loaded", False)
    monkeypatch.setattr(family, "_entry_point_errors", [])
    try:
        assert "pigeon" not in family.registry
        cls = family.get("pigeon")
        assert cls.__module__ == pkg and issubclass(cls, family) and "pigeon" in family.kinds()
    finally:
        family.registry.pop("pigeon", None)
