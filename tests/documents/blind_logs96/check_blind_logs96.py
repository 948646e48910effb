"""Stand-alone check of the held-out set blind_logs96 (does not import prr).

For every PDF: sha256, bytes (< 200 KB) and pages match groundtruth.json; record_count equals
len(case_numbers), is 40-150 and has no duplicate id; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order (Saltcote's type in the body paragraph, Fernbrake's date in the day heading above the entry);
plus checks of each layout's footnote / endnote / legend trap. With --regen, regenerating into a
temporary folder must give identical bytes. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGENCIES = ["fernbrake-nm-pd", "larkhaven-ct-pd", "oxenridge-wi-pd", "quarrendon-county-ks-so",
            "saltcote-state-university-dps"]
FIELDS = ["case_number", "reported_at", "type", "location", "disposition"]
TOTAL = {
    "larkhaven-ct-pd": re.compile(r"Total incidents listed: (\d+)\."),
    "oxenridge-wi-pd": re.compile(r"Entries: (\d+) "),
    "saltcote-state-university-dps": re.compile(r"This report summarizes the (\d+) incidents"),
    "quarrendon-county-ks-so": re.compile(r"Abstracts this period: (\d+)"),
    "fernbrake-nm-pd": re.compile(r"Entries with case numbers: (\d+)"),
}
LH_ROW = re.compile(r"^(?P<id>LH25-\d{5})(?P<mark>\d*) +\d\d/\d\d/2025 \d\d:\d\d", re.M)
OX_ROW = re.compile(r"^(?P<line>\d+) +(?P<id>OX25-\d{5}) +\d\d/\d\d/2025 +\d{4} ", re.M)
SC_NOTE = re.compile(r"^\f? *(?P<n>\d+)\. +(?P<id>SC-25-\d{4}); reported ", re.M)
SC_ANY_NOTE = re.compile(r"^\f? *(?P<n>\d+)\. +\S", re.M)
QC_BLOCK = re.compile(r"^ *Incident No\. +(?:(?P<id>QC25-\d{5})|pending \[(?P<k>\d+)\]) +Received ", re.M)
FB_ENTRY = re.compile(r"^(?P<time>\d{4}) +(?P<id>FB25-\d{5}) ", re.M)
FB_DAY = re.compile(r"^[A-Z]+DAY, (\d\d/\d\d/2025)", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_text(path):
    return run(["pdftotext", "-layout", str(path), "-"])


def words_in(value, text):
    pat = r"\s+".join(re.escape(w) for w in value.split())
    return re.search(pat, text) is not None


def records(name, t):
    """[(id, start, end)] in document order, read off the text with the layout's record-start pattern."""
    if name == "larkhaven-ct-pd":
        ms = [(m.group("id"), m.start()) for m in LH_ROW.finditer(t)]
    elif name == "oxenridge-wi-pd":
        body = re.split(r"^ENDNOTES$", t, flags=re.M)[0]
        ms = [(m.group("id"), m.start()) for m in OX_ROW.finditer(body)]
    elif name == "saltcote-state-university-dps":
        pos = notes_start(t)
        ms = [(m.group("id"), m.start()) for m in SC_NOTE.finditer(t, pos)]
    elif name == "quarrendon-county-ks-so":
        ms = []
        for m in QC_BLOCK.finditer(t):
            if m.group("id"):
                ms.append((m.group("id"), m.start()))
            else:
                page = page_of(t, m.start())
                note = re.search(rf"^\[{m.group('k')}\] Number assigned after this abstract was printed: "
                                 r"(QC25-\d{5})\.", page, re.M)
                ms.append((note.group(1) if note else "?", m.start()))
    else:
        ms = [(m.group("id"), m.start()) for m in FB_ENTRY.finditer(t)]
    out = []
    for i, (cid, s) in enumerate(ms):
        e = ms[i + 1][1] if i + 1 < len(ms) else len(t)
        if name == "saltcote-state-university-dps":  # a note's stretch ends at the next note of any kind
            nxt = SC_ANY_NOTE.search(t, s + 3)
            e = nxt.start() if nxt else len(t)
        out.append((cid, s, e))
    return out


def notes_start(t):
    m = re.search(r"^ *Notes$", t, re.M)
    return m.start() if m else len(t)


def page_of(t, pos):
    a = t.rfind("\f", 0, pos) + 1
    b = t.find("\f", pos)
    return t[a:b if b >= 0 else len(t)]


def count_printed(num, flat):
    n = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
    return n


def check_numbers(name, t, e):
    problems = []
    if name == "larkhaven-ct-pd":  # raised footnote digits glued to an id
        t = re.sub(r"(LH25-\d{5})\d+", r"\1 ", t)
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in sorted(set(ids + related)):
        want = ids.count(num) + related.count(num)
        have = count_printed(num, flat)
        if have < want and " " in num:  # a prefix and number split by a side note or a wrap
            have = count_printed(num.split()[-1], flat)
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    both = set(ids) & set(related)
    if both:
        problems.append(f"{name}: numbers both id and related: {sorted(both)}")
    return problems


def check_samples(name, t, e, recs):
    problems = []
    where = {cid: (s, en) for cid, s, en in recs}
    body = t[:notes_start(t)]
    pos = 0
    for smp in e["sample_records"]:
        cid = smp["case_number"]
        if cid not in where:
            problems.append(f"{name}: sample {cid} not a record")
            continue
        s, en = where[cid]
        stretch = t[s:en]
        for f in FIELDS:
            v = smp.get(f)
            if v is None:
                continue
            if name == "saltcote-state-university-dps" and f == "type":
                m = re.compile(r"\s+".join(map(re.escape, (v + ".").split()))).search(body, pos)
                if not m:
                    problems.append(f"{name}: sample {cid} type {v!r} not in the body after the previous sample")
                else:
                    pos = m.start()
                continue
            if name == "fernbrake-nm-pd" and f == "reported_at":
                date, hhmm = v.split()
                days = FB_DAY.findall(t[:s])
                if not stretch.startswith(hhmm) or not days or days[-1] != date:
                    problems.append(f"{name}: sample {cid} reported_at {v!r} not time + day heading")
                continue
            if name == "quarrendon-county-ks-so" and f == "case_number" and cid not in stretch:
                if not re.search(rf"Number assigned after this abstract was printed: {cid}\.", page_of(t, s)):
                    problems.append(f"{name}: pending sample {cid} not in its page's notes")
                continue
            if not words_in(v, stretch):
                problems.append(f"{name}: sample {cid} {f} {v!r} not printed in its record")
    return problems


def check_trap(name, t, e, recs):
    p = []
    n = e["record_count"]
    pages = t.split("\f")
    if name == "larkhaven-ct-pd":
        foot = {}
        for pg_no, pg in enumerate(pages):
            for m in re.finditer(r"^(\d+) (?!\(continued\))(.*)$", pg, re.M):
                if not re.match(r"\d\d/", m.group(2)):
                    foot[int(m.group(1))] = (pg_no, m.group(2))
        total = re.search(r"Footnotes: (\d+)\.", t)
        if not total or sorted(foot) != list(range(1, int(total.group(1)) + 1)):
            p.append(f"{name}: footnotes at the page feet do not run 1..M as the closing line says")
        glued = [(m.group("id"), int(m.group("mark"))) for m in LH_ROW.finditer(t) if m.group("mark")]
        if len(glued) < 2:
            p.append(f"{name}: fewer than two footnote digits glued to ids")
        for cid, k in glued:
            if k not in foot:
                p.append(f"{name}: {cid} carries note {k}, which no page foot prints")
        cont = re.findall(r"^(\d+) \(continued\) ", t, re.M)
        if len(cont) != 1:
            p.append(f"{name}: no footnote continued on the next page")
        else:
            k = int(cont[0])
            if k not in foot or not foot[k][1].endswith("...") or \
                    not re.search(rf"^{k} \(continued\) ", pages[foot[k][0] + 1], re.M):
                p.append(f"{name}: continued footnote {k} does not continue one from the page before")
            rest = re.search(rf"^{k} \(continued\) (.*)$", t, re.M).group(1)
            if not any(r["number"] in rest for r in e["related_numbers"]):
                p.append(f"{name}: the continued footnote carries no related number")
    elif name == "oxenridge-wi-pd":
        parts = re.split(r"^ENDNOTES$", t, flags=re.M)
        if len(parts) != 2:
            return [f"{name}: no ENDNOTES section"]
        body, ends = parts
        lines = [int(m.group("line")) for m in OX_ROW.finditer(body)]
        if lines != list(range(1, n + 1)):
            p.append(f"{name}: Line column does not run 1..N")
        notes = re.findall(r"^\[(\d+)\] +(.*)$", ends, re.M)
        total = re.search(r"Endnotes: (\d+)", body)
        if not total or [int(k) for k, _ in notes] != list(range(1, int(total.group(1)) + 1)):
            p.append(f"{name}: endnotes do not run 1..M as 'Endnotes: M' says")
        refs = sorted({int(k) for k in re.findall(r"\[(\d+)\]", body)})
        if refs != [int(k) for k, _ in notes]:
            p.append(f"{name}: Notes-column references and endnotes differ")
        restated = [cid for _k, rest in notes for cid in re.findall(r"OX25-\d{5}", rest)]
        if len(restated) < 5 or any(cid not in e["case_numbers"] for cid in restated):
            p.append(f"{name}: endnotes should restate at least 5 listed ids")
        by_line = [int(x) for _k, rest in notes for x in re.findall(r"^Line (\d+) ", rest)]
        if not by_line or any(not 1 <= x <= n for x in by_line):
            p.append(f"{name}: no endnote referring to a record by a valid line number")
        if any(re.match(r"OX25-\d{5} +\d\d/", rest) for _k, rest in notes):
            p.append(f"{name}: an endnote line is shaped like a row")
    elif name == "saltcote-state-university-dps":
        ns = notes_start(t)
        body = t[:ns]
        if re.search(r"SC-25-\d{4}", body):
            p.append(f"{name}: a case number is printed in the body")
        notes = [int(m.group("n")) for m in SC_ANY_NOTE.finditer(t, ns)]
        if notes != list(range(1, len(notes) + 1)):
            p.append(f"{name}: notes do not run 1..M")
        marks = [int(x) for x in re.findall(r"[a-z.,;)](\d+)(?=\s)", body)]
        if sorted(marks) != notes:
            p.append(f"{name}: raised note numbers in the body do not match the notes")
        if len(notes) - len(recs) < 1:
            p.append(f"{name}: no note that is not an incident")
        heads = [int(x) for x in re.findall(r"^[A-Z][a-z].* \((\d+)\)$", body, re.M)]
        if sum(heads) != n:
            p.append(f"{name}: category counts add up to {sum(heads)}, not {n}")
        if [c for c, _s, _e in recs] == sorted(c for c, _s, _e in recs):
            p.append(f"{name}: ids should not be in ascending order (ordered by category)")
    elif name == "quarrendon-county-ks-so":
        pend = [m for m in QC_BLOCK.finditer(t) if m.group("k")]
        if not pend:
            p.append(f"{name}: no block whose number is given only in a note")
        firsts = sum(1 for pg in pages if re.search(r"^\[1\] ", pg, re.M))
        if firsts < 3:
            p.append(f"{name}: notes are not numbered afresh on each page")
        for i, pg in enumerate(pages):
            if not pg.strip():
                continue
            key = pg.split("CODES ON THIS PAGE")
            if len(key) != 2:
                p.append(f"{name}: page {i + 1} has no code key")
                continue
            codes = re.findall(r"^ *Call Type +(\S+)", key[0], re.M)
            listed = re.findall(r"(10-\w+) [A-Z]", " ".join(key[1].split()))
            if set(codes) - set(listed):
                p.append(f"{name}: page {i + 1} codes {sorted(set(codes) - set(listed))} not in its key")
            disps = {re.sub(r" \[\d+\]$", "", d).strip()
                     for d in re.findall(r"^ *Disposition +(\S+(?: \[\d+\])?)", key[0], re.M)}
            if any(not re.search(rf"\b{d} [A-Z]", key[1]) for d in disps):
                p.append(f"{name}: page {i + 1} disposition codes not all in its key")
    elif name == "fernbrake-nm-pd":
        spilled = 0
        for r in e["related_numbers"]:
            tail = r["number"].split()[-1]
            own = next((s, en) for c, s, en in recs if c == r["record"])
            for m in re.finditer(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", t):
                if not own[0] <= m.start() < own[1]:
                    spilled += 1
        if spilled < 1:
            p.append(f"{name}: no side note running on beside a later entry")
        for pg in pages:
            lets = re.findall(r"   ([a-z]) [A-Z]", pg)
            if lets and lets[0] != "a":
                p.append(f"{name}: side-note letters do not restart at a on a page")
    return p


def check_text(name, t, e):
    recs = records(name, t)
    problems = check_numbers(name, t, e)
    got = [c for c, _s, _e in recs]
    if got != e["case_numbers"]:
        problems.append(f"{name}: record-start pattern gives {len(got)} ids, not the listed ones in order")
    m = TOTAL[name].search(t)
    if not m or int(m.group(1)) != e["record_count"]:
        problems.append(f"{name}: printed count {m and m.group(1)} != {e['record_count']}")
    problems += check_samples(name, t, e, recs)
    problems += check_trap(name, t, e, recs)
    return problems


def check_dir(root):
    problems = []
    total = pdfs = 0
    for name in AGENCIES:
        gp = root / name / "groundtruth.json"
        if not gp.exists():
            problems.append(f"missing {gp}")
            continue
        for e in json.loads(gp.read_text()):
            pdf = root / name / e["file"]
            pdfs += 1
            data = pdf.read_bytes()
            if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
                problems.append(f"{name}/{e['file']}: sha256 or bytes differ")
            if len(data) >= 200_000:
                problems.append(f"{name}/{e['file']}: over 200 KB")
            pages = int(re.search(r"^Pages:\s+(\d+)", run(["pdfinfo", str(pdf)]), re.M).group(1))
            if pages != e["pages"]:
                problems.append(f"{name}/{e['file']}: {pages} pages, listed {e['pages']}")
            ids = e["case_numbers"]
            if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
                problems.append(f"{name}/{e['file']}: record_count {e['record_count']} / {len(ids)} ids")
            if len(set(ids)) != len(ids):
                problems.append(f"{name}/{e['file']}: duplicate id")
            if len(e["sample_records"]) != 3:
                problems.append(f"{name}/{e['file']}: not three samples")
            total += len(ids)
            problems += check_text(name, pdf_text(pdf), e)
    return problems, pdfs, total


def regen_problems():
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs96.py"), tmp], check=True)
        for name in AGENCIES:
            for f in sorted((HERE / name).iterdir()):
                g = Path(tmp) / name / f.name
                if not g.exists() or g.read_bytes() != f.read_bytes():
                    problems.append(f"regenerated {name}/{f.name} differs")
    return problems


def main():
    args = sys.argv[1:]
    root = Path(args[args.index("--dir") + 1]) if "--dir" in args else HERE
    problems, pdfs, total = check_dir(root)
    if "--regen" in args:
        problems += regen_problems()
    for pr in problems:
        print("FAIL", pr)
    if problems:
        sys.exit(1)
    print(f"all checks passed: {pdfs} PDFs, {total} records" + (", regeneration identical" if "--regen" in args
                                                                  else ""))


if __name__ == "__main__":
    main()
