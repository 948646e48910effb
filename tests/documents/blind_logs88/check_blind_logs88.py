"""Stand-alone check of blind_logs88 (does not import prr).
Usage: python check_blind_logs88.py [--regen] [ROOT]"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
START = {
    "harlow-creek-ks-pd": r"^(\d{7})\s+\d{1,2}/\d{1,2}/2025 \d",
    "pellham-county-ar-so": r"^\d+\s+(PC25-\d{5})\s",
    "oriel-bay-college-me-dps": r"^Incident #\s+(OBC25-\d{4})\b",
    "tessaly-mi-pd": r"Report No: (TPD2025-\d{5})\b",
    "brask-valley-nd-pd": r"^Case (25-\d{6})\s",
}
OWN_COUNT = {
    "harlow-creek-ks-pd": r"Grand Total\s+(\d+)",
    "pellham-county-ar-so": r"Total Incidents:\s+(\d+)",
    "oriel-bay-college-me-dps": r"Records: (\d+) / 1,284",
    "brask-valley-nd-pd": r"Cases printed: (\d+)",
}


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def pdfpages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def starts(slug, lines):
    """(line index, char offset, id) of every record start, in document order."""
    out = []
    for i, ln in enumerate(lines):
        for m in re.finditer(START[slug], ln):
            out.append((i, m.start(), m.group(1)))
    return out


def check_doc(slug, e, pdf, text, errs):
    def err(msg):
        errs.append("{}/{}: {}".format(slug, e["file"], msg))

    data = open(pdf, "rb").read()
    if hashlib.sha256(data).hexdigest() != e["sha256"]:
        err("sha256 differs")
    if len(data) != e["bytes"]:
        err("bytes differ")
    if pdfpages(pdf) != e["pages"]:
        err("pages differ")
    ids = e["case_numbers"]
    if len(set(ids)) != len(ids):
        err("ids not unique")
    if len(ids) != e["record_count"]:
        err("record_count != len(case_numbers)")
    for i in ids:
        if i not in text:
            err(f"id {i} not printed")
    for r in e["related_numbers"]:
        if r["number"] not in text:
            err("related {} not printed".format(r["number"]))
        if r["number"] in ids:
            err("related {} is also an id".format(r["number"]))
        if r["record"] not in ids:
            err("related number of unknown record {}".format(r["record"]))
    lines = text.split("\n")
    st = starts(slug, lines)
    if [s[2] for s in st] != ids:
        err("record-start pattern gives %d ids, not the listed ones in order" % len(st))
        return
    if slug in OWN_COUNT:
        counts = [int(x) for x in re.findall(OWN_COUNT[slug], text)]
        if not counts or any(c != e["record_count"] for c in counts):
            err("document's own count %s != %d" % (counts, e["record_count"]))

    # stretches
    def stretch(k):
        i, off, _ = st[k]
        j = st[k + 1][0] if k + 1 < len(st) else len(lines)
        if slug == "tessaly-mi-pd":
            j = i + 1
            while j < len(lines) and not re.search(START[slug], lines[j]):
                j += 1
            right = [s[1] for s in st if s[0] == i and s[1] > off]
            end = right[0] if right else None
            return "\n".join(ln[off:end] for ln in lines[i:j])
        if j == i:
            j = i + 1
        return "\n".join(lines[i:j])

    pos = {s[2]: k for k, s in enumerate(st)}
    for s in e["sample_records"]:
        k = pos.get(s["case_number"])
        if k is None:
            err("sample {} not an id".format(s["case_number"]))
            continue
        body = stretch(k)
        norm = re.sub(r"\s+", " ", body)
        for key, v in s.items():
            vals = v if isinstance(v, list) else [v]
            for val in vals:
                if key == "type" and slug == "oriel-bay-college-me-dps":
                    # the category is printed in the group's sub-summary trailer after the record
                    rest = "\n".join(lines[st[k][0] :])
                    grp = rest[: rest.index(" found")]
                    if not re.search(rf"\b{re.escape(val)}: \d+$", grp):
                        err("sample {} type {!r} not its group's".format(s["case_number"], val))
                    continue
                if key == "type" and slug == "brask-valley-nd-pd":
                    for part in val.split("; "):
                        if part not in norm:
                            err("sample {} offense {!r} not in its stretch".format(s["case_number"], part))
                    continue
                if val not in norm:
                    err("sample {} {}={!r} not in its stretch".format(s["case_number"], key, val))
    # traps
    if slug == "harlow-creek-ks-pd":
        n = sum(int(x) for x in re.findall(r"\((\d+) detail records?\)", text))
        if n != len(ids):
            err("detail-record summaries add to %d" % n)
        hd = re.findall(r"^Date Reported:\s+(\S+)", text, re.M)
        sm = re.findall(r"^Summary for 'Date Reported' = (\S+)", text, re.M)
        if sorted(set(hd)) != sorted(sm) or len(sm) != len(set(sm)):
            err("group headers/summaries mismatch")
    if slug == "pellham-county-ar-so":
        rts = [int(re.match(r"^(\d+)\s", lines[s[0]]).group(1)) for s in st]
        if rts != list(range(1, len(ids) + 1)):
            err("running total column is not 1..N")
        zt = sum(int(x) for x in re.findall(r"Total Zone [^:]+:\s+(\d+)", text))
        if zt != len(ids):
            err("zone totals add to %d" % zt)
        sb = text[text.index("REPORT SUMMARY") :]
        st_sum = sum(int(x) for x in re.findall(r"^\S.*?\s{2,}(\d+)\s+[\d.]+%$", sb, re.M))
        if st_sum != len(ids):
            err("summary band counts add to %d" % st_sum)
    if slug == "oriel-bay-college-me-dps":
        n = sum(int(x) for x in re.findall(r": (\d+) found", text))
        if n != len(ids) or "1,284" not in text:
            err("sub-summary counts add to %d / table total missing" % n)
    if slug == "tessaly-mi-pd":
        two = sum(1 for ln in lines if len(re.findall(START[slug], ln)) == 2)
        if two != len(ids) // 2:
            err("%d lines with two cards, expected %d" % (two, len(ids) // 2))
        cits = [r["number"] for r in e["related_numbers"] if r["kind"] == "citation"]
        if cits != re.findall(r"Cit\. No: (MI\d{7})", text) and sorted(cits) != sorted(
            re.findall(r"Cit\. No: (MI\d{7})", text)
        ):
            err("citation numbers differ")
    if slug == "brask-valley-nd-pd":
        m = re.search(r"Offenses printed: (\d+)", text)
        offl = len(re.findall(r"^\s+\S.*?\s{2,}(?:\d{2}[A-Z]|\d{3})$", text, re.M))
        if not m or int(m.group(1)) != offl or offl <= len(ids):
            err("offense lines %d vs printed %s" % (offl, m and m.group(1)))
        arr = re.findall(r"Arrest No\. (A25-\d{4})", text)
        if arr != [r["number"] for r in e["related_numbers"] if r["kind"] == "booking_number"]:
            err("arrest numbers differ")


def check_all(root, text_hook=None):
    errs = []
    for slug in START:
        gt = json.load(open(os.path.join(root, slug, "groundtruth.json")))
        for e in gt:
            if "[invented]" not in e["agency"]:
                errs.append(f"{slug}: agency not marked [invented]")
            if len(e["sample_records"]) != 3:
                errs.append(f"{slug}: not three samples")
            ids = e["case_numbers"]
            if [s["case_number"] for s in e["sample_records"]] != [ids[0], ids[len(ids) // 2], ids[-1]]:
                errs.append(f"{slug}: samples are not first/middle/last")
            pdf = os.path.join(root, slug, e["file"])
            text = pdftext(pdf)
            if text_hook:
                text = text_hook(slug, e["file"], text)
            check_doc(slug, e, pdf, text, errs)
    return errs


def main():
    args = [a for a in sys.argv[1:] if a != "--regen"]
    root = args[0] if args else HERE
    errs = check_all(root)
    if "--regen" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, os.path.join(HERE, "make_blind_logs88.py"), tmp], check=True)
            for dp, _, fs in os.walk(tmp):
                for f in fs:
                    rel = os.path.relpath(os.path.join(dp, f), tmp)
                    if open(os.path.join(tmp, rel), "rb").read() != open(os.path.join(root, rel), "rb").read():
                        errs.append("regen differs: " + rel)
    n = sum(len(json.load(open(os.path.join(root, s, "groundtruth.json")))) for s in START)
    if errs:
        print("\n".join(errs))
        print("FAIL (%d problems)" % len(errs))
        sys.exit(1)
    print(
        "OK: %d PDFs in %d agencies checked%s"
        % (n, len(START), ", regen byte-identical" if "--regen" in sys.argv else "")
    )


if __name__ == "__main__":
    main()
