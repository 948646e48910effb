"""Stand-alone check of the held-out set blind_logs157 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed (with the encoding glue `=3D`, `ï»¿` and `â€”`
read as a separator), and no number is both; a layout-specific stretch-start pattern (which also
finds the non-record stretches: the export header, notification separators, day headings, MIME
boundaries, closing lines) gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import html
import json
import quopri
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BOM = "\u00ef\u00bb\u00bf"  # a UTF-8 byte-order mark read as Windows-1252
MDASH = "\u00e2\u20ac\u201d"  # a UTF-8 em dash read as Windows-1252
BOUNDARY = "--=_vpd_7f3a2c91"

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id" (or, for the blotter, the one `Case NN-NNNN. Disposition:` inside the
# stretch); the other alternatives start stretches that are no records
START = {
    "brackwater-falls-or-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<bom>{BOM})?(?P<id>25-\d{{5}}) +(?P<date>\d\d/\d\d/\d{{4}}) (?P<time>\d\d:\d\d) )"
        rf"|(?P<head>(?P<hbom>{BOM})?INCIDENT +RECEIVED ))", re.M),
    "ossory-county-ia-so": re.compile(
        r"^ *(?:(?P<rec>INCIDENT=3D(?P<id>OC25-\d{4})) *$|(?P<sep>(?:=3D){24}) *$|=3D=3D END OF BATCH:)", re.M),
    "corrowin-bay-wa-pd": re.compile(
        r"(?:^ *|</p><p>)(?:(?P<rec>(?P<time>\d{1,2}:\d\d)&nbsp;(?P<ampm>[ap])\.m\.\s+&ndash;\s)"
        r"|(?P<day><h3>\w+, Nov\. (?P<dd>\d+)</h3>)|<p><em>Incidents this week:)", re.M),
    "tillmont-vt-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>2025-\d{{4}})(?P<dash>{MDASH}|\u2014| \u2014 ))"
        r"|Total incidents this week:)", re.M),
    "vesterholm-mn-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>25-\d{6}) \| (?P<date>\d\d/\d\d/\d{4}) (?P<time>\d\d:\d\d) \| )"
        rf"|(?P<bnd>{re.escape(BOUNDARY)}(?:--)?) *$|Incidents this week: \d+ *$)", re.M),
}
ID_IN = {"corrowin-bay-wa-pd": re.compile(r"\bCase\s+(25-\d{4})\.\s+Disposition:")}
TOTAL = {  # the document's own count of records
    "brackwater-falls-or-pd": re.compile(r"concatenated for this request: (\d+) incident rows"),
    "ossory-county-ia-so": re.compile(r"END OF BATCH: (\d+) NOTIFICATIONS"),
    "corrowin-bay-wa-pd": re.compile(r"<p><em>Incidents this week: (\d+)\."),
    "tillmont-vt-pd": re.compile(r"Total incidents this week: (\d+)"),
    "vesterholm-mn-pd": re.compile(r"(?m)^ *Incidents this week: (\d+) *$"),
}
# page furniture taken out of a stretch that runs over a page end
FURNITURE = re.compile(r"^\f? *(?:-- page \d+ of \d+ --|OSSORY COUNTY SHERIFF'S OFFICE \[invented\] - .*"
                       r"|Mail gateway body printed as received.*|Show original - message source - page \d+ of \d+)"
                       r" *$", re.M)
GLUE = re.compile(rf"=3D|{BOM}|{MDASH}")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", GLUE.sub(" ", t))
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
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
        text = t[m.start():end]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, t) if num]


def tokens(s):
    return [x for x in re.split(rf"[\s/|]+|=3D|{BOM}|{MDASH}|<[^>]*>", s) if x]


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
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind=None):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if kind in (None, r["kind"])}


def lines_of(text):
    """The non-empty lines of a stretch, page furniture taken out."""
    return [ln.rstrip() for ln in FURNITURE.sub("", text).replace("\f", "\n").splitlines() if ln.strip()]


def qp_decode(lines):
    """Join quoted-printable soft line breaks and decode the `=XX` escapes."""
    joined = "".join(ln[:-1] if ln.endswith("=") else ln + "\n" for ln in lines)
    return quopri.decodestring(joined.encode("utf-8")).decode("utf-8")


def minutes(time, ampm):
    h, m = (int(x) for x in time.split(":"))
    return (h % 12 + (12 if ampm == "p" else 0)) * 60 + m


LABELS = ["INCIDENT", "RECEIVED", "NATURE", "LOCATION", "DEPUTY", "NARRATIVE", "DISPOSITION"]


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], [num for num, _, _ in recs] != e["case_numbers"]
    bl = blocks(folder, t)
    if folder == "brackwater-falls-or-pd":
        heads = [m for _, _, _, m in bl if m.group("head")]
        bad |= len(heads) != 1 or not heads[0].group("hbom") or heads[0].start() > bl[0][2]
        prev, days = None, set()
        for num, _, _, m in bl:
            if not num:
                continue
            date = m.group("date")
            key = date[6:] + date[:5]
            bad |= bool(m.group("bom")) != (prev is not None and key != prev)  # a mark starts each later day
            bad |= prev is not None and key < prev
            prev = key
            days.add(date)
        bad |= t.count(BOM) != len(days) or len(days) < 5 or ids != sorted(ids) or "&amp;" not in t
    if folder == "ossory-county-ia-so":
        pairs, cites, seps = set(), 0, 0
        for num, text, _, m in bl:
            if m.group("sep"):
                seps += 1
            if not num:
                continue
            lines = [ln.strip() for ln in lines_of(text)]
            seen = []
            for i, ln in enumerate(lines):
                lab = re.match(r"([A-Z]+)=3D", ln)
                if lab and lab.group(1) in LABELS:
                    bad |= i > 0 and lines[i - 1].endswith("=")
                    seen.append(lab.group(1))
                    continue
                bad |= i == 0 or not lines[i - 1].endswith("=")  # only a soft break continues a value
                c = re.match(r"(OC25-\d{4}) ", ln)
                if c:
                    cites += 1
                    bad |= not lines[i - 1].endswith("=20=") or c.group(1) >= num or seen[-1:] != ["NARRATIVE"]
                    pairs.add((num, c.group(1)))
            rc = re.search(r"RECEIVED=3D2025-11-(\d\d) \d\d:\d\d", text)
            bad |= seen != LABELS or lines[-1].endswith("=") or rc is None or not 10 <= int(rc.group(1)) <= 16
        bad |= (cites < 5 or pairs != rel(e, "prior_incident") or any(c in ids for _, c in pairs)
                or seps != len(ids) + 1)
    if folder == "corrowin-bay-wa-pd":
        joins = t.count("</p><p>")
        led = len(re.findall(r"</p><p>\d{1,2}:\d\d&nbsp;[ap]\.m\.\s+&ndash;\s", t))
        bad |= joins < 5 or led != joins
        pairs, day, last, heads = set(), None, -1, 0
        for num, text, _, m in bl:
            if m.group("day"):
                day, last, heads = m.group("dd"), -1, heads + 1
                continue
            if not num:
                continue
            flat = re.sub(r"\s+", " ", FURNITURE.sub("", text))
            now = minutes(m.group("time"), m.group("ampm"))
            bad |= day is None or now < last or flat.count("Disposition:") != 1 or flat.count("&ndash;") != 1
            last = now
            for c in re.findall(r"follow-up to case (25-\d{4})\.", flat):
                pairs.add((num, c))
                bad |= c >= num
        bad |= heads != 7 or pairs != rel(e, "earlier_case")
    if folder == "tillmont-vt-pd":
        items, pairs = [], set()
        for num, text, _, m in bl:
            if not num:
                continue
            items.append(int(m.group("n")))
            bad |= m.group("dash") != MDASH
            flat = re.sub(r"\s+", " ", text)
            for c in re.findall(r"See also (2025-\d{4})\.", flat):
                pairs.add((num, c))
                bad |= c >= num
        naive = set(re.findall(r"\b(2025-\d{4})\b", t))  # what a word-boundary search sees
        bad |= (items != list(range(1, len(items) + 1)) or bool(naive & set(ids)) or pairs != rel(e, "earlier_incident")
                or len(pairs) < 3 or t.count("\u00e2\u20ac\u2122") < 10 or "\u2014" in t or "\u2019" in t)
    if folder == "vesterholm-mn-pd":
        parts = re.split(rf"(?m)^ *{re.escape(BOUNDARY)}(?:--)? *$", t)
        if len(parts) != 4:
            return [f"{name}: {folder} layout trap does not hold"]
        plain = []
        for num, text, _ in recs:
            if num:
                body = qp_decode(lines_of(text)).strip()
                plain.append([c.strip() for c in body.split(" | ")])
        part = parts[2].split("Content-Transfer-Encoding: quoted-printable", 1)[-1]
        dec = qp_decode(lines_of(part))
        rows = [[html.unescape(c) for c in row] for row in re.findall(
            r'<tr><td class="inc">(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td>'
            r"</tr>", dec)]
        split_ids = [x for x in ids if f'inc">{x}</td>' not in part]
        tot = re.findall(r"<p>Incidents this week: (\d+)</p>", dec)
        bad |= (rows != plain or [x[0] for x in rows] != ids or tot != [str(len(ids))] or not split_ids
                or "multipart/alternative" not in parts[0] or "text/plain" not in parts[1]
                or "text/html" not in parts[2])
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
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs157.py"), tmp], check=True)
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
