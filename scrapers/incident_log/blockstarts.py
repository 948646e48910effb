"""Where labelled blocks start and end: the lines whose block-starting label carries a value
(or stands blank before the line's next label), a number printed on its own line above a
block's first label, and the last block's end."""
from __future__ import annotations

import re

from prr.scrapers.incident_log import padded
from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.labelnumber import opening_numbers
from prr.scrapers.incident_log.longerlabels import inside_longer_label
from prr.scrapers.incident_log.nestedlabels import nested_label_lines
from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.titledbands import titles_over_bands

_VALUE_NEXT = re.compile(r" ?\S")
_VALUE_NEAR = re.compile(r"\s{0,12}\S")


def label_anchors(doc: Doc, labels) -> list[int]:
    if getattr(doc, "_label_anchor_lines", None) is None:
        doc._label_anchor_lines = _findlabel_anchors(doc, labels)
    return doc._label_anchor_lines


def _findlabel_anchors(doc: Doc, labels) -> list[int]:
    """Lines where the block-starting label carries a value right after it, or stands
    blank before another label on a line of values (a table's header row has only
    titles, set apart by wide gaps)."""
    hits = doc.label_hits(labels)
    # the opening label as the last words of a longer one ("Linked Event No.:"): no block's start
    longer = inside_longer_label(doc, hits, labels)
    # the opening label in a sub-block nested inside a block (a cited incident's labels): the same
    longer = longer | nested_label_lines(doc, hits, labels)
    if longer:
        hits = {i: hs for i, hs in hits.items() if i not in longer}
    anchor = labels.anchor
    out = []
    for i, hs in hits.items():
        if i in doc.skip:
            continue
        for k, (label, _, _, end) in enumerate(hs):
            if label != anchor:
                continue
            line = doc.lines[i]
            if _VALUE_NEXT.match(line, end) or (_VALUE_NEAR.match(line, end) and not is_title_line(line)) \
                    or (labels.margin and line[end:].strip()) or _blank_before_label(line, hs, k):
                out.append(i)
                break
    return padded.more_anchors(doc, hits, labels, sorted(out))     # or values far right of long labels


def _blank_before_label(line: str, hs: list, k: int) -> bool:
    """The opening label printed blank, the next label of the line right after it, on a
    line that holds values ("Orig Case:      Case: 26-0412 CAD: ..."): a form printing
    every label whether filled or not opens each block with that label, filled or not (a
    header row of titles holds labels only)."""
    if k + 1 >= len(hs):
        return False
    return not line[hs[k][3]:hs[k + 1][2]].strip() and not is_title_line(line)


def number_above(doc: Doc, starts: list[int], ids: dict[int, str], labels) -> list[int]:
    """Blocks whose number heads them on a line of its own, above the first label (a record
    card's title bar): each block starts at that line, when nearly every block has one
    (else the number line would close the block above and a number wrapped inside a value
    would open a record)."""
    hits, lines, skip = doc.label_hits(labels), doc.lines, doc.skip

    def line_above(a: int) -> int | None:
        j = a - 1
        while j >= 0 and not lines[j].strip() and j not in skip:
            j -= 1
        # (a lead sentence may stand between the title bar and the first label: one line
        # with no number and not the first label, right under the number's line)
        if j > 0 and j not in ids and j not in skip and j - 1 in ids and j - 1 not in skip \
                and lines[j - 1].strip() and all(h[0] != labels.anchor for h in hits.get(j, ())):
            j -= 1
        # (a title bar may hold a label of its own right of the number, "Post 2", not the
        # first label's; a number after its label is a value, closing the block above)
        return j if j >= 0 and j in ids and j not in skip and \
            all(h[0] != labels.anchor and h[2] > lines[j].find(ids[j]) for h in hits.get(j, ())) else None

    # told on the first blocks (no pass over a yearly log whose blocks do not have it)
    if sum(1 for a in starts[:50] if line_above(a) is not None) < 0.8 * len(starts[:50]):
        return starts
    above = [line_above(a) for a in starts]
    if sum(1 for j in above if j is not None) < 0.8 * len(starts):
        return starts
    out = [a if j is None else j for a, j in zip(starts, above)]
    return out if all(b > a for a, b in zip(out, out[1:])) else starts


def last_block(doc: Doc, record_spans: list[tuple[int, int]], labels) -> tuple[int, int]:
    """The last block of labels in a column of their own goes on over the blank lines
    between its labels (they are printed one per line, spaced): to its last label line
    within the length of the longest block before it, and the lines right under it."""
    s, e = record_spans[-1]
    longest = max((b - a for a, b in record_spans[:-1]), default=e - s)
    hits = doc.label_hits(labels)
    last = max((i for i in range(s, min(len(doc.lines), s + longest)) if i in hits and i not in doc.skip),
               default=None)
    if last is None or last < e:
        return s, e
    stop = last + 1
    while stop < len(doc.lines) and doc.lines[stop].strip() and stop not in doc.skip and stop not in hits:
        stop += 1
    return s, stop


def band_numbers(doc: Doc, starts: list[int], ids: dict[int, str], labels) -> dict[int, str] | None:
    """The blocks' own numbers where the numbers lined up are another body's: on a band
    above each block (``_bands``) or after each block's opening label (``labelnumber``);
    or the lined-up numbers' own, on titles right above such bands (``titledbands``)."""
    return titles_over_bands(doc, starts, ids, labels) or _bands(doc, starts, ids, labels) \
        or opening_numbers(doc, starts, ids, labels)


def _bands(doc: Doc, starts: list[int], ids: dict[int, str], labels) -> dict[int, str] | None:
    """Blocks headed by a band holding their own number (``Matter X-1``, a category right of
    it) on the line above the first label, where the numbers lined up are another body's,
    printed under a label inside each block: the band lines and their numbers, when nearly
    every block has one and the first block does too (a number closing the block above
    cannot stand over the first block), or None."""
    lines, skip, hits = doc.lines, doc.skip, doc.label_hits(labels)

    def band(a: int) -> tuple[int, str] | None:
        j = a - 1
        while j >= 0 and not lines[j].strip() and j not in skip:
            j -= 1
        if j < 0 or j in skip or j in ids or len(doc.ids[j]) != 1:
            return None
        if any(h[0] == labels.anchor for h in hits.get(j, ())):
            return None
        return j, doc.ids[j][0][1]

    if len(starts) < 3 or band(starts[0]) is None:
        return None
    found = [band(a) for a in starts]
    got = [b for b in found if b is not None]
    if len(got) < 0.8 * len(starts) or len({tok for _, tok in got}) < len(got):
        return None
    # the band's number is none of the block's own lined-up numbers
    if {tok for _, tok in got} & set(ids.values()):
        return None
    out = dict(got)
    return out if all(b > a for a, b in zip(sorted(out), sorted(out)[1:])) else None


def gapped_starts(doc: Doc, starts: list[int], labels) -> list[int]:
    """Blocks set apart by blank lines whose labels come in any order (the date's line
    above the number's in some blocks, under it in others): each block starts at its first
    line after the gap, not at the block-starting label, when the label lines above that
    label reach back to a blank line in every block that has them, and each label so
    passed stands under the starting label in a block that opens with it, once a block
    (labels always above it are a card's head, a section's heading, or the block before's
    last labels). So too where the starting label opens nothing but lines above all the
    blocks, lacking labels the blocks print under it: a panel above the records (a
    dashboard's filters) printing some of their labels, the first one seen there no
    block's first; the panel is then no block."""
    lines, skip, hits = doc.lines, doc.skip, doc.label_hits(labels)

    def blank(j: int) -> bool:
        return j < 0 or j in skip or not lines[j].strip()

    if len(starts) < 3 or all(blank(a - 1) for a in starts[:50]):
        return starts
    out, prev, above, under = [], -1, set(), set()
    for a in starts:
        j = a
        while j - 1 > prev and not blank(j - 1) and j - 1 in hits and \
                all(h[0] != labels.anchor for h in hits[j - 1]):
            j -= 1
            above.update(h[0] for h in hits[j])
        if j < a and not blank(j - 1):
            return starts       # label lines straight under the block above: not gapped
        out.append(j)
        prev = a
    if not above:       # no block has label lines above its starting label (most logs)
        return starts
    gapped: list[set[str]] = []     # the labels under the starting label, per block passing some
    opened: list[set[str]] = []     # the same, per block it opens
    for k, (a, j) in enumerate(zip(starts, out)):
        stop = out[k + 1] if k + 1 < len(out) else len(lines)
        below = {h[0] for i in range(a, stop) for h in hits.get(i, ())} - {labels.anchor}
        if j == a:              # a block opening with the starting label: the labels under it
            under |= below
            if gapped:
                opened = []     # (not only above the others)
            else:
                opened.append(below)
        elif below & {h[0] for i in range(j, a) for h in hits[i]}:
            return starts       # a label printed twice in the block: a heading's above it
        else:
            gapped.append(below)
    if above <= under:
        return out
    # the starting label opens no block, and the blocks open with different labels: the
    # labels changed partway (typed anew), the one label every block prints standing inside
    # each; each block starts at its gap
    if all(j < a for a, j in zip(starts, out)) and len({hits[j][0][0] for j in out}) > 1:
        return out
    # the starting label opens only lines above every block (each later block passes
    # labels back to its gap), and there lacks labels each block prints under it: a panel
    # printing some of the labels above the records (a dashboard's filters), which made its
    # label the first seen; the blocks, cut at it, start at their gap, and the panel is none
    # of them
    every = set.intersection(*gapped) if gapped else set()
    if opened and all(every - o for o in opened):
        return out[len(opened):]
    return starts
