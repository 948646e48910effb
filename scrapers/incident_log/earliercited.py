"""Entries run together in paragraphs whose own number sits mid-paragraph, some citing an
earlier number of the same series besides their own (a digest of upheld complaints: ``In
the evening of 14 May 2023, an officer ... logged the complaint as PSB-23-0412. Before this
the same officer was named in complaint PSB-22-0117, which was closed as unfounded. ...``).

``seriesentries.py`` tells the entry opener as the form of sentence found once between
nearly every two numbers of the series. Here an entry citing an earlier number holds two
numbers, and the gap between them holds no opener: where many entries cite one, no form
reaches that share, and the paragraphs were read as blocks opened at the line holding a
number (the earlier case's line among them), each record taking the next paragraph's date.

The opener is then told from the entries it would make instead: the form that opens the
most paragraphs, splitting them into entries that nearly all cite the series, hold nearly
all its numbers, and hold one number each or, in a minority of entries, two, where the
number beside the entry's own (own: at the place the single-number entries hold theirs)
is lower than it in nearly every such entry: an earlier number of the series, cited. Only
paragraphs the other opener test left without an opener are looked at this way.

Where each entry opens with where and when it happened (``HARBOR VIEW PARK, pier 2 -
10/04/2025 1412 - Trespass. ...``, ``Carrow Hall, stairwell; 6/3/24 at 14:15; ...``), the
first words are the place's and change from entry to entry: no form of first words opens
many paragraphs. The opener is then the **dated lead-in**: a sentence carrying a date among
its first characters, at its start or after a separator (a dash, comma, semicolon or colon),
not after a word (``... was seen on 6/2/24``). Items opening the same way without a number
of the series (an assist, an escort) are entries citing none, and no records."""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.serieswords import opened_entries
from prr.scrapers.incident_log.text import DATE_RE, shape

MIN_ENTRIES = 5
CITING = 0.8        # of the entries: citing a number of the series
HELD = 0.9          # of the series' numbers: inside an entry
TWO = 0.5           # of the entries citing the series: at most this share cite two
EARLIER = 0.9       # of the entries citing two: the other number lower than the own one
CANDIDATES = 3      # forms opening the most paragraphs, tried in turn
LEAD = 90           # characters: a dated lead-in's date starts within these
_LEAD_SEPARATORS = ",;:-\u2013\u2014|"


class CitingEntries(list):
    """The entries read here: (own number, the entry's sentences) each."""


def earlier_entries(paragraphs, series: str, form):
    """(own number, the entry's sentences) per entry where some entries cite an earlier
    number of the series beside their own, or None. ``paragraphs``: lists of sentences
    (``text``, ``ids``); ``form``: how a sentence begins (``seriesentries.form``)."""
    total = sum(1 for para in paragraphs for piece in para for t in piece.ids if shape(t) == series)
    for how in (form, dated_lead):      # the first words' form, else a lead-in's date
        leading = Counter(f for para in paragraphs if para and (f := how(para[0].text)))
        for opener, count in leading.most_common(CANDIDATES):
            if count < MIN_ENTRIES:
                break
            entries = _entries(paragraphs, series, how, opener, total)
            if entries is not None:
                return entries
    return None


def dated_lead(sentence: str) -> str:
    """``"<date>"`` for a sentence opened by a lead-in carrying a date (where and when:
    the date first, or after a separator within the first ``LEAD`` characters), else ``""``."""
    m = DATE_RE.search(sentence, 0, LEAD + 30)
    if m is None or m.start() > LEAD:
        return ""
    before = sentence[:m.start()].rstrip()
    return "<date>" if not before or before[-1] in _LEAD_SEPARATORS else ""


def _entries(paragraphs, series: str, form, opener: str, total: int):
    entries = opened_entries(paragraphs, opener, form)
    numbered = [(e, [(k, t) for k, p in enumerate(e) for t in p.ids if shape(t) == series]) for e in entries]
    citing = [(e, cited) for e, cited in numbered if cited]
    if len(citing) < MIN_ENTRIES or len(citing) < CITING * len(entries) or \
            sum(len(cited) for _, cited in citing) < HELD * total or any(len(cited) > 2 for _, cited in citing):
        return None
    single = [(k, len(e) - k) for e, cited in citing if len(cited) == 1 for k, _ in cited]
    two = sum(1 for _, cited in citing if len(cited) == 2)
    if not two or two > TWO * len(citing) or len(single) < MIN_ENTRIES:
        return None
    # the own number's sentence: the same one counted from the entry's start, or from its end
    first, last = Counter(k for k, _ in single), Counter(k for _, k in single)
    from_end = last.most_common(1)[0][1] > first.most_common(1)[0][1]
    place = (last if from_end else first).most_common(1)[0][0]
    out, earlier = [], 0
    for entry, cited in citing:
        own = [t for k, t in cited if (len(entry) - k if from_end else k) == place]
        if len(own) != 1 and len(cited) > 1:
            return None     # two numbers, neither (or both) where the own one stands: not this layout
        if len(own) != 1:
            own = [cited[0][1]]     # a single number is the entry's own wherever it stands
        others = [t for _, t in cited if t != own[0]]
        earlier += bool(others) and all(_value(t) < _value(own[0]) for t in others)
        out.append((own[0], entry))
    return CitingEntries(out) if earlier >= EARLIER * two else None


def _value(number: str) -> int:
    return int("".join(c for c in number if c.isdigit()) or 0)


def numbered_by_citations(entries, records: list[dict]) -> bool:
    """The records read otherwise took for their own numbers that these entries (read here)
    cite as earlier ones beside their own (lower than it, in nearly every entry citing
    two): at as many records, the entries read them right."""
    if not isinstance(entries, CitingEntries):
        return False
    series = shape(entries[0][0])
    cited: set[str] = set()
    two = earlier = 0
    for own, pieces in entries:
        others = {t for p in pieces for t in p.ids if shape(t) == series} - {own}
        if others:
            two += 1
            earlier += all(_value(t) < _value(own) for t in others)
            cited |= others
    return bool(two) and earlier >= EARLIER * two and any(r.get("record_no") in cited for r in records)
