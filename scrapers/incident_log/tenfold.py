"""A series whose unpadded serial grows a digit partway (``25-999-XX``, then
``25-1000-XX``): one series, though its numbers print in two shapes.

The record-number column is looked for shape by shape; a series that crosses a power of
ten without zero-padding splits in two, neither half many enough to beat another column
(a vehicle's plate on every record). Told from the numbers alone: two shapes alike but
for one run of digits one longer, the shorter's values in that run near the top of their
width (most past 8 in 10 of it) and the longer's near its bottom: the longer's numbers join the
shorter's, and are found with them."""
from __future__ import annotations

import re

_RUNS = re.compile(r"\d+")
NEAR = 0.2      # share of the width's range a crossing series' values stay within
SHARE = 0.8     # share of a shape's numbers that must so stay


def _share(hits: list[bool]) -> float:
    return sum(hits) / len(hits)


def _runs(token: str) -> list[str]:
    return _RUNS.findall(token)


def crossing_power_of_ten(by_shape: dict[str, list[tuple[int, int, str]]]) -> None:
    """Join, in place, each shape's numbers to the shape they cross a power of ten from."""
    if len(by_shape) < 2:
        return
    for short in list(by_shape):
        if short not in by_shape:
            continue
        for k, m in enumerate(_RUNS.finditer(short)):
            n = m.end() - m.start()
            if n < 2:
                continue
            long_ = short[:m.start()] + "9" + short[m.start():]
            if long_ not in by_shape:
                continue
            lo_vals = [int(_runs(t)[k]) for _, _, t in by_shape[short] if len(_runs(t)) > k]
            hi_vals = [int(_runs(t)[k]) for _, _, t in by_shape[long_] if len(_runs(t)) > k]
            top = 10 ** n
            # (a few numbers of another year cited in the text may stand anywhere)
            if lo_vals and hi_vals and _share([v >= (1 - NEAR) * top for v in lo_vals]) >= SHARE \
                    and _share([v < (1 + NEAR) * top for v in hi_vals]) >= SHARE:
                by_shape[short] = sorted(by_shape[short] + by_shape.pop(long_))
                break
