"""An XML export printed as text: its tags set aside, each element's value on a labelled line.

A records system's XML file printed from an editor shows one element per incident
(``<Incident seq="7">``), its child elements one a line (``<IncidentNo>2025-0414</IncidentNo>``),
some children holding elements of their own, on one line (``<Location><Street>..</Street>
<Town>..</Town></Location>``) or on lines of their own (a ``<Supplement>`` block), a long text
running over lines of its own. The tags hide the labelled blocks the readers know, so, as for
a printed JSON file (``syntaxtext.py``), the syntax is put aside first: each element holding a
value is printed as ``Label: value`` (``IncidentNo`` as ``Incident No``), the record element's
opening and closing tags as blank lines that part the blocks. The record element is the
shallowest element holding elements that repeats. A value nested deeper than the record's
own values is labelled after the element it sits in (``Location Street``), so a place split
in parts reads as the place; and where a nested part repeats one of the record's own values
under its tag (a supplement's copy of the incident number) the copy is left out: it says
nothing new and would read as a record of its own. Told from page 1: most of its lines are tags.
"""
from __future__ import annotations

import re

MIN_LINES = 8           # tag lines on page 1 that make the export
MIN_SHARE = 0.5         # of page 1's printed lines
_NAME = r"[A-Za-z_][\w.:-]*"
_LEAF = re.compile(rf"<({_NAME})(?:\s[^<>]*)?>([^<]*)</\1\s*>")
_EMPTY = re.compile(rf"<{_NAME}(?:\s[^<>]*)?/>")
_SKIPPED = re.compile(r"<\?.*?\?>|<!--.*?-->|<!\[CDATA\[|\]\]>|<!DOCTYPE[^>]*>")
_TOKEN = re.compile(rf"<({_NAME})(?:\s[^<>]*)?>([^<]*)</\1\s*>|<({_NAME})(?:\s[^<>]*)?>|</({_NAME})\s*>")
_TEXT_OPENS = re.compile(rf"<({_NAME})(?:\s[^<>]*)?>([^<>]+)$")     # a text running on below
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&"}


def plain_xml(page_texts: list[str]) -> list[str] | None:
    """The pages of a printed XML export with its tags set aside, or None when it is not one."""
    if not page_texts or "</" not in page_texts[0]:
        return None
    lines = [ln.strip() for ln in page_texts[0].splitlines() if ln.strip()]
    tagged = sum(1 for ln in lines if ln.startswith("<") and ln.endswith(">"))
    if tagged < MIN_LINES or tagged < MIN_SHARE * len(lines) or not any(_LEAF.search(ln) for ln in lines):
        return None
    record = _record_element(page_texts)
    if record is None:
        return None
    printer = _Printer(record)
    return ["\n".join(out for line in text.splitlines() for out in printer.line(line)) for text in page_texts]


def _record_element(page_texts: list[str]) -> tuple[int, str] | None:
    """The depth and name of the record element: the shallowest element holding elements
    that opens more than once."""
    counts: dict[tuple[int, str], int] = {}
    depth = 0
    for text in page_texts:
        for line in text.splitlines():
            body = _SKIPPED.sub("", line)
            for _, _, opened, closed in _TOKEN.findall(body):
                if opened:
                    counts[(depth, opened)] = counts.get((depth, opened), 0) + 1
                    depth += 1
                elif closed:
                    depth = max(depth - 1, 0)
            running = _TEXT_OPENS.search(body.strip())
            if running and (depth - 1, running.group(1)) in counts:     # a text's element: holds none
                counts[(depth - 1, running.group(1))] -= 1
    repeated = [(d, name) for (d, name), n in counts.items() if n > 1]
    return min(repeated) if repeated else None


class _Printer:
    """Prints the lines one after the other, following the elements they open and close
    (elements run over pages)."""

    def __init__(self, record: tuple[int, str]):
        self.record = record
        self.path: list[str] = []       # the open elements, outermost first
        self.own: dict[str, str] = {}   # the record's own values by tag
        self.text: list | None = None   # a text running over lines: [tag, indent, parts]

    def line(self, line: str) -> list[str]:
        """A printed line as ``Label: value`` lines (a blank one where only tags stood)."""
        out = []
        body = _SKIPPED.sub("", line)
        if self.text is not None:
            tag, indent, parts = self.text
            end = body.find(f"</{tag}")
            if end < 0:
                parts.append(body.strip())
                return []
            parts.append(body[:end].strip())
            self.text = None
            self.path.pop()
            out.extend(self._value(tag, " ".join(parts), indent))
            body = body[body.index(">", end) + 1:]
            if not body.strip():
                return out
        elif "<" not in body:     # a page's header or footer, printed by the editor (or a declaration)
            return [line] if body == line else [""]
        indent = line[:len(line) - len(line.lstrip())]
        body = _EMPTY.sub("", body)
        for leaf, value, opened, closed in _TOKEN.findall(body):
            if leaf:
                out.extend(self._value(leaf, value, indent))
            elif opened:
                self.path.append(opened)
                if len(self.path) == self.record[0] + 1 and opened == self.record[1]:
                    self.own.clear()
            elif closed in self.path:      # an unbalanced tag closes what it names
                del self.path[len(self.path) - 1 - self.path[::-1].index(closed):]
        running = _TEXT_OPENS.search(body.strip())
        if running and self.path and self.path[-1] == running.group(1):
            self.text = [running.group(1), indent, [running.group(2).strip()]]
        return out or [""]

    def _value(self, tag: str, value: str, indent: str) -> list[str]:
        value = " ".join(_unescape(value).split())
        depth, name = self.record
        inside = len(self.path) > depth and self.path[depth] == name
        owner = self.path[-1] if inside and len(self.path) > depth + 1 else ""
        if not owner:
            self.own[tag] = value
        elif self.own.get(tag) == value:
            return []       # a part's copy of the record's own value
        return [f"{indent}{_label(tag, owner)}: {value}"] if value else []


def _label(tag: str, owner: str) -> str:
    words = _words(tag)
    if owner:
        prefix = _words(owner)
        if words[:len(prefix)] != prefix:       # "SupplementNo" in a Supplement: said once
            words = prefix + words
    name = " ".join(words)
    return name[:1].upper() + name[1:]


def _words(tag: str) -> list[str]:
    return _CAMEL.sub(" ", tag.split(":")[-1]).replace("_", " ").replace("-", " ").split()


def _unescape(value: str) -> str:
    for entity, char in _ENTITIES.items():
        value = value.replace(entity, char)
    return value
