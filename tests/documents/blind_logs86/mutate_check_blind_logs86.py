"""Mutation runs for check_blind_logs86.py: each broken copy of the set must fail the check.

Ground-truth mutations run the real check on a copy of the set in a temporary folder; text
mutations (one or more per layout trap) are applied to the extracted text and fed to the
per-PDF check.
Run: python tests/documents/blind_logs86/mutate_check_blind_logs86.py
"""

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs86 as C  # noqa: E402

HC, PL, BC, QH, OC = C.FOLDERS


def gt(folder, fn):
    def apply(root):
        p = root / folder / "groundtruth.json"
        g = json.loads(p.read_text())
        fn(g)
        p.write_text(json.dumps(g, indent=1))
    return apply


def drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def dup(g):
    g[0]["case_numbers"][7] = g[0]["case_numbers"][6]


def loc(g):
    g[0]["sample_records"][1]["location"] = "12 Nowhere Rd"


def disp(g):
    s = g[-1]["sample_records"][2]
    s["disposition"] = "Arrest" if s.get("disposition") != "Arrest" else "Cleared"


def date(g):
    s = g[0]["sample_records"][0]
    s["reported_at"] = s["reported_at"].replace("10", "09", 1) if "10" in s["reported_at"] else "09/30 00:00"


def typ(g):
    g[0]["sample_records"][1]["type"] = "Kidnapping"


def sha(g):
    g[0]["sha256"] = "0" * 64


def pages(g):
    g[0]["pages"] += 1


def count(g):
    g[0]["record_count"] += 1


def rel_unprinted(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "x", "number": "ZZ-99999"})


def rel_is_id(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][1], "kind": "x", "number": g[0]["case_numbers"][0]})


def rel_as_id(g):
    e = g[0]
    r = e["related_numbers"][0]
    i = e["case_numbers"].index(r["record"])
    e["case_numbers"].insert(i + 1, r["number"])
    e["record_count"] += 1


def phone_as_id(g):
    e = g[0]
    e["case_numbers"].insert(0, "555-0142" if "555-0142" else "")
    e["record_count"] += 1


def invented(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


GT = [(f"{f}: {fn.__name__}", gt(f, fn)) for f in C.FOLDERS
      for fn in [drop, swap, dup, loc, disp, date, typ, sha, count]]
GT += [(f"{f}: {fn.__name__}", gt(f, fn)) for f in [HC, BC, QH] for fn in [pages]]
GT += [(f"{f}: {fn.__name__}", gt(f, fn)) for f in [PL, QH] for fn in [rel_unprinted, rel_is_id, rel_as_id]]
GT += [(f"{HC}: phone_as_id", gt(HC, phone_as_id)), (f"{OC}: invented", gt(OC, invented)),
       (f"{BC}: missing folder", lambda root: shutil.rmtree(root / BC))]


def sub(pat, rep, count=1, flags=re.M):
    return lambda t: re.sub(pat, rep, t, count=count, flags=flags)


TEXT = [
    (HC, 0, "pipe rows retyped with dashes", sub(r"^(\s*25-\d{3}) \| ", r"\1 - ", count=0)),
    (HC, 0, "month count changed", sub(r"\b(\d+) entries this month", lambda m: f"{int(m.group(1)) + 1} entries this month")),
    (HC, 1, "tab rows retyped with pipes", lambda t: re.sub(r"^(\s*25-\d{3})\s{2,}(?=[A-Z][a-z]{2} )", r"\1 | ", t, flags=re.M)),
    (PL, 0, "row numbers restart", sub(r"^(\s*)2(\s+M25-)", r"\g<1>1\2")),
    (PL, 0, "total row changed", sub(r"Total: (\d+)", lambda m: f"Total: {int(m.group(1)) - 1}")),
    (PL, 0, "header row repeated", lambda t: t.replace("Sheet: OCT", "Sheet: OCT\n     1   Case No")),
    (PL, 0, "row number read as record", sub(r"^(\s*)(\d+)(\s+)(M25-\d{3})", r"\1\2\3M25-\2 \4", count=1)),
    (BC, 0, "label drift removed", lambda t: t.replace("CASE NO. ", "Case #: ")),
    (BC, 1, "block label mistyped", sub(r"CASE NO\. ", "CASE N0. ")),
    (BC, 0, "phone lines dropped", lambda t: re.sub(r"(Caller phone:|RP tel) 555-01\d\d", "", t)),
    (QH, 0, "id forms unified", lambda t: re.sub(r"\[(25/\d+)\]", r"(Log \1)", t)),
    (QH, 0, "'Same as' dropped", sub(r"Same as 25/\d+\.", "")),
    (QH, 0, "'Same as' read as a log number", sub(r"Same as (25/\d+)\.", r"(Log \1)")),
    (OC, 0, "columns swapped on a page", None),
    (OC, 0, "a block lost", sub(r"^\s*OC-\d{4}-\d{2}\s.*\n", "", count=1)),
]


def main():
    caught = total = 0
    for name, fn in GT:
        total += 1
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "set"
            shutil.copytree(SRC, root, ignore=shutil.ignore_patterns("*.py", "__pycache__", "README.md"))
            fn(root)
            ok = bool(C.check(root))
        caught += ok
        print(("caught " if ok else "MISSED ") + name)
    for folder, idx, name, fn in TEXT:
        total += 1
        e = json.loads((SRC / folder / "groundtruth.json").read_text())[idx]
        pdf = SRC / folder / e["file"]
        t = C.default_text(pdf, folder, e["pages"])
        raw = C.pdftotext(pdf)
        if fn is None:  # swap left and right column of page 1
            parts = []
            for x in (300, 0):
                parts.append(C.pdftotext(pdf, "-f", "1", "-l", "1", "-x", str(x), "-y", "0", "-W", "300", "-H", "792"))
            rest = [C.pdftotext(pdf, "-f", str(p), "-l", str(p), "-x", str(x), "-y", "0", "-W", "300", "-H", "792")
                    for p in range(2, e["pages"] + 1) for x in (0, 300)]
            t2 = "\n".join(parts + rest)
        else:
            t2 = fn(t)
            if t2 == t:
                print("MISSED (mutation changed nothing) " + name)
                continue
        ok = bool(C.check_entry(folder, e, pdf, text=t2, raw=raw))
        caught += ok
        print(("caught " if ok else "MISSED ") + f"{folder}: {name}")
    print(f"{caught} of {total} caught")
    return 0 if caught == total else 1


if __name__ == "__main__":
    sys.exit(main())
