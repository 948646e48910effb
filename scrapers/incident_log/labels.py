"""Labelled blocks: labels found because the same ones repeat once per record.

Label candidates are words ending in ":" or "#"/"No." (with up to two words before
them) and bare Title-case words; the labels kept are those that occur once per record
when the text is cut at one of them. Choosing them looks at a sample of the document
(the first lines hold plenty of records); the chosen labels are then found everywhere
with one regular expression, so the cost stays linear in the text.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, chain, compress, groupby
from operator import itemgetter

from prr.scrapers.incident_log.kindlabels import kind_labels
from prr.scrapers.incident_log.labelhit import MIN_RECORDS, Hit
from prr.scrapers.incident_log.leftlabels import left_column_labels, merge_hits

_SPACES = re.compile(r" +")
SAMPLE_LINES = 400       # non-blank lines: dozens of records in any layout


_TOKEN = re.compile(r"\S+")
# a label's last word, marked by its colon (an owner's too, "Warden's ref:")
_MARKED_END = re.compile(r"^(?:[A-Za-z][\w./&()'’-]*:|#:?|No\.?:?|NO\.:?|Number:?|[A-Za-z]+#:?)$")
_CODE = re.compile(r"^[A-Z]{2,5}$")
_BRACKETED = re.compile(r"^\[[A-Z][A-Z\d]{0,3}\]$")
_CODE_OPENS = re.compile(r" *[A-Z]{2,5} \S")
_CAPS_WORD = re.compile(r"^[A-Z]{2,}$")
_DATE_WORD = re.compile(r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?|Jan(?:uary)?"
                        r"|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?"
                        r"|Nov(?:ember)?|Dec(?:ember)?)\.?$")     # a weekday or a month, short or in full: a date's words
_BARE = re.compile(r"^[A-Z][a-z]{2,}\.?$")
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|[./&()'’-])*$")      # accented letters too ("Número"), an owner's "Sheriff's"
_DIGITS_COLONS = re.compile(r"[\d:]+")
_LOWER_WORD = re.compile(r"[a-z]+\b")
_NUMBER_MARK = re.compile(r"#:?|No\.?:?|NO\.:?|Number:?")
_END = itemgetter(2)        # where a label variant ends


_new_hit = partial(tuple.__new__, Hit)      # a Hit from a (label, line, start, end) tuple, at C speed
_LINE_START = itemgetter(1, 2)              # a hit's line and start
_LABEL = itemgetter(0)                      # a hit's label (read in bulk by ``map``)


def _label_variants(tokens: list[re.Match], codes: bool = False) -> list[tuple[str, int, int, bool]]:
    """(label, start, end, marked) for every token that could end a label, with up to two
    preceding words (the most frequent variant wins later)."""
    out = []
    texts = list(map(re.Match.group, tokens))
    for i, t in enumerate(texts):
        if codes and _CODE.match(t) and (i == 0 or tokens[i].start() - tokens[i - 1].end() >= 2) and i + 1 < len(tokens) \
                and tokens[i + 1].start() - tokens[i].end() == 1:
            # a short code in capitals opening a cell, its value one space after ("LOC 12 ELM
            # ST"): a label if it comes back once in every record (a bare label, see below)
            out.append((t, tokens[i].start(), tokens[i].end(), False))
            continue
        if t == "-" and _dash_label(tokens, texts, i):
            # "NATURE - Theft": a line's opening words in capitals, a dash one space after them
            # and the value one space after it: the dash marks the label as a colon would
            out.append((f"{' '.join(texts[:i])} -", tokens[0].start(), tokens[i].end(), True))
            continue
        if t[0] == "[" and _BRACKETED.match(t):     # a code in brackets ("[T]", "[V2]"): marked as a label by them
            out.append((t, tokens[i].start(), tokens[i].end(), True))
            continue
        # only a word ending in ":"/"#" or Title-case ("No.", "Case") can end a label
        # ("NO." in capitals: a label where a number follows it, "CASE NO. 2025-0412"; over a
        # column of numbers it titles a column, "CASE NO.      WEEK")
        numbered = t == "NO." and i + 1 < len(texts) and any(c.isdigit() for c in texts[i + 1])
        if not (t[-1] in ":#" or (len(t) > 1 and t[0].isupper() and t[1].islower()) or numbered):
            continue
        marked = bool(_MARKED_END.match(t)) and not _DIGITS_COLONS.fullmatch(t) and "//" not in t
        bare = bool(_BARE.match(t))
        if not (marked or bare):
            continue
        tok = tokens[i]
        if bare and not marked:
            if i + 1 < len(tokens) and _LOWER_WORD.match(texts[i + 1]) and tokens[i + 1].start() - tok.end() == 1:
                continue   # "Officer responded ...": prose, not a label
            if _DATE_WORD.match(t):
                continue   # "Wed Oct 8, 1:29 AM": a date's words, not labels
            # a bare word is a label alone (no words before it: not looked at)
            out.append((t, tok.start(), tok.end(), False))
            continue
        if marked and t.endswith(":") and len(t) > 1 and t[-2] == ":":
            continue
        # "Number:"/"#"/"No." need the words before them ("Case #"); colon labels may have them.
        # Each step back adds one word: it must be a plain word one space before the next
        # (a wide gap is a column break, not a space inside a label).
        # A label printed in two languages ("Número de caso / Case number:") takes the first
        # one's words too, up to three before the slash.
        label = t
        reach = 2
        for back in range(0, 7):
            j = i - back
            if j < 0 or back > reach:
                break
            if back:
                w = texts[j]
                if not (_WORD.match(w) or w == "/") or w.endswith(":") or tokens[j + 1].start() - tokens[j].end() > 1:
                    break
                label = f"{w} {label}"
                if w == "/":
                    reach = back + 3
                    continue
            if back == 0 and _NUMBER_MARK.fullmatch(t):
                continue
            out.append((label, tokens[j].start(), tok.end(), marked))
    return out


def _dash_label(tokens: list[re.Match], texts: list[str], i: int) -> bool:
    """Token ``i`` is a dash closing a label: one or two words in capitals open the line,
    each one space from the next, and a value follows one space after the dash."""
    if not 1 <= i <= 2 or i + 1 >= len(tokens) or tokens[i + 1].start() - tokens[i].end() != 1:
        return False
    return all(_CAPS_WORD.match(texts[j]) and tokens[j + 1].start() - tokens[j].end() == 1 for j in range(i))


def find_labels(lines: list[str], codes: bool = False) -> tuple[list[Hit], set[str]]:
    """Label hits on ``lines`` (all candidates, the most frequent variant per position)."""
    variants: list[list[tuple[str, int, int, bool]]] = []
    counts: Counter = Counter()
    marked_labels: set[str] = set()
    for line in lines:
        v = _label_variants(list(_TOKEN.finditer(line)), codes)
        variants.append(v)
        if v:
            marked_labels.update(lab for lab, _, _, m in v if m)
    # (each line's labels once: counted in one update, not a Counter update per line)
    counts.update(chain.from_iterable(dict.fromkeys(lab for lab, *_ in v) for v in variants if v))
    # A bare word that nearly always follows the same word at one space is the end of a
    # value ("On Campus"), not a label ("NR Descript.", "CANCEL Descript.").
    before: dict[str, Counter] = defaultdict(Counter)     # (a Counter made only for a new label)
    for line, v in zip(lines, variants):
        for lab, start, _, m in v:
            if not m and " " not in lab:
                prev = line[:start].split()[-1] if start > 1 and line[start - 2] != " " and line[:start].strip() \
                    else ""
                before[lab][prev] += 1
    glued = {lab for lab, c in before.items()
             if (c.most_common(1)[0][0] != "" and c.most_common(1)[0][1] >= 0.8 * sum(c.values()))}
    if glued:
        variants = [[o for o in v if o[0] not in glued] for v in variants]
        counts = Counter(chain.from_iterable(dict.fromkeys(lab for lab, *_ in v) for v in variants if v))
    hits: list[tuple[str, int, int, int]] = []
    for idx, v in enumerate(variants):
        on_line = []
        # one token's variants are listed together, each a word longer than the one before:
        # the longest (earliest start) as frequent as the token alone wins
        for _end, group in groupby(v, _END):
            options = list(group)
            best = options[0]
            if len(options) > 1:
                base = counts[best[0]]
                for o in reversed(options):
                    if counts[o[0]] >= 0.9 * base and counts[o[0]] >= MIN_RECORDS:
                        best = o
                        break
            on_line.append((best[0], idx, best[1], best[2]))
        # (each token's hit ends after the one before: the line's hits last to first, the
        # sort below keeps the longest first among hits starting at one column)
        hits.extend(reversed(on_line))
    # Overlapping hits on a line (a bare word inside a longer label): keep the longest.
    hits.sort(key=_LINE_START)
    kept: list[Hit] = []
    line, end = -1, 0
    for h in map(_new_hit, hits):
        if h[1] == line and h[2] < end:
            continue
        kept.append(h)
        line, end = h[1], h[3]
    return kept, marked_labels


# --- block layout ---------------------------------------------------------------------------

def _segments(hits: list[Hit], anchor: str) -> list[list[Hit]]:
    segs: list[list[Hit]] = []
    for h in hits:
        if h.label == anchor:
            segs.append([h])
        elif segs:
            segs[-1].append(h)
    return segs


def _once_many(seq: list[str], anchor: str) -> tuple[Counter, Counter, int]:
    """With the labels cut into records at ``anchor``: per label, in how many records it
    occurs once and in how many more than once; and the number of records."""
    # at C speed: each label numbered with its record (a running count of the anchors),
    # the (record, label) pairs counted, then the labels of the pairs seen once and more
    opens = list(map(anchor.__eq__, seq))
    if True not in opens:
        return Counter(), Counter(), 0
    first = opens.index(True)
    pairs = Counter(zip(accumulate(opens[first:]), seq[first:]))
    labels = list(map(itemgetter(1), pairs))
    times = list(pairs.values())
    once = Counter(compress(labels, map((1).__eq__, times)))
    many = Counter(compress(labels, map((1).__lt__, times)))
    return once, many, sum(opens)


def choose_fields(hits: list[Hit], marked: set[str]) -> tuple[str | None, list[str]]:
    seq = list(map(_LABEL, hits))
    counts = Counter(seq)
    first_seen: dict[str, int] = {}
    for i, label in enumerate(seq):
        first_seen.setdefault(label, i)
    best: tuple = (0, 0, 0, 0)
    choice: tuple[str | None, list[str]] = (None, [])
    for anchor, n in counts.items():
        if n < MIN_RECORDS:
            continue
        once, many, n_segs = _once_many(seq, anchor)
        fields = [anchor]
        for lab in counts:
            if lab == anchor or counts[lab] < MIN_RECORDS:
                continue
            if once[lab] >= 0.5 * n_segs and many[lab] <= 0.05 * n_segs:
                fields.append(lab)
        # A bare Title-case word is a label only if every record has it; a value that
        # happens to be Title-case ("Burglary") is in some records, not all.
        fields = [f for f in fields if f in marked or f == anchor or once[f] + many[f] >= 0.9 * n_segs]
        if len(fields) < 2:
            continue
        n_marked = sum(1 for f in fields if f in marked)
        if n_marked == 0 and len(fields) < 3:
            continue
        key = (n_marked, len(fields), n_segs, -first_seen[anchor])
        if key > best:
            best = key
            choice = (anchor, fields)
    if choice[0] is None:
        return None, []
    # Every once-per-record label gives the same split shifted; records start at the first.
    anchor, fields = choice
    aligned = {f: _first_in_records(hits, counts, fields, f, first_seen) for f in fields}
    fewest = min(counts[f] for f in fields)
    # (a label left out above the records: then one printed more often, a section's heading
    # "RD 07 (12 REPORTS)" above each run of blocks, opens none either)
    candidates = [f for f in fields if counts[f] <= fewest + 1] if aligned != {f: first_seen[f] for f in fields} \
        else fields
    first = min(candidates, key=lambda f: aligned[f])
    kept = _cut_at(hits, first, fields, marked)
    if counts[first] < counts[anchor]:
        # printed first but in fewer blocks than the label chosen: where cutting at it loses
        # the labels of a run of blocks the chosen one keeps, the labels changed partway (the
        # first opens only the blocks typed before the change): the chosen one stands
        # (the blocks then start at their gaps, ``blockstarts.gapped_starts``)
        chosen = _cut_at(hits, anchor, fields, marked)
        if any(f not in kept for f in chosen[len(fields):]):
            return anchor, chosen
    return first, kept


def _cut_at(hits: list[Hit], anchor: str, fields: list[str], marked: set[str]) -> list[str]:
    """The fields printed in half the records or more when cut at ``anchor``, and the
    labels of one kind of entry (``kindlabels.kind_labels``)."""
    segs = _segments(hits, anchor)
    in_segs = [set(map(_LABEL, s)) for s in segs]
    fields = [f for f in fields if sum(1 for labs in in_segs if f in labs) >= 0.5 * len(segs)]
    return fields + kind_labels(segs, fields, marked)


def _first_in_records(hits: list[Hit], counts: Counter, fields: list[str], label: str, first_seen: dict) -> int:
    """Where the label is first seen in the records: a label printed once more than the
    others above them ("Queue: DPS Incidents" over tickets each printing "Queue: DPS") is
    first from its second hit on, when its hits then share their lines with the other
    fields' hits of the same record (most records), and do so more than when its last hit
    is left out instead (a label printed once more below the records)."""
    fewest = min(counts[f] for f in fields)
    if counts[label] != fewest + 1:
        return first_seen[label]
    mine = [h.line for h in hits if h.label == label]
    theirs = [[h.line for h in hits if h.label == f] for f in fields if counts[f] == fewest and f != label]
    if not theirs:
        return first_seen[label]

    def shared(lines: list[int]) -> int:
        return sum(1 for k, line in enumerate(lines) if any(t[k] == line for t in theirs))
    after_first, before_last = shared(mine[1:]), shared(mine[:-1])
    if after_first > max(before_last, 0.5 * fewest):
        return next(i for i, h in enumerate(hits) if h.label == label and h.line == mine[1])
    return first_seen[label]


@dataclass
class LabelSet:
    anchor: str
    fields: list[str]
    pattern: re.Pattern
    margin: bool = False      # labels in a column of their own at the left margin
    trailing: frozenset = frozenset()     # bare words trailing a title line: not the record's date


def detect_labels(lines: list[str]) -> LabelSet | None:
    """The labels of a labelled-block log, chosen on a sample of its lines; where none are
    found, short codes in capitals opening cells are tried as labels too (a code opening a
    value, "ORS 164.245" after "Charges:", is no label where the labels are words)."""
    sample = [ln for ln in lines if ln.strip()][:SAMPLE_LINES]
    found, marked = _detect(sample)
    if found or not marked:
        return found        # (a code is never a marked label, and the records' anchor must be one)
    # codes are tried where many lines open with one (a cheap look before a second pass)
    if sum(1 for ln in sample if _CODE_OPENS.match(ln)) < 0.3 * len(sample):
        return None
    return _detect(sample, codes=True)[0]


def _detect(sample: list[str], codes: bool = False) -> tuple[LabelSet | None, set[str]]:
    hits, marked = find_labels(sample, codes)
    left, left_labels = left_column_labels(sample)
    if left:
        # the column says what the labels are: a bare Title-case word elsewhere on a line
        # ("Shift A" beside a card's number) is a value, not a label
        hits = [h for h in hits if h.label in marked]
        hits, marked = merge_hits(hits, left, sample), marked | left_labels
    anchor, fields = choose_fields(hits, marked)
    n_marked = sum(f in marked for f in fields)
    stamp = anchor is not None and anchor not in marked and n_marked >= 3 and \
        n_marked >= 2 * (len(fields) - n_marked) and _trailing(sample, hits, anchor, marked)
    trailing = frozenset({anchor}) if stamp else frozenset()     # (a stamp: no record's date)
    if anchor is not None and anchor not in marked and (n_marked >= len(fields) - 1 >= 3 or stamp):
        # a bare word beside a running count ("Officer" on a "CONTACT 3" line) first on
        # every block, every other label marked: the first marked label opens the record;
        # so too where the bare word trails a title line that holds no marked label (a
        # stamp beside the title, one more bare word on a link line under the text)
        anchor = min((f for f in fields if f in marked), key=lambda f: next(h.line for h in hits if h.label == f))
    if anchor is None or (anchor not in marked and not _headed(hits, anchor, fields, marked)) or len(fields) < 2:
        return None, marked
    margin = bool(left_labels) and all(f in left_labels for f in fields)
    if margin:      # the column says what is a label: the optional ones too ("Related Report")
        fields += sorted(left_labels - set(fields), key=lambda f: next(h.line for h in left if h.label == f))
    alts = "|".join(re.escape(f).replace(r"\ ", r" +") for f in sorted(fields, key=len, reverse=True))
    # no look-behind in front: the engine then skips ahead to the labels' first letters
    return LabelSet(anchor, fields, re.compile(rf"({alts})(?=\s|$)"), margin, trailing), marked


def _trailing(sample: list[str], hits: list[Hit], anchor: str, marked: set[str]) -> bool:
    """Every hit of ``anchor`` follows other text on its line, and no marked label shares it."""
    with_marked = {h.line for h in hits if h.label in marked}
    return all(sample[h.line][:h.start].strip() and h.line not in with_marked for h in hits if h.label == anchor)


def _headed(hits: list[Hit], anchor: str, fields: list[str], marked: set[str]) -> bool:
    """Blocks headed by a line of bare words and their values ("Case 25-0465   Reported
    10/29/2025 21:10") over three or more marked labels: every bare word of the fields
    stands on a line its anchor opens, so the bare anchor opens each record."""
    if sum(f in marked for f in fields) < 3:
        return False
    heads = {h.line for h in hits if h.label == anchor}
    bare = [h for h in hits if h.label in fields and h.label not in marked]
    return all(h.line in heads for h in bare)
