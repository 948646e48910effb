"""Content-addressed file store under ``PRR_HOME/files``.

A file is stored once, at ``files/ab/cd/<sha256>/<safe name>``: the same bytes arriving
twice are stored once; different bytes with the same name never overwrite each other;
a hostile name (``../../x``, ``C:\\evil``, control characters, 300 characters) can only
ever land inside its own hash folder.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")
MAX_NAME = 120


def safe_filename(name: str | None, default: str = "attachment") -> str:
    name = unicodedata.normalize("NFKC", name or "")
    name = name.replace("\\", "/").split("/")[-1]          # drop any directory part
    name = _UNSAFE.sub("_", name).strip(" .")
    name = re.sub(r"_+", "_", name)
    if not name or set(name) <= {".", "_"}:
        name = default
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        ext = ext[:10] if dot else ""
        name = (stem if dot else name)[: MAX_NAME - len(ext) - 1] + ("." + ext if ext else "")
    return name


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def store_bytes(files_dir: Path, data: bytes, filename: str | None) -> tuple[str, Path]:
    """Store ``data``; return (sha256, path). Idempotent for the same bytes and name."""
    digest = sha256_bytes(data)
    folder = files_dir / digest[:2] / digest[2:4] / digest
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe_filename(filename)
    assert path.resolve().is_relative_to(files_dir.resolve())
    if not path.exists():
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
    return digest, path


def store_file(files_dir: Path, source: Path, filename: str | None = None) -> tuple[str, Path]:
    return store_bytes(files_dir, Path(source).read_bytes(), filename or Path(source).name)
