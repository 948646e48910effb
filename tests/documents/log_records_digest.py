"""Print one digest of every record read from the page texts pickled in ``argv[1]``
(a list of documents, each its page texts or its parts' page texts): run under two hash seeds, the digests must be equal."""
from __future__ import annotations

import hashlib
import json
import pickle
import sys

from prr.scrapers.incident_log import parse_log, parse_parts


def main() -> None:
    digest = hashlib.sha256()
    for texts in pickle.loads(open(sys.argv[1], "rb").read()):
        parted = bool(texts) and isinstance(texts[0], list)
        result = parse_parts(texts) if parted else parse_log(texts)
        digest.update(json.dumps([result.status, result.records], sort_keys=True, default=str).encode())
    print(digest.hexdigest())


if __name__ == "__main__":
    main()
