"""Exit codes tell the truth, and a mistyped city slug gets "did you mean" everywhere."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from prr.cli import app

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "exit_codes.yaml").read_text())
USCITYURL_HEADER = "STATE,MUNICIPALITY,GEOID,WEBSITE_AVAILABLE,WEBSITE_URL\n"


def _given(what: str, tmp: Path, registry_dir: Path) -> None:
    if what == "broken_registry_file":
        (registry_dir / "ca" / "broken.yaml").write_text("slug: broken\nname: Broken\ngeoid: nope\n")
    elif what == "uscityurl_csv":
        (tmp / "uscityurl.csv").write_text(USCITYURL_HEADER + "California,Seaside,0670742,1,https://www.ci.seaside.ca.us/\n")
    elif what == "pdf":
        from simplepdf import make_pdf

        (tmp / "log.pdf").write_bytes(make_pdf(["Seaside police activity log", "1 2026-03-02 Vandalism"]))
    else:
        raise AssertionError(f"unknown given {what!r}")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_exit_code(case, prr_env, conn, registry_dir, tmp_path):
    tmp = tmp_path / "files"
    tmp.mkdir()
    for what in case.get("given", []):
        _given(what, tmp, registry_dir)
    args = [a.replace("{tmp}", str(tmp)) for a in case["args"]]
    r = CliRunner().invoke(app, args, terminal_width=300)
    out = r.stdout + r.stderr
    assert r.exit_code == case["exit"], out
    for text in case.get("has", []):
        assert text in out
    for text in case.get("lacks", []):
        assert text not in out
