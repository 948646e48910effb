"""Datasette metadata for the prr database (titles, descriptions, facets, canned queries)."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

METADATA = Path(__file__).resolve().parent / "datasette" / "metadata.yaml"


def metadata(db_name: str = "prr") -> dict:
    """The metadata with its database section keyed by ``db_name`` (Datasette names a
    database after its file, and ``PRR_DB`` may be any file name)."""
    import yaml

    data = yaml.safe_load(METADATA.read_text())
    data["databases"] = {db_name: data["databases"]["prr"]}
    return data


def metadata_for(db_path: Path) -> Path:
    """Write the metadata for this database file to a temporary JSON file; return its path."""
    out = Path(tempfile.gettempdir()) / f"prr-datasette-{Path(db_path).stem}.json"
    out.write_text(json.dumps(metadata(Path(db_path).stem), indent=2))
    return out
