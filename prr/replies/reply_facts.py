"""Facts read from a cleaned reply with the rule files in ``prr/replies/rules/*.yaml``:
the agency's tracking numbers, dates (resolved against the message date), fees (with
deposit / total and whether payment comes first) and exemptions cited."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from prr.deadlines.calendar import add_business_days
from prr.replies.reply_cleaning import _lower, _Text
from prr.replies.rules import Rules, load_rules
from prr.requests.tokens import find_tokens

# ------------------------------------------------------------------- tracking numbers

def _alnum(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()


def _in_decoy(text: str, s: int, e: int, rules: Rules, window: int = 100) -> bool:
    # Decoys are only looked for around a candidate: scanning the whole reply with
    # every decoy pattern costs more than everything else put together.
    lo, hi = max(s - window, 0), min(e + window, len(text))
    for d in rules.decoys:
        for m in d.regex.finditer(text, lo, hi):
            if m.start() < e and s < m.end():
                return True
            if m.start() >= e:
                break
    return False


def _around(text: str, pos: int) -> str:
    """The lines just before ``pos`` and the rest of its paragraph."""
    e = text.find("\n\n", pos)
    return text[max(pos - 200, 0): e if e >= 0 else len(text)]


def _number_of_the_records(text: str, s: int, rules: Rules) -> bool:
    """The number at ``s`` is written under the name of a thing the records are about (a
    permit, complaint, report, invoice, project, parcel ... or, in a paragraph that shows a
    payment, a confirmation or transaction): it is that thing's number, not the request's.
    The name may head a list or range the number ends ("Permits A-1 to A-9")."""
    before = text[max(s - 160, 0):s]
    if rules.record_label and rules.record_label.search(before):
        return True
    return bool(rules.payment_label and rules.payment_label.search(before) and rules.payment_context
                and rules.payment_context.search(_around(text, s)))


# The name of a records law written before the number ("PRA 24-1550", "CPRA #2024-77",
# "FOIA 23-118") is a label, like "Request No.": the number is what follows. A request-type
# code (PRR 23-456, PIR 25-4481) or a prefix joined by a hyphen (FOIA-2024-00871,
# OC-PRR-2024-3920) is part of the identifier and kept.
_LAW_NAME_PREFIX = re.compile(r"^(?:C?PRA|FOIA|FOIL|FOIPA|OPRA|KORA)\s*#?\s+(?=\S*\d)|^(?:C?PRA|FOIA|FOIL|OPRA|KORA)\s*#\s*")


def _year_range(value: str) -> bool:
    """2023-24 (a school or fiscal year), not 2024-77 (a request number)."""
    m = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})", value)
    return bool(m) and 0 < (int(m.group(2)) - int(m.group(1)[2:])) % 100 <= 2


def _same_number(short: str, full: str) -> bool:
    """``short`` is ``full`` without a prefix of letters (``24-0712`` in ``PRR 24-0712``)."""
    a, b = _alnum(short), _alnum(full)
    return a != b and b.endswith(a) and b[: len(b) - len(a)].isalpha() and any(c.isdigit() for c in a)


def _evidence_at(text: str, s: int, value: str, subject_end: int, rules: Rules) -> str:
    """Why the number at ``s`` is the request's: 'label', 'code', 'subject' or '' (none).
    A number of a request-like shape is the request's only with evidence that it is (shapes
    alone are shared by the cases, permits, files and reports the records are about): the
    request's label just before it on its line or a records-request code inside it (both in
    tracking.yaml), the subject line, or being the one number the reply gives."""
    line = text[max(text.rfind("\n", 0, s) + 1, s - 60):s]
    if rules.request_label_before and rules.request_label_before.search(line):
        return "label"
    if rules.request_code_inside and rules.request_code_inside.search(value):
        return "code"
    return "subject" if s < subject_end else ""


def request_number_evidence(text: str, value: str, subject_end: int = 0, rules: Rules | None = None) -> str:
    """The evidence that ``value``, wherever it is written in ``text``, is the request's number
    ('label', 'code', 'subject') or '' (for scoring another reader's numbers by this rule)."""
    rules = rules or load_rules()
    whys = [_evidence_at(text, m.start(), value, subject_end, rules) for m in re.finditer(re.escape(value), text)]
    return next((w for w in whys if w), "")


def tracking_candidates(text: str, *, requester_refs=(), rules: Rules | None = None,
                        subject_end: int = 0) -> list[tuple[str, str]]:
    """Every number of a request-like shape in ``text`` that is not a decoy nor ours, once,
    in order, with the evidence that it is the request's ('' when there is none)."""
    rules = rules or load_rules()
    ours = {_alnum(r) for r in requester_refs if r}
    for tok in find_tokens(text):
        ours.update({_alnum(tok), _alnum(tok)[3:]})
    cands = []
    lowered = _lower(text)
    for p in rules.tracking:
        if not p.may_match(lowered):
            continue
        for m in p.regex.finditer(text):
            grp = "num" if "num" in p.regex.groupindex else 0
            value, (s, e) = m.group(grp), m.span(grp)
            value = _LAW_NAME_PREFIX.sub("", value.strip(" -/.:#‐"))
            if not value or not any(c.isdigit() for c in value):
                continue
            if any(r.regex.fullmatch(value) for r in rules.rejects) or _year_range(value):
                continue
            if _in_decoy(text, s, e, rules) or _number_of_the_records(text, s, rules):
                continue
            if _alnum(value) in ours or any(o and o in _alnum(value) for o in ours if len(o) >= 6):
                continue
            cands.append((s, e, value))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str]] = []
    for s, e, v in cands:
        if any(ks <= s and e <= ke for ks, ke, _ in kept):
            continue
        kept = [k for k in kept if not (s <= k[0] and k[1] <= e)]
        kept.append((s, e, v))
    out: dict[str, list] = {}
    for s, _, v in sorted(kept):
        why = _evidence_at(text, s, v, subject_end, rules)
        got = out.setdefault(_alnum(v), [v, why])
        got[1] = got[1] or why
    # one number is reported once: the bare form of a number also written with its prefix
    # (PRR 24-0712 ... request 24-0712) is the same number, and shares its evidence
    full = list(out.values())
    for item in full:
        for other in full:
            if _same_number(item[0], other[0]):
                other[1] = other[1] or item[1]
    return [(v, why) for v, why in full if not any(_same_number(v, o[0]) for o in full)]


def tracking_numbers(text: str, *, requester_refs=(), rules: Rules | None = None, subject_end: int = 0) -> list[str]:
    """The agency's request numbers in ``text``: the candidates with evidence that they are the
    request's, or the only candidate the reply gives."""
    cands = tracking_candidates(text, requester_refs=requester_refs, rules=rules, subject_end=subject_end)
    if len(cands) == 1:
        return [cands[0][0]]
    return [v for v, why in cands if why]


# ------------------------------------------------------------------------------ dates


def _parse_date(raw: str, message_date: date | None) -> date | None:
    from dateutil import parser as dparser

    raw = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", raw)
    anchor = message_date or date.today()
    try:
        parsed = dparser.parse(raw, default=datetime(anchor.year, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    if not re.search(r"\d{4}|/\d{2,4}$", raw) and parsed < anchor - timedelta(days=60):
        parsed = parsed.replace(year=parsed.year + 1)   # "by January 5" written in December
    return parsed


def _resolve_period(m: re.Match, rules: Rules, message_date: date) -> date | None:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else rules.number_words.get(raw)
    if not n or n > 400:
        return None
    unit = (m.groupdict().get("unit") or "").lower()
    period = (m.groupdict().get("period") or "").lower()
    if period.startswith(("month", "year")):
        from dateutil.relativedelta import relativedelta

        return message_date + (relativedelta(months=n) if period.startswith("month") else relativedelta(years=n))
    if period.startswith("week"):
        return message_date + timedelta(weeks=n)
    if unit in ("business", "working", "work"):
        return add_business_days(message_date, n)
    return message_date + timedelta(days=n)


def extract_dates(t: _Text, rules: Rules, message_date: date | None, notes: list[str]) -> list[dict]:
    found, claimed = [], []
    for p in rules.dates:
        if not p.may_match(t.lower):
            continue
        for m in p.regex.finditer(t.text):
            groups = p.regex.groupindex
            key = "date" if "date" in groups and m.group("date") else "n"
            s, e = m.span(key)
            if any(cs < e and s < ce for cs, ce in claimed):
                continue
            if key == "date":
                d = _parse_date(m.group("date"), message_date)
            elif message_date is None:
                notes.append(f"{p.id}: '{m.group(0).strip()}' not resolved: the message date is unknown")
                continue
            else:
                d = _resolve_period(m, rules, message_date)
            if d is None:
                continue
            claimed.append((s, e))
            item = {"date": d.isoformat(), "role": p.role}
            if item not in found:
                found.append(item)
    return sorted(found, key=lambda i: i["date"])


# ----------------------------------------------------------------- fees and exemptions

def extract_fees(t: _Text, rules: Rules) -> list[dict]:
    if rules.fee_amount is None:
        return []
    out = []
    for m in rules.fee_amount.finditer(t.text):
        s, e = t.sentence_at(m.start())
        sentence = t.text[s:e]
        if any(sk.search(sentence) for sk in rules.fee_skip):
            continue
        room = rules.fee_context_chars
        lo, hi = max(m.start() - s - room, 0), min(m.end() - s + room, len(sentence))
        snippet = sentence[lo:hi].strip()
        if lo > 0:
            snippet = snippet.split(" ", 1)[-1]
        if hi < len(sentence):
            snippet = snippet.rsplit(" ", 1)[0]
        item = {"amount": round(float(m.group("value").replace(",", "")), 2), "text": snippet,
                "kind": _fee_kind(sentence[:m.start() - s][-90:], sentence[m.end() - s:][:50], rules)}
        if item not in out:
            out.append(item)
    return out[:30]


def _fee_kind(before: str, after: str, rules: Rules) -> str:
    if rules.fee_breakdown_after is not None and rules.fee_breakdown_after.search(after):
        return "total"   # the amount a rate and a count make, the count given after it
    for kind, pre, post in rules.fee_kinds:
        if (post is not None and post.search(after)) or (pre is not None and pre.search(before)):
            return kind
    return "amount"


def fee_summary(fees: list[dict], t: _Text, rules: Rules) -> dict:
    """What the agency asks: total, deposit, balance (dollars with cents) and whether payment
    comes before the work goes on. Empty when the reply names no amount."""
    asked = [f for f in fees if f["kind"] not in ("rate", "threshold", "paid")]
    if not asked:
        return {}
    out: dict = {}
    for kind in ("deposit", "balance"):
        found = [f["amount"] for f in asked if f["kind"] == kind]
        if found:
            out[kind] = max(found) if kind == "deposit" else found[-1]
    totals = [f["amount"] for f in asked if f["kind"] == "total"]
    plain = [f["amount"] for f in asked if f["kind"] == "amount"]
    if totals:
        out["total"] = max(totals)
    elif plain and not out:
        out["total"] = max(plain)
    elif plain and set(out) == {"deposit"} and max(plain) > out["deposit"]:
        # "2.5 hours at $34.50 per hour ($86.25) ... a deposit of 50% ($43.13)": the estimate
        # named beside a deposit, and larger than it, is the total the deposit is part of
        out["total"] = max(plain)
    if "deposit" in out and out.get("total", 0) < out["deposit"]:
        out.pop("total", None)   # "a deposit of $975.00": the only amount is the deposit
    before = rules.fee_before_work
    out["before_work"] = bool(before is not None and (before.search(t.text) or "deposit" in out))
    return out


def extract_exemptions(text: str, rules: Rules | None = None) -> list[str]:
    rules = rules or load_rules()
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(p, m):
        s, e = m.span("section")
        if any(ts < e and s < te for ts, te in taken):
            return
        taken.append((s, e))
        section = re.sub(r"\s+", "", m.group("section"))
        if section.startswith(rules.exemption_ignore):
            return
        found.append((s, p.format.format(section=section)))

    lowered = _lower(text)
    for p in rules.exemptions:
        if not p.may_match(lowered):
            continue
        for m in p.regex.finditer(text):
            add(p, m)
            pos = m.end()
            while p.continues is not None:
                c = p.continues.match(text, pos)
                if not c:
                    break
                add(p, c)
                pos = c.end()
    out: list[str] = []
    for _, v in sorted(found):
        if v not in out:
            out.append(v)
    return out


