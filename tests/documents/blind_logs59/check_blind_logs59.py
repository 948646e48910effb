"""Stand-alone check of the fifty-ninth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is printed as often as
listed, and no number is both an id and a related number (except an earlier case cited); a
layout-specific record pattern, read off the `pdftotext` text, finds exactly the listed ids in
order; the document's own count equals record_count; every sample value is printed inside its
own record's stretch of text, its words in order (Bexley Mills' date comes from the day heading
above the bullet); size < 200 KB; plus one check of each layout's trap. The newsletter is read
with `pdftotext -raw` (column by column), the others with `pdftotext -layout`.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID = r"(?<![\w-]){}(?![\w-])"

# record-start patterns, one per agency, read off the text (not used by prr)
START = {
    "harlow-creek-ks-pd": re.compile(
        r"^(?:\d\d/\d\d/2025|[A-Z][a-z]{2} \d{1,2}, 2025) [ .]+\d{4} .*?" + ID.format(r"(?P<id>25-\d{4})"), re.M),
    "pell-ferry-me-pd": re.compile(r"^(?P<id>PF-25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "wrenfield-vt-pd": re.compile(r"^ *(?:Case #:|Report No\.) (?P<id>WF25-\d{4})$", re.M),
    "ostrander-mn-pd": re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\., [A-Z][a-z]{2}\. \d{1,2}, "
                                  r"\d{1,2}:\d\d [ap]\.m\. - ", re.M),
    "bexley-mills-nc-pd": re.compile(r"^ *\u2022 (?:\d{4} hrs|\d{1,2}:\d\d [AP]M) - ", re.M),
}
TOTAL = {
    "harlow-creek-ks-pd": re.compile(r"Total calls logged[ .]+(\d+)"),
    "pell-ferry-me-pd": re.compile(r"TOTAL +(\d+) reports"),
    "wrenfield-vt-pd": re.compile(r"(\d+) entries this month\."),
    "ostrander-mn-pd": re.compile(r"By the numbers: (\d+) calls this month"),
    "bexley-mills-nc-pd": re.compile(r"Incidents this period: (\d+)"),
}
DAY_HEAD = re.compile(r"^[A-Z]+DAY, [A-Z]+ \d{1,2}, 2025$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def text_of(folder, pdf):
    mode = "-raw" if folder == "ostrander-mn-pd" else "-layout"
    return run(["pdftotext", mode, str(pdf), "-"])


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(ID.format(re.escape(num)), flat))
        if have != want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in {r["number"] for r in e["related_numbers"] if r["kind"] != "earlier_case_cited"} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["kind"] == "earlier_case_cited" and (r["number"] not in ids
                                            or ids.index(r["number"]) >= ids.index(r["record"])):
            problems.append(f"{name}: 'earlier case' {r['number']} is not an earlier record")
    return problems


def own_id(folder, m, stretch):
    """The record's own id: in the start match, or (free text) found in its stretch."""
    if "id" in m.re.groupindex:
        return m.group("id")
    flat = re.sub(r"\s+", " ", stretch)
    if folder == "ostrander-mn-pd":
        found = re.findall(r"\((25-\d{5})\)", flat)
        return found[-1] if len(found) == 1 else f"?{len(found)} ids"
    found = re.findall(r"Case (25-\d{4}),", flat)
    return found[0] if len(found) == 1 else f"?{len(found)} ids"


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    if folder == "wrenfield-vt-pd":  # one text box = one chunk between blank lines
        out, pos = [], 0
        for chunk in re.split(r"\n[ \f]*\n", t):
            m = START[folder].search(chunk)
            if m:
                out.append((m.group("id"), chunk, t.find(chunk, pos)))
            pos += len(chunk)
        return out
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 700)
        stretch = t[m.start():end]
        if folder == "bexley-mills-nc-pd":  # a day heading belongs to the next bullet
            stretch = DAY_HEAD.split(stretch)[0]
        out.append((own_id(folder, m, stretch), stretch, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#\u2022')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    return heads[-1].group(0) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "bexley-mills-nc-pd" and key == "reported_at":
                m = re.match(r"([A-Za-z]+, [A-Za-z]+ \d{1,2}, 2025) (.+)$", val)
                ok = bool(m) and heading_date(t, pos) == m.group(1).upper() \
                    and in_order(m.group(2).split(), text.split()[1:4])
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "harlow-creek-ks-pd":
        lines = [m.group(0) for m in START[folder].finditer(t)]
        full = [t[m.start():t.find("\n", m.start())] for m in START[folder].finditer(t)]
        late = "-11" in name
        bad = [ln for ln, f in zip(lines, full) if ln.count("..") < (5 if late else 2)
               or f.rstrip().endswith(ln[-7:]) != late]
        if bad or len(lines) != len(ids) or "Total calls logged" not in t or "Arrests" not in t:
            problems.append(f"{name}: tab-leader rows or id column not as the month's layout ({len(bad)})")
    if folder == "pell-ferry-me-pd":
        table = t[:t.find("Offenses this week")]
        bullets = len(re.findall(r"\u2022 ", table))
        n_off = sum(len(x["type"]) if isinstance(x["type"], list) else 1 for x in e["sample_records"])
        summary = [int(k) for k in re.findall(r"^ *\u2022 .+? +(\d+)$", t[len(table):], re.M)]
        if bullets != sum(summary) or n_off < 3 or len(summary) < 5 or bullets <= len(ids):
            problems.append(f"{name}: offence bullets {bullets} vs summary {sum(summary)}")
    if folder == "wrenfield-vt-pd":
        lab = ("Case #:", "Date/Time:") if "-09" in name else ("Report No.", "Reported:")
        firsts = [text.strip().split("\n")[0].strip() for _, text, _ in recs]
        date_first = sum(f.startswith(lab[1]) for f in firsts)
        if not all(f.startswith(lab) for f in firsts) or not 0 < date_first < len(recs):
            problems.append(f"{name}: box labels do not follow the month's wording or order ({date_first})")
    if folder == "ostrander-mn-pd":
        split = [num for num, text, _ in recs if "The Ostrander Crier" in text]
        lay = run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(e["_path"]), "-"])
        side = len(re.findall(r"\S {4,}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\., ", lay))
        if not split or side < 5:
            problems.append(f"{name}: no entry split over a page ({len(split)}) or not two columns ({side})")
    if folder == "bexley-mills-nc-pd":
        subs = re.findall(r"^ +\u2013 ", t, re.M)
        cited = [r for r in e["related_numbers"] if r["kind"] == "earlier_case_cited"]
        follow = re.findall(r"Follow-up on Case (25-\d{4}):", t)
        style = r"^ *\u2022 \d{4} hrs" if "10-13" in name else r"^ *\u2022 \d{1,2}:\d\d [AP]M"
        if not subs or sorted(follow) != sorted(r["number"] for r in cited) \
                or len(re.findall(style, t, re.M)) != len(ids):
            problems.append(f"{name}: sub-bullets, follow-up citations or time style wrong")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        e["_path"] = pdf
        data = pdf.read_bytes()
        t = text_of(folder.name, pdf)
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: record pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        if len(e["sample_records"]) != 3 or [s["case_number"] for s in e["sample_records"]] != \
                [ids[0], ids[len(ids) // 2], ids[-1]]:
            problems.append(f"{pdf.name}: samples are not the first, middle and last records")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs59.py"), tmp], check=True)
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if [f.name for f in folders] != sorted(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
