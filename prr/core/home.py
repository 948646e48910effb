"""Where prr keeps its data (the *home*), found the same way from any folder.

The rule, first match wins:

1. ``PRR_HOME`` set to an absolute path: that folder.
2. ``PRR_HOME`` set to a relative path (e.g. ``./data``): resolved against the folder
   of the project file when there is one, else against the current folder, with a
   warning (a relative home moves with ``cd``, and a command run elsewhere would start
   a new, empty database).
3. A project file ``prr.toml``, searched from the current folder upwards: its
   ``home`` key (default ``"data"``), relative to the file's folder.
4. The platform's user data folder (platformdirs), e.g. ``~/.local/share/prr`` on Linux.

Never a bare ``./data``: the home must not depend on where a command is started.
The settings file ``settings.toml`` (requester profile, mail servers without their
passwords) lives in the home; ``prr setup`` writes it.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

PROJECT_FILE = "prr.toml"
SETTINGS_FILE = "settings.toml"


@dataclass(frozen=True)
class Home:
    path: Path
    source: str               # what chose it, said in words (shown by `prr doctor`)
    warning: str | None = None
    project_file: Path | None = None


def find_project_file(start: Path | None = None) -> Path | None:
    """The nearest ``prr.toml`` in ``start`` (default: the current folder) or above it."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


def read_toml(path: Path) -> dict:
    """A TOML file as a dict; a broken file raises ValueError naming it."""
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ValueError(f"{path} is not valid TOML: {e}") from None


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("prr", appauthor=False))


def resolve_home(env: dict | None = None, cwd: Path | None = None) -> Home:
    """The home folder by the rule in this module's docstring, always absolute."""
    env = os.environ if env is None else env
    cwd = Path(cwd or Path.cwd())
    project = find_project_file(cwd)
    value = env.get("PRR_HOME")
    if value:
        p = Path(value).expanduser()
        if p.is_absolute():
            return Home(p, "PRR_HOME", project_file=project)
        if project is not None:
            return Home((project.parent / p).resolve(), f"PRR_HOME, relative to {project}", project_file=project)
        resolved = (cwd / p).resolve()
        return Home(resolved, "PRR_HOME, relative to the current folder",
                    warning=f"PRR_HOME={value} is relative: using {resolved}. Run from another folder and prr "
                            "would use another database. Set an absolute path, or put a prr.toml in the project "
                            "folder (see docs/setup.md).")
    if project is not None:
        data = read_toml(project)
        rel = Path(str((data.get("prr") or {}).get("home") or data.get("home") or "data")).expanduser()
        return Home((project.parent / rel).resolve(), f"project file {project}", project_file=project)
    return Home(user_data_dir(), "the user data folder (no PRR_HOME, no prr.toml)")


def stray_database(home: Path, cwd: Path | None = None) -> str | None:
    """A warning when the current folder holds ``data/prr.db`` (the old default home)
    that is not the database in use: its requests would otherwise seem to have vanished."""
    old = Path(cwd or Path.cwd()) / "data" / "prr.db"
    try:
        if old.is_file() and old.resolve() != (Path(home) / "prr.db").resolve():
            return (f"{old} is not the database in use ({Path(home) / 'prr.db'}). To keep using it, put a "
                    f"prr.toml in {old.parent.parent} (home = \"data\") or set PRR_HOME={old.parent}.")
    except OSError:
        return None
    return None


def read_settings_file(home: Path) -> dict:
    """``HOME/settings.toml`` as a dict ({} when absent)."""
    path = Path(home) / SETTINGS_FILE
    return read_toml(path) if path.is_file() else {}
