"""A wheel built from the repository works on its own: installed in a fresh venv and run
from a temporary folder (not the checkout), it has its CLI, its letter templates, its seed
registry and its migrations under the one ``prr`` namespace.

The fresh venv gets the wheel alone (``--no-deps``); its dependencies come from this test
venv's site-packages through a path file. Path files added that way are not site dirs, so
the editable install's finder there is never loaded: ``prr`` can only come from the wheel.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

CHECK = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    import prr, prr.db, prr.flows, prr.scrapers
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.registry.registry import load_registry
    from prr.requests.letters import render_letter

    settings = get_settings()
    cities, errors = load_registry(settings.registry_dir)
    letter = render_letter("incident-logs", {"incident": "the 4 July fire", "start": "2026-07-01",
                           "end": "2026-07-31"}, city={"slug": "oxnard", "name": "Oxnard", "county": "Ventura"})
    conn = connect(Path(sys.argv[1]) / "prr.db")
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
    print(json.dumps({"files": [m.__file__ for m in (prr, prr.db, prr.flows, prr.scrapers)],
                      "registry": str(settings.registry_dir), "cities": len(cities), "errors": len(errors),
                      "letter": letter.body, "tables": tables}))
""")


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path):
    # Build from a copy: setuptools writes build/ and *.egg-info next to the sources.
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "prr", "db", "scrapers", "flows", "templates", "registry"):
        copy = shutil.copytree if (REPO / name).is_dir() else shutil.copy
        copy(REPO / name, src / name, **({"ignore": shutil.ignore_patterns("__pycache__")}
                                         if (REPO / name).is_dir() else {}))
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next(wheels.glob("prr-*.whl"))

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRR_", "PYTHON"))}
    env["PRR_HOME"] = str(work / "home")

    help_out = subprocess.run([str(env_dir / "bin" / "prr"), "demo", "--help"], cwd=work, env=env,
                              capture_output=True, text=True, timeout=120)
    assert help_out.returncode == 0, help_out.stderr
    assert "demo" in help_out.stdout

    (work / "home").mkdir()
    out = subprocess.run([str(py), "-c", CHECK, str(work / "home")], cwd=work, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    import json

    got = json.loads(out.stdout.strip().splitlines()[-1])
    for f in got["files"]:
        assert Path(f).is_relative_to(site), f"{f} is not from the installed wheel"
    assert Path(got["registry"]).is_relative_to(site)
    assert got["cities"] >= 480 and got["errors"] == 0
    assert "Public Records Act" in got["letter"] and "4 July fire" in got["letter"]
    assert "requests" in got["tables"] and "events" in got["tables"]
