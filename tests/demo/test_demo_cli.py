"""`prr demo` refuses to run over existing data."""
from __future__ import annotations

from typer.testing import CliRunner

from prr.cli import app


def test_demo_refuses_a_home_that_holds_a_database(tmp_path):
    (tmp_path / "prr.db").write_bytes(b"")
    result = CliRunner().invoke(app, ["demo", "--home", str(tmp_path)])
    assert result.exit_code == 1
    assert "already holds a prr database" in result.output
    assert (tmp_path / "prr.db").read_bytes() == b""
