"""Stand-alone check of the held-out set blind_logs80 (does not import prr).

For every PDF: sha256, bytes (< 200 KB) and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; ids are unique; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record `See` stubs of the offense log and drops them)
gives exactly the listed ids in order; the document's own count equals record_count; every sample
value is printed inside its own record's stretch of text, its words in order (values that the layout
prints in a group heading -- Tallisker's address, Durnhollow's offense, Marchbank's beat, Vellamy's
district -- are checked against the heading above the record); plus one check of each layout's
grouping trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = ["marchbank-oh-pd", "tallisker-ky-pd", "vellamy-ct-pd", "durnhollow-me-pd", "ostwick-wy-pd"]

START = {
    "marchbank-oh-pd": re.compile(r"^(?P<id>MB25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "tallisker-ky-pd": re.compile(r"^ +(?P<id>25-\d{6}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    "vellamy-ct-pd": re.compile(r"^(?P<id>VP25-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "durnhollow-me-pd": re.compile(r"^(?:(?:Mon|Tues|Wed|Thurs|Fri|Sat|Sun)\., Oct\. \d+, |(?P<stub>See [A-Z]))",
                                   re.M),
    "ostwick-wy-pd": re.compile(r"^ +No\. +(?P<id>OW25-\d{4})$", re.M),
}
DH_REPORT = re.compile(r"Report\s+(DH25-\d{4})\.")
TOTAL = {
    "marchbank-oh-pd": re.compile(r"Total incidents, all beats: (\d+)"),
    "tallisker-ky-pd": re.compile(r"Total calls: (\d+) at \d+ addresses"),
    "vellamy-ct-pd": re.compile(r"Part I incidents reported citywide this week: (\d+)\."),
    "durnhollow-me-pd": re.compile(r"This log lists \d+ offenses in (\d+) reports\."),
    "ostwick-wy-pd": re.compile(r"Incidents listed: (\d+) \("),
}
HEADING_KEYS = {  # sample keys printed in a group heading above the record: (folder, key) -> regex
    ("tallisker-ky-pd", "location"): re.compile(r"^ADDRESS: (.+?) +Calls: \d+$", re.M),
    ("marchbank-oh-pd", "beat"): re.compile(r"^ *BEAT (\d+) - ", re.M),
    ("vellamy-ct-pd", "district"): re.compile(r"^DISTRICT (\d) - ", re.M),
    ("durnhollow-me-pd", "type"): re.compile(r"^([A-Z][A-Z ]+) \(\d+\)$", re.M),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdftext(p):
    return run(["pdftotext", "-layout", str(p), "-"])


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
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
    """(id or None, text stretch, start offset) per block, in print order; None = not a record."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1200)
        text = t[m.start():end]
        if folder == "durnhollow-me-pd":
            if m.group("stub"):
                num = None
            else:
                c = DH_REPORT.search(text)
                num = c.group(1) if c else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def heading_above(rx, t, pos):
    hs = list(rx.finditer(t, 0, pos))
    return hs[-1].group(1) if hs else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if key == "case_number":
                continue
            rx = HEADING_KEYS.get((folder, key))
            if rx:
                first = val[0] if isinstance(val, list) else val
                got = heading_above(rx, t, pos)
                if got != first:
                    problems.append(f"{name}: sample {s['case_number']} {key} {first!r}, heading above is {got!r}")
                if isinstance(val, list):  # further offenses: a stub with this id under each heading
                    for other in val[1:]:
                        stubs = [m for m in re.finditer(rf"^See .*?Report {re.escape(s['case_number'])},", t, re.M)
                                 if heading_above(rx, t, m.start()) == other]
                        if not stubs:
                            problems.append(f"{name}: sample {s['case_number']} has no stub under {other}")
                continue
            for v in (val if isinstance(val, list) else [val]):
                if not in_order(v.split(), text.split()):
                    problems.append(f"{name}: sample {s['case_number']} {key} {v!r} not in its record's text")
    return problems


def trap_marchbank(t, e):
    problems = []
    ev = re.compile(r"^ *BEAT (?P<beat>\d+) - [A-Z ]+?(?P<cont> \(continued\))?$|"
                    r"^(?P<rec>MB25-\d{5}) +\d\d/\d\d/2025|Beat (?P<sb>\d+) subtotal: (?P<n>\d+) incidents", re.M)
    seen, cur, count, subtotals, conts, split = set(), None, 0, [], 0, 0
    for m in ev.finditer(t):
        if m.group("beat"):
            if m.group("cont"):
                conts += 1
                if m.group("beat") != cur:
                    problems.append(f"continued heading of beat {m.group('beat')} inside beat {cur}")
                nxt = t[m.end():].lstrip("\n").split("\n", 1)[0]
                if nxt.strip() and not re.match(r"MB25-\d{5}", nxt) and "subtotal" not in nxt:
                    split += 1
            else:
                if m.group("beat") in seen:
                    problems.append(f"beat {m.group('beat')} headed twice without (continued)")
                seen.add(m.group("beat"))
                cur, count = m.group("beat"), 0
        elif m.group("rec"):
            count += 1
        else:
            if m.group("sb") != cur or int(m.group("n")) != count:
                problems.append(f"beat {m.group('sb')} subtotal {m.group('n')}, rows {count} (beat {cur})")
            subtotals.append(int(m.group("n")))
    tot = TOTAL["marchbank-oh-pd"].search(t)
    if len(subtotals) != len(seen) or not tot or sum(subtotals) != int(tot.group(1)):
        problems.append(f"subtotals {subtotals} vs {len(seen)} beats and total {tot and tot.group(1)}")
    if not conts or not split:
        problems.append(f"{conts} continued headings, {split} rows cut by a page break (want >= 1 each)")
    return problems


def trap_tallisker(t, e):
    problems = []
    ev = re.compile(r"^ADDRESS: (?P<num>\d+) (?P<street>.+?) +Calls: (?P<n>\d+)$|^ +(?P<rec>25-\d{6}) .*$", re.M)
    groups = []
    for m in ev.finditer(t):
        if m.group("num"):
            groups.append([(m.group("street"), int(m.group("num"))), int(m.group("n")), 0])
        elif groups:
            groups[-1][2] += 1
    for key, n, rows in groups:
        if n != rows:
            problems.append(f"address {key}: Calls {n}, rows {rows}")
    keys = [g[0] for g in groups]
    if keys != sorted(keys):
        problems.append("addresses not sorted by street name, then house number")
    if len(set(keys)) != len(keys):
        problems.append("an address is headed twice")
    m = re.search(r"Total calls: (\d+) at (\d+) addresses", t)
    if not m or int(m.group(2)) != len(groups) or int(m.group(1)) != sum(g[1] for g in groups):
        problems.append("Total calls line does not match the address groups")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^ +(25-\d{6}) .*$", t, re.M)}
    for r in e["related_numbers"]:
        if r["kind"] == "report_number" and not rows.get(r["record"], "").rstrip().endswith(r["number"]):
            problems.append(f"report number {r['number']} not in the last column of call {r['record']}")
    if not any(r["kind"] == "report_number" for r in e["related_numbers"]):
        problems.append("no report numbers listed")
    return problems


def trap_vellamy(t, e):
    problems = []
    parts = re.split(r"^(DISTRICT \d - [A-Z]+|CITYWIDE)$", t, flags=re.M)
    sections = list(zip(parts[1::2], parts[2::2]))
    if [s[0].split(" - ")[0] for s in sections] != ["DISTRICT 1", "DISTRICT 2", "DISTRICT 3", "DISTRICT 4",
                                                    "CITYWIDE"]:
        problems.append(f"sections {[s[0] for s in sections]}")
    # text after a section up to the next non-continued section heading
    for head, body in sections:
        tot = re.search(r"^ *Total Part I +(\d+) ", body, re.M)
        if head == "CITYWIDE":
            if not tot or int(tot.group(1)) != e["record_count"]:
                problems.append("citywide This Wk total differs from record_count")
            continue
        num = head.split()[1]
        lst = re.search(rf"Part I incidents reported this week, District {num} \((\d+)\)", body)
        rows = len(re.findall(r"^VP25-\d{5} ", body, re.M))
        if not (tot and lst and int(tot.group(1)) == int(lst.group(1)) == rows):
            problems.append(f"{head}: This Wk {tot and tot.group(1)}, listed {lst and lst.group(1)}, rows {rows}")
        cats = [m.group(1) for m in re.finditer(r"^VP25-\d{5} +\S+ \d{4} +(\S+(?: \S+)?) {2,}", body, re.M)]
        order = ["Robbery", "Agg. Assault", "Burglary", "Larceny", "MV Theft", "Arson"]
        if [order.index(c) for c in cats] != sorted(order.index(c) for c in cats):
            problems.append(f"{head}: rows not sorted by category")
    return problems


def trap_durnhollow(t, e):
    problems = []
    heads = list(re.finditer(r"^([A-Z][A-Z ]+) \((\d+)\)$", t, re.M))
    full_head = {}
    n_stubs = 0
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(t)
        body = t[h.end():end]
        items = list(START["durnhollow-me-pd"].finditer(body))
        if len(items) != int(h.group(2)):
            problems.append(f"{h.group(1)}: heading count {h.group(2)}, items {len(items)}")
        for m in items:
            if not m.group("stub"):
                c = DH_REPORT.search(body, m.start())
                if c:
                    full_head[c.group(1)] = h.group(1)
        for s in re.finditer(r"^See (.+?): Report (DH25-\d{4}),", body, re.M):
            n_stubs += 1
            if s.group(2) not in e["case_numbers"]:
                problems.append(f"stub {s.group(2)} names no listed record")
            elif full_head.get(s.group(2), s.group(1).upper()).upper() != s.group(1).upper():
                problems.append(f"stub {s.group(2)} says {s.group(1)}, entry is under {full_head.get(s.group(2))}")
            stubs_later = s.group(2)
            if stubs_later not in full_head and s.group(1).upper() < h.group(1):
                problems.append(f"stub {s.group(2)} points back to a heading without its entry")
    for s in re.finditer(r"^See (.+?): Report (DH25-\d{4}),", t, re.M):
        if full_head.get(s.group(2), "").upper() != s.group(1).upper():
            problems.append(f"stub {s.group(2)} ({s.group(1)}) has no written-out entry under that heading")
    m = re.search(r"This log lists (\d+) offenses in (\d+) reports\.", t)
    total = sum(int(h.group(2)) for h in heads)
    if not m or int(m.group(1)) != total or int(m.group(1)) - int(m.group(2)) != n_stubs \
            or total != e.get("offense_count_printed"):
        problems.append(f"offense total {m and m.group(1)} vs heading counts {total}, stubs {n_stubs}")
    if not n_stubs:
        problems.append("no See stubs")
    return problems


def ow_key(s):
    if s == "LOCATION WITHHELD":
        return (2, 0, s)
    if s[0].isdigit():
        return (1, int(re.match(r"\d+", s).group(0)), s)
    return (0, 0, s)


def trap_ostwick(t, e):
    problems = []
    ev = re.compile(r"^(?P<head>[A-Z0-9][A-Z0-9 ]+?)(?P<cont> \(cont\.\))?$|^ +Addr +(?P<addr>.+)$|"
                    r"^ +(?P<foot>[A-Z0-9][A-Za-z0-9 ]+): (?P<n>\d+)$", re.M)
    groups, _cur = [], None
    for m in ev.finditer(t):
        if m.group("head"):
            if m.group("head") == "TOWN OF OSTWICK POLICE DEPARTMENT":
                continue
            if m.group("cont"):
                if not groups or groups[-1][0] != m.group("head"):
                    problems.append(f"(cont.) heading {m.group('head')} after another group")
                continue
            groups.append([m.group("head"), 0, None])
        elif m.group("addr"):
            g = groups[-1]
            g[1] += 1
            a = m.group("addr")
            if g[0] == "LOCATION WITHHELD":
                if not a.startswith("Withheld ("):
                    problems.append(f"{a} in the withheld group")
            elif "&" in a:
                if a.split(" & ")[0].upper() != g[0]:
                    problems.append(f"intersection {a} not filed under its first street ({g[0]})")
            elif not re.fullmatch(rf"\d+ {re.escape(g[0])}", a.upper()):
                problems.append(f"address {a} filed under {g[0]}")
        elif m.group("foot"):
            g = groups[-1]
            if m.group("foot").upper() != g[0] or g[2] is not None:
                problems.append(f"footer {m.group('foot')} closes group {g[0]}")
            g[2] = int(m.group("n"))
    for name, n, foot in groups:
        if n != foot:
            problems.append(f"{name}: {n} blocks, footer {foot}")
    names = [g[0] for g in groups]
    if names != sorted(names, key=ow_key) or len(set(names)) != len(names) or names[-1] != "LOCATION WITHHELD":
        problems.append(f"street groups out of order: {names}")
    if not any(n[0].isdigit() for n in names) or "- NUMBERED STREETS -" not in t:
        problems.append("no numbered streets group")
    if " & " not in t:
        problems.append("no intersection")
    m = re.search(r"Incidents listed: (\d+) \(streets: (\d+); location withheld: (\d+)\)", t)
    wh = [g for g in groups if g[0] == "LOCATION WITHHELD"]
    if not m or int(m.group(2)) != len(groups) - 1 or not wh or int(m.group(3)) != wh[0][1] \
            or int(m.group(1)) != sum(g[1] for g in groups):
        problems.append("Incidents listed line does not match the groups")
    return problems


TRAP = {"marchbank-oh-pd": trap_marchbank, "tallisker-ky-pd": trap_tallisker, "vellamy-ct-pd": trap_vellamy,
        "durnhollow-me-pd": trap_durnhollow, "ostwick-wy-pd": trap_ostwick}


def check_text(folder, name, t, e):
    """All checks that read the text (used by the mutation runs too)."""
    problems = check_numbers(name, t, e)
    recs = records(folder, t)
    got = [r[0] for r in recs]
    if got != e["case_numbers"]:
        problems.append(f"{name}: record-start pattern finds {len(got)} ids, not the listed {len(e['case_numbers'])}"
                        " in order")
    m = TOTAL[folder].search(t)
    if not m or int(m.group(1)) != e["record_count"]:
        problems.append(f"{name}: printed count {m and m.group(1)} != record_count {e['record_count']}")
    problems += check_samples(folder, name, t, recs, e)
    problems += [f"{name}: {p}" for p in TRAP[folder](t, e)]
    return problems


def check(root):
    problems, n_pdf, n_rec = [], 0, 0
    for folder in FOLDERS:
        d = root / folder
        gt = d / "groundtruth.json"
        if not gt.exists():
            problems.append(f"{folder}: no groundtruth.json")
            continue
        entries = json.loads(gt.read_text())
        if sorted(e["file"] for e in entries) != sorted(p.name for p in d.glob("*.pdf")):
            problems.append(f"{folder}: PDFs and ground-truth entries differ")
        for e in entries:
            name = f"{folder}/{e['file']}"
            p = d / e["file"]
            if not p.exists():
                problems.append(f"{name}: missing")
                continue
            b = p.read_bytes()
            n_pdf += 1
            n_rec += e["record_count"]
            if hashlib.sha256(b).hexdigest() != e["sha256"] or len(b) != e["bytes"] or len(b) >= 200_000:
                problems.append(f"{name}: sha256/bytes differ or too big")
            pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(p)])).group(1))
            if pages != e["pages"]:
                problems.append(f"{name}: {pages} pages, listed {e['pages']}")
            if len(e["case_numbers"]) != e["record_count"] or not 40 <= e["record_count"] <= 150:
                problems.append(f"{name}: record_count {e['record_count']} vs {len(e['case_numbers'])} ids")
            if "[invented]" not in e["agency"] or e["source_repo"] != "generated" or len(e["sample_records"]) != 3:
                problems.append(f"{name}: agency/source/sample keys")
            problems += check_text(folder, name, pdftext(p), e)
    return problems, n_pdf, n_rec


def regen(root):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs80.py"), tmp], check=True)
        for f in sorted(Path(tmp).rglob("*")):
            if f.is_file():
                rel = f.relative_to(tmp)
                if not (root / rel).exists() or (root / rel).read_bytes() != f.read_bytes():
                    problems.append(f"regen: {rel} differs")
    return problems


def main(argv):
    root = HERE
    if "--dir" in argv:
        root = Path(argv[argv.index("--dir") + 1])
    problems, n_pdf, n_rec = check(root)
    if "--regen" in argv:
        problems += regen(root)
    for p in problems:
        print("FAIL", p)
    print(f"{n_pdf} PDFs, {n_rec} records: " + ("OK" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
