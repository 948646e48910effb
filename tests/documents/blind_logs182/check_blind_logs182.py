"""Stand-alone check of the held-out set blind_logs182 (does not import prr).

Every PDF is structurally unusual while its pages look ordinary. For every PDF: sha256, bytes and pages
match groundtruth.json; record_count equals len(case_numbers) and is 40-150 with no duplicate id; every
id and related number is in the `pdftotext -layout` text at least as often as listed, and no number is
both; every id is in the pypdfium2 text of the pages too. On the `pdftotext -layout` text, page
furniture dropped, a layout-specific stretch-start pattern (which also finds the closing lines) gives
exactly the listed ids in order; the document's own count equals record_count; every sample value is
printed inside its own record's stretch, its words in order; related numbers are the ones printed in the
stretches; size < 200 KB; plus one check of each layout's trap, made on the file's bytes (the security
handler and permissions; the incremental update and the superseded page contents; the nested forms and
the shared header form; the inherited /Rotate and box origins; the xref offsets and the drawing order).
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pypdfium2

HERE = Path(__file__).resolve().parent

FURN = {
    "holloway-bend-wa-pd": re.compile(
        r"^ *(?:HOLLOWAY BEND POLICE DEPARTMENT \[invented\] *$|Daily Incident Log +05/04/2026 through"
        r"|Incident No\. +Reported|HBPD RMS +Daily Incident Log|.*Page \d+ of \d+ *$)"),
    "fenwick-cove-me-pd": re.compile(
        r"^ *(?:FENWICK COVE POLICE DEPARTMENT \[invented\] *$|INCIDENT LOG +JUNE 1-14, 2026|PAGE \d+ OF \d+ *$)"),
    "brindle-creek-co-pd": re.compile(
        r"^ *(?:BRINDLE CREEK POLICE DEPARTMENT \[invented\] *$|Police Blotter +- +week of May 11|Page \d+ of \d+ *$)"),
    "osprey-hollow-township-mi-pd": re.compile(
        r"^ *(?:OSPREY HOLLOW TOWNSHIP POLICE DEPARTMENT \[invented\] *$|Incident Summary +- +July 6"
        r"|Items are numbered in order of report)"),
    "sallow-ridge-county-nm-so": re.compile(
        r"^ *(?:SALLOW RIDGE COUNTY SHERIFF'S OFFICE \[invented\] *$|DISPATCH INCIDENT LISTING +08/03/26"
        r"|INCIDENT +REPORTED +NATURE|OCCURRED +DISP +DEP|PAGE \d+ OF \d+ )"),
}
START = {
    "holloway-bend-wa-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>HB26-\d{6}) +\d\d/\d\d/\d{4} \d\d:\d\d )|Incidents on this log:)", re.M),
    "fenwick-cove-me-pd": re.compile(
        r"^ *(?:(?P<rec>CASE #: +(?P<id>FC26-\d{4}) +REPORTED: )|TOTAL INCIDENTS THIS LOG:)", re.M),
    "brindle-creek-co-pd": re.compile(
        r"^ *(?:(?P<rec>\d\d/\d\d/26 \d{4} hrs\. [A-Z][^.]*? reported at )|Entries this week:)", re.M),
    "osprey-hollow-township-mi-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>OH26-\d{5}) +Reported \d\d/\d\d/\d{4} \d\d:\d\d )"
        r"|Total incidents:)", re.M),
    "sallow-ridge-county-nm-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>SR-26-\d{5}) +\d\d/\d\d/\d\d \d\d:\d\d )|TOTAL INCIDENTS:|DISP: RPT)", re.M),
}
ID_IN = {"brindle-creek-co-pd": re.compile(r"\bReport\s+(26-\d{5}),")}
IDS = {
    "holloway-bend-wa-pd": re.compile(r"\bHB26-\d{6}\b"),
    "fenwick-cove-me-pd": re.compile(r"\bFC26-\d{4}\b"),
    "brindle-creek-co-pd": re.compile(r"\b26-\d{5}\b"),
    "osprey-hollow-township-mi-pd": re.compile(r"\bOH26-\d{5}\b"),
    "sallow-ridge-county-nm-so": re.compile(r"\bSR-26-\d{5}\b"),
}
TOTAL = {
    "holloway-bend-wa-pd": re.compile(r"Incidents on this log: (\d+)"),
    "fenwick-cove-me-pd": re.compile(r"TOTAL INCIDENTS THIS LOG: (\d+)"),
    "brindle-creek-co-pd": re.compile(r"Entries this week: (\d+)\."),
    "osprey-hollow-township-mi-pd": re.compile(r"Total incidents: (\d+)\."),
    "sallow-ridge-county-nm-so": re.compile(r"TOTAL INCIDENTS: (\d+)"),
}
REL = {  # related numbers as printed inside a record stretch
    "fenwick-cove-me-pd": re.compile(r"CITATION (ME\d{6})\b"),
    "sallow-ridge-county-nm-so": re.compile(r"\b(\d{10})\b"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdftext(data, *opts):
    """`pdftotext` text of a PDF given as bytes."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        return run(["pdftotext", *opts, f.name, "-"])


def objects(data):
    """Objects by number as a simple scanner finds them (a later definition wins): number -> (dict, stream)."""
    out = {}
    for m in re.finditer(rb"(?<![\d])(\d+) 0 obj\b", data):
        rest = data[m.end():]
        s = re.match(rb"\s*(<<.*?>>)\s*stream\r?\n", rest, re.S)
        length = re.search(rb"/Length (\d+)(?! \d+ R)", s.group(1)) if s else None
        if s and length:
            head, stream = s.group(1), rest[s.end():s.end() + int(length.group(1))]
        else:
            head, stream = rest[:rest.find(b"endobj")], None
        if stream is not None and b"/FlateDecode" in head:
            try:
                stream = zlib.decompressobj().decompress(stream)
            except zlib.error:
                stream = None
        out[int(m.group(1))] = (head.decode("latin-1"), stream)
    return out


def ref(head, key):
    m = re.search(rf"/{key} (\d+) 0 R", head)
    return int(m.group(1)) if m else None


def strings(stream):
    """Text shown by Tj in stream order (the writers here use only literal strings)."""
    return [s.decode("latin-1") for s in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", stream or b"")]


def reading(folder, full):
    return "\n".join(ln for ln in full.splitlines() if not FURN[folder].match(ln)) + "\n"


def records(folder, full):
    """Record stretches (id, text) in reading order."""
    t = reading(folder, full)
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        if not m.group("rec"):
            continue
        text = t[m.start():end]
        if folder in ID_IN:
            found = ID_IN[folder].findall(text)
            num = found[0] if len(found) == 1 else f"?{len(found)} ids"
        else:
            num = m.group("id")
        out.append((num, text, m))
    return out


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids:
            problems.append(f"{name}: {r['number']} is both an id and a related number")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def tokens(s):
    return [x for x in re.split(r"[\s/|]+|(?<=\d)-(?=\d\d/)", s) if x]


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
        for key, val in s.items():
            if not in_order(tokens(val), tokens(by_id[s["case_number"]])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def pages_of(objs):
    """Page objects in page-tree order: (number, dict, inherited attributes)."""
    root = next(h for h, _ in objs.values() if re.search(r"/Type /Catalog\b", h))
    out = []

    def walk(n, inh):
        head = objs[n][0]
        inh = dict(inh)
        for key in ("Rotate", "MediaBox"):
            m = re.search(rf"/{key} (\[[^\]]*\]|-?\d+)", head)
            if m:
                inh[key] = m.group(1)
        if re.search(r"/Type /Pages\b", head):
            kids = re.search(r"/Kids \[([^\]]*)\]", head).group(1)
            for k in re.findall(r"(\d+) 0 R", kids):
                walk(int(k), inh)
        else:
            out.append((n, head, inh))

    walk(ref(root, "Pages"), {})
    return out


def xobjects(objs, head):
    m = re.search(r"/XObject << ([^>]*) >>", head)
    return dict((k, int(v)) for k, v in re.findall(r"/(\w+) (\d+) 0 R", m.group(1))) if m else {}


def check_layout(folder, name, e, data):
    """One check of the trap each layout is about, made on the file's bytes (and its text)."""
    ids = e["case_numbers"]
    objs = objects(data)
    bad = False
    try:
        full = pdftext(data, "-layout")
    except subprocess.CalledProcessError:
        return [f"{name}: {folder}: pdftotext failed"]
    if folder == "holloway-bend-wa-pd":
        # owner password only, RC4 128, copy not allowed; nothing readable without decrypting
        trailer = data[data.rindex(b"trailer"):].decode("latin-1")
        n = ref(trailer, "Encrypt")
        head = objs[n][0] if n in objs else ""
        p = re.search(r"/P (-?\d+)", head)
        bad |= not re.search(r"/Filter /Standard\b", head) or not re.search(r"/V 2\b", head)
        bad |= not re.search(r"/R 3\b", head) or not p
        bad |= bool(p) and (int(p.group(1)) & 16 or not int(p.group(1)) & 4)
        bad |= any(IDS[folder].search(s.decode("latin-1")) for _, s in objs.values() if s)
        bad |= bool(IDS[folder].search(data.decode("latin-1")))
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(data)
            f.flush()
            info = run(["pdfinfo", f.name])
        bad |= not re.search(r"Encrypted: +yes \(print:yes copy:no", info)
    if folder == "fenwick-cove-me-pd":
        # one incremental update; the first revision prints other (mistyped) numbers, the newest does not
        eofs = [m.end() for m in re.finditer(rb"%%EOF\r?\n?", data)]
        bad |= len(eofs) != 2
        if len(eofs) == 2:
            first = data[:eofs[0]]
            x0 = int(re.findall(rb"startxref\s+(\d+)", first)[-1])
            prev = re.findall(rb"/Prev (\d+)", data[eofs[0]:])
            bad |= prev != [str(x0).encode()] or not first[x0:].startswith(b"xref")
            old = pdftext(first, "-layout")
            old_ids, new_ids = IDS[folder].findall(old), IDS[folder].findall(full)
            stale = sorted(set(old_ids) - set(ids))
            bad |= new_ids != [x for x in new_ids if x in ids] or len(stale) < 2 or old_ids == ids
            bad |= any(x not in e["notes"] for x in stale)
            in_streams = {x for _, s in objs.values() if s for x in IDS[folder].findall(s.decode("latin-1"))}
            bad |= not set(stale) <= in_streams
            amended = [pg for pg in full.split("\f") if "AMENDED 06/16/2026 REV 2" in pg]
            bad |= len(amended) != 2 or "AMENDED" in old
        else:
            bad = True
    if folder == "brindle-creek-co-pd":
        # text only inside forms nested two deep; one header form shared by every page
        pages = pages_of(objs)
        hdrs = set()
        for _, head, _ in pages:
            content = objs[ref(head, "Contents")][1] or b""
            bad |= b"BT" in content or b" Do" not in content or b" cm" not in content
            xo = xobjects(objs, head)
            if len(xo) != 1:
                bad = True
                continue
            outer_head, outer = objs[next(iter(xo.values()))]
            inner = xobjects(objs, outer_head)
            bad |= "Hdr" not in inner or not re.search(r"/Subtype /Form", outer_head)
            hdrs.add(inner.get("Hdr"))
            logs = [v for k, v in inner.items() if k.startswith("Log")]
            bad |= len(logs) != 1 or not re.search(rb"[\d.]+ 0 0 [\d.]+ [\d.]+ [\d.]+ cm /Log\d+ Do", outer or b"")
            if logs:
                bad |= not IDS[folder].search(" ".join(strings(objs[logs[0]][1])))
        bad |= len(hdrs) != 1 or not pages
        if len(hdrs) == 1:
            bad |= "BRINDLE CREEK POLICE DEPARTMENT" not in " ".join(strings(objs[next(iter(hdrs))][1]))
    if folder == "osprey-hollow-township-mi-pd":
        # /Rotate and MediaBox inherited, origins not zero, 90 and 270, portrait letter and legal as displayed
        pages = pages_of(objs)
        bad |= any(re.search(r"/Rotate|/MediaBox", head) for _, head, _ in pages)
        rots = [inh.get("Rotate") for _, _, inh in pages]
        boxes = [[float(v) for v in inh.get("MediaBox", "[0 0 0 0]").strip("[]").split()] for _, _, inh in pages]
        bad |= set(rots) != {"90", "270"} or any(b[0] == 0 and b[1] == 0 for b in boxes)
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(data)
            f.flush()
            doc = pypdfium2.PdfDocument(f.name)
            sizes = [tuple(round(v) for v in doc[i].get_size()) for i in range(len(doc))]
            prots = [doc[i].get_rotation() for i in range(len(doc))]
            doc.close()
        bad |= any(w >= h for w, h in sizes) or len(set(sizes)) < 2 or prots != [int(r or 0) for r in rots]
        for _, head, inh in pages:  # drawn turned the other way round so that it reads upright
            content = objs[ref(head, "Contents")][1] or b""
            want = rb"0 1 -1 0 " if inh.get("Rotate") == "90" else rb"0 -1 1 0 "
            bad |= want not in content
    if folder == "sallow-ridge-county-nm-so":
        # every xref offset wrong; text drawn column by column, bottom to top, each piece placed absolutely
        xr = data.rfind(b"\nxref\n")
        sx = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        bad |= data[sx:sx + 4] == b"xref" or xr < 0
        if xr >= 0:
            rows = re.findall(rb"(\d{10}) (\d{5}) n ", data[xr:])
            nums = list(range(1, len(rows) + 1))
            right = sum(data[int(o):].startswith(b"%d 0 obj" % k) for k, (o, _) in zip(nums, rows))
            bad |= right != 0 or not rows
        raw_ids = []
        for _, head, _ in pages_of(objs):
            s = objs[ref(head, "Contents")][1] or b""
            bad |= s.count(b"BT") != s.count(b" Tm ") or s.count(b"BT") < 20
            got = [x for t in strings(s) for x in IDS[folder].findall(t)]
            raw_ids += got
            page_ids = [x for x in ids if x in got]
            bad |= got != page_ids[::-1] or len(got) < 2
        bad |= sorted(raw_ids) != sorted(ids) or raw_ids == ids
        rawt = pdftext(data, "-raw")
        bad |= IDS[folder].findall(rawt) == ids
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = full.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        doc = pypdfium2.PdfDocument(str(pdf))
        ptext = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        if len(doc) != pages:
            problems.append(f"{pdf.name}: pypdfium2 sees {len(doc)} pages")
        doc.close()
        missing = [x for x in ids if x not in ptext]
        if missing:
            problems.append(f"{pdf.name}: {len(missing)} ids not in the pypdfium2 text")
        recs = records(folder.name, full)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        rel = {(num, c) for num, text, _ in recs for c in REL[folder.name].findall(text)} if folder.name in REL \
            else set()
        if rel != {(r["record"], r["number"]) for r in e["related_numbers"]}:
            problems.append(f"{pdf.name}: related numbers in the stretches differ from related_numbers")
        if folder.name == "osprey-hollow-township-mi-pd":
            if [int(m.group("n")) for _, _, m in recs] != list(range(1, len(ids) + 1)):
                problems.append(f"{pdf.name}: item numbers do not run 1..N")
        problems += check_layout(folder.name, pdf.name, e, data)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, {len(e['related_numbers'])} related "
              f"numbers, {len(data)} bytes")
    return problems


def render(folder):
    """Render pages with pypdfium2 and read them with tesseract: the ids printed on the page (by
    `pdftotext -layout`) must be read off the picture, so the pages print upright and complete."""
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        doc = pypdfium2.PdfDocument(str(pdf))
        for i in sorted({min(1, len(doc) - 1), min(2, len(doc) - 1)}):  # page 2 amended, page 3 turned 270
            want = IDS[folder.name].findall(run(["pdftotext", "-layout", "-f", str(i + 1), "-l", str(i + 1),
                                                 str(pdf), "-"]))
            with tempfile.TemporaryDirectory() as tmp:
                png = Path(tmp) / "p.png"
                doc[i].render(scale=2.5).to_pil().convert("L").save(png)
                ocr = run(["tesseract", str(png), "-", "--psm", "6"])
            seen = [x for x in want if x in ocr.replace(" ", "")]
            print(f"{folder.name} page {i + 1}: {len(seen)} of {len(want)} ids read off the rendered page")
            if not want or len(seen) < 0.8 * len(want):
                problems.append(f"{pdf.name}: rendered page {i + 1} does not show its ids")
        doc.close()
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs182.py"), tmp], check=True)
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
    if "--render" in sys.argv:
        for folder in folders:
            problems += render(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
