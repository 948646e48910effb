"""A heading of a type and a place, split once too often: the entries' headings read
``<type> - <place>`` and one type carries the separator in its own words (``Park closed -
after hours - Elm Grove``), so its heading splits into three parts, the second part taken
for the place and the real place left unnamed.

Told from the document: nearly all headings have the two parts; the third part of the
others is a place other entries name in their place part: the parts before it are the
type, as printed (the heading's own words between them)."""
from __future__ import annotations

from prr.scrapers.incident_log.text import squash

SHARE = 0.1             # of the entries, at most, whose heading splits in three


def place_after_extra_part(read: list[dict], names: dict, blocks: list[list[str]]) -> None:
    """Headings of three parts whose last part is a known place: the type is the first
    two as printed, the place the last."""
    first, second, third = "heading 1", "heading 2", "heading 3"
    if names.get(first) != "type" or names.get(second) != "location" or names.get(third) is not None:
        return
    extra = [k for k, values in enumerate(read) if values.get(third)]
    if not extra or len(extra) > SHARE * len(read):
        return
    places = {values[second] for values in read if values.get(second) and not values.get(third)}
    for k in extra:
        values = read[k]
        text = squash(" ".join(blocks[k]))
        start = text.find(values[first])
        end = text.find(values[second], start + len(values[first])) if start >= 0 else -1
        if values[third] not in places or end < 0:
            continue
        values[first] = text[start:end + len(values[second])]
        values[second] = values.pop(third)
