"""Reply-reading rules kept as data (YAML with ids), compiled once.

``load_rules()`` returns every rule file of this directory compiled; a different
directory can be given (tests use it to check a new phrasing needs no code).
Placeholders written ``{NAME}`` in a pattern are replaced by the file's ``macros``.
"""
from __future__ import annotations

import re
import re._parser as _parser
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from prr.scrapers.keyword_gate import required_literals

RULES_DIR = Path(__file__).resolve().parent
FLAGS = re.IGNORECASE


class RuleError(ValueError):
    """A rule file is malformed: names the file and the rule id."""


@dataclass(frozen=True)
class StatusRule:
    id: str
    status: str
    priority: int
    regex: re.Pattern
    unless: re.Pattern | None = None
    confidence: float = 0.8
    needs: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        return not self.needs or any(n in lowered for n in self.needs)


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: re.Pattern
    role: str = ""
    format: str = ""
    continues: re.Pattern | None = None
    needs: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        return not self.needs or any(n in lowered for n in self.needs)


# --- cheap pre-check -----------------------------------------------------------------
# Scanning a reply with ~90 patterns costs more than anything else. Most patterns can
# only match where some literal word occurs ("remit", "extend", ...): those words are
# worked out from the compiled pattern itself (the keyword gate's reading of a pattern),
# and a substring test (much faster than a regex scan) skips the pattern when none of
# them is in the lower-cased reply. Rule authors write nothing for this; a pattern with
# no such word is always run.
MIN_NEED = 3


def needs_of(regex: re.Pattern) -> tuple[str, ...]:
    try:
        found = required_literals(list(_parser.parse(regex.pattern, regex.flags)))
    except Exception:   # an unusual construct: just always run the pattern
        return ()
    return tuple(sorted(found)) if found and min(map(len, found)) >= MIN_NEED else ()


@dataclass(frozen=True)
class Rules:
    statuses: tuple[StatusRule, ...]
    combinations: tuple[dict, ...]
    tracking: tuple[Pattern, ...]
    decoys: tuple[Pattern, ...]
    rejects: tuple[Pattern, ...]
    dates: tuple[Pattern, ...]
    number_words: dict = field(default_factory=dict)
    fee_amount: re.Pattern | None = None
    fee_context_chars: int = 90
    fee_skip: tuple[re.Pattern, ...] = ()
    fee_kinds: tuple[tuple[str, re.Pattern | None, re.Pattern | None], ...] = ()   # (kind, before, after)
    fee_before_work: re.Pattern | None = None
    fee_breakdown_after: re.Pattern | None = None   # the count after an amount that is a product
    exemptions: tuple[Pattern, ...] = ()
    exemption_ignore: tuple[str, ...] = ()
    record_label: re.Pattern | None = None     # ends right before a number of the records
    payment_label: re.Pattern | None = None    # ends right before a number a payment may carry
    payment_context: re.Pattern | None = None  # a paragraph that shows a payment
    request_label_before: re.Pattern | None = None   # ends right before a number the request's label names
    request_code_inside: re.Pattern | None = None    # a records-request code inside a number


STATUSES = ("acknowledged", "extension", "clarification", "fee", "partial", "released",
            "no_records", "denied", "closed", "other")
ROLES = ("estimated_production", "extended_to", "response_due", "other")


def _expand(pattern: str, macros: dict) -> str:
    # Expand repeatedly so macros may use other macros; unknown {x} (regex counts) stay.
    for _ in range(3):
        for name, value in macros.items():
            pattern = pattern.replace("{" + name + "}", value)
    return pattern


# Uppercase letters that are not regex escapes (\S, \W, \D, \B, \A, \Z).
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")


def _compile(source: str, rule_id: str, pattern: str, macros: dict, flags: int = FLAGS) -> re.Pattern:
    try:
        return re.compile(_expand(pattern, macros), flags)
    except re.error as exc:
        raise RuleError(f"{source}: rule {rule_id!r} has a bad pattern: {exc}") from exc


# After a thing's name: "No."/"Nos."/"#"/"ID(s)", then any numbers of a list or range before the
# one looked at ("Permits and A-3", "Nos. OR-25-118 through OR-26-204").
_NUMBERED_AFTER = (r"s?\.?\s*(?:nos?\.?|numbers?|nbrs?\.?|ids?|#|n[º°])?\s*[:#]?\s*\(?\s*"
                   r"(?:[A-Za-z0-9][\w./-]*\d[\w./-]*\s*(?:,\s*and\b|,|;|&|\band\b|\bthrough\b|\bthru\b"
                   r"|\bto\b|[–—]|\s-\s)\s*)*$")


def _label_before_number(names) -> re.Pattern | None:
    """A pattern that matches, at the end of the text before a number, one of ``names``
    written as that number's label (the number itself is not part of it)."""
    if not names:
        return None
    words = "|".join(sorted((str(n).replace(" ", r"\s+") for n in names), key=len, reverse=True))
    return re.compile(r"\b(?:" + words + r")" + _NUMBERED_AFTER, FLAGS)


def _read(directory: Path, name: str) -> dict:
    path = directory / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"cannot read rule file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleError(f"{path}: expected a mapping at the top level")
    return data


def _patterns(source: str, items, macros: dict, *, need_role=False) -> tuple[Pattern, ...]:
    out, seen = [], set()
    for item in items or ():
        rid = item.get("id")
        if not rid or rid in seen:
            raise RuleError(f"{source}: every rule needs a unique id (got {rid!r})")
        seen.add(rid)
        role = item.get("role", "")
        if need_role and role not in ROLES:
            raise RuleError(f"{source}: rule {rid!r} has unknown role {role!r} (one of {ROLES})")
        cont = item.get("continues")
        regex = _compile(source, rid, item["pattern"], macros)
        out.append(Pattern(rid, regex, role, item.get("format", ""),
                           _compile(source, rid, cont, macros) if cont else None,
                           needs_of(regex)))
    return tuple(out)


@lru_cache(maxsize=8)
def load_rules(directory: str | Path | None = None) -> Rules:
    d = Path(directory) if directory else RULES_DIR
    status = _read(d, "status.yaml")
    macros = status.get("macros") or {}
    rules, seen = [], set()
    for item in status.get("rules") or ():
        rid = item.get("id")
        if not rid or rid in seen:
            raise RuleError(f"status.yaml: every rule needs a unique id (got {rid!r})")
        seen.add(rid)
        if item.get("status") not in STATUSES:
            raise RuleError(f"status.yaml: rule {rid!r} has unknown status {item.get('status')!r}")
        unless = item.get("unless")
        # Status patterns run on the lower-cased reply without IGNORECASE (about a third
        # faster), so they must be written in lower case.
        expanded = _expand(item["pattern"], macros)
        if _UPPER_LITERAL.search(expanded):
            raise RuleError(f"status.yaml: rule {rid!r}: write patterns in lower case "
                            f"(they are matched against the lower-cased reply)")
        regex = _compile("status.yaml", rid, item["pattern"], macros, flags=0)
        rules.append(StatusRule(
            rid, item["status"], int(item.get("priority", 50)), regex,
            _compile("status.yaml", rid, unless, macros) if unless else None,
            float(item.get("confidence", 0.8)), needs_of(regex)))
    combos = tuple(status.get("combinations") or ())
    for c in combos:
        if c.get("then") not in STATUSES or not set(c.get("when") or ()) <= set(STATUSES):
            raise RuleError(f"status.yaml: combination {c.get('id')!r} names an unknown status")

    trk = _read(d, "tracking.yaml")
    tm = trk.get("macros") or {}
    dates = _read(d, "dates.yaml")
    dm = dates.get("macros") or {}
    fees = _read(d, "fees.yaml")
    ex = _read(d, "exemptions.yaml")
    em = ex.get("macros") or {}
    return Rules(
        statuses=tuple(rules),
        combinations=combos,
        tracking=_patterns("tracking.yaml", trk.get("patterns"), tm),
        decoys=_patterns("tracking.yaml", trk.get("decoys"), tm),
        rejects=_patterns("tracking.yaml", trk.get("reject"), tm),
        dates=_patterns("dates.yaml", dates.get("rules"), dm, need_role=True),
        number_words={str(k).lower(): int(v) for k, v in (dates.get("number_words") or {}).items()},
        fee_amount=re.compile(fees["amount"]) if fees.get("amount") else None,
        fee_context_chars=int(fees.get("context_chars", 90)),
        fee_skip=tuple(re.compile(s, FLAGS) for s in fees.get("skip") or ()),
        fee_kinds=tuple((k, re.compile(v["before"], FLAGS) if v.get("before") else None,
                         re.compile(v["after"], FLAGS) if v.get("after") else None)
                        for k, v in (fees.get("kinds") or {}).items()),
        fee_before_work=re.compile(fees["before_work"], FLAGS) if fees.get("before_work") else None,
        fee_breakdown_after=re.compile(fees["breakdown_after"], FLAGS) if fees.get("breakdown_after") else None,
        exemptions=_patterns("exemptions.yaml", ex.get("rules"), em),
        exemption_ignore=tuple(str(x) for x in ex.get("ignore") or ()),
        record_label=_label_before_number(trk.get("record_labels")),
        payment_label=_label_before_number(trk.get("payment_labels")),
        payment_context=re.compile(trk["payment_context"], FLAGS) if trk.get("payment_context") else None,
        request_label_before=_compile("tracking.yaml", "request_label_before", trk["request_label_before"], tm)
        if trk.get("request_label_before") else None,
        request_code_inside=_compile("tracking.yaml", "request_code_inside", trk["request_code_inside"], tm)
        if trk.get("request_code_inside") else None,
    )
