"""Phone numbers as cities write them, and what each one is (voice, fax, TDD).

Found in visible text and ``tel:`` links only. Written forms: ``(510) 981-2489``,
``510.981.2489``, ``510 981 2489``, ``+1 510-981-2489``, ``1-800-...``, vanity letters
with or without the digits in brackets (``(510) 981-CITY (2489)``), extensions
(``ext. 12``, ``x2117``, ``extension 7``, ``– Ext 212``), local seven-digit numbers
(``385-7803``, completed with the city's area code when it is known) and the three-digit
service lines (``311``, relay ``711``) when a label or link says they are numbers.
``phonenumbers`` validates and normalises, so one number written two ways is one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

_SEP = r"[ \t.\-\u00b7\u2010-\u2014]{0,3}"     # "415·899·8960": a middle dot too
PHONE_RE = re.compile(
    rf"(?<![\w$#/=.+-])(?:(?P<cc>\+?1){_SEP})?(?:\(\s*(?P<ac1>\d{{3}})\s*\)|(?P<ac2>\d{{3}}))"
    rf"(?P<s1>{_SEP}|/)(?P<ex>\d{{3}}|[A-Z]{{3}})(?P<s2>{_SEP})(?P<line>\d{{4}}|[A-Z\d]{{4,7}})"
    # (not run into a word: unless the word is an address printed against it, "...0134clerk@city.gov")
    r"(?!(?![A-Za-z][\w.+-]*@[\w-]+\.)[\w@])"
    r"(?:\s*\((?P<vanity>\d{4})\))?")
# Vanity: letters (any number past seven are decoration), the digits maybe in brackets after.
VANITY_RE = re.compile(
    rf"(?<![\w$#/=.+-])(?:\+?1{_SEP})?(?:\(\s*(?P<ac1>\d{{3}})\s*\){_SEP}|(?P<ac2>\d{{3}})[ .\-\u2010-\u2014]{{1,3}})"
    r"(?P<word>(?=(?:[A-Z\d-]*[A-Z]){3})[A-Z\d]{2,}(?:-[A-Z\d]+){0,2})(?![\w@])"
    r"(?:\s*\((?P<digits>[\d\s.+\-]{4,16})\))?")
# ("558‑7670" with a non-breaking hyphen, U+2011, as the ten-digit pattern allows)
# (written to start with its first digit, the look-behinds checked from there: a pattern that
# starts with a look-behind makes the regex engine try every position; this one skips ahead to
# a digit, about four times faster for the same matches)
LOCAL_RE = re.compile(r"(?P<ex>[2-9](?<![\w$#/=.()+-].)(?<!\d[ .-].)\d{2})[.\-\u2010-\u2014](?P<line>\d{4})(?![\w@]|[.-]\d)")
EXT_RE = re.compile(r"^\s*[,;]?\s*(?:[\u2010-\u2014-]\s*)?\(?\s*(?:ext\.?|extension|ex\.?|x|#(?=\d))\s*[.:#]?\s*(\d{1,6})\)?",
                    re.I)
SERVICE_RE = re.compile(r"(?:\b(?:call|dial|tty|tdd|relay(?:\s+service)?|phone|telephone|tel)\b(?:\s+(?:number|line|no\.?))?"
                        r"[\s:/-]{0,4})([37]11)\b"
                        r"|\b([37]11)\b(?=\s*(?:\(|-|–)?\s*(?:tty|tdd|relay|city services|for city services))",
                        re.I)
# "Fax:", "Fx:", "F:", and a table row's label cell ("Fax | 646-1980").
# "Fax: ", "F:", "Fax number", "The Clerk's Office fax is ..."
# (a table cell "Fx:" reads "Fx: | (661) ...")
# ("Facsimile — 510...", a dash; "Fax | | 909/...", a row with an empty cell between)
FAX_BEFORE = re.compile(r"(?:\b(?:tele-?)?fax|\bfacsimile|\bfx|\bf|\U0001F4E0\ufe0f?)\)?\s*(?:number|no\.?|line)?\s*(?:\bis\s+)?"
                        r"(?:[:.#\u2013\u2014-]\s*)?(?:\|\s*){0,2}$", re.I)
# ("(fax - records only)": what the fax is for after a dash inside the brackets)
# (on the number's own line: "Fax / Fax: ..." on the next line labels the next number; a label
# after a dash may name the desk first, "(619) 522-7846 – Clerk's fax")
FAX_AFTER = re.compile(r"^[ \t]*(?:\(\s*(?:fax|f)(?:[ \t]*[-\u2013\u2014:,][ \t]*[^)\d\n]{1,30})?\s*\)|\[\s*fax\s*\]|[-\u2013\u2014]?[ \t]*fax\b(?![ \t]*[:#.]?[ \t]*[\d(+])|"
                       r"[-\u2013\u2014][ \t]*(?:[\w'\u2019.&]+[ \t]+){1,3}fax\b(?:[ \t]*(?:line|number|no\.?))?[ \t]*(?:$|\n|[|,;]))",
                       re.I)
TDD_BEFORE = re.compile(r"(?:\btty|\btdd|\bteletype|\btext telephone|relay(?: service)?|hearing[- ]impaired|"
                        r"\bdeaf\b[^.]{0,30})\s*(?:/\s*\w+)?\)?\s*(?:number|line)?\s*[:.#|-]?\s*$", re.I)
TDD_AFTER = re.compile(r"^\s*(?:\(\s*(?:tty|tdd)[^)\d]*\)|\[\s*(?:tty|tdd)\s*\]|-?\s*(?:tty|tdd)\b(?!\s*[:#.]?\s*[\d(+]))",
                       re.I)
# An icon is the label of the number beside it: a fax machine (U+1F4E0) or a telephone
# (U+260E, U+260F, U+1F4DE, U+1F4F1) where sites show no word.
VOICE_AND_TDD = re.compile(r"\b(?:phone|tel|telephone|voice)\s*(?:/|and|&|or)\s*(?:tty|tdd)\s*[:.#-]?\s*$|"
                           r"\b(?:tty|tdd)\s*(?:/|and|&|or)\s*(?:phone|voice)\s*[:.#-]?\s*$", re.I)
VOICE_BEFORE = re.compile(r"(?:\bphone|\btel|\btelephone|\bcall|\bvoice|\bph|\bp|\bmain|\boffice|[\u260e\u260f\U0001F4DE\U0001F4F1]\ufe0f?)\s*(?:number)?"
                          r"\s*[:.#-]?\s*$", re.I)
# Fax as a verb or a means in the sentence: "Fax requests to", "by fax at", "fax it to".
# "By fax, attention City Clerk: ..." names the means first and whom it is for after.
# ... or whom to fax after "to" ("Fax requests to the Clerk: ...").
FAX_VERB = re.compile(r"\bfax(?:ed)?\b[^\d.;:]{0,30}?\b(?:to|at)\s*:?\s*$|\bby\s+fax\b[^\d.;:]{0,40}:\s*$|"
                      r"\bfax(?:ed)?\b[^\d.;:]{0,30}?\bto\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,2}[\w'\u2019]+\s*:\s*$", re.I)
# "call FAX Customer Service at": FAX is a name there (a bus system's), the number a phone.
FAX_AS_NAME = re.compile(r"\b(?i:call|phone|telephone|dial|contact)\s+(?:the\s+)?(?i:fax)\s+[A-Z][a-z]")
LABEL_LINE_FAX = re.compile(r"^[^\d@]{0,40}\b(?:(?:tele-?)?fax|facsimile)\b[^\d@]{0,20}:?\s*$", re.I)
LABEL_LINE_TDD = re.compile(r"^[^\d@]{0,40}\b(?:tty|tdd)\b[^\d@]{0,20}:?\s*$", re.I)
# A seven-digit number is only taken where the words say it is one, never after a file number label.
LOCAL_CUE = re.compile(r"\b(?:call|phone|telephone|tel|contact|clerk|office|questions?|fax|dial|reach|desk|line|"
                       r"extension|department|division)\b", re.I)
# ... or the word after it does ("or 620-2002 direct").
LOCAL_CUE_AFTER = re.compile(r"\s*\(?(?:direct|desk|line|office|main|fax|phone|tty|tdd)\b", re.I)
NOT_PHONE_BEFORE = re.compile(r"(?:\bcase|\bno\.?|\bnumber|\bitem|\bresolution|\bordinance|\bpage|\border|\bfile|"
                              r"\bpermit|\baccount|\binvoice|\bref(?:erence)?|#|\bid|\bbudget|\bcode)\s*[:#.]?\s*$", re.I)
_VANITY = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")


@dataclass
class PhoneHit:
    e164: str
    ext: str | None
    kind: str            # voice | fax | tdd
    start: int
    end: int
    written: str
    local: bool = False  # seven digits completed with the city's area code


def _e164(digits: str) -> str | None:
    try:
        num = phonenumbers.parse(digits, "US")
    except phonenumbers.NumberParseException:
        return None
    if num.country_code != 1 or not phonenumbers.is_valid_number(num):
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def _digits(ac: str, ex: str, line: str, vanity: str | None) -> str | None:
    if vanity:
        line = vanity
    if len(line) > 4 and not re.search(r"[A-Za-z]", line):
        return None              # more digits than a line number: not a phone
    # 1-800-FLOWERS: letters past the seventh digit are decoration.
    line = line.upper().translate(_VANITY)[:4]
    return ac + ex.upper().translate(_VANITY) + line


# Dot leaders (ellipses, runs of dots, middle dots or underscores) at the end of a label.
LEADERS = re.compile(r"[ \t]*(?:\u2026|\.{2,}|(?:\.[ \t]){2,}|[\u00b7_]{2,})[ \t\u2026._\u00b7]*$")


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, (len(text) if b < 0 else b)


def kind_from_context(text: str, start: int, end: int, prev_end: int, label_above: str) -> str:
    """voice, fax or tdd from the words right before the number (back to the previous
    number on its line), right after it, or a label on the line above."""
    line_start, _ = _line_bounds(text, start, end)
    before = text[max(line_start, prev_end):start]
    # "Fax ........ 223-4916", "Fax …… 223-4916": leaders join a label to its number
    if before.rstrip(" \t")[-1:] in ("\u2026", ".", "_", "\u00b7"):
        before = LEADERS.sub(" ", before)
    after = text[end:end + 16]
    after_line = text[end:end + 40]
    if TDD_BEFORE.search(before):
        # ("Phone/TDD:": a voice line that also takes TDD calls)
        return "voice" if VOICE_AND_TDD.search(before) else "tdd"
    if FAX_BEFORE.search(before) or (FAX_VERB.search(before) and not FAX_AS_NAME.search(before)):
        return "fax"
    if TDD_AFTER.search(after):
        return "tdd"
    if FAX_AFTER.search(after_line):
        return "fax"
    if VOICE_BEFORE.search(before) or before.strip(" |•·,;:-"):
        return "voice"
    if LABEL_LINE_FAX.search(label_above):
        return "fax"
    if LABEL_LINE_TDD.search(label_above):
        return "tdd"
    return "voice"


def find_phones(text: str, area_codes: tuple[str, ...] = (), label_above: str = "",
                all_local: bool = False) -> list[PhoneHit]:
    """Every phone number in a block of visible text, with extension and kind.

    ``all_local``: the page says its numbers are in one area code (:func:`declared_area_code`),
    so a seven-digit number needs no word calling it one ("Fire Dept. 942-2830")."""
    return with_kinds(text, phone_spans(text, area_codes, all_local), label_above)


_DIGIT = re.compile(r"\d")


def phone_spans(text: str, area_codes: tuple[str, ...] = (), all_local: bool = False) -> list[PhoneHit]:
    """The numbers :func:`find_phones` finds, in order, before their kinds are read (each
    "voice"): what they are does not depend on the label line above the block, so a block
    without any needs no label read."""
    if not _DIGIT.search(text):
        return []
    hits: list[PhoneHit] = []
    taken: list[tuple[int, int]] = []
    for m in VANITY_RE.finditer(text):
        ac = m.group("ac1") or m.group("ac2")
        word = re.sub(r"-", "", m.group("word")).upper()
        if len(word) < 7:
            continue
        shown = re.sub(r"\D", "", m.group("digits") or "")
        digits = (shown if len(shown) >= 10 else ac + shown if len(shown) == 7 else
                  ac + word[:3].translate(_VANITY) + shown if len(shown) == 4 else ac + word[:7].translate(_VANITY))
        e164 = _e164(digits[-10:])
        if e164:
            end = m.end()
            ext_m = EXT_RE.match(text[end:end + 24])
            end += ext_m.end() if ext_m else 0
            hits.append(PhoneHit(e164, ext_m.group(1) if ext_m else None, "voice", m.start(), end,
                                 text[m.start():end].strip()))
            taken.append((m.start(), end))
    for m in PHONE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if not (m.group("ac1") or m.group("s1") or m.group("s2")):
            continue          # ten bare digits in text are an id, not a number someone wrote to be called
        digits = _digits(m.group("ac1") or m.group("ac2"), m.group("ex"), m.group("line"), m.group("vanity"))
        e164 = _e164(digits) if digits else None
        if not e164:
            continue
        end = m.end()
        ext_m = EXT_RE.match(text[end:end + 24])
        ext = ext_m.group(1) if ext_m else None
        if ext_m:
            end += ext_m.end()
        hits.append(PhoneHit(e164, ext, "voice", m.start(), end, text[m.start():end].strip()))
        taken.append((m.start(), end))
    if area_codes:
        for m in LOCAL_RE.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[max(line_start, m.start() - 60):m.start()]
            # a number alone in a table cell its row's label cell names ("Dispatch (non-emergency) | 582-...")
            cell = re.search(r"[A-Za-z)]\s*\|\s*$", before) and re.match(r"[ \t|]*(?:\n|$)", text[m.end():])
            # ... or a name labelling it ("Utility Billing: 782-..."), or an extension after it
            labelled = re.search(r"[A-Za-z)]\s*:\s*$", before) or EXT_RE.match(text[m.end():m.end() + 24])
            if NOT_PHONE_BEFORE.search(before) or not (all_local or LOCAL_CUE.search(before) or cell or labelled
                                                        or LOCAL_CUE_AFTER.match(text, m.end())):
                continue
            e164 = _e164(area_codes[0] + m.group("ex") + m.group("line"))
            if not e164:
                continue
            end = m.end()
            ext_m = EXT_RE.match(text[end:end + 24])
            if ext_m:
                end += ext_m.end()
            hits.append(PhoneHit(e164, ext_m.group(1) if ext_m else None, "voice", m.start(), end,
                                 text[m.start():end].strip(), local=True))
            taken.append((m.start(), end))
    for m in SERVICE_RE.finditer(text):
        num = m.group(1) or m.group(2)
        s = m.start(1) if m.group(1) else m.start(2)
        if not any(a <= s < b for a, b in taken):
            hits.append(PhoneHit(num, None, "voice", s, s + 3, num))
    hits.sort(key=lambda h: h.start)
    return hits


def with_kinds(text: str, spans, label_above: str = "") -> list[PhoneHit]:
    """New hits for :func:`phone_spans`' numbers with the kind their words (or the label line
    above the block, for a number on its first line) give; the spans are left as they are."""
    hits: list[PhoneHit] = []
    prev_end = 0
    for h in spans:
        kind = kind_from_context(text, h.start, h.end, prev_end,
                                 label_above if text[:h.start].count("\n") == 0 else _line_above(text, h.start))
        if h.e164 == "711":
            kind = "tdd"
        hits.append(PhoneHit(h.e164, h.ext, kind, h.start, h.end, h.written, h.local))
        prev_end = h.end
    return hits


# "All numbers on this site are in area code 707", "Phone numbers are area code 530 unless noted"
DECLARED_AREA_CODE = re.compile(r"\b(?:all|every|our)\b[^.\n]{0,30}\b(?:phone\s+)?numbers?\b[^.\n\d]{0,30}?"
                                r"\barea\s+code\s*\(?(\d{3})\b", re.I)


def declared_area_code(text: str) -> str | None:
    """The area code a page says all its numbers are in, if it says so."""
    m = DECLARED_AREA_CODE.search(text) if "area code" in text.lower() else None
    return m.group(1) if m else None


def _line_above(text: str, pos: int) -> str:
    line_start = text.rfind("\n", 0, pos)
    prev_start = text.rfind("\n", 0, max(line_start, 0)) + 1
    return text[prev_start:line_start] if line_start > 0 else ""


def has_local_numbers(text: str) -> bool:
    """Whether the text has a seven-digit number that is not part of a longer one."""
    return any(not PHONE_RE.match(text, max(0, m.start() - 6)) for m in LOCAL_RE.finditer(text)) \
        if LOCAL_RE.search(text) else False


def phone_from_tel(href: str) -> tuple[str, str | None] | None:
    """(E.164, extension) from a ``tel:`` target; service lines (311) kept as they are."""
    raw = href[4:].strip() if href.lower().startswith("tel:") else href
    raw = re.sub(r"%20|%2B", lambda m: " " if m.group(0) == "%20" else "+", raw)
    ext = None
    m = re.search(r"(?:;ext=|,|\s*(?:ext\.?|x)\s*)(\d{1,6})$", raw, re.I)
    if m:
        ext, raw = m.group(1), raw[:m.start()]
    digits = re.sub(r"\D", "", raw.translate(_VANITY) if re.search(r"[A-Za-z]", raw) else raw)
    if re.fullmatch(r"[37]11", digits):       # 311 city services, 711 relay; 911 is no desk
        return digits, None
    e164 = _e164(digits)
    return (e164, ext) if e164 else None


# A menu choice after a number ("option 3", "press 2", "y oprima 2"): not an extension.
MENU_CHOICE = re.compile(r"\b(?:option|press|oprima|opci[oó]n)\s*#?\d", re.I)


def phone_from_tel_link(href: str, shown: str, after: str) -> tuple[str, str | None] | None:
    """(E.164, extension) of a ``tel:`` link read with what it shows and the text after it: a
    pause shown as "..., option 3" is a menu choice dialled for you, not an extension, and
    "<a href=tel:...>760-256-2211</a> ext. 1402" has its extension outside the link."""
    got = phone_from_tel(href)
    if got and got[1] and MENU_CHOICE.search(shown + after):
        return got[0], None
    if got and not got[1]:
        ext = EXT_RE.match(after)
        return (got[0], ext.group(1)) if ext else got
    return got


LOCAL_ONLY = re.compile(r"\b(?:inside|within|in)\s+(?:the\s+)?(?:city|town)(?:\s+limits)?\b|"
                        r"\b(?:outside|out\s+of)\s+(?:the\s+)?(?:city|town|area)\b", re.I)


def local_only_service(e164: str, sentence: str) -> str | None:
    """Why a 311 is set aside where its sentence says it works inside the city only ("dial 311
    inside city limits or (714) ...", "3-1-1, or ... from outside the city") or gives it as the
    short way to a ten-digit line ("Call 311 or (510) 444-CITY"): the ten-digit line given with
    it is the contact. None otherwise."""
    if e164 == "311" and LOCAL_ONLY.search(sentence):
        return "city services code (311), dialled inside the city only"
    if e164 == "311" and SERVICE_OR_LINE.search(sentence):
        return "city services code (311) given beside its ten-digit line"
    return None


# "Call 311 or (510) 444-CITY": the code with the line that works from anywhere; the line is the contact.
SERVICE_OR_LINE = re.compile(r"\b311\s*,?\s+or\s+(?:call\s+|dial\s+)?(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.\u2010-\u2014-]?[\dA-Z]{3}")
