"""Letters printed before the records' own numbers that are the issuer's mark, not the
numbers' series ("(ABC 24-1043)" closing each entry, "follow-up to ABC 24-0312" inside
some).

The readers join one capital word printed before nearly every record's own number to it
(``prefixid.py``, ``closingref.py``): such a word is then the series' letters, the number
as the document cites it. But when the entries also print the same word before numbers
that are no record's own (older incidents they cite), the word does not set the records'
numbers apart: it is the mark the document puts on every number its agency issued, cited
or not, as another agency's numbers beside them carry that agency's word. The records'
numbers are then the number alone, as the cited ones are read (their word is not joined
to them either).

Told from the records read: two numbers at the least (and not one stray in a long log)
printed after the word, in the records' text, that are no record's own."""
from __future__ import annotations

import re

# a number after the word: a digit first and last, the document's own separators between;
# the word and the number may be split over two lines
_AFTER = r"\s+(\d[\w/-]*\d)(?![\w-])"
MIN_CITED = 2
CITED_SHARE = 0.04


def marks_cited_numbers(records: list[dict], word: str, key: str = "record_no") -> bool:
    """Whether the records print ``word`` before numbers that are no record's own."""
    own = {r.get(key) for r in records}
    after = re.compile(rf"(?<![\w-]){re.escape(word)}{_AFTER}")
    cited = {m.group(1) for r in records for m in after.finditer(str(r.get("raw") or ""))} - own
    return len(cited) >= max(MIN_CITED, CITED_SHARE * len(records))
