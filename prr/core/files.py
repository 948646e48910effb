"""Content-addressed file store under ``PRR_HOME/files``.

A file is stored once, at ``files/ab/cd/<sha256>/<safe name>``: the same bytes arriving
twice are stored once; different bytes with the same name never overwrite each other;
a hostile name (``../../x``, ``C:\\evil``, control characters, 300 characters) can only
ever land inside its own hash folder.
"""
from __future__ import annotations

import hashlib
import os
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


def atomic_write(path: Path, data: bytes) -> None:
    """Write, fsync, rename: the file is either absent or complete, even after a crash."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def write_once(path: Path, data: bytes) -> None:
    """Write a file named after its content unless it exists; through a temporary file
    and a rename, so a reader never sees it half-written."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def store_bytes(files_dir: Path, data: bytes, filename: str | None) -> tuple[str, Path]:
    """Store ``data``; return (sha256, path). Idempotent for the same bytes and name."""
    digest = sha256_bytes(data)
    path = files_dir / digest[:2] / digest[2:4] / digest / safe_filename(filename)
    assert path.resolve().is_relative_to(files_dir.resolve())
    write_once(path, data)
    return digest, path
