"""Finding and reading letter template files (``<kind>.txt.j2`` with YAML front matter).

Folders are searched in order and the first template of a kind wins; a file that cannot
be read is reported, never fatal to the other kinds.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from prr.requests.letter_types import PARAM_TYPES, TEMPLATE_SUFFIX, LetterError, ParamSpec, Template, TemplateMeta

try:  # the C loader: parsing front matter is most of drafting's cost otherwise
    _YAML_LOADER = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _YAML_LOADER = yaml.SafeLoader


def parse_template(text: str, path: Path | None = None) -> Template:
    where = f"{path}: " if path else ""
    if not text.startswith("---"):
        raise LetterError(f"{where}missing front matter (start the file with '---', the metadata, then '---')")
    try:
        _, front, body = text.split("---", 2)
    except ValueError:
        raise LetterError(f"{where}front matter is not closed by a '---' line") from None
    try:
        data = yaml.load(front, Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as e:
        raise LetterError(f"{where}front matter is not valid YAML ({e})") from None
    if not isinstance(data, dict):
        raise LetterError(f"{where}front matter must be 'key: value' lines, not a {type(data).__name__}")
    for key in ("kind", "title", "subject"):
        if not data.get(key) or not isinstance(data[key], str):
            raise LetterError(f"{where}front matter needs '{key}' (text)")
    if not isinstance(data.get("params") or {}, dict):
        raise LetterError(f"{where}params must map each name to its type, required and help")
    params = {}
    for name, spec in (data.get("params") or {}).items():
        spec = spec or {}
        if not isinstance(spec, dict):
            raise LetterError(f"{where}param {name}: give type/required/help as 'key: value' lines")
        ptype = spec.get("type", "str")
        if ptype not in PARAM_TYPES:
            raise LetterError(f"{where}param {name}: type {ptype!r} is not one of {', '.join(PARAM_TYPES)}")
        params[name] = ParamSpec(name, ptype, bool(spec.get("required", True)), spec.get("help", ""))
    meta = TemplateMeta(
        kind=data["kind"], title=data["title"], subject=data["subject"],
        recipient=data.get("recipient", "records_email"), params=params,
        standalone=bool(data.get("standalone")), cpra_request=bool(data.get("cpra_request")),
        about_request=bool(data.get("about_request")), requires_overdue=bool(data.get("requires_overdue")),
        path=path)
    return Template(meta, body.lstrip("\n"))


def discover_templates(dirs: Iterable[Path] | None = None) -> dict[str, Template]:
    """Templates by kind; earlier folders win (user folders come first in the settings).
    A file that cannot be read is left out (see :func:`template_problems`): one bad
    file never disables the other letter kinds."""
    return _discover(dirs)[0]


def template_problems(dirs: Iterable[Path] | None = None) -> dict[str, str]:
    """Template files that could not be read: path -> what is wrong."""
    return _discover(dirs)[1]


def _discover(dirs) -> tuple[dict[str, Template], dict[str, str]]:
    if dirs is None:
        from prr.core.settings import get_settings

        dirs = get_settings().templates_dirs
    found: dict[str, Template] = {}
    problems: dict[str, str] = {}
    for d in dirs:
        d = Path(d)
        if not d.is_dir():
            continue
        for path in sorted(d.glob(f"*{TEMPLATE_SUFFIX}")):
            try:
                tpl = _load_cached(path)
            except (LetterError, OSError, UnicodeDecodeError) as e:
                problems[str(path)] = str(e) if isinstance(e, LetterError) else f"{path}: cannot be read ({e})"
                continue
            found.setdefault(tpl.meta.kind, tpl)
    return found, problems


_PARSED: dict[Path, tuple[tuple[int, int], Template]] = {}


def _load_cached(path: Path) -> Template:
    """Parse a template file once per version of it (size and mtime), so editing a user
    template takes effect at once while batches do not re-read every file per letter."""
    st = path.stat()
    stamp = (st.st_mtime_ns, st.st_size)
    hit = _PARSED.get(path)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    tpl = parse_template(path.read_text(encoding="utf-8"), path)
    _PARSED[path] = (stamp, tpl)
    return tpl


def get_template(kind: str, dirs: Iterable[Path] | None = None) -> Template:
    templates, problems = _discover(dirs)
    if kind not in templates:
        broken = [f"{why}" for path, why in problems.items() if Path(path).name.startswith(f"{kind}.")]
        if broken:
            raise LetterError(f"the {kind!r} template cannot be used: {broken[0]}")
        raise LetterError(f"no template of kind {kind!r}; known kinds: {', '.join(sorted(templates)) or 'none'}")
    return templates[kind]
