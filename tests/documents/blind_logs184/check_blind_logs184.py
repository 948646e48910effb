"""Stand-alone check of the held-out set blind_logs184 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers) and is
40-150 with no duplicate id; every id and related number is printed in the text at least as often as
listed, and no number is both. The reading text is `pdftotext -layout` (Bolsa Mesa, Serrano Bay; for
Verdugo Crest the English left column, read with `-x -W`) or pdfium's text (Monterey Vale and Laurel Mesa,
whose Chinese and Korean are set in non-embedded CID fonts that poppler reads only with its language
packs); page furniture is dropped, and a layout-specific stretch-start pattern (which also finds the
non-record stretches: day headings, closing lines) gives exactly the listed ids in order; the document's
own count equals record_count; every sample value is printed inside its own record's stretch, its words in
order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give identical
files. `--dir DIR` checks a copy elsewhere.
"""

import datetime
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2

HERE = Path(__file__).resolve().parent
D = "\u2014"
PW, PH = 612, 792

SOURCE = {"bolsa-mesa-ca-pd": "layout", "monterey-vale-ca-pd": "pdfium", "laurel-mesa-ca-pd": "pdfium",
          "serrano-bay-ca-pd": "layout", "verdugo-crest-ca-pd": "left"}
FURN = {
    "bolsa-mesa-ca-pd": re.compile(
        r"^ *(?:SỞ CẢNH SÁT BOLSA MESA|Nhật ký sự vụ / Incident Log|Số vụ +Ngày giờ báo cáo|Case No\. +Reported"
        r"|Bản dịch tiếng Việt|.*Page \d+ of \d+ *$)"),
    "monterey-vale-ca-pd": re.compile(
        r"^ *(?:蒙特雷谷警察局 MONTEREY VALE|每日案件記錄 Daily Case Log|Chinese labels and translations)"),
    "laurel-mesa-ca-pd": re.compile(
        r"^ *(?:LAUREL MESA POLICE DEPARTMENT \[invented\]|Weekly Community Police Log|Each entry: Korean summary)"),
    "serrano-bay-ca-pd": re.compile(
        r"^ *(?:SERRANO BAY POLICE DEPARTMENT \[invented\]|Talaan ng Insidente / Registro|Ang bilang ay "
        r"nagsisimula|.*Page \d+ of \d+ *$)"),
    "verdugo-crest-ca-pd": re.compile(
        r"^ *(?:VERDUGO CREST POLICE DEPARTMENT|Incident Log +· |ENGLISH *$|Armenian column: courtesy"
        r"|.*Page \d+ of \d+ *$)"),
}
START = {
    "bolsa-mesa-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>BM26-\d{5}) +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d )|Tổng số vụ / Total incidents:)",
        re.M),
    "monterey-vale-ca-pd": re.compile(
        r"^ *(?:(?P<rec>案件編號（Case No\.）：(?P<id>MV26-\d{5}))|案件總數（Total cases）)", re.M),
    "laurel-mesa-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<date>\d{4})년 \d{1,2}월 \d{1,2}일 오[전후] \d{1,2}시 \d{1,2}분 신고 접수\.)"
        r"|총 \d+건)", re.M),
    "serrano-bay-ca-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<n>\d+)\. +Kaso Blg\./Caso Núm\. (?P<id>SB26-\d{{4}}) {D} )"
        r"|(?P<day>(?:Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado|Linggo), Marso (?P<dd>\d+), 2026 )"
        r"|Kabuuan / Total)", re.M),
    "verdugo-crest-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>VC26-\d{5}) +Reported (?P<date>\d\d/\d\d/\d{4}) )|Total incidents:)", re.M),
}
ID_IN = {"laurel-mesa-ca-pd": re.compile(r"\bReport\s+(LM26-\d{4})\.")}
TOTAL = {
    "bolsa-mesa-ca-pd": re.compile(r"Total incidents: (\d+)"),
    "monterey-vale-ca-pd": re.compile(r"（Total cases）：\S+ \((\d+)\)"),
    "laurel-mesa-ca-pd": re.compile(r"Entries this week: (\d+)"),
    "serrano-bay-ca-pd": re.compile(r"Total incidents: (\d+)"),
    "verdugo-crest-ca-pd": re.compile(r"Total incidents: (\d+)"),
}
RIGHT_START = re.compile(r"(?m)^ *(VC26-\d{5})\n *Հաղորդվել է՝")
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdfium_pages(pdf):
    doc = pypdfium2.PdfDocument(str(pdf))
    out = [doc[i].get_textpage().get_text_range().replace("\r\n", "\n").replace("\r", "\n") for i in range(len(doc))]
    doc.close()
    return out


def crop(pdf, pages, x, w):
    return [run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", "0", "-W", str(w), "-H",
                 str(PH), str(pdf), "-"]).replace("\f", "") for p in range(1, pages + 1)]


def texts(folder, pdf, pages):
    """full: `pdftotext -layout` of the whole file; src: the reading source, one text per page; extra: the
    right column (Verdugo Crest) or pdfium's text."""
    full = run(["pdftotext", "-layout", str(pdf), "-"])
    src = SOURCE[folder]
    if src == "layout":
        per = full.split("\f")[:pages]
    elif src == "pdfium":
        per = pdfium_pages(pdf)
    else:
        per = crop(pdf, pages, 0, 310)
    right = crop(pdf, pages, 310, 302) if src == "left" else []
    return {"full": full, "pages": per, "right": right}


def reading(folder, per):
    parts = []
    for k, t in enumerate(per, 1):
        lines = [ln for ln in t.splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, text stretch, match) per stretch in reading order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = MARK.sub("", t[m.start():end])
        num = None
        if m.group("rec"):
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
        have = len(re.findall(rf"(?<![A-Za-z0-9.-]){re.escape(num)}(?![A-Za-z0-9-]|\.\d)", flat))
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


def in_order(val, text):
    flat = " ".join(text.split())
    pos = 0
    for w in val.split():
        pos = flat.find(w, pos)
        if pos < 0:
            return False
        pos += len(w)
    return True


def right_stretches(right):
    """Verdugo Crest's Armenian column: id -> its entry's text (the right column read page by page)."""
    t = "\n".join(right)
    starts = list(RIGHT_START.finditer(t))
    return {m.group(1): t[m.start():starts[i + 1].start() if i + 1 < len(starts) else len(t)]
            for i, m in enumerate(starts)}


def check_samples(name, recs, e, right=None):
    """Every sample value printed in its record's stretch; `_local` values of Verdugo Crest in the Armenian
    column's entry with the same id."""
    problems = []
    by_id = {num: text for num, text, _ in recs}
    other = right_stretches(right) if right else {}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        for key, val in s.items():
            where = other.get(s["case_number"], "") if other and key.endswith("_local") else by_id[s["case_number"]]
            if not in_order(val, where):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def cid_fonts(pdf, base, cmap, ordering):
    """The CID font `base` is used with the predefined CMap `cmap` under the CIDSystemInfo `ordering`, and no
    font is embedded nor has a ToUnicode map: the text layer of that script rests on the reader's CMaps."""
    data = Path(pdf).read_bytes().decode("latin-1")
    return (f"/BaseFont /{base}" in data and f"/Encoding /{cmap}" in data and f"/Ordering ({ordering})" in data
            and "/ToUnicode" not in data and "/FontFile" not in data)


def check_layout(folder, name, e, tx):
    """One check of the trap each layout is about (on the texts, which the mutation script may change)."""
    ids = e["case_numbers"]
    t = reading(folder, tx["pages"])
    bl = blocks(folder, t)
    recs = [(num, text, m) for num, text, m in bl if num]
    bad = [num for num, _, _ in recs] != ids
    if folder == "bolsa-mesa-ca-pd":
        # two-line headers on every page, Vietnamese above English; each row's second line the day-first date
        for p in tx["pages"]:
            lines = p.splitlines()
            k = next((i for i, ln in enumerate(lines) if re.match(r"^ *Số vụ +Ngày giờ báo cáo +Loại vụ việc", ln)),
                     None)
            bad |= k is None or not re.match(r"^ *Case No\. +Reported +Incident Type +Location +Disposition",
                                             lines[k + 1] if k is not None and k + 1 < len(lines) else "")
        amb = 0
        for _num, text, m in recs:
            mm, dd, yy = m.group("date").split("/")
            local = re.findall(r"(?m)^ +ngày (\d\d)/(\d\d)/(\d{4}) ", text)
            bad |= local != [(dd, mm, yy)] or len([ln for ln in text.splitlines() if ln.strip()]) != 2
            amb += int(dd) <= 12 and dd != mm
        bad |= amb < 20
    if folder == "monterey-vale-ca-pd":
        bad |= not cid_fonts(tx["pdf"], "MSung-Light", "UniGB-UCS2-H", "CNS1")
        glued = sum(bool(re.search(r"（Case No\.）：MV26-\d{5}", text)) for _, text, _ in recs)
        bad |= glued != len(ids)
        rel = {(num, c) for num, text, _ in recs for c in re.findall(r"（Related case）：(MV26-\d{5})", text)}
        bad |= rel != {(r["record"], r["number"]) for r in e["related_numbers"]} or len(rel) < 3
        bad |= sum(bool(re.search(r"報案時間（Reported）：[０-９]{4}年[０-９]{1,2}月[０-９]{1,2}日 ", text))
                   for _, text, _ in recs) != len(ids)
    if folder == "laurel-mesa-ca-pd":
        bad |= not cid_fonts(tx["pdf"], "HYSMyeongJo-Medium", "UniKS-UCS2-H", "Korea1")
        for num, text, _m in recs:
            ko = re.match(r"^ *(\d{4})년 (\d{1,2})월 (\d{1,2})일 (오[전후]) (\d{1,2})시 (\d{1,2})분", text)
            en = re.search(rf"(?m)^ *(\d{{1,2}})/(\d{{1,2}})/2026 (\d\d):(\d\d) {D} ", text)
            if not ko or not en:
                bad = True
                continue
            h = int(en.group(3))
            bad |= (ko.group(2), ko.group(3)) != (en.group(1), en.group(2)) or int(ko.group(6)) != int(en.group(4))
            bad |= ko.group(4) != ("오전" if h < 12 else "오후") or int(ko.group(5)) != (h - 1) % 12 + 1
            bad |= ko.start() > en.start() or text.rfind(num) < en.start()
        # split at the ids instead, each Korean paragraph goes to the record before it
        flat = re.sub(r"\s+", " ", t)
        pos = [flat.find(f"Report {num}.") for num in ids]
        kos = [m.start() for m in re.finditer(r"\d{4}년 \d{1,2}월 \d{1,2}일 오[전후]", flat)]
        bad |= len(kos) != len(ids) or sum(pos[i] < kos[i + 1] < pos[i + 1] for i in range(len(ids) - 1)) != \
            len(ids) - 1
    if folder == "serrano-bay-ca-pd":
        # numbering restarts under each day heading; each heading's count and dates agree with its items
        days, cur = [], None
        for num, text, m in bl:
            if m.groupdict().get("day"):
                cnt = re.search(r"\((\d+) insidente / incidentes / incidents\)", text)
                es = re.search(r"(\w+) (\d+) de marzo de 2026 +· +(\w+), March (\d+), 2026", text)
                d = int(m.group("dd"))
                wd = datetime.date(2026, 3, d).weekday()
                bad |= not cnt or not es or int(es.group(2)) != d or int(es.group(4)) != d
                bad |= es is not None and (es.group(1) != ["lunes", "martes", "miércoles", "jueves", "viernes",
                                                           "sábado", "domingo"][wd]
                                           or es.group(3) != datetime.date(2026, 3, d).strftime("%A"))
                cur = {"day": d, "want": int(cnt.group(1)) if cnt else -1, "items": []}
                days.append(cur)
            elif num:
                if cur is None:
                    bad = True
                    continue
                cur["items"].append(int(m.group("n")))
                date = re.search(r"Reported (\d\d)/(\d\d)/2026", text)
                bad |= not date or int(date.group(2)) != cur["day"]
        for dd in days:
            bad |= dd["items"] != list(range(1, dd["want"] + 1))
        bad |= len(days) < 10 or sum(len(dd["items"]) for dd in days) != len(ids)
    if folder == "verdugo-crest-ca-pd":
        # the same ids in both columns, page by page; the columns drift so a text line carries two ids
        right = [RIGHT_START.findall(p) for p in tx["right"]]
        left = [re.findall(r"(?m)^ *(VC26-\d{5}) +Reported ", p) for p in tx["pages"]]
        bad |= left != right or [x for p in left for x in p] != ids
        two = [ln for ln in tx["full"].splitlines() if len(set(re.findall(r"VC26-\d{5}", ln))) == 2]
        bad |= len(two) < 3
        for num in ids:
            bad |= len(re.findall(rf"\b{num}\b", tx["full"])) != 2
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf)])).group(1))
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        tx = texts(folder.name, pdf, pages)
        tx["pdf"] = str(pdf)
        src = tx["full"] if SOURCE[folder.name] != "pdfium" else "\n".join(tx["pages"])
        problems += check_numbers(pdf.name, src, e)
        t = reading(folder.name, tx["pages"])
        recs = [(num, text, m) for num, text, m in blocks(folder.name, t) if num]
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e, tx["right"])
        if recs:
            problems += check_layout(folder.name, pdf.name, e, tx)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, {len(e['related_numbers'])} related "
              f"numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs184.py"), tmp], check=True)
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
