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
