"""Letter templates: discovery, parameter checking and sandboxed rendering.

A template is a ``<kind>.txt.j2`` file whose YAML front matter (between ``---`` lines)
says what it is: ``kind``, ``title``, ``subject`` (itself a template), ``recipient``
(the contact kind it goes to), ``params`` (name -> type, required, help) and flags:
``standalone`` (can start a request), ``cpra_request``, ``about_request`` (needs an
existing request), ``requires_overdue`` (only after the 10 days have run).

Folders in ``settings.templates_dirs`` are searched in order and the first template of a
kind wins, so a user's own folder overrides the built-in letters without editing code.

Templates render in Jinja2's immutable sandbox with strict undefined variables: a
template cannot reach Python internals (``__class__``, ``__globals__``...) or mutate
what it is given. Every parameter and profile field is refused if it carries CR/LF or
another line separator that could smuggle a header into an email, except parameters
typed ``text``, which only ever go into the body.
"""
from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # the C loader: parsing front matter is most of drafting's cost otherwise
    _YAML_LOADER = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _YAML_LOADER = yaml.SafeLoader

TEMPLATE_SUFFIX = ".txt.j2"
PARAM_TYPES = ("str", "text", "date", "int", "list")
# Characters that end a header line in some mail or HTTP stack.
_LINE_BREAKS = re.compile(r"[\r\n\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# RFC 2047 encoded words ("=?utf-8?q?=0D=0A...?="): a mail library decodes them when the
# value becomes a header, so a value that passes the line-break check could still carry one.
ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bBqQ]\?[^?\s]*\?=")
MAX_HEADER_CHARS = 900       # a header line must stay under SMTP's 998 octets, folding aside


class LetterError(ValueError):
    """A template or its parameters are wrong; the message says which and how to fix it."""


class HeaderInjectionError(LetterError):
    """A value meant for a single line carries a line break (possible header injection)."""


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str = "str"
    required: bool = True
    help: str = ""


@dataclass(frozen=True)
class TemplateMeta:
    kind: str
    title: str
    subject: str
    recipient: str = "records_email"
    params: dict[str, ParamSpec] = field(default_factory=dict)
    standalone: bool = False
    cpra_request: bool = False
    about_request: bool = False
    requires_overdue: bool = False
    path: Path | None = None

    def to_json(self) -> dict:
        return {"kind": self.kind, "title": self.title, "recipient": self.recipient,
                "standalone": self.standalone, "about_request": self.about_request,
                "params": {n: {"type": p.type, "required": p.required, "help": p.help}
                           for n, p in self.params.items()},
                "path": str(self.path) if self.path else None}


@dataclass(frozen=True)
class Template:
    meta: TemplateMeta
    source: str


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str
    meta: TemplateMeta
    params: dict[str, Any]


def check_single_line(name: str, value: Any, *, max_chars: int | None = None) -> None:
    """Refuse a value that could become more than one header line: line breaks (any of
    them, including NUL, U+0085 and U+2028), RFC 2047 encoded words (which are decoded
    before the header is written, so they could smuggle a line break in), and, when
    ``max_chars`` is given, over-long values."""
    if not isinstance(value, str):
        return
    if _LINE_BREAKS.search(value):
        raise HeaderInjectionError(
            f"{name} contains a line break or control character; it could inject an email header. "
            "Put it on one line.")
    if ENCODED_WORD.search(value):
        raise HeaderInjectionError(
            f"{name} contains an RFC 2047 encoded word (=?charset?q?...?=), which mail programs decode "
            "and which could hide a line break; write the text itself instead.")
    if max_chars is not None and len(value) > max_chars:
        raise HeaderInjectionError(f"{name} is {len(value)} characters long, over the {max_chars} a "
                                   "header may hold; shorten it.")


def has_line_break(value: str) -> bool:
    return bool(_LINE_BREAKS.search(value))


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


def _coerce(spec: ParamSpec, value: Any) -> Any:
    if spec.type == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise LetterError(f"parameter {spec.name}: expected a date like 2026-03-31, got {value!r}") from None
    if spec.type == "int":
        try:
            return int(str(value).strip())
        except ValueError:
            raise LetterError(f"parameter {spec.name}: expected a whole number, got {value!r}") from None
    if spec.type == "list":
        items = value if isinstance(value, (list, tuple)) else str(value).split(",")
        out = [str(x).strip() for x in items if str(x).strip()]
        for x in out:
            check_single_line(f"parameter {spec.name}", x)
        return out
    text = str(value)
    if spec.type == "str":
        check_single_line(f"parameter {spec.name}", text)
        text = text.strip()
    else:  # text: body only, may span lines
        if "\x00" in text:
            raise HeaderInjectionError(f"parameter {spec.name} contains a NUL character")
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text


def validate_params(meta: TemplateMeta, params: dict, *, allow_unknown: bool = False) -> dict[str, Any]:
    """Check and convert parameters against the template's declared types."""
    out: dict[str, Any] = {}
    unknown = sorted(set(params) - set(meta.params))
    if unknown and not allow_unknown:
        raise LetterError(f"template {meta.kind!r} has no parameter {', '.join(unknown)}; "
                          f"it takes: {', '.join(meta.params) or 'none'}")
    for name, spec in meta.params.items():
        value = params.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if spec.required:
                raise LetterError(f"template {meta.kind!r} needs parameter {name!r}"
                                  + (f" ({spec.help})" if spec.help else ""))
            out[name] = None
            continue
        out[name] = _coerce(spec, value)
    for name in unknown:
        check_single_line(f"parameter {name}", params[name])
        out[name] = params[name]
    starts, ends = out.get("start"), out.get("end")
    if isinstance(starts, dt.date) and isinstance(ends, dt.date) and ends < starts:
        raise LetterError(f"parameter end ({ends}) is before start ({starts})")
    return out


def shorten(value: Any, limit: int = 70, end: str = "...") -> str:
    """At most ``limit`` characters plus ``end``, cut where a word ends (a space, else a
    hyphen), never inside a word: a subject a clerk reads must not end in half a word.
    One word longer than the limit is kept whole."""
    text = " ".join(str(value or "").split())
    if len(text) <= limit:
        return text
    head = text[:limit + 1]
    for sep in (" ", "-"):
        cut = head.rfind(sep)
        if cut > 0:
            return text[:cut].rstrip(" -,;:") + end
    word_end = text.find(" ")
    return text if word_end < 0 else text[:word_end] + end


def _longdate(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value:%B} {value.day}, {value.year}"


def _quote(value: str) -> str:
    return textwrap.indent(str(value), "> ")


_ENVS: dict[int, object] = {}


def _env(max_chars: int):
    env = _ENVS.get(max_chars)
    if env is None:
        from jinja2 import StrictUndefined

        from prr.requests.template_limits import bounded_environment

        env = bounded_environment(max_chars, undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
        env.filters["longdate"] = _longdate
        env.filters["shorten"] = shorten
        env.filters["quote"] = _quote
        _ENVS[max_chars] = env
    return env


_COMPILED: dict[tuple[str, int], object] = {}


def _compiled(source: str, max_chars: int):
    tpl = _COMPILED.get((source, max_chars))
    if tpl is None:
        if len(_COMPILED) > 256:
            _COMPILED.clear()
        tpl = _COMPILED[(source, max_chars)] = _env(max_chars).from_string(source)
    return tpl


def _limits():
    from prr.core.settings import get_settings

    return get_settings().limits


def signature(profile: dict) -> str:
    lines = [profile.get("name"), profile.get("organisation"), profile.get("address"),
             profile.get("phone"), profile.get("email")]
    return "\n".join(x for x in lines if x)


def _profile_dict(profile) -> dict:
    if profile is None:
        from prr.core.settings import get_settings

        profile = get_settings().profile
    data = profile if isinstance(profile, dict) else {
        k: getattr(profile, k) for k in ("name", "email", "phone", "address", "organisation")}
    data = {k: ("" if v is None else str(v)) for k, v in data.items()}
    for k, v in data.items():
        check_single_line(f"requester profile field {k}", v)
    return data


REQUEST_FIELDS = ("id", "token", "kind", "subject", "body", "channel", "filed_on", "received_on", "due_on",
                  "extended_due_on", "estimated_on", "tracking_numbers", "followups")


def _request_context(request: dict | None) -> dict:
    """Every field a template may ask about, None when unknown (strict undefined stays strict
    for typos in variable names, not for facts a request may not have yet)."""
    ctx = {k: None for k in REQUEST_FIELDS}
    ctx["tracking_numbers"] = []
    ctx.update({k: v for k, v in (request or {}).items() if k in REQUEST_FIELDS})
    if not ctx["filed_on"] and (request or {}).get("filed_at"):
        ctx["filed_on"] = str(request["filed_at"])[:10]
    return ctx


def render(template: Template, params: dict, *, city: dict, profile=None, request: dict | None = None,
           token: str = "", today: dt.date | None = None, allow_unknown: bool = False) -> Letter:
    """Render a template. Raises LetterError (bad params, a template error or a sandbox breach)."""
    from jinja2 import TemplateError
    from jinja2.exceptions import SecurityError

    meta = template.meta
    values = validate_params(meta, params, allow_unknown=allow_unknown)
    if meta.about_request and request is None:
        raise LetterError(f"a {meta.kind!r} letter is about an existing request; give the request")
    prof = _profile_dict(profile)
    city_ctx = {k: city.get(k) for k in ("slug", "name", "county", "state", "website")}
    for k, v in city_ctx.items():
        check_single_line(f"city field {k}", v)
    context = dict(values)
    context.update(params=values, city=city_ctx, profile=prof, signature=signature(prof),
                   request=_request_context(request), token=token or (request or {}).get("token", ""),
                   today=today or dt.date.today())
    from prr.requests.template_limits import TemplateLimitError, render_bounded

    limits = _limits()
    where = meta.path or meta.kind
    try:
        bound = dict(seconds=limits.template_seconds, max_chars=limits.template_chars)
        subject = render_bounded(_compiled(meta.subject, limits.template_chars), context, **bound).strip()
        body = render_bounded(_compiled(template.source, limits.template_chars), context, **bound)
    except SecurityError as e:
        raise LetterError(f"template {meta.kind!r} tried something the sandbox forbids: {e}") from None
    except TemplateLimitError as e:
        raise LetterError(f"template {where}: {e}") from None
    except TemplateError as e:
        raise LetterError(f"template {where}: {e}") from None
    except (ArithmeticError, TypeError, ValueError, LookupError, AttributeError, RecursionError) as e:
        # A construct that fails when run ({{ 1/0 }}, {{ "a" + 1 }}): the template's fault, said plainly.
        raise LetterError(f"template {where}: {type(e).__name__}: {e}") from None
    check_single_line("rendered subject", subject, max_chars=MAX_HEADER_CHARS)
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    return Letter(subject=subject, body=body, meta=meta, params=values)


def render_letter(kind: str, params: dict, *, city: dict, profile=None, request: dict | None = None,
                  token: str = "", dirs: Iterable[Path] | None = None, allow_unknown: bool = False) -> Letter:
    """Render the template of ``kind`` (user folders first) for a city and optional request."""
    return render(get_template(kind, dirs), params, city=city, profile=profile, request=request,
                  token=token, allow_unknown=allow_unknown)
