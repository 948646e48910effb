"""A keyword gate in front of a large alternation regex: same matches, a fraction of the time.

Python's ``re`` tries every alternative of ``A|B|C|...`` at every position of the text, so a
pattern of a hundred alternatives (the contact reader's "is this another agency?" test) costs
hundreds of microseconds per sentence although almost no sentence can match most of them.
Every alternative needs some literal text to match ("County", one of "District|College",
"Department"...). ``keyword_gated(rx)`` works those literals out from the pattern itself, finds
which of them occur in a sentence with one scan, and searches with only the alternatives whose
literal is there, taking the leftmost of their matches (the first alternative where two start
at one place). That is the whole alternation's match (an alternative without its literal
cannot match anywhere), so results are identical: same span, same text. Each alternative is compiled on
its own, once, when first needed (compiling combinations of them costs more than it saves).

The gate steps aside (plain ``rx.search``) whenever exactness could not be shown: a pattern
with capturing groups or an alternative without a literal of 2+ characters, a text that is
not ASCII (Unicode case folding can match letters that ``str.lower`` does not produce), a
search with positions, or a Python whose regex parser differs.
"""
from __future__ import annotations

import re

try:  # the stdlib's own regex parser (private); without it the gate is never used
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - other Pythons
    _parser = _c = None

MIN_LITERAL = 2
SEEN_MAX = 4096            # texts remembered per gate with their matches (cleared when full)
_UNSEEN = object()


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern, as source text (escapes, classes and groups kept)."""
    out, depth, escaped, start = [], 0, False, 0
    class_body = -1                       # where the open class's body starts, -1 outside one
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif class_body >= 0:
            if ch == "]" and i > class_body:   # "[]a]" and "[^]a]": a first "]" is a character
                class_body = -1
        elif ch == "[":
            class_body = i + 2 if pattern[i + 1:i + 2] == "^" else i + 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def required_literals(items) -> set[str] | None:
    """Lower-case ASCII literals of which one must occur wherever ``items`` (a parsed sequence)
    matches: the longest run of plain characters, or one literal of each branch of a group
    that cannot be skipped. None when nothing is required."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(req):
        nonlocal best
        if req and (best is None or min(map(len, req)) > min(map(len, best))):
            best = req

    def flush():
        if run:
            consider({"".join(run)})
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        if op is _c.SUBPATTERN:
            consider(required_literals(av[-1]))
        elif op is _c.BRANCH:
            branches = [required_literals(b) for b in av[1]]
            if all(branches):
                consider(set().union(*branches))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            consider(required_literals(av[2]))
    flush()
    return best


def required_words(rx: re.Pattern) -> tuple[frozenset[str], ...]:
    """For each part of ``rx``'s top-level sequence that cannot be skipped, the lower-case
    literals of which one must occur wherever it matches (:func:`required_literals`, part by
    part): an ASCII text without one literal of each group holds no match (see
    :func:`may_hold`). Empty (nothing ruled out) when the pattern cannot be read."""
    if _parser is None or not isinstance(rx.pattern, str):
        return ()
    try:
        items = list(_parser.parse(rx.pattern, rx.flags))
    except Exception:  # noqa: BLE001 - any surprise in the private parser: nothing ruled out
        return ()
    parts: list[list] = []
    for item in items:       # a run of plain characters is one part, any other item its own
        if item[0] is _c.LITERAL and parts and parts[-1][-1][0] is _c.LITERAL:
            parts[-1].append(item)
        else:
            parts.append([item])
    return tuple(frozenset(req) for req in map(required_literals, parts) if req)


def may_hold(text: str, groups: tuple[frozenset[str], ...]) -> bool:
    """False only when ``text`` lacks every literal of one of :func:`required_words`' groups,
    so their pattern cannot match. Only for ASCII text: there ``re.I`` matches what
    ``str.lower`` gives, while Unicode case folding also matches "ſ" for "s", "ı" for "i"..."""
    if not groups or not text.isascii():
        return True
    low = text.lower()
    return all(any(w in low for w in group) for group in groups)


def _trie(literals) -> str:
    """The literals as one pattern shaped like a trie ("d(?:epartment|istrict)"): at each
    character one branch at most can go on, and the longest literal is preferred."""
    tree: dict = {}
    for lit in literals:
        node = tree
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(tree)


def literal_scan(literals) -> re.Pattern:
    """A pattern whose ``findall`` on lower-cased text gives the longest literal starting at
    every position, overlaps included. It starts with a class of the literals' first
    characters, so the regex engine skips every other position in C, and the literals are a
    trie (``_trie``), so each position tries one branch, not every literal: ~10x faster than a
    lookahead over the plain alternation (which the engine had to try at every position)."""
    first = "".join(sorted({re.escape(lit[0]) for lit in literals}))
    # (the look-behind steps back over the first character and reads the literal from there)
    return re.compile("(?s)[" + first + "](?<=(?=(" + _trie(literals) + ")).)")


class KeywordGated:
    """``rx`` with a keyword gate: ``search`` gives exactly ``rx.search``'s result."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self._compiled: dict[int, re.Pattern] = {}
        self._candidates: dict[frozenset[str], tuple[re.Pattern, ...]] = {}
        self._alternatives = split_alternatives(rx.pattern)
        self._scan = None
        # the texts searched and their matches: a contact's rules ask one gate of one sentence
        # several times (a page asks ~14 searches, ~4 of them again of the text just searched),
        # and a site's pages repeat their sentences (the benchmark's 1,000 pages ask 1,175
        # distinct texts of the gates, ~14,000 searches)
        self._seen: dict[str, re.Match | None] = {}
        needs = self._requirements()
        if needs is None:
            return
        literals = sorted({lit for need in needs for lit in need}, key=lambda x: (-len(x), x))
        self._scan = literal_scan(literals)
        holders = {lit: {i for i, need in enumerate(needs) if lit in need} for lit in literals}
        # a literal found stands for every literal inside it ("department" holds "part")
        self._alternatives_of = {lit: frozenset().union(*(holders[m] for m in literals if m in lit))
                                 for lit in literals}

    def _requirements(self) -> list[set[str]] | None:
        if _parser is None or self.rx.groups or len(self._alternatives) < 2 or not isinstance(self.rx.pattern, str):
            return None
        try:
            parsed = [_parser.parse(alt, self.rx.flags) for alt in self._alternatives]
            needs = [required_literals(list(p)) for p in parsed]
        except Exception:  # noqa: BLE001 - any surprise in the private parser: no gate
            return None
        if any(not need or min(map(len, need)) < MIN_LITERAL for need in needs):
            return None
        return needs

    @property
    def gated(self) -> bool:
        return self._scan is not None

    def search(self, text: str, *pos):
        if pos or self._scan is None or not text.isascii():
            return self.rx.search(text, *pos)
        best = self._seen.get(text, _UNSEEN)
        if best is not _UNSEEN:
            return best               # (a match is read only: the same one serves again)
        found = frozenset(self._scan.findall(text.lower()))
        best = None
        if found:
            for rx in self._candidates.get(found) or self._candidates_for(found):
                m = rx.search(text)
                # the whole alternation's match: the leftmost start, the first alternative there
                if m and (best is None or m.start() < best.start()):
                    best = m
        if len(self._seen) >= SEEN_MAX:
            self._seen.clear()
        self._seen[text] = best
        return best

    def _candidates_for(self, found: frozenset[str]) -> tuple[re.Pattern, ...]:
        """The alternatives the literals found let match, in the pattern's order; kept per set
        of literals (sentences find the same few), at most a few thousand sets."""
        if len(self._candidates) >= 4096:
            self._candidates.clear()
        got = self._candidates[found] = tuple(
            self._alternative(i) for i in sorted(frozenset().union(*(self._alternatives_of[lit] for lit in found))))
        return got

    def _alternative(self, i: int) -> re.Pattern:
        rx = self._compiled.get(i)
        if rx is None:
            rx = self._compiled[i] = re.compile(self._alternatives[i], self.rx.flags)
        return rx

    def __getattr__(self, name):          # pattern, flags, finditer...: the regex itself
        return getattr(self.rx, name)


def keyword_gated(rx: re.Pattern) -> KeywordGated:
    return KeywordGated(rx)
