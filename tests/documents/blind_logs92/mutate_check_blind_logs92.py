"""Mutation runs for check_blind_logs92.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, an update or stub number listed as a
record, a wrong sample value, sha256, page count or record count, an unprinted related number,
a related number that is also an id, an update line's refers_to_record flipped, a missing agency
folder) run the real check on a copy in a temporary folder; text mutations (an update line
turned into a record row, a stub dropped, a printed total or section count changed, the status
change table moved after the records, a record moved after the update heading) are applied to
the `pdftotext -layout` text and fed to the check's text function.
Run: python tests/documents/blind_logs92/mutate_check_blind_logs92.py
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs92 as C  # noqa: E402

FH, AS, BU, TC, GH = C.AGENCIES


def gt_mut(slug, f):
    def apply(base):
        p = base / slug / "groundtruth.json"
        g = json.loads(p.read_text())
        f(g)
        p.write_text(json.dumps(g, indent=2))
    return apply


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"].insert(7, g[0]["case_numbers"][6])
    g[0]["record_count"] += 1


def m_update_as_record(g):
    u = next(u for u in g[0]["update_lines"] if not u["refers_to_record"])
    g[0]["case_numbers"].append(u["number"])
    g[0]["record_count"] += 1


def m_stub_twice(g):
    s = g[0]["stub_lines"][0]
    i = g[0]["case_numbers"].index(s)
    g[0]["case_numbers"].insert(0, s + "X")
    g[0]["case_numbers"].pop(i + 1)
    g[0]["case_numbers"].insert(1, s)
    g[0]["case_numbers"].pop(0)


def m_sample_loc(g):
    g[-1]["sample_records"][1]["location"] = "12 Nowhere Ln"


def m_sample_date(g):
    s = g[0]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("/2025", "/2024")


def m_sample_type(g):
    g[0]["sample_records"][0]["type"] = "Robbery"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


def m_related_unprinted(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "booking_number", "number": "B25-00001"})


def m_related_is_id(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": g[0]["case_numbers"][1]})


def m_flip(g):
    g[0]["update_lines"][0]["refers_to_record"] = not g[0]["update_lines"][0]["refers_to_record"]


def m_drop_update(g):
    g[0]["update_lines"].pop(2)


def missing(base):
    shutil.rmtree(base / TC)


GT = [
    ("drop id fh", gt_mut(FH, m_drop)), ("swap ids as", gt_mut(AS, m_swap)), ("dup id bu", gt_mut(BU, m_dup)),
    ("earlier-case update counted fh", gt_mut(FH, m_update_as_record)),
    ("earlier-case update counted bu", gt_mut(BU, m_update_as_record)),
    ("earlier-case update counted tc", gt_mut(TC, m_update_as_record)),
    ("earlier-case update counted gh", gt_mut(GH, m_update_as_record)),
    ("stub order as", gt_mut(AS, m_stub_twice)),
    ("sample location bu", gt_mut(BU, m_sample_loc)), ("sample date tc", gt_mut(TC, m_sample_date)),
    ("sample type gh", gt_mut(GH, m_sample_type)), ("sha fh", gt_mut(FH, m_sha)), ("pages as", gt_mut(AS, m_pages)),
    ("record_count gh", gt_mut(GH, m_count)), ("related unprinted tc", gt_mut(TC, m_related_unprinted)),
    ("related is id fh", gt_mut(FH, m_related_is_id)), ("refers flip gh", gt_mut(GH, m_flip)),
    ("update line dropped bu", gt_mut(BU, m_drop_update)), ("missing folder", missing),
]


def first_update(slug, t):
    return next(C.UPDATE[slug].finditer(t))


TEXT = [
    ("fh update line given a time (reads as a record)", FH,
     lambda t: re.sub(r"(?m)^(FH25-\d{5} +\d\d/\d\d/2025) +(Reclassified)", r"\1 0900 \2", t, count=1)),
    ("fh open count changed", FH, lambda t: re.sub(r"OPEN CASES \((\d+)\)", lambda m: f"OPEN CASES ({int(m[1]) + 1})", t)),
    ("as stub dropped", AS, lambda t: re.sub(r"(?m)^AS-25-\d{5} +-- MOVED TO CLOSED.*\n", "", t, count=1)),
    ("as stub row made full", AS, lambda t: re.sub(r"-- MOVED TO CLOSED (\d\d/\d\d/2025) - SEE CLOSED --",
                                                   r"\1 1200   THEFT   1 ALDER ST   OPEN", t, count=1)),
    ("as total changed", AS, lambda t: re.sub(r"TOTAL CASES: (\d+)", lambda m: f"TOTAL CASES: {int(m[1]) - 1}", t)),
    ("bu update block labelled Reported", BU, lambda t: t[:first_update(BU, t).start()]
     + first_update(BU, t).group(0).replace("Updated:", "Reported:") + t[first_update(BU, t).end():]),
    ("bu update count changed", BU, lambda t: re.sub(r"Updates listed: (\d+)", lambda m: f"Updates listed: {int(m[1]) + 2}", t)),
    ("tc update paragraph written as a case", TC, lambda t: re.sub(r"(?m)^Update to Case (25-S-\d{4}):", r"Case \1 - reported", t, count=1)),
    ("tc deputy line lost", TC, lambda t: re.sub(r"Deputy #(\d{3})\. Disposition", r"Deputy \1, Disposition", t, count=1)),
    ("tc total changed", TC, lambda t: re.sub(r"Total new cases this week: (\d+)", "Total new cases this week: 12", t)),
    ("gh status table moved last", GH, lambda t: (lambda i, j: t[:i] + t[j:] + t[i:j])(
        t.index("STATUS CHANGES"), t.index("OPEN REPORTS"))),
    ("gh record line dropped", GH, lambda t: re.sub(r"(?m)^GH25\d{6} +\d\d/\d\d/2025 \d{4} .*\n", "", t, count=1)),
]


def main():
    caught = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, apply in GT:
            base = Path(tmp) / "copy"
            if base.exists():
                shutil.rmtree(base)
            shutil.copytree(SRC, base, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
            apply(base)
            problems, _, _ = C.check(base)
            total += 1
            caught += bool(problems)
            print(("caught " if problems else "MISSED ") + name)
    for name, slug, f in TEXT:
        e = json.loads((SRC / slug / "groundtruth.json").read_text())[0]
        t = subprocess.run(["pdftotext", "-layout", str(SRC / slug / e["file"]), "-"],
                           capture_output=True, text=True, check=True).stdout
        if C.check_text(slug, e, t):
            print(f"BASELINE FAILS for {name}")
            sys.exit(1)
        problems = C.check_text(slug, e, f(t))
        total += 1
        caught += bool(problems)
        print(("caught " if problems else "MISSED ") + name)
    print(f"{caught} of {total} caught")
    sys.exit(0 if caught == total else 1)


if __name__ == "__main__":
    main()
