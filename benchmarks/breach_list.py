"""Breach list: parsing speed and matching quality against naive baselines, in one run.

A synthetic list the size of the AG's whole history (20,000 rows) mixes cities and
their departments ("City of X", "X Police Department") with the names that must not
match (school districts, counties, water districts, companies named after a city,
organisations from other states). Ground truth is known for every row.

- Parsing: prr's tolerant CSV parser (column mapping, date cells, keys) against
  ``csv.DictReader`` reading the same text (no interpretation at all).
- Matching: prr's anchored matcher against the obvious baseline, "the longest
  registry city name found in the organisation name" (substring search).
"""
from __future__ import annotations

import csv
import io
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prr.breaches.breaches import CityIndex, match_city, normalise_name  # noqa: E402
from prr.registry.registry import load_registry  # noqa: E402
from prr.scrapers.ag_breach import parse_breach_csv, parse_breach_list_html  # noqa: E402

ROWS = 20_000
HTML_ROWS = 5_000


def synthetic_rows(cities, n, rng):
    """(organisation, expected slug or None) pairs."""
    positive = ["City of {x}", "{x} Police Department", "City of {x} Public Library", "{x} Fire Department",
                "Town of {x}", "CITY OF {X}", "City of {x}, California"]
    negative = ["{x} Unified School District", "{x} County", "County of {x}", "{x} Community College",
                "{x} Water District", "{x} Inc.", "{x} Dental Group, LLC", "Housing Authority of the City of {x}",
                "City of {x}, Texas", "{x} Medical Center", "Bank of {x}", "{x} Credit Union"]
    companies = ["Acme Widgets, Inc.", "Blue Harbor Health", "Northwind Traders LLC", "Contoso Bank",
                 "Fabrikam Insurance Services", "Tailspin Toys", "Wide World Importers", "Adventure Works Cycles"]
    out = []
    for i in range(n):
        city = rng.choice(cities)
        name = city.name.split(" (")[0]
        r = rng.random()
        if r < 0.1:
            out.append((rng.choice(positive).format(x=name, X=name.upper()), city.slug))
        elif r < 0.4:
            out.append((rng.choice(negative).format(x=name), None))
        else:
            out.append((f"{rng.choice(companies)} {i}", None))
    return out


def as_csv(rows, rng) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Organization Name", "Date(s) of Breach", "Reported Date"])
    for org, _ in rows:
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dates = f"{m:02d}/{d:02d}/2025" + (f", {m:02d}/{min(d + 3, 28):02d}/2025" if rng.random() < 0.3 else "")
        w.writerow([org, dates if rng.random() > 0.1 else "n/a", f"{m:02d}/28/2025"])
    return buf.getvalue()


def as_html(csv_text: str) -> str:
    rows = list(csv.reader(io.StringIO(csv_text)))
    body = "".join(f"<tr><td><a href='/r/{i}'>{r[0]}</a></td><td>{r[1]}</td><td>{r[2]}</td></tr>"
                   for i, r in enumerate(rows[1:]))
    return (f"<html><body><table><thead><tr><th>{'</th><th>'.join(rows[0])}</th></tr></thead>"
            f"<tbody>{body}</tbody></table></body></html>")


def naive_match(org: str, names: list[tuple[str, str]]) -> str | None:
    s = normalise_name(org)
    best = None
    for key, slug in names:
        if key in s and (best is None or len(key) > len(best[0])):
            best = (key, slug)
    return best[1] if best else None


def timed(fn, *a):
    t = time.perf_counter()
    out = fn(*a)
    return out, time.perf_counter() - t


def quality(pairs):
    tp = sum(1 for got, want in pairs if got and got == want)
    fp = sum(1 for got, want in pairs if got and got != want)
    fn = sum(1 for got, want in pairs if want and got != want)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return round(precision, 4), round(recall, 4)


def main() -> None:
    rng = random.Random(8)
    cities, errors = load_registry(ROOT / "registry")
    rows = synthetic_rows(cities, ROWS, rng)
    text = as_csv(rows, rng)

    parsed, t_prr_csv = timed(parse_breach_csv, text)
    baseline, t_base_csv = timed(lambda s: list(csv.DictReader(io.StringIO(s))), text)
    assert len(parsed.entries) == ROWS and not parsed.problems, parsed.problems[:3]
    html = as_html("\n".join(text.splitlines()[:HTML_ROWS + 1]))
    parsed_html, t_prr_html = timed(parse_breach_list_html, html)
    assert len(parsed_html.entries) == HTML_ROWS

    index, t_index = timed(CityIndex, cities)
    prr_results, t_prr_match = timed(lambda: [(m.city_slug if (m := match_city(o, index)) else None, want)
                                              for o, want in rows])
    names = [(normalise_name(form), c.slug) for c in cities
             for form in {c.name.split(" (")[0], *[p.strip(")") for p in c.name.split(" (")[1:]]}]
    naive_results, t_naive_match = timed(lambda: [(naive_match(o, names), want) for o, want in rows])
    p_prr, r_prr = quality(prr_results)
    p_naive, r_naive = quality(naive_results)

    figures = {
        "rows": ROWS, "cities": len(cities),
        "csv_parse_s": round(t_prr_csv, 3), "csv_baseline_s": round(t_base_csv, 3),
        "csv_rows_per_s": round(ROWS / t_prr_csv),
        "html_rows": HTML_ROWS, "html_parse_s": round(t_prr_html, 3),
        "html_rows_per_s": round(HTML_ROWS / t_prr_html),
        "index_build_s": round(t_index, 4),
        "match_s": round(t_prr_match, 3), "match_names_per_s": round(ROWS / t_prr_match),
        "naive_match_s": round(t_naive_match, 3),
        "precision": p_prr, "recall": r_prr, "naive_precision": p_naive, "naive_recall": r_naive,
    }
    ratios = {
        "csv_parse_vs_dictreader": round(t_prr_csv / t_base_csv, 2),
        "match_time_vs_naive": round(t_prr_match / t_naive_match, 2),
        "false_matches_naive_per_prr": (round((1 - p_naive) / (1 - p_prr), 2) if p_prr < 1 else None),
    }
    goals = {"precision": 1.0, "recall_min": 0.99, "csv_rows_per_s_min": 10_000, "match_names_per_s_min": 2_000}
    met = (p_prr >= goals["precision"] and r_prr >= goals["recall_min"]
           and figures["csv_rows_per_s"] >= goals["csv_rows_per_s_min"]
           and figures["match_names_per_s"] >= goals["match_names_per_s_min"])
    print(f"CSV: {ROWS} rows in {t_prr_csv:.2f} s (csv.DictReader alone {t_base_csv:.2f} s, "
          f"x{ratios['csv_parse_vs_dictreader']}); HTML: {HTML_ROWS} rows in {t_prr_html:.2f} s")
    print(f"matching: prr precision {p_prr} recall {r_prr} in {t_prr_match:.2f} s; "
          f"naive substring precision {p_naive} recall {r_naive} in {t_naive_match:.2f} s")
    print(json.dumps({"figures": figures, "ratios": ratios, "goals": goals, "goals_met": met}))


if __name__ == "__main__":
    main()
