"""One record's values -> the common fields.

Layout inference finds *where* values are (a column, a label); this module says *what*
they are. Names are read with a small list of words logs use for their fields ("nature",
"offense", "disposition", ...), and where a name says nothing (a column without a
title) the values' shapes decide: dates, times, record numbers. Every value is also
kept under its own name in ``fields`` and the record's lines in ``raw`` (``record.py``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from prr.scrapers.incident_log.casenumber import own_case_column
from prr.scrapers.incident_log.dtg import dtg_values
from prr.scrapers.incident_log.namedplaces import named_place_column
from prr.scrapers.incident_log.record import compact_date
from prr.scrapers.incident_log.text import (
    DATE_RE,
    TIME_ONLY_RE,
    parse_datetime,
    parse_range,
)
from prr.scrapers.incident_log.titlewords import english_title

_HEAD_WORDS = {**{w: "date" for w in ("date", "time", "datetime", "dt", "hour")},
               **{w: "summary" for w in ("narrative", "description", "details", "summary", "comments", "remarks",
                                         "synopsis", "notes")},
               **{w: "disposition" for w in ("disposition", "status", "outcome")}}
_EVENT_WORDS = ("incident", "offense", "offence", "crime")
_ID_WORDS = ("event", "incident", "call", "cad", "log", "record", "entry", "item", "report", "dr", "cfs", "ref")
_NUM_WORDS = ("#", "no", "num", "number", "numbers", "id", "nbr")
# a title led by the kind of place a transit, port or campus agency patrols says where
# ("Station or Line", "Stop / Route", "Terminal", an airport's "Gate", a harbour's "Berth"),
# unless it is a time or a number of it
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# a form's box letter before its label ("F. Action taken", "E. Narrative"): no word of it
_BOX_LETTER = re.compile(r"^[A-Z]\. (?=[A-Za-z]{2})")
_PLACE_KINDS = ("station", "stop", "platform", "terminal", "facility", "premises", "site", "gate", "concourse",
                "berth", "dock",
                # and the parts of a building or grounds a campus, hospital, court or jail names
                # ("Building", "Floor", "Room", "Ward", "Cell"), a highway's "Mile Post"
                "building", "campus", "floor", "room", "ward", "cell", "mile", "milepost")
_ENTRY_WORDS = ("entry", "record", "log", "item", "report", "form", "sheet")
_OUTCOME_WORDS = ("disposition", "dispo", "disp", "clearance", "outcome", "result", "status", "action",
                  "finding", "findings")
_WHEN_WORDS = ("time", "date", "datetime", "dt", "tm")
# words that make a title another record's ("Related incident", "Prior case")
_OTHER_RECORD = ("related", "prior", "linked", "associated", "previous", "original", "referring")


@lru_cache(maxsize=4096)
def column_for(label: str) -> str | None:
    """The common field a label or column title fills, or None (it stays in ``fields``)."""
    field = _column_for(label) or _column_for(english_title(label))
    if field is None and "/" in label:
        # a title of two names for one column ("Release / Status", "Unit/Cell"): the one that
        # says (a number over a place, "No./Block", is the house number: no field)
        told = [f for f in map(_column_for, label.split("/")) if f]
        field = told[0] if told and not {"record_no", "case_no"} & set(told) else None
    return field


def run_together_title(title: str) -> str | None:
    """The field a title names after its first words, none of them a date's or a number's
    (None when no rest of it names another field)."""
    words = title.split()
    for i in range(1, len(words)):
        field = column_for(" ".join(words[i:]))
        if field is not None:
            return None if field in ("reported_at", "occurred_at", "record_no", "case_no") else field
    return None


def _shortened(word: str, full: str) -> bool:
    """A title cut to its word's first consonants, vowels dropped ("Dsp" for disposition)."""
    skeleton = full[0] + "".join(ch for ch in full[1:] if ch not in "aeiou")
    return 3 <= len(word) <= 4 and skeleton.startswith(word)


def _column_for(label: str) -> str | None:
    # a database field name glues its words ("OffenseDesc", "RptDate"): split at the capitals
    words = re.findall(r"[a-z]+|#", _CAMEL.sub(" ", _BOX_LETTER.sub("", label)).lower())
    if not words:
        return None
    text = " ".join(words)
    has_num = any(w in _NUM_WORDS for w in words)
    if "case" in words and has_num:
        return "case_no"
    if has_num and (any(w in _ID_WORDS for w in words) or len(words) == 1):
        return "record_no"
    if "subtype" in words or "sub" in words:
        return None
    if words[0] in _OTHER_RECORD:
        return None     # "Related incident", "Prior case": another record's number, not this one's kind
    if "of" in words[1:-1] and text not in ("date of incident",):
        # English names a thing before "of" ("Location of incident", "Nature of call"):
        # the words before it say the field, the ones after whose it is
        head = _column_for(" ".join(words[:words.index("of")]))
        if head and not (head == "type" and words[-1] in _ENTRY_WORDS):      # "Type of entry": the log's own kinds
            return head
    if words[0] in _OUTCOME_WORDS and words[-1] in _WHEN_WORDS and len(words) > 1:
        return None     # "Status Time", "Clearance Date": when it was cleared, no outcome and no report time
    if any(w.startswith("occur") or w == "occ" for w in words) or text in ("from", "incident date", "date of incident"):
        return "occurred_at"
    # A title led by a word for the offence says what it holds with its last word
    # ("Incident Time" is a time, "Incident Narrative" a narrative, "Crime Status" a
    # disposition); only "Incident", "Incident Type" are the type.
    head = _HEAD_WORDS.get(words[-1]) if len(words) > 1 and words[0] in _EVENT_WORDS + ("nature",) else None
    if head == "date":
        return "occurred_at" if words[0] in _EVENT_WORDS else "reported_at"
    if head:
        return head
    if words[-1] in ("type", "nature", "offense", "offence", "offenses", "offences", "crime", "crimes",
                     "category", "classification", "incident", "call", "charge", "charges",
                     "circumstance", "circumstances", "activity") \
            or words[0] in ("nature", "natures", "offense", "offence", "crime", "incident", "charge", "charges"):
        return "type"
    if len(words) == 1 and _shortened(words[0], "type"):
        return "type"       # "Typ"
    if words[0] in _OUTCOME_WORDS or \
            len(words) == 1 and _shortened(words[0], "disposition") or \
            text in ("release", "released", "release type", "release status"):   # an arrest's outcome
        return "disposition"
    if words[0] in ("location", "address", "addr", "loc", "place", "street", "block", "where", "general",
                    "between") or \
            words[-1] in ("location", "address", "area"):      # "Park Area", "Service Area"
        return "location"
    if words[0] in ("summary", "narrative", "details", "detail", "comments", "comment", "notes", "remarks",
                    "synopsis", "description", "desc"):
        return "summary"
    if len(words) == 2 and words[-1] in ("disposition", "dispo", "outcome", "result", "action"):
        return "disposition"        # "Officer Action", "Patrol Outcome": what came of it
    if any(w in ("reported", "received", "date", "time", "datetime", "dispatched", "rcvd", "when", "dt", "tm")
           for w in words):
        return "reported_at"
    if len(words) == 2 and words[-1] == "status" and words[0] in ("case", "report", "complaint", "call"):
        return "disposition"        # "Case Status": where the case stands
    if words[0] in _PLACE_KINDS and not has_num and "code" not in words and "phone" not in words:
        return "location"
    return None


def _kind_of_values(values: list[str]) -> str | None:
    """"date", "time" or "id" when most non-empty values have that shape."""
    vals = [v for v in values if v]
    if not vals:
        return None
    # each test stops at the value that leaves 70% out of reach (a narrative column is
    # settled by its first values, not searched for dates to the end of every narrative)
    misses_allowed = len(vals) - 0.7 * len(vals)
    for kind, test in (("date", DATE_RE.search), ("time", _clock_value)):
        misses = 0
        for v in vals:
            if not test(v):
                misses += 1
                if misses > misses_allowed:
                    break
        else:
            return kind
    return "date" if dtg_values(vals) else None     # "130321OCT25": military date-time groups


# a clock's unit printed after its time, glued or not ("0924hrs", "1435 hrs", "0815h")
_CLOCK_UNIT = re.compile(r"(?<=\d)\s?(?:hrs|hours|hr|h)\.?$")


def _clock_value(value: str):
    """A clock time alone, maybe with its unit after it."""
    return TIME_ONLY_RE.match(value) or TIME_ONLY_RE.match(_CLOCK_UNIT.sub("", value, count=1))


def _compact_dates(values: list[str]) -> bool:
    """Most values are dates printed as eight bare digits (YYYYMMDD), alone or with a time
    after them ("20251014 0148"): only where a title says the column holds dates (an
    untitled column of such digits is record numbers)."""
    vals = [v.split()[0] for v in values[:50] if v and v.split()]
    return bool(vals) and sum(1 for v in vals if compact_date(v) != v) >= 0.7 * len(vals)


def _dates_or_blank_word(values: list[str]) -> bool:
    """Dates under a date's title, one phrase without digits ("not known") printed in the
    cells where no date is known: the phrase left out, the rest are dates."""
    top = Counter(v for v in values if v and not any(c.isdigit() for c in v)).most_common(1)
    return bool(top) and top[0][1] >= 2 and _kind_of_values([v for v in values if v != top[0][0]]) == "date"


def _clock_times(values: list[str]) -> bool:
    """Most values are clock times only, one or several (a unit line's times stacked)."""
    vals = [v for v in values[:50] if v]      # a sample: once per header, not per record
    return bool(vals) and sum(1 for v in vals if all(TIME_ONLY_RE.match(t) for t in v.split())) >= 0.7 * len(vals)


def _after(samples: list[list[str]], k: int, j: int) -> bool:
    """Column k's date-times are later than column j's on (nearly) every record."""
    pairs = [(parse_datetime(s[k]), parse_datetime(s[j])) for s in samples[:100] if k < len(s) and s[k] and s[j]]
    pairs = [(a, b) for a, b in pairs if a and b]
    return len(pairs) >= 3 and sum(1 for a, b in pairs if a > b) >= 0.9 * len(pairs)


def _ranges(values: list[str]) -> bool:
    """A fifth or more of the dates are spans (a start and an end: "09/01/2025 09:10 - 10:36")."""
    vals = [v for v in values[:100] if v]
    return bool(vals) and sum(1 for v in vals if " - " in v and parse_range(v)[0]
                              and (parse_range(v)[1] or TIME_ONLY_RE.match(v.rsplit(" - ", 1)[1].strip()))) \
        >= 0.2 * len(vals)


def name_columns(titles: list[str], samples: list[list[str]], id_col: int | None,
                 by_values: bool = False) -> list[str | None]:
    """The common field of each table column or label (None: kept in ``fields`` only).
    ``by_values``: labels no name tells are typed from their values (labelled blocks:
    a block's labels are the agency's own words; a table's header is read by its names)."""
    out: list[str | None] = []
    for k, title in enumerate(titles):
        col = column_for(title) if title else None
        kind = _kind_of_values([s[k] for s in samples])
        if k == id_col:
            col = col if col in ("case_no", "record_no") else "record_no"
        elif kind == "time" and out and out[-1] in ("reported_at", "occurred_at") and \
                _kind_of_values([s[k - 1] for s in samples]) == "date":
            col = out[-1]       # a time column right after a date column completes it
        elif col in ("case_no", "record_no") and own_case_column(titles, samples, id_col, k, out):
            col = "case_no"     # the records' case numbers beside a log or sequence number column
        elif col in ("case_no", "record_no") and id_col is not None:
            col = None      # a second number column (a report number) stays in fields
        elif col is None and kind == "date":
            col = "reported_at" if "reported_at" not in out else "occurred_at"
            if col == "occurred_at" and _after(samples, k, out.index("reported_at")):
                col = None      # later than the report on every record: when it was cleared
        elif col is None and kind == "time" and "reported_at" not in out:
            col = "reported_at"     # times and no date beside them: when each entry was logged
        elif col in ("reported_at", "occurred_at") and kind not in ("date", "time") and \
                not _compact_dates([s[k] for s in samples]) and not _dates_or_blank_word([s[k] for s in samples]):
            # no dates under it (a title saying "date" over eight bare digits, YYYYMMDD, is
            # kept): a time's title run into the next one's, its values read with the date
            # before it ("Time Location / Suburb" over places), names the column by its rest
            col = run_together_title(title)
        elif col in ("type", "disposition", "location") and _clock_times([s[k] for s in samples]):
            col = None      # a column of clock times says no outcome ("Disp'd": when units were sent)
        elif col == "reported_at" and "reported_at" in out and "occurred_at" not in out and kind == "date" \
                and _ranges([s[k] for s in samples]):
            col = "occurred_at"     # a second date that is often a span ("from - to"): when it happened
        out.append(col)
    out = _worded_type(out, samples)
    out = _status_beside_outcome(_worded_of_two(out, samples, "type"), titles, samples)
    if "type" not in out and "summary" in out:
        out = _short_description(out, samples, id_col)
    if by_values:
        return _by_values(out, titles, samples, id_col)
    _road_markers(out, samples, id_col)
    # a table column without a title of its own is typed from its values too
    untitled = [k for k, t in enumerate(titles) if not t or _UNTITLED.fullmatch(t)]
    out = named_place_column(_by_values(out, titles, samples, id_col, untitled), samples) if untitled else out
    # (only beside a record-number column: a table without one, a list of layoffs or of
    # payments, is no log for a category column of its own)
    return out if "type" in out or id_col is None else _type_by_values(out, samples, id_col)


def _road_markers(out: list[str | None], samples: list[list[str]], id_col: int | None) -> None:
    """A titled column no name told whose values are markers along a road is the place."""
    if "location" in out:
        return
    for k, col in enumerate(out):
        vals = [s[k] for s in samples if k < len(s) and s[k]]
        if col is None and k != id_col and len(vals) >= 2 and \
                sum(1 for v in vals if ROAD_MARKER.match(v)) >= 0.7 * len(samples):
            out[k] = "location"
            return


def _worded_type(out: list[str | None], samples: list[list[str]]) -> list[str | None]:
    """A type column of bare codes ("245", "10851") beside a description column of a few
    words repeated across records ("ADW"): the words are the type, the codes stay in fields."""
    if "type" not in out or "summary" not in out:
        return out
    t, d = out.index("type"), out.index("summary")
    codes = [s[t] for s in samples if t < len(s) and s[t]]
    words = [s[d] for s in samples if d < len(s) and s[d]]
    if len(codes) < 4 or any(re.search(r"[A-Za-z]{3}", v) for v in codes) or len(words) < 0.9 * len(codes) or \
            not category_values(words) or any(len(v.split()) > 4 for v in words):
        return out
    return [None if k == t else "type" if k == d else col for k, col in enumerate(out)]


def _worded_of_two(out: list[str | None], samples: list[list[str]], field: str) -> list[str | None]:
    """Two columns named for ``field`` ("Incident" over the incident numbers beside
    "Nature"): where one holds words and the other numbers or codes, the words fill it."""
    cols = [k for k, col in enumerate(out) if col == field]
    if len(cols) < 2:
        return out
    worded = {k for k in cols if _worded([s[k] for s in samples if k < len(s) and s[k]])}
    if not worded or len(worded) == len(cols):
        return out
    return [None if k in cols and k not in worded else col for k, col in enumerate(out)]


def _worded(vals: list[str]) -> bool:
    return bool(vals) and sum(1 for v in vals if re.search(r"[A-Za-z]{3}", v)) >= 0.8 * len(vals)


def _status_beside_outcome(out: list[str | None], titles: list[str], samples: list[list[str]]) -> list[str | None]:
    """Two columns fill the disposition, one titled a status: the status is a unit's or a
    call's stage ("DISP", "ENRT", "CLR"), the other the outcome ("Dispo", "Result"). Not
    where no record fills both: one outcome under two labels (a log's labels changed
    partway), each record's own."""
    cols = [k for k, col in enumerate(out) if col == "disposition"]
    if len(cols) < 2 or not any(all(k < len(s) and s[k] for k in cols) for s in samples):
        return out
    status = [k for k in cols if re.search(r"\bstatus\b", titles[k], re.I)]
    outcome = [k for k in cols if k not in status and re.match(r"(?:disp|outcome|result|finding)", titles[k], re.I)]
    if not status or not outcome:
        return out
    return [None if k in status else col for k, col in enumerate(out)]


def _short_description(out: list[str | None], samples: list[list[str]], id_col: int | None) -> list[str | None]:
    """No column says the type and the description column's values are a few short kinds
    repeated across records ("WELFARE CHECK", "BURGLARY"), not sentences: they are the type."""
    k = out.index("summary")
    vals = [s[k] for s in samples if k < len(s) and s[k]]
    if k != id_col and len(vals) >= max(4, 0.5 * len(samples)) and category_values(vals) and len(set(vals)) >= 3 and \
            all(len(v) < 40 and len(v.split()) <= 5 and re.search(r"[A-Za-z]{3}", v) for v in vals):
        return out[:k] + ["type"] + out[k + 1:]
    return out


def _type_by_values(out: list[str | None], samples: list[list[str]], id_col: int | None) -> list[str | None]:
    """No title says the type: the first column no name told whose values are a category
    of words (a few kinds repeated across records, not codes, not one value on nearly all
    records: an agency, a unit) is the type."""
    for k, col in enumerate(out):
        vals = [s[k] for s in samples if k < len(s) and s[k]]
        if col is None and k != id_col and len(vals) >= max(4, 0.5 * len(samples)) and category_values(vals) and \
                len(set(vals)) >= 3 and Counter(vals).most_common(1)[0][1] < 0.8 * len(vals) and \
                sum(1 for v in vals if re.search(r"[A-Za-z]{3}", v) and len(v) < 60) >= 0.9 * len(vals) and \
                sum(1 for v in vals if ADDRESS.search(v)) < 0.5 * len(vals) and \
                sum(1 for v in vals if _NAMED_NUMBER.match(v)) < 0.5 * len(vals):
            return out[:k] + ["type"] + out[k + 1:]
    return out


_UNTITLED = re.compile(r"column \d+")
# one word and a number ("Investigator 4", "Unit 21", "Deputy #347"): who handled it, no kind of event
_NAMED_NUMBER = re.compile(r"^[A-Za-z]+\.?\s*#?\d+$")


# (not a page's count, "1 of 3": a sheet number beside its total is no house number; two
# streets crossing are printed in capitals, "MAIN ST / OAK AVE": not any words with a slash,
# "Possession w/ intent")
ADDRESS = re.compile(r"^\d+[A-Z]?\s+(?!of\s+\d)[A-Za-z]|\b(?:block|blk)\b|(?-i:\w\s*/\s*\w.*\b[A-Z]{2,}\b)", re.I)
# a marker along a road: a few capitals and a distance with its tenth, maybe a direction
# of travel ("KM 34.2", "MM 102.7 NB"): a place on a highway, as a street address is in town
ROAD_MARKER = re.compile(r"^[A-Z]{1,4}\s?\d{1,4}\.\d(?:\s+[A-Z]{1,2})?$")


def _by_values(out: list[str | None], titles: list[str], samples: list[list[str]],
               id_col: int | None, only: list[int] | None = None) -> list[str | None]:
    """Fields no name told, from the values: addresses are the location; a column of a few
    values repeated across records (a category) is the type, a second one the disposition."""
    n = len(samples)
    for k in range(len(out)) if only is None else only:
        if out[k] is not None or k == id_col:
            continue
        vals = [s[k] for s in samples if k < len(s) and s[k]]
        if len(vals) < max(2, 0.5 * n):
            continue
        long = sum(len(v) for v in vals) >= 60 * len(vals)
        if "location" not in out and sum(1 for v in vals if ADDRESS.search(v)) >= 0.7 * len(vals):
            out[k] = "location"
        elif "summary" not in out and long and len(set(vals)) >= 0.4 * len(vals) and \
                sum(1 for v in vals if v.count(" ") >= 4) >= 0.8 * len(vals) and len(set(vals)) < 0.9 * len(vals):
            out[k] = "summary"      # sentences, long: the narrative, even where stock ones recur
        elif category_values(vals) and len(vals) >= 4 and \
                sum(1 for v in vals if re.search(r"[A-Za-z]{3}", v) and len(v) < 60) >= 0.9 * len(vals):
            for field in ("type", "disposition"):
                if field == "disposition" and "type" in out and out.index("type") > k:
                    break       # a category printed before what happened (a zone) is no outcome
                if field not in out:
                    out[k] = field
                    break
        elif "summary" not in out and len(set(vals)) >= 0.9 * len(vals) and \
                sum(len(v) for v in vals) >= 60 * len(vals):
            out[k] = "summary"      # long, all different: the narrative
    return out


def category_values(vals: list[str]) -> bool:
    """A few values repeated across records: at most half of them different, or most
    records' value printed on another record too (a longer log of many kinds)."""
    if len(set(vals)) <= 0.5 * len(vals):
        return True
    counts = Counter(vals)
    return sum(n for n in counts.values() if n > 1) >= 0.6 * len(vals) and len(counts) <= 0.7 * len(vals)
