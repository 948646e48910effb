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


@lru_cache(maxsize=1)
def _dictionary() -> set[str] | dict[str, int]:
    """The English words pyspellchecker knows (its word list is all lower case)."""
    from importlib.resources import files

    try:
        data = gzip.decompress((files("spellchecker") / "resources" / "en.json.gz").read_bytes()).decode("utf-8")
        if "\\" not in data and not _STRING_VALUE.search(data):
            # {"word": count, ...} with no escapes: the words are what the quotes enclose (a
            # third of the time json.loads takes to parse the same file)
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
