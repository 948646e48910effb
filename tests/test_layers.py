"""The layers declared in pyproject.toml ([tool.importlinter]) hold.

import-linter reads one package tree, so the check runs on the installed layout: the
package folders are copied as ``package-dir`` maps them (``db/`` -> ``prr/db`` ...), the
same tree a wheel installs. A new import that breaks a layer fails here with the chain.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def installed_layout(dest: Path) -> Path:
    """Copy every package's .py files to where the wheel puts them; returns dest."""
    tool = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapping = tool.get("package-dir", {})
    for package in tool["packages"]:
        parts = package.split(".")
        source = next((REPO / mapping[".".join(parts[:i])] / Path(*parts[i:])
                       for i in range(len(parts), 0, -1) if ".".join(parts[:i]) in mapping),
                      REPO / Path(*parts))
        target = dest / Path(*parts)
        target.mkdir(parents=True, exist_ok=True)
        for f in source.glob("*.py"):
            shutil.copy(f, target / f.name)
    return dest


def test_every_package_folder_is_listed(tmp_path):
    """A package folder missing from pyproject's list would be left out of the wheel."""
    tool = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(tool["packages"])
    mapping = {v: k for k, v in tool["package-dir"].items()}
    found = set()
    for top in ("prr", *mapping):
        for init in (REPO / top).rglob("__init__.py"):
            rel = init.parent.relative_to(REPO).parts
            found.add(".".join((mapping.get(rel[0], rel[0]), *rel[1:])))
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"


def test_layers_hold(tmp_path):
    tree = installed_layout(tmp_path / "tree")
    env = dict(os.environ, PYTHONPATH=str(tree))
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint), "--config", str(REPO / "pyproject.toml"), "--no-cache"],
                         cwd=tree, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
