"""Mutation check for check_blind_logs91.py: break copies of the set (ground truth and the
`pdftotext -layout` text of each layout) and require the check to fail on every mutation.
Prints "N of N caught". Stand-alone; does not import prr.
"""

import copy
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_blind_logs91 as chk  # noqa: E402


def load():
    out = {}
    for slug in sorted(chk.START):
        e = json.loads((HERE / slug / "groundtruth.json").read_text())[0]
        t = chk.run(["pdftotext", "-layout", str(HERE / slug / e["file"]), "-"])
        out[slug] = (e, t)
    return out


def gt_mutations(e):
    ids = e["case_numbers"]

    def m(f):
        x = copy.deepcopy(e)
        f(x)
        return x
    yield "drop an id", m(lambda x: (x["case_numbers"].pop(5), x.update(record_count=x["record_count"] - 1)))
    yield "swap two ids", m(lambda x: x["case_numbers"].__setitem__(slice(3, 5), [ids[4], ids[3]]))
    yield "id twice", m(lambda x: (x["case_numbers"].insert(7, ids[6]), x.update(record_count=x["record_count"] + 1)))
    yield "record_count off", m(lambda x: x.update(record_count=x["record_count"] + 1))
    yield "sample location of another record", m(
        lambda x: x["sample_records"][1].update(location=x["sample_records"][2]["location"]))
    yield "sample type wrong", m(lambda x: x["sample_records"][0].update(type="BURGLARY RESIDENTIAL"))
    yield "sample disposition wrong", m(lambda x: x["sample_records"][2].update(disposition="EXCEPTIONALLY CLEARED"))
    yield "related number is an id", m(lambda x: x["related_numbers"].append(
        {"record": ids[0], "kind": "premise_history", "number": ids[1]}))
    yield "sha256 wrong", m(lambda x: x.update(sha256="0" * 64))
    yield "pages wrong", m(lambda x: x.update(pages=x["pages"] + 1))


def first_lines_of(t, rid):
    return [ln for ln in t.splitlines() if rid in ln]


def text_mutations(slug, e, t):
    ids = e["case_numbers"]
    mid = ids[len(ids) // 2]
    yield "an incident's lines removed", "\n".join(ln for ln in t.splitlines() if mid not in ln)
    total = chk.TOTAL.get(slug)
    if total:
        m = total.search(t)
        yield "printed count changed", t[:m.start(1)] + str(int(m.group(1)) + 1) + t[m.end(1):]
    if slug == "pinecrest-hollow-or-pd":
        yield "id on a no-incident line", t.replace("-- no incident --", f"-- no incident -- {ids[0]}", 1)
        yield "status entries changed", re.sub(r"Status entries: (\d+)", "Status entries: 1", t)
    if slug == "brackenridge-county-tx-so":
        yield "subtotal changed", re.sub(r"Calls handled by (S-\d+): (\d+)", r"Calls handled by \1: 99", t, count=1)
        secs = re.split(r"(?=^UNIT S-\d+ )", t, flags=re.M)
        twice = [i for i in ids if sum(i in s for s in secs) > 1]
        kept = [secs[0], secs[1]] + ["\n".join(ln for ln in s.splitlines() if not any(i in ln for i in twice))
                                     for s in secs[2:]]
        yield "multi-unit incidents printed in one section only", "\n".join(kept)
        yield "unit headings renamed", t.replace("UNIT S-2", "GROUP S-2")
    if slug == "ferris-landing-mi-pd":
        yield "premise line removed", re.sub(r"^.*PREMISE HIST.*\n", "", t, count=1, flags=re.M)
        yield "message count changed", re.sub(r"END OF LOG +(\d+)", "END OF LOG 12", t)
    if slug == "harlow-mills-ky-pd":
        c = ids[0]
        yield "carried call gets a 10-6 line", t.replace(f"10-97        {c}", f"10-6         {c}", 1) \
            if f"10-97        {c}" in t else t + f"\n0001       211      10-6         {c}    X\n"
        yield "carried count changed", re.sub(r"\((\d+) CARRIED", "(7 CARRIED", t)
        yield "legend removed", t.replace("CODES: 10-6", "10-6")
    if slug == "quillan-bay-wa-pd":
        yield "unlisted response number", t.replace("\nResponses:", "\nR7999999          X\nResponses:", 1)
        yield "response count changed", re.sub(r"Responses: (\d+)", "Responses: 3", t)


def main():
    data = load()
    n = caught = 0
    for slug, (e, t) in data.items():
        for label, x in gt_mutations(e):
            n += 1
            pdf = HERE / slug / e["file"]
            if chk.check_entry(slug, x, t, pdf):
                caught += 1
            else:
                print("MISSED", slug, label)
        for label, tt in text_mutations(slug, e, t):
            n += 1
            if tt != t and chk.check_entry(slug, e, tt):
                caught += 1
            else:
                print("MISSED", slug, label)
    # a broken copy of the whole set on disk: one byte of one PDF changed
    with tempfile.TemporaryDirectory() as d:
        root = Path(d) / "set"
        shutil.copytree(HERE, root, ignore=shutil.ignore_patterns("__pycache__"))
        pdf = sorted(root.glob("*/*.pdf"))[0]
        b = bytearray(pdf.read_bytes())
        b[len(b) // 2] ^= 1
        pdf.write_bytes(bytes(b))
        n += 1
        r = subprocess.run([sys.executable, str(HERE / "check_blind_logs91.py"), "--dir", str(root)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            caught += 1
        else:
            print("MISSED whole-set byte flip")
    print(f"{caught} of {n} caught")
    return 0 if caught == n else 1


if __name__ == "__main__":
    sys.exit(main())
