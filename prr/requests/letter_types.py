"""What a letter template is (its front matter, parameters and rendered letter) and the
single-line check every header-bound value passes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
