"""The home does not move: PRR_HOME, prr.toml searched upwards, else the user data folder;
and every command works from any folder."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from prr.core.home import resolve_home, user_data_dir

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "home.yaml").read_text())


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_home_rule(case, tmp_path):
    root = tmp_path
    cwd = root / case["cwd"]
    cwd.mkdir(parents=True)
    if case.get("project"):
        (root / case["project"]["path"]).write_text(case["project"]["text"])
    home = resolve_home(case.get("env") or {}, cwd)
    want = user_data_dir() if case["expect"] == "<user>" else (
        Path(case["expect"]) if case["expect"].startswith("/") else (root / case["expect"]).resolve())
    assert home.path == want
    assert home.path.is_absolute()
    assert bool(home.warning) == case["warns"]


def test_user_data_folder_is_not_the_current_folder(tmp_path):
    home = resolve_home({}, tmp_path)
    assert home.path != tmp_path / "data" and tmp_path not in home.path.parents


def _prr(args, cwd, env):
    return subprocess.run([sys.executable, "-m", "prr", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


def test_commands_from_any_folder_use_one_database(tmp_path, registry_dir):
    """A project with prr.toml: a request drafted in one sub-folder is listed from another;
    the first command creates, migrates and loads the database (no `prr init` needed)."""
    proj = tmp_path / "proj"
    (proj / "a").mkdir(parents=True)
    (proj / "b" / "c").mkdir(parents=True)
    (proj / "prr.toml").write_text('[prr]\nhome = "prr-data"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRR_")}
    env.update(PRR_REGISTRY=str(registry_dir), PRR_REQUESTER_NAME="Dana Reporter",
               PRR_REQUESTER_EMAIL="dana@example.org")
    new = _prr(["request", "new", "oxnard", "--kind", "incident-logs", "-p", "incident=the March outage",
                "-p", "start=2026-03-01", "-p", "end=2026-03-31"], proj / "a", env)
    assert new.returncode == 0, new.stderr
    assert (proj / "prr-data" / "prr.db").exists()
    listed = _prr(["requests", "--json"], proj / "b" / "c", env)
    assert listed.returncode == 0, listed.stderr
    assert '"city_slug": "oxnard"' in listed.stdout
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env_rel = dict(env, PRR_HOME="./data")
    warned = _prr(["requests"], elsewhere, env_rel)
    assert "PRR_HOME=./data is relative" in warned.stderr


def test_an_old_data_folder_is_not_silently_ignored(tmp_path, registry_dir):
    """`./data/prr.db` from the old default, and a home elsewhere: every command says so."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "prr.db").write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRR_")}
    env.update(PRR_REGISTRY=str(registry_dir))
    r = _prr(["requests"], tmp_path, env)
    assert r.returncode == 0, r.stderr
    assert f"{tmp_path / 'data' / 'prr.db'} is not the database in use" in " ".join(r.stderr.split())
    (tmp_path / "prr.toml").write_text("")                # the fix the warning gives
    r = _prr(["requests"], tmp_path, env)
    assert "not the database in use" not in r.stderr
