"""Stand-alone check of the forty-second held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record (for the two logs cut
into left and right parts, the record is its left line plus its right line), its words in
order; size < 200 KB; plus one check of each layout's trap. Quarry Bend is printed two pages
to a sheet, so its text is read half-sheet by half-sheet (pdftotext -x/-W crops).
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

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "kestrel-pass-mt-pd": re.compile(r"^(?P<row>\d+) +(?P<id>KP25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "ferncliff-county-ne-so": re.compile(r"^(?P<row>\d+) +(?P<id>FC-\d{6}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "marlpit-state-university-ky-dps": re.compile(r"^(?P<id>2025-MSU-\d{4}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    "quarry-bend-vt-pd": re.compile(r"^ *Case: (?P<id>QB-25-\d{4}) +Reported: ", re.M),
    "tallis-creek-ia-pd": re.compile(r"^\d\d/\d\d/2025 \d{4} hrs +[A-Z][^;\n]*?, logged as (?P<id>TC25-\d{5});", re.M),
}
TOTAL = {  # the document's own count of records
    "kestrel-pass-mt-pd": re.compile(r"Count of Case No\.: (\d+)"),
    "ferncliff-county-ne-so": re.compile(r"TOTAL +(\d+) incidents"),
    "marlpit-state-university-ky-dps": re.compile(r"Entries on this log: (\d+)"),
    "quarry-bend-vt-pd": re.compile(r"End of bulletin - (\d+) cases listed"),
    "tallis-creek-ia-pd": re.compile(r"ENTRIES: (\d+)\."),
}
ONE_LINE = {"kestrel-pass-mt-pd", "ferncliff-county-ne-so", "marlpit-state-university-ky-dps"}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_count(pdf):
    return int(re.search(r"^Pages: +(\d+)", run(["pdfinfo", str(pdf)]), re.M).group(1))


def text_of(folder, pdf):
    if folder != "quarry-bend-vt-pd":
        return run(["pdftotext", "-layout", str(pdf), "-"])
    out = []
    for p in range(1, page_count(pdf) + 1):
        for x in (0, 396):
            out.append(
                run(
                    [
                        "pdftotext",
                        "-layout",
                        "-f",
                        str(p),
                        "-l",
                        str(p),
                        "-x",
                        str(x),
                        "-y",
                        "0",
                        "-W",
                        "396",
                        "-H",
                        "612",
                        str(pdf),
                        "-",
                    ]
                ).replace("\f", "")
                + "\f"
            )
    return "".join(out)


def tall_words(pdf, page):
    """(words taller than wide, words) on a page: sideways text or vertical column titles."""
    boxes = re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]{5,})<',
        run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"]),
    )
    return sum(float(b[3]) - float(b[1]) > float(b[2]) - float(b[0]) for b in boxes), len(boxes)


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
    return problems


def right_part(folder, t):
    """Kestrel: {id: right-hand line}; Ferncliff: {line number: right-hand line} (part 2 pages)."""
    out = {}
    if folder == "kestrel-pass-mt-pd":
        for m in re.finditer(r"^(KP25-\d{5}) +(?!\d\d/)(.*)$", t, re.M):
            out[m.group(1)] = m.group(0)
    if folder == "ferncliff-county-ne-so":
        part2 = t[t.find("Sheet part 2 of 2") :] if "Sheet part 2 of 2" in t else ""
        for m in re.finditer(r"^(\d+) +([A-Z][a-z].*)$", part2, re.M):
            out[m.group(1)] = m.group(0)
    return out


def records(folder, t):
    """(id, text of the record), in print order."""
    starts = list(START[folder].finditer(t))
    right = right_part(folder, t)
    out = []
    for i, m in enumerate(starts):
        if folder in ONE_LINE:
            text = t[m.start() : t.find("\n", m.start())]
            key = m.group("id") if folder == "kestrel-pass-mt-pd" else m.groupdict().get("row")
            text += "\n" + right.get(key, "")
        else:
            end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
            text = t[m.start() : end]
        out.append((m.group("id"), text))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = dict(reversed(recs))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        tokens = by_id[s["case_number"]].split()
        for key, val in s.items():
            if not in_order(str(val).split(), tokens):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, pdf, t, e):
    """One check of the trap each layout is about."""
    ids, problems, name = e["case_numbers"], [], pdf.name
    if folder == "kestrel-pass-mt-pd":
        rows = [int(m.group("row")) for m in START[folder].finditer(t)]
        right = re.findall(r"^(KP25-\d{5}) +(?!\d\d/)", t, re.M)
        if rows != list(range(2, len(ids) + 2)) or right != ids or t.count("columns F-J") * 2 != e["pages"]:
            problems.append(f"{name}: right-hand pages do not repeat every id in order")
    if folder == "ferncliff-county-ne-so":
        part2 = t[t.find("Sheet part 2 of 2") :]
        lines = [int(x) for x in re.findall(r"^(\d+) +[A-Z][a-z]", part2, re.M)]
        if (
            re.search(r"FC-\d{6}", part2)
            or lines != list(range(1, len(ids) + 1))
            or t.count("Sheet part 2 of 2") * 2 != e["pages"]
        ):
            problems.append(f"{name}: right-hand part not keyed by line number alone ({len(lines)} lines)")
    if folder == "marlpit-state-university-ky-dps":
        tall = [tall_words(pdf, p) for p in range(1, e["pages"] + 1)]
        sideways = [p for p, (n_tall, n) in enumerate(tall, 1) if n_tall > n / 2]
        titles = tall[0][0] >= 7 and tall[0][0] < tall[0][1] / 4
        if sideways != [2] or not titles:
            problems.append(f"{name}: sideways pages {sideways} (want [2]) or column titles not vertical")
    if folder == "quarry-bend-vt-pd":
        raw = run(["pdftotext", "-layout", str(pdf), "-"])
        twice = [ln for ln in raw.splitlines() if ln.count("Case: QB-25-") == 2]
        logical = re.findall(r"Page (\d+) of (\d+)", t)
        if (
            len(twice) < len(ids) // 3
            or [int(a) for a, _ in logical] != list(range(1, len(logical) + 1))
            or (len(logical) + 1) // 2 != e["pages"]
        ):
            problems.append(f"{name}: not two pages to a sheet ({len(twice)} side-by-side lines)")
    if folder == "tallis-creek-ia-pd":
        shifts = [int(x) for x in re.findall(r"SHIFT TOTALS for \d\d/\d\d: (\d+) entries", t)]
        wrapped = re.findall(r"logged as TC25-\d{5};.*\n {4,}\S", t)
        if sum(shifts) != len(ids) or len(wrapped) < len(ids) * 2 // 3:
            problems.append(f"{name}: shift totals {sum(shifts)} or wrapped entries {len(wrapped)} wrong")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = text_of(folder.name, pdf)
        pages = page_count(pdf)
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
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        if len(e["sample_records"]) != 3 or [s["case_number"] for s in e["sample_records"]] != [
            ids[0],
            ids[len(ids) // 2],
            ids[-1],
        ]:
            problems.append(f"{pdf.name}: samples are not the first, middle and last records")
        problems += check_samples(pdf.name, recs, e)
        problems += check_layout(folder.name, pdf, t, e)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs42.py"), tmp], check=True, capture_output=True)
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
    if len(folders) != len(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
