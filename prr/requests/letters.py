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
from pathlib import Path
from typing import Any

from prr.requests.letter_templates import (  # noqa: F401  (public names, importable from here as before)
    _discover,
    discover_templates,
    get_template,
    parse_template,
    template_problems,
)
from prr.requests.letter_types import (  # noqa: F401  (public names, importable from here as before)
    ENCODED_WORD,
    MAX_HEADER_CHARS,
    PARAM_TYPES,
    TEMPLATE_SUFFIX,
    HeaderInjectionError,
    Letter,
    LetterError,
    ParamSpec,
    Template,
    TemplateMeta,
    check_single_line,
    has_line_break,
)


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
