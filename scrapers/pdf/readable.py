"""Is a text layer readable? Some PDFs carry a text layer that is gibberish (a font
without a usable character map, a bad OCR layer under a scan): it must be OCR'd, not
believed. The share of dictionary words decides, checked only when a cheap look at the
tokens' shapes says the text may be unreadable. The word list is pyspellchecker's English
frequency list, read as a plain set of words (0.06 s; building its SpellChecker costs 0.15 s
and only ``known`` would be used)."""
from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from itertools import islice

SAMPLE_TOKENS = 3000
WORDLIKE_OK = 0.55      # above this share of word-shaped tokens the text is taken as readable
DICTIONARY_MIN = 0.30   # below this share of dictionary words the text layer is gibberish

_TOKEN = re.compile(r"\S+")
_WORDLIKE = re.compile(r"^[(\"']?(?:[A-Z]?[a-z]+|[A-Z]+)[.,:;)\"']*$")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
_ALPHA = re.compile(r"^[A-Za-z]{3,}$")
# _WORDLIKE with a vowel, as whole lines: the tokens are counted by one findall
_WORDLIKE_VOWEL = re.compile(r"^[(\"']?(?:[AEIOUY][a-z]+|[A-Z]?[a-z]*[aeiouy][a-z]*|[A-Z]*[AEIOUY][A-Z]*)"
                             r"[.,:;)\"']*$", re.M)


_STRING_VALUE = re.compile(r'":\s*"')


class SortedWords:
    """Membership in a word list printed one ``"word": count,`` a line in sorted order,
    by bisecting the text (a few hundred look-ups cost less than making a set of 160,000
    words: 0.06 s a process)."""

    def __init__(self, data: str):
        self.data = data

    def __contains__(self, word: str) -> bool:
        data, lo, hi = self.data, 0, len(self.data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind("\n", lo, mid) + 1 or lo
            end = data.find("\n", start)
            end = len(data) if end < 0 else end
            key = _line_word(data, start, end)
            if key == word:
                return True
            if key is not None and key < word or key is None and start == 0:
                lo = end + 1
            else:
                hi = start
        return False

    @staticmethod
    def fits(data: str) -> bool:
        """One word a line, in order: checked on 200 lines spread over the list."""
        if not data.startswith('{\n"'):
            return False
        step = max(1, len(data) // 200)
        words = []
        for at in range(1, len(data), step):
            start = data.rfind("\n", 0, at) + 1
            end = data.find("\n", start)
            words.append(_line_word(data, start, len(data) if end < 0 else end))
        words = [w for w in words if w is not None]
        return len(words) > 100 and all(a <= b for a, b in zip(words, words[1:]))


def _line_word(data: str, start: int, end: int) -> str | None:
    """The word of the line ``"word": count,`` (None for the braces)."""
    if data.startswith('"', start):
        close = data.find('"', start + 1, end)
        if close > 0:
            return data[start + 1:close]
    return None


@lru_cache(maxsize=1)
def _dictionary() -> set[str] | dict[str, int] | SortedWords:
    """The English words pyspellchecker knows (its word list is all lower case)."""
    from importlib.resources import files

    try:
        data = gzip.decompress((files("spellchecker") / "resources" / "en.json.gz").read_bytes()).decode("utf-8")
        if "\\" not in data and not _STRING_VALUE.search(data):
            # {"word": count, ...} with no escapes: the words are what the quotes enclose (a
            # third of the time json.loads takes to parse the same file), looked up in the
            # text itself when they are printed in order
            if SortedWords.fits(data):
                return SortedWords(data)
            return set(data.split('"')[1::2])
        return json.loads(data)
    except (OSError, ValueError):     # a pyspellchecker that keeps its list elsewhere
        from spellchecker import SpellChecker

        return SpellChecker(distance=1).word_frequency.dictionary


def _sample(text: str) -> list[str]:
    """The first SAMPLE_TOKENS tokens, without tokenising the rest of a long document."""
    return [m.group() for m in islice(_TOKEN.finditer(text), SAMPLE_TOKENS)]


def dictionary_share(text: str) -> float | None:
    """Share of the alphabetic words (3+ letters) that an English dictionary knows; None
    when the text has too few words to say."""
    tokens = _sample(text)
    words = [t.strip(".,:;()\"'").lower() for t in tokens]
    words = [w for w in words if _ALPHA.match(w)]
    if len(tokens) < 20:
        return None
    if not words:
        return 0.0
    distinct = set(words)
    known = _dictionary()
    return sum(1 for w in distinct if w in known) / len(distinct)


def unreadable(text: str) -> tuple[bool, float | None]:
    """(True, share) when the text layer looks like gibberish."""
    tokens = _sample(text)
    if len(tokens) < 20:
        return False, None
    wordlike = len(_WORDLIKE_VOWEL.findall("\n".join(tokens))) / len(tokens)
    if wordlike >= WORDLIKE_OK:
        return False, None
    share = dictionary_share(text)
    return (share is not None and share < DICTIONARY_MIN), share
