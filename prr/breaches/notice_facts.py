"""Facts read from a breach's sample notice: what happened, when, and what information."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

_HEADINGS = {
    "what_happened": r"what happened",
    "information_involved": r"what information (?:was|is|were) involved",
    "what_we_are_doing": r"what (?:we are|we re|is [a-z ]{1,40}) doing",
    "what_you_can_do": r"what you can do",
    "other": r"other important information",
    "more_info": r"for more information",
}
_HEADING_RE = re.compile(r"(?im)^[ \t]*(?P<h>" + "|".join(f"(?:{h})" for h in _HEADINGS.values()) + r")[ \t]*[?.:]?")
_DATA_TYPES = [
    ("name", r"\bnames?\b"),
    ("Social Security number", r"social security"),
    ("driver's license number", r"driver.?s licen[cs]e"),
    ("state ID number", r"(?:state )?identification (?:card )?number|state id"),
    ("passport number", r"passport"),
    ("financial account number", r"financial account|bank account|account number|routing number"),
    ("payment card number", r"credit card|debit card|payment card|card number"),
    ("medical information", r"medical"),
    ("health insurance information", r"health insurance"),
    ("date of birth", r"date of birth|birth ?date"),
    ("username and password", r"user ?name|password|login credentials"),
    ("email address", r"e-?mail address"),
    ("address", r"\b(?:home |mailing |street )?address(?:es)?\b"),
    ("phone number", r"phone number|telephone number"),
    ("taxpayer ID number", r"tax(?:payer)? identification|\bitin\b|\btin\b"),
    ("biometric data", r"biometric"),
    ("employee ID", r"employee (?:id|identification)"),
]
_SYSTEMS = [
    ("email", r"\be-?mail (?:account|system|server|environment)s?\b"),
    ("network", r"\bnetwork\b"),
    ("servers", r"\bservers?\b"),
    ("ransomware-encrypted systems", r"ransomware|encrypted"),
    ("utility billing", r"utility billing|billing system"),
    ("payment systems", r"payment (?:system|portal|processing)"),
    ("website", r"\bwebsite\b|web portal|online portal"),
    ("third-party vendor systems", r"\bvendor\b|third[- ]party"),
]
_INCIDENT_WORDS = re.compile(r"unauthori[sz]ed|incident|breach|ransomware|cyber|attack|compromis|"
                             r"suspicious|malware|accessed|acquired", re.I)


@dataclass
class NoticeFacts:
    what_happened: str = ""
    breach_dates: list[str] = field(default_factory=list)       # ISO dates found in "what happened"
    information_involved: str = ""
    data_types: list[str] = field(default_factory=list)
    systems: list[str] = field(default_factory=list)
    error: str | None = None                                    # why there are no facts (notice missing, ...)

    def to_json(self) -> dict:
        return asdict(self)


def _squash(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "\u2026"


def _sections(text: str) -> dict[str, str]:
    marks = []
    for m in _HEADING_RE.finditer(text):
        h = m.group("h").lower()
        for name, pat in _HEADINGS.items():
            if re.fullmatch(pat, h):
                marks.append((m.start(), m.end(), name))
                break
    out: dict[str, str] = {}
    for i, (_start, end, name) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        out.setdefault(name, text[end:stop].strip())
    return out


def extract_notice_facts(text: str) -> NoticeFacts:
    """Facts from a breach notice, by the headings California's notice form prescribes
    (Civil Code 1798.82(d): "What Happened?", "What Information Was Involved?", ...),
    falling back to the sentences that talk about the incident."""
    from prr.scrapers.ag_breach import find_dates

    text = (text or "").replace("\r\n", "\n")
    sec = _sections(text)
    happened = sec.get("what_happened", "")
    if not happened:
        sentences = re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", text))
        happened = " ".join(s for s in sentences if _INCIDENT_WORDS.search(s))[:1500]
    involved = sec.get("information_involved", "")
    types_from = involved or text
    facts = NoticeFacts(
        what_happened=_squash(happened, 1200),
        information_involved=_squash(involved, 800),
        data_types=[label for label, pat in _DATA_TYPES if re.search(pat, types_from, re.I)],
        systems=[label for label, pat in _SYSTEMS if re.search(pat, happened, re.I)],
    )
    facts.breach_dates = sorted({d.isoformat() for d in find_dates(happened)})
    return facts
