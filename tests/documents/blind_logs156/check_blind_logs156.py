"""Stand-alone check of the held-out set blind_logs156 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: day headings, appendix lines,
closing lines) gives exactly the listed ids in order; the document's own count equals record_count;
every sample value is printed inside its own record's stretch of text, its words in order; size
< 200 KB; plus one check of each layout's trap. The two-column bulletin is read column by column
(`pdftotext -layout` of each column's area) and its page text is checked to be the two columns side
by side. With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id"; the other alternatives start stretches that are no records
START = {
    "fenmore-shoals-nc-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>25-\d{6})(?P<cd>[A-Z]{4}) +(?P<dt>\d\d/\d\d/\d\d) +(?P<tm>\d{4}) +(?P<bt>B\d) )"
        r"|Rows printed:)", re.M),
    "tessler-county-ne-so": re.compile(
        r"^ *(?:(?P<rec>Incide +(?P<id>2025-\d{6}) +Receiv )|Incidents on this print:)", re.M),
    "quenby-flats-az-pd": re.compile(  # applied to the column-by-column text
        r"^ *(?:(?P<rec>(?P<md>\d\d/\d\d) (?P<tm>\d{4}) (?P<id>25-\d{5}) )|(?P<day>== [A-Z]{3} (?P<date>\d\d/\d\d)/25 ==)"
        r"|Entries this week:)", re.M),
    "osgood-mills-vt-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\.(?P<id>25-\d{4}) (?P<dow>[A-Z][a-z]{2}) (?P<md>\d\d/\d\d) (?P<tm>\d{4})\. )"
        r"|Items:)", re.M),
    "wickerby-junction-ia-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>25-\d{5}) +(?P<dt>\d\d/\d\d/\d\d) +(?P<tm>\d{4}) +(?P<cad>C25-\d{6}) )"
        r"|(?P<over>(?P<oid>25-\d{5}) +(?P<field>NAT|LOC|DISP) +(?P<full>.+)$)|RECORDS LISTED:"
        r"|VALUES CUT ON THIS LISTING|VALUES CUT: )", re.M),
}
TOTAL = {  # the document's own count of records
    "fenmore-shoals-nc-pd": re.compile(r"Rows printed: (\d+)"),
    "tessler-county-ne-so": re.compile(r"Incidents on this print: (\d+)"),
    "quenby-flats-az-pd": re.compile(r"Entries this week: (\d+)"),
    "osgood-mills-vt-pd": re.compile(r"Items: (\d+)"),
    "wickerby-junction-ia-pd": re.compile(r"RECORDS LISTED: (\d+)"),
}
# running headers and footers, taken out of a stretch that runs over a page end
PAGE_FURNITURE = re.compile(
    r"^\f? *(?:TCSO form print - page \d+ of \d+|TESSLER COUNTY SHERIFF'S OFFICE \[invented\]|Incident form print, .*"
    r"|OMPD summary - \d+ of \d+|OSGOOD MILLS POLICE DEPARTMENT \[invented\]|Incident summary, November .*)\n", re.M)
# the two-column bulletin: column areas (points from the top left), the header and footer lines
QF_AREAS = [(0, 54, 299, 708), (299, 54, 313, 708)]
QF_FURNITURE = re.compile(r"^ *(?:QUENBY FLATS POLICE DEPARTMENT|Narratives over four lines|QFPD bulletin)")
# the fixed-width listing: field widths of the cut fields
WJ_WIDTH = {"NAT": 20, "LOC": 32, "DISP": 18}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def columns(pdf, pages):
    """Per page, the left and the right column of the two-column bulletin, each as its own text."""
    out = []
    for p in range(1, pages + 1):
        out.append([run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", str(y), "-W", str(w),
                         "-H", str(h), str(pdf), "-"]).replace("\f", "") for x, y, w, h in QF_AREAS])
    return out


def flow(cols):
    """The bulletin read down the left column, then down the right, page by page."""
    return "\n".join(part for page in cols for part in page)


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        # an id may touch a letter code after it or an item number's period before it, never other digits
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\d-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(id or None, text stretch, start offset, match) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id") if m.group("rec") else None, t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, t) if num]


def tokens(s):
    return [x for x in re.split(r"[\s/]+", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if key != "case_number" and not in_order(tokens(val), tokens(text)):  # the id starts the stretch
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind=None):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if kind in (None, r["kind"])}


def serial(num):
    return int(num.rsplit("-", 1)[1])


def side_by_side(t, cols):
    """Each page's text must be its left column's lines with the right column's lines beside them.
    Returns the number of lines whose two parts stand one space apart, or None when the page text
    is not the two columns side by side."""
    tight = 0
    for page, (left, right) in zip(t.split("\f"), cols):
        lq = [x.strip() for x in left.splitlines() if x.strip()]
        rq = [x.strip() for x in right.splitlines() if x.strip()]
        for line in page.splitlines():
            if not line.strip() or QF_FURNITURE.match(line):
                continue
            if not line.startswith(" "):
                if not lq or not line.startswith(lq[0]):
                    return None
                rest = line[len(lq.pop(0)):]
                if rest.strip():
                    if not rest.startswith(" ") or not rq or rest.strip() != rq.pop(0):
                        return None
                    tight += not rest.startswith("  ")
            elif not rq or line.strip() != rq.pop(0):
                return None
        if lq or rq:
            return None
    return tight


def check_layout(folder, name, t, e, recs, cols=None):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], [num for num, _, _ in recs] != e["case_numbers"]
    if folder == "fenmore-shoals-nc-pd":
        flat = re.sub(r"\s+", " ", t)
        legend = dict(re.findall(r"([A-Z]{4}) = ([^;.]+)", flat[flat.find(" Cd: "):]))
        pairs = set()
        for num, text, _, m in blocks(folder, t):
            if not num:
                continue
            line = text.splitlines()[0]
            desc = legend.get(m.group("cd"), "?")
            bad |= not line[m.end() - m.start():].startswith(desc[:12])  # the clipped nature begins with the code's name
            tail = re.search(r" (25-\d{6})$", line)
            if tail:
                pairs.add((num, tail.group(1)))
        loose = set(re.findall(r"(?<![\w-])25-\d{6}(?![\w-])", t))  # numbers set off by spaces
        bad |= (len(legend) < 10 or pairs != rel(e, "prior_case") or bool(loose & set(ids))
                or loose != {x for _, x in pairs} or any(serial(x) >= serial(ids[0]) for _, x in pairs))
    if folder == "tessler-county-ne-so":
        pairs, cut = set(), 0
        form = re.compile(r"Incide (?P<id>\S+) Receiv \d\d/\d\d/25 \d{4} hrs Nature (?P<nat>.+?) Beat \d "
                          r"Locati (?P<loc>.+?) Officer \d{4} (?:Incide (?P<ref>2025-\d{6}) Relati (?P<rel>.+?) )?"
                          r"Dispos (?P<disp>.+)")
        for num, text, _, _m in blocks(folder, t):
            if not num:
                continue
            flat = re.sub(r"\s+", " ", PAGE_FURNITURE.sub("", text)).strip()
            f = form.fullmatch(flat)
            if f is None or f.group("id") != num:
                bad = True
                continue
            cut += sum(f.group(k).endswith("\u2026") for k in ("nat", "loc", "disp"))
            if f.group("ref"):
                pairs.add((num, f.group("ref")))
        labels = re.findall(r"(?m)^ *Incide ", t)
        bad |= (len(pairs) < 8 or len(labels) != len(ids) + len(pairs) or pairs != rel(e, "incident_ref")
                or any(x in ids or serial(x) >= serial(ids[0]) for _, x in pairs) or cut < 5
                or bool(re.search(r"(?m)^ *(?:Incident No|Incident Ref|Received|Location|Disposition)", t)))
    if folder == "quenby-flats-az-pd":
        text = flow(cols)
        day, last, pairs = None, "", set()
        for num, stretch, _, m in blocks(folder, text):
            if m.group("day"):
                day, last = m.group("date"), ""
            elif num:
                bad |= m.group("md") != day or m.group("tm") <= last
                last = m.group("tm")
                flat = re.sub(r"\s+", " ", stretch)
                pairs |= {(num, x) for x in re.findall(r"See also (25-\d{5})\.", flat)}
        starts = [(m.start() - t.rfind("\n", 0, m.start()) - 1, m.group(1))
                  for m in re.finditer(r"\d\d/\d\d \d{4} (25-\d{5}) ", t)]
        right = sum(col > 30 for col, _ in starts)          # entries that start in the middle of a text line
        tight = side_by_side(t, cols)
        bad |= (tight is None or tight < 10 or right < 15 or [x for _, x in starts] == ids
                or sorted(x for _, x in starts) != sorted(ids) or pairs != rel(e, "see_also")
                or ids != sorted(ids, key=serial))
    if folder == "osgood-mills-vt-pd":
        items, pairs, cut = [], set(), 0
        for num, text, _, m in blocks(folder, t):
            if not num:
                continue
            items.append(int(m.group("n")))
            lines = [x for x in PAGE_FURNITURE.sub("", text).splitlines() if x.strip()]
            cut += lines[-1].rstrip().endswith("\u2026")
            bad |= len(lines) > 2
            pairs |= {(num, x) for x in re.findall(r"Prior (25-\d{4})\.", " ".join(lines))}
        loose = re.findall(r"(?<![\w.-])25-\d{4}(?![\w-])", t)  # numbers set off by spaces
        bad |= (items != list(range(1, len(items) + 1)) or cut < 5 or pairs != rel(e, "prior_case")
                or set(loose) != {x for _, x in pairs} or any(serial(x) >= serial(ids[0]) for _, x in pairs))
    if folder == "wickerby-junction-ia-pd":
        rows, over, cads = {}, [], []
        for num, text, _, m in blocks(folder, t):
            if num:
                rows[num] = re.sub(r"\s+", " ", text.splitlines()[0])
                cads.append((num, m.group("cad")))
            elif m.group("over"):
                over.append((m.group("oid"), m.group("field"), m.group("full").strip()))
        for oid, field, full in over:
            w = WJ_WIDTH[field]
            shown = full[:w - 3].rstrip() + "..."
            bad |= oid not in rows or len(full) <= w or shown not in rows.get(oid, "")
        per = {}
        for oid, _, _ in over:
            per[oid] = per.get(oid, 0) + 1
        end = re.search(r"VALUES CUT: (\d+) ON (\d+) RECORDS", t)
        bad |= (any(row.count("...") != per.get(num, 0) for num, row in rows.items()) or len(over) < 10
                or end is None or [int(g) for g in end.groups()] != [len(over), len(per)]
                or set(cads) != rel(e, "cad") or [c for _, c in cads] != sorted(c for _, c in cads)
                or t.find("VALUES CUT ON THIS LISTING") < max(t.find(x) for x in rows))
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 10:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        cols = columns(pdf, pages) if folder.name == "quenby-flats-az-pd" else None
        recs = records(folder.name, flow(cols) if cols else t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs, cols)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs156.py"), tmp], check=True)
        made = {q for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if len(made) != len(before):
            problems.append(f"regenerated {len(made)} files, the set has {len(before)}")
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
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
