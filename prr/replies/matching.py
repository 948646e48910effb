"""Which request is a reply about? Several independent signals, each kept as a reason.

| signal | score |
|---|---|
| In-Reply-To is one of our Message-IDs (the letter, or a message already tied to a request) | 0.98 |
| References contains one of them | 0.95 |
| the request token in To/Cc/Delivered-To (plus address) | 0.95 |
| the token in the subject | 0.90 |
| the token in the body (often a quoted letter) | 0.80 |
| a token one typo away (a character changed, dropped, doubled or swapped) | x 0.85 |
| an agency tracking number we already know, in the subject or body | 0.85 (0.90 from the city's domain) |
| the sender's domain belongs to a city with open requests, plus subject similarity | 0.45 + 0.45 x similarity (0.35 + ... when the city has several) |

Signals for the same request combine as independent evidence (1 - product of (1 - s)).
The best request is applied when its score reaches ``THRESHOLD`` and no other request
also reaches it; otherwise the message goes to the review queue with its candidates.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher

from prr.db import replies as store
from prr.db.requests import OPEN_STATUSES, find_by_message_id, find_by_token
from prr.requests.tokens import find_tokens

THRESHOLD = 0.7
_LOOSE_TOKEN = re.compile(r"(?<![A-Za-z0-9])PRR[\s_\-.:#]{0,2}([0-9A-Za-z]{7,9})(?![0-9A-Za-z])", re.IGNORECASE)
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|sv|tr|rv)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Envelope:
    """What matching reads from a message (built by prr.replies.ingest)."""
    message_id: str | None = None
    in_reply_to: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    from_addr: str = ""
    to_addrs: list[str] = field(default_factory=list)      # To, Cc, Delivered-To, X-Original-To
    subject: str = ""
    body: str = ""
    date: datetime | None = None


@dataclass
class Signal:
    request_id: int
    score: float
    reason: str


@dataclass
class Match:
    request_id: int | None            # the best candidate (applied or not)
    score: float
    applied: bool
    reason: str
    signals: list[Signal] = field(default_factory=list)
    sender_city: str | None = None    # city owning the sender's domain, if any


def sender_domain(addr: str) -> str:
    return addr.rpartition("@")[2].strip().strip(">").lower() if "@" in (addr or "") else ""


def city_for_domain(domains: dict[str, str], domain: str) -> str | None:
    """``clerk.oxnard.org`` belongs to ``oxnard.org``'s city too."""
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        if (slug := domains.get(".".join(parts[i:]))):
            return slug
    return None


def clean_subject(subject: str) -> str:
    s = _SUBJECT_PREFIX.sub("", subject or "")
    s = re.sub(r"\[?PRR[\s_\-.:#]?[0-9A-Za-z]{8}\]?", " ", s, flags=re.IGNORECASE)
    return " ".join(_WORD.findall(s.lower()))


def subject_similarity(a: str, b: str) -> float:
    a, b = clean_subject(a), clean_subject(b)
    if not a or not b:
        return 0.0
    wa, wb = set(a.split()), set(b.split())
    jaccard = len(wa & wb) / len(wa | wb)
    return max(jaccard, SequenceMatcher(None, a, b).ratio())


def _osa_distance(a: str, b: str, limit: int = 1) -> int:
    """Optimal string alignment distance (edit + adjacent swap), early exit above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _token_signals(conn, text: str, where: str, score: float, all_tokens: list[dict]) -> list[Signal]:
    out: list[Signal] = []
    exact = set()
    for tok in find_tokens(text):
        r = find_by_token(conn, tok)
        if r is not None:
            rid = r["parent_id"] or r["id"]
            exact.add(tok)
            out.append(Signal(rid, score, f"token {tok} in {where}"))
    for m in _LOOSE_TOKEN.finditer(text or ""):
        body = m.group(1).upper().translate(_CONFUSABLE)
        if "PRR-" + body in exact:
            continue
        for t in all_tokens:
            known = t["token"].split("-", 1)[1]
            if body != known and _osa_distance(body, known) <= 1:
                out.append(Signal(t["id"], round(score * 0.85, 3),
                                  f"token {m.group(0).strip()!r} in {where} is one typo from {t['token']}"))
    return out


def _tracking_signals(conn, env: Envelope, city: str | None) -> list[Signal]:
    text = f"{env.subject}\n{env.body}"
    out = []
    for t in store.known_tracking_numbers(conn):
        num = t["number"]
        if len(num) < 4:
            continue
        pattern = r"(?<![A-Za-z0-9-])" + r"\s*".join(map(re.escape, num.split())) + r"(?![A-Za-z0-9])"
        if re.search(pattern, text, re.IGNORECASE):
            same_city = city is not None and city == t["city_slug"]
            out.append(Signal(t["request_id"], 0.90 if same_city else 0.85,
                              f"tracking number {num} known for request {t['request_id']}"
                              + (" and sender at the city's domain" if same_city else "")))
    return out


def _domain_signals(conn, env: Envelope, city: str | None) -> list[Signal]:
    if city is None:
        return []
    candidates = store.open_requests_for_city(conn, city, OPEN_STATUSES)
    if not candidates:
        return []
    base = 0.45 if len(candidates) == 1 else 0.35
    out = []
    for r in candidates:
        sim = subject_similarity(env.subject, r["subject"] or r["kind"])
        out.append(Signal(r["id"], round(base + 0.45 * sim, 3),
                          f"sender {sender_domain(env.from_addr)} is {city}, which has "
                          f"{len(candidates)} open request(s); subject similarity {sim:.2f}"))
    return out


def _thread_signals(conn, env: Envelope) -> list[Signal]:
    out = []
    seen = set()
    for header, ids, score in (("In-Reply-To", env.in_reply_to, 0.98), ("References", env.references[::-1], 0.95)):
        for mid in ids:
            if mid in seen:
                continue
            seen.add(mid)
            r = find_by_message_id(conn, mid)
            if r is not None:
                rid = r["parent_id"] or r["id"]
                out.append(Signal(rid, score, f"{header} {mid} is ours (request {rid})"))
    return out


def match_message(conn: sqlite3.Connection, env: Envelope, *, threshold: float = THRESHOLD) -> Match:
    domains = store.city_domains(conn)
    city = city_for_domain(domains, sender_domain(env.from_addr))
    all_tokens = store.request_tokens(conn)
    signals = _thread_signals(conn, env)
    signals += _token_signals(conn, " ".join(env.to_addrs), "the recipient address", 0.95, all_tokens)
    signals += _token_signals(conn, env.subject, "the subject", 0.90, all_tokens)
    signals += _token_signals(conn, env.body, "the body", 0.80, all_tokens)
    signals += _tracking_signals(conn, env, city)
    strong = {s.request_id for s in signals}
    # Domain + subject only counts on its own; it must not outvote a direct reference.
    signals += [s for s in _domain_signals(conn, env, city) if not strong or s.request_id in strong]
    if not signals:
        why = f"sender {env.from_addr or '(none)'} is not at a city domain" if city is None else \
            f"sender is {city}, which has no open request"
        return Match(None, 0.0, False, f"no signal: no thread reference, token or tracking number; {why}",
                     [], city)
    combined: dict[int, float] = {}
    for s in signals:
        combined[s.request_id] = 1 - (1 - combined.get(s.request_id, 0.0)) * (1 - s.score)
    ranked = sorted(combined.items(), key=lambda kv: (-kv[1], kv[0]))
    best_id, best = ranked[0]
    reasons = [f"{s.reason} ({s.score:.2f})" for s in signals if s.request_id == best_id]
    applied = best >= threshold
    if len(ranked) > 1 and ranked[1][1] >= threshold:
        applied = False
        reasons.append(f"conflict: request {ranked[1][0]} also scores {ranked[1][1]:.2f}")
    elif not applied:
        reasons.append(f"below the {threshold:.2f} threshold")
    return Match(best_id, round(best, 3), applied, "; ".join(reasons), signals, city)
