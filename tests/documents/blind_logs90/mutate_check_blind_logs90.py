"""Mutation runs for check_blind_logs90.py: each broken copy of the set must fail the check.

Ground-truth mutations run the real check on a copy of the set in a temporary folder; trap
mutations are applied to the `pdftotext -layout` text of one PDF and fed to the entry check.
Run: python tests/documents/blind_logs90/mutate_check_blind_logs90.py
"""

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs90 as C  # noqa: E402

FH, QB, TL, OC, VC = ("fenwick-harbor-me-pd", "quarry-bend-ks-so", "tamsin-lake-mn-pd",
                      "orrin-creek-university-dps", "vesper-county-ga-so")


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"][7] = g[0]["case_numbers"][6]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = g[0]["sample_records"][0]["location"]


def m_type(g):
    g[0]["sample_records"][2]["type"] = "Arson"


def m_disp(g):
    s = g[0]["sample_records"][0]
    s["disposition"] = "Cleared" if s["disposition"] != "Cleared" else "Closed"


def m_date(g):
    s = g[0]["sample_records"][1]
    s["reported_at"] = s["reported_at"].replace("/1", "/2", 1) if "/1" in s["reported_at"] else "0" + s["reported_at"]


def m_time(g):
    s = g[0]["sample_records"][2]
    d, t = s["reported_at"].split(" ")
    s["reported_at"] = d + " " + ("0000" if t != "0000" else "0001")


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


def m_rel_unprinted(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "C0000001"})


def m_rel_is_id(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation",
                                    "number": g[0]["case_numbers"][1]})


def m_rel_wrong_record(g):
    r = g[0]["related_numbers"][0]
    i = g[0]["case_numbers"].index(r["record"])
    r["record"] = g[0]["case_numbers"][i + 1]


def m_ref_as_id(g):
    # a cross-referenced id counted twice
    c = g[0]["case_numbers"]
    c.insert(1, c[5])
    g[0]["record_count"] += 1


def m_bytes(g):
    g[0]["bytes"] -= 1


GT = [
    (FH, m_drop), (QB, m_swap), (TL, m_dup), (OC, m_loc), (VC, m_type), (FH, m_disp),
    (TL, m_date), (OC, m_time), (FH, m_time), (QB, m_sha), (VC, m_pages), (TL, m_count),
    (FH, m_rel_unprinted), (TL, m_rel_is_id), (QB, m_rel_wrong_record), (OC, m_ref_as_id),
    (VC, m_bytes), (VC, m_date),
]

# text mutations: (slug, description, function text -> text)
TX = [
    (FH, "a day count changed", lambda t: re.sub(r"(Incidents for \S+: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1)),
    (FH, "period total changed", lambda t: re.sub(r"(Total incidents this period: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) - 1), t)),
    (QB, "a LATE flag dropped", lambda t: re.sub(r"\s+\*\* LATE ENTRY - KEYED \S+ \*\*", "", t, count=1)),
    (QB, "a regular block flagged LATE", lambda t: re.sub(r"(REPORT NO: QB\d{6})\n", r"\1   ** LATE ENTRY - KEYED 11/11/2025 **\n", t, count=1)),
    (TL, "a page count changed", lambda t: re.sub(r"(Calls on this page: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1)),
    (TL, "a case report number shown as a call row", lambda t: re.sub(r"(TLPD\d{5})", "TLPD00000", t, count=1)),
    (OC, "a reference pointing at a newer record", lambda t: re.sub(r"(Related to earlier\s+report\s+)OC25-\d{4}", r"\1OC25-1388", t, count=1)),
    (OC, "a reference dropped", lambda t: re.sub(r" Related to earlier\s+report\s+OC25-\d{4}\.", "", t, count=1)),
    (OC, "a day heading dropped", lambda t: re.sub(r"\n(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d\d/\d\d/\d{4}\n", "\n", t, count=2)),
    (VC, "record count line changed", lambda t: re.sub(r"(Record count: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t)),
    (VC, "year rollover renumbered", lambda t: t.replace("26-00001 ", "26-00000 ")),
    (FH, "a row's id lost its time (record start broken)", lambda t: re.sub(r"(FH-25-\d{5})\s+\d\d:\d\d", r"\1", t, count=1)),
]


def main():
    caught = total = 0
    for slug, fn in GT:
        total += 1
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            for s in C.START:
                shutil.copytree(SRC / s, root / s)
            p = root / slug / "groundtruth.json"
            g = json.loads(p.read_text())
            fn(g)
            p.write_text(json.dumps(g, indent=1))
            errs = C.check_set(root)
        ok = bool(errs)
        caught += ok
        print(("caught " if ok else "MISSED ") + f"{slug}: {fn.__name__}" + (f"  ({errs[0]})" if ok else ""))
    total += 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for s in C.START:
            if s != TL:
                shutil.copytree(SRC / s, root / s)
        errs = C.check_set(root)
    caught += bool(errs)
    print(("caught " if errs else "MISSED ") + "missing agency folder")
    for slug, desc, fn in TX:
        total += 1
        g = json.loads((SRC / slug / "groundtruth.json").read_text())[0]
        text = C.text_of(SRC / slug / g["file"])
        new = fn(text)
        if new == text:
            print(f"MISSED {slug}: {desc} (mutation did not apply)")
            continue
        errs = C.check_entry(slug, SRC / slug, g, text=new)
        caught += bool(errs)
        print(("caught " if errs else "MISSED ") + f"{slug}: {desc}" + (f"  ({errs[0]})" if errs else ""))
    print(f"{caught} of {total} caught")
    return 0 if caught == total else 1


if __name__ == "__main__":
    sys.exit(main())
