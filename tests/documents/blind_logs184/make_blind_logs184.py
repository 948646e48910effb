"""Generate a held-out set of multilingual incident logs from California communities (blind_logs184).

Five invented agencies, five layouts, one trap each, all about logs that carry text in another script
beside English: a table with bilingual two-line headers whose rows print a Vietnamese second line with
the day-first date (`ngày 04/03/2026` under `03/04/2026`); labelled blocks with the Chinese label first,
Chinese set in reportlab's non-embedded Adobe CID font MSung-Light (full-width digits and colons, the
id glued to `：`), with id-shaped related case numbers; Korean and English paragraphs per record, the
Korean paragraph (HYSMyeongJo-Medium, non-embedded) first and the id only at the end of the English one;
numbered items in Tagalog, Spanish and English whose numbers restart under each day heading; and
English and Armenian parallel columns (DejaVu Sans) that drift apart, the id printed in both. Everything
is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs184/make_blind_logs184.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026184
D = "\u2014"
DV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSans", DV + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DV + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
PW, PH = letter

# type: (vietnamese, chinese, korean, tagalog, spanish, armenian)
TYPES = {
    "Burglary - residential": ("Trộm nhà ở", "住宅竊盜", "주거 침입 절도", "Panloloob sa bahay", "Robo a casa habitación",
                               "Բնակարանային գողություն"),
    "Burglary - commercial": ("Trộm cơ sở thương mại", "商業竊盜", "상가 침입 절도", "Panloloob sa tindahan",
                              "Robo a comercio", "Առևտրային օբյեկտի գողություն"),
    "Theft from vehicle": ("Trộm đồ trong xe", "車內竊盜", "차량 내 절도", "Pagnanakaw sa sasakyan", "Robo de vehículo",
                           "Գողություն մեքենայից"),
    "Theft - shoplifting": ("Ăn cắp trong cửa hàng", "商店行竊", "상점 절도", "Pag-umit sa tindahan", "Hurto en tienda",
                            "Խանութային գողություն"),
    "Vandalism": ("Phá hoại tài sản", "破壞財物", "기물 파손", "Paninira ng ari-arian", "Daño a la propiedad",
                  "Գույքի վնասում"),
    "Disturbance": ("Gây rối trật tự", "擾亂治安", "소란 행위", "Kaguluhan", "Alteración del orden",
                    "Հասարակական կարգի խախտում"),
    "Domestic dispute": ("Tranh chấp gia đình", "家庭糾紛", "가정 불화", "Away sa tahanan", "Disputa doméstica",
                         "Ընտանեկան վեճ"),
    "Suspicious person": ("Người khả nghi", "可疑人物", "수상한 사람", "Kahina-hinalang tao", "Persona sospechosa",
                          "Կասկածելի անձ"),
    "Suspicious vehicle": ("Xe khả nghi", "可疑車輛", "수상한 차량", "Kahina-hinalang sasakyan", "Vehículo sospechoso",
                           "Կասկածելի մեքենա"),
    "Welfare check": ("Kiểm tra an sinh", "關懷訪視", "안부 확인", "Pagsusuri ng kalagayan", "Verificación de bienestar",
                      "Բարեկեցության ստուգում"),
    "Assault": ("Hành hung", "傷害", "폭행", "Pananakit", "Agresión", "Հարձակում"),
    "Fraud - bank card": ("Gian lận thẻ ngân hàng", "信用卡詐騙", "카드 사기", "Panloloko sa bank card",
                          "Fraude con tarjeta", "Բանկային քարտի խարդախություն"),
    "Traffic collision": ("Tai nạn giao thông", "交通事故", "교통사고", "Banggaan ng sasakyan", "Choque vehicular",
                          "Ճանապարհատրանսպորտային պատահար"),
    "Stolen vehicle": ("Xe bị đánh cắp", "車輛失竊", "차량 도난", "Ninakaw na sasakyan", "Vehículo robado",
                       "Գողացված մեքենա"),
    "Noise complaint": ("Khiếu nại tiếng ồn", "噪音投訴", "소음 신고", "Reklamo sa ingay", "Queja por ruido",
                        "Աղմուկի բողոք"),
    "Trespass": ("Xâm nhập trái phép", "非法侵入", "무단 침입", "Paglabag sa pag-aari", "Allanamiento",
                 "Ապօրինի մուտք"),
}
DISPS = {
    "Report taken": ("Đã lập biên bản", "已立案", "보고서 작성", "Naiulat", "Reporte levantado", "Արձանագրություն է կազմվել"),
    "Arrest made": ("Đã bắt giữ", "已逮捕", "체포", "May inaresto", "Arresto", "Ձերբակալություն"),
    "Citation issued": ("Đã phạt", "已開罰單", "딱지 발부", "May tiket", "Multa expedida", "Տուգանք է նշանակվել"),
    "Referred to investigations": ("Chuyển điều tra", "移送調查", "수사과 이관", "Ipinasa sa imbestigasyon",
                                   "Turnado a investigaciones", "Փոխանցվել է քննչական բաժին"),
    "Unfounded": ("Không có cơ sở", "查無實據", "혐의 없음", "Walang batayan", "Infundado", "Անհիմն"),
    "Cleared - no action": ("Đã giải quyết", "已處理", "조치 없이 종결", "Tapos na", "Resuelto sin acción",
                            "Փակված առանց գործողության"),
    "Gone on arrival": ("Đã rời đi khi đến", "到場時已離開", "도착 시 떠남", "Wala na pagdating", "Ausente al llegar",
                        "Ժամանելիս բացակա էր"),
}
LANG = {"vi": 0, "zh": 1, "ko": 2, "tl": 3, "es": 4, "hy": 5}


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def is_cjk(ch):
    return ord(ch) >= 0x2E80


def runs(text, cjk_font, latin_font):
    """Split a mixed line into (text, font) runs: CJK and full-width characters in the CID font."""
    out = []
    for ch in text:
        f = cjk_font if is_cjk(ch) else latin_font
        if out and out[-1][1] == f:
            out[-1][0] += ch
        else:
            out.append([ch, f])
    # pdfium drops a one-character CID string from its text: a lone CJK character takes its neighbouring
    # spaces into its run
    for i, (t, f) in enumerate(out):
        if f != cjk_font or len(t) > 1:
            continue
        if i + 1 < len(out) and out[i + 1][0].startswith(" "):
            out[i][0] += " "
            out[i + 1][0] = out[i + 1][0][1:]
        elif i > 0 and out[i - 1][0].endswith(" "):
            out[i][0] = " " + out[i][0]
            out[i - 1][0] = out[i - 1][0][:-1]
        assert len(out[i][0]) > 1, text
    return [(t, f) for t, f in out if t]


def width(text, font, size):
    if font.startswith("MIX:"):
        cjk, latin = font[4:].split("|")
        return sum(stringWidth(t, f, size) for t, f in runs(text, cjk, latin))
    return stringWidth(text, font, size)


def draw_items(c, items):
    for y, x, text, font, fs in items:
        if text is None:
            c.setLineWidth(0.5)
            c.line(x, y, PW - x, y)
            continue
        if font.startswith("MIX:"):
            cjk, latin = font[4:].split("|")
            for t, f in runs(text, cjk, latin):
                c.setFont(f, fs)
                c.drawString(x, y, t)
                x += stringWidth(t, f, fs)
            continue
        c.setFont(font, fs)
        c.drawString(x, y, text)


def render(path, pages):
    c = new_canvas(path)
    for items in pages:
        draw_items(c, items)
        c.showPage()
    c.save()


def wrap(text, font, size, w):
    out, cur = [], ""
    for word in text.split(" "):
        trial = (cur + " " + word).strip()
        if cur and width(trial, font, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = trial
    out.append(cur)
    return out


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, advance) lines on the current page, whole (keep=True); returns the
    0-based pages the lines went on."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        used = []
        for x, text, font, fs, advance in lines:
            if state["y"] < bottom:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            if not used or used[-1] != len(pages) - 1:
                used.append(len(pages) - 1)
            state["y"] -= advance
        state["y"] -= gap
        return used

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def make_recs(r, first_day, days, per_day, streets, places):
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        for m in sorted(r.sample(range(10, 1430), r.randint(*per_day))):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.35:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.7:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            k = r.random()
            if k < 0.5:
                loc = f"{r.randint(1, 60) * 100} block of {r.choice(streets)}"
            elif k < 0.85:
                a, b = r.sample(streets, 2)
                loc = f"{a} & {b}"
            else:
                loc = r.choice(places)
            recs.append({"dt": t, "occ": occ, "type": r.choice(sorted(TYPES)), "location": loc,
                         "disposition": r.choice(sorted(DISPS)), "badge": str(r.randint(301, 389)), "rel": []})
    return recs


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = rec["dt"].strftime(fmt)
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = occ[1].strftime(fmt)
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = occ[1].strftime(fmt), occ[2].strftime(fmt)


def ids(recs, r, fmt, start, steps=(1, 1, 1, 2)):
    seq = start + r.randint(0, 60)
    for rec in recs:
        seq += r.choice(steps)
        rec["case_number"] = fmt.format(seq)


KEYS = ["case_number", "type", "type_local", "reported_at", "reported_at_local", "occurred_at", "occurred_from",
        "occurred_to", "location", "disposition", "disposition_local"]


def entry(path, agency, doc_type, layout, langs, recs, notes, count_check, fields, text_layer="good"):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs184.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "languages": langs,
        "scanned": False, "encrypted": False, "text_layer": text_layer, "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs184.py) from the records it drew, in "
                               "document order; checked by check_blind_logs184.py against the text layer "
                               "(`pdftotext -layout`, and pdfium's text where the other script is set in a "
                               "non-embedded CID font)",
        "record_count_check": count_check, "notes": notes,
    }


def page_footer(font, label):
    def footer(k, m):
        return [(36, 40, label, font, 7.5), (36, PW - 110, f"Page {k} of {m}", font, 8.5)]
    return footer


# 1 ------------------------------------------------------------------ Bolsa Mesa: Vietnamese table
def bolsa(d, r):
    agency = "Bolsa Mesa Police Department, CA [invented]"
    streets = ["Bolsa Ave", "Moran St", "Magnolia St", "Brookhurst St", "Hazard Ave", "Bushard St", "Lampson Ave"]
    places = ["Chợ Hòa Bình parking lot", "Phước Lộc plaza", "Chùa Bửu Quang lot", "Mesa Civic Center"]
    recs = make_recs(r, datetime.datetime(2026, 3, 1), 14, (5, 8), streets, places)
    ids(recs, r, "BM26-{:05d}", 1200)
    set_times(recs, "%m/%d/%Y %H:%M")
    for rec in recs:
        rec["type_local"] = TYPES[rec["type"]][0]
        rec["disposition_local"] = DISPS[rec["disposition"]][0]
        rec["reported_at_local"] = f"ngày {rec['dt']:%d/%m/%Y}"
        rec.pop("occurred_at", None)
        rec.pop("occurred_from", None)
        rec.pop("occurred_to", None)
    F, FB, S, L = "DejaVuSans", "DejaVuSans-Bold", 7.6, 10.5
    cols = [36, 104, 192, 322, 470]
    heads = [("Số vụ", "Case No."), ("Ngày giờ báo cáo", "Reported"), ("Loại vụ việc", "Incident Type"),
             ("Địa điểm", "Location"), ("Kết quả", "Disposition")]

    def header(k):
        it = [(PH - 40, 36, "SỞ CẢNH SÁT BOLSA MESA  ·  BOLSA MESA POLICE DEPARTMENT [invented]", FB, 11),
              (PH - 54, 36, "Nhật ký sự vụ / Incident Log  ·  01/03/2026 - 14/03/2026 (March 1 - 14, 2026)  ·  "
               "Records 555-0137", F, 8),
              (PH - 60, 36, None, F, S)]
        it += [(PH - 70, x, v, FB, S) for x, (v, _) in zip(cols, heads)]
        it += [(PH - 79, x, e, FB, S) for x, (_, e) in zip(cols, heads)]
        return it + [(PH - 84, 36, None, F, S)]

    add, finish = paginate(header, page_footer(F, "Bản dịch tiếng Việt chỉ để tham khảo. Vietnamese text is a "
                                               "courtesy translation."), PH - 96, 56)
    for rec in recs:
        row1 = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["disposition"]]
        row2 = ["", rec["reported_at_local"], rec["type_local"], "", rec["disposition_local"]]
        for row in (row1, row2):
            for k, v in enumerate(row):
                right = cols[k + 1] if k + 1 < len(cols) else PW - 30
                assert cols[k] + width(v, F, S) < right - 3, v
        lines = [(x, v, F, S, 0) for x, v in zip(cols, row1)][:-1] + [(cols[-1], row1[-1], F, S, L)]
        lines += [(x, v, F, S, 0) for x, v in zip(cols, row2) if v][:-1] + [(cols[-1], row2[-1], F, S, L + 3)]
        add(lines)
    n = len(recs)
    add([(36, None, F, S, 12), (36, f"Tổng số vụ / Total incidents: {n}", FB, 8.5, 12)])
    pages = finish()
    path = d / "bolsa-mesa-incident-log-2026-03-01-14.pdf"
    render(path, pages)
    amb = sum(rec["dt"].day <= 12 and rec["dt"].day != 3 for rec in recs)
    return [entry(path, agency, "two-week incident log, English with Vietnamese translation",
                  "table with header (bilingual two-line column headers, two lines per row)", ["en", "vi"], recs,
                  "A table in DejaVu Sans whose column headers are printed on two lines, Vietnamese above English "
                  "(`Số vụ` over `Case No.`, `Ngày giờ báo cáo` over `Reported`, `Loại vụ việc` over `Incident "
                  "Type`, `Địa điểm` over `Location`, `Kết quả` over `Disposition`). Every record takes two text "
                  f"lines: `{recs[0]['case_number']}  {recs[0]['reported_at']}  {recs[0]['type']}  ...` and under "
                  f"it, with no id, `{recs[0]['reported_at_local']}  {recs[0]['type_local']}  "
                  f"{recs[0]['disposition_local']}`. Trap: the second line repeats the report date in the "
                  "Vietnamese day-first convention (`ngày 04/03/2026` under `03/04/2026 14:22`), so read as a date "
                  f"of its own it is another day: {amb} records fall on days 1-12 of March where the two "
                  "orders give different valid dates; the second line starts with no id and is not a record, "
                  "and its type and disposition are the Vietnamese translation of the line above (some "
                  "locations are Vietnamese names with diacritics). reported_at is the English value; the "
                  "Vietnamese one is in reported_at_local, type_local, disposition_local. No occurred time is "
                  "printed. Ends `Tổng số vụ / Total incidents: N`.",
                  "rows counted by the generator; the closing line gives the total",
                  ["case_number", "type", "reported_at", "location", "disposition"])]


# 2 ------------------------------------------------------------------ Monterey Vale: Chinese labelled blocks
def fw(s):
    """Digits and colon as full-width forms."""
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() or ch == ":" else ch for ch in s)


def monterey(d, r):
    agency = "Monterey Vale Police Department, CA [invented]"
    streets = ["Garvey Ave", "Atlantic Blvd", "Valley Blvd", "New Ave", "Del Mar Ave", "Emerson Pl", "Wilcox Ave"]
    places = ["Vale Square food court", "Garvey Ave library branch", "Barnes Park", "Transit stop #14"]
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 12, (3, 6), streets, places)
    ids(recs, r, "MV26-{:05d}", 3300)
    set_times(recs, "%m/%d/%Y %H:%M")
    earlier = [f"MV26-{x:05d}" for x in range(3000, 3290)]
    for rec in recs:
        rec["type_local"] = TYPES[rec["type"]][1]
        rec["disposition_local"] = DISPS[rec["disposition"]][1]
        t = rec["dt"]
        rec["reported_at_local"] = fw(f"{t.year}年{t.month}月{t.day}日 ") + f"{t:%H:%M}"
        if r.random() < 0.22:
            rec["rel"] = [("related case", r.choice(earlier))]
    F, S, L = "MIX:MSung-Light|Helvetica", 8.6, 11.6

    def header(k):
        return [(PH - 40, 36, "蒙特雷谷警察局  MONTEREY VALE POLICE DEPARTMENT [invented]", "MIX:MSung-Light|Helvetica-Bold",
                 11.5),
                (PH - 54, 36, "每日案件記錄 Daily Case Log  ·  ２０２６年３月２日至３月１３日 (03/02/2026 - 03/13/2026)  ·  "
                 "Records 555-0158", F, 8),
                (PH - 60, 36, None, F, S)]

    add, finish = paginate(header, page_footer("MIX:MSung-Light|Helvetica", "Chinese labels and translations by the Records "
                                               "Unit. 中文僅供參考。"), PH - 76, 56)
    for rec in recs:
        occ = rec["occ"]
        lines = [(36, f"案件編號（Case No.）：{rec['case_number']}", F, S, L),
                 (36, f"報案時間（Reported）：{rec['reported_at_local']} ({rec['reported_at']})", F, S, L),
                 (36, f"案件類別（Type）：{rec['type_local']} {rec['type']}", F, S, L),
                 (36, f"地點（Location）：{rec['location']}", F, S, L)]
        if occ and occ[0] == "at":
            lines.append((36, f"發生時間（Occurred）：{rec['occurred_at']}", F, S, L))
        elif occ:
            lines.append((36, f"發生時間（Occurred）：{rec['occurred_from']} 至 to {rec['occurred_to']}", F, S, L))
        if rec["rel"]:
            lines.append((36, f"相關案件（Related case）：{rec['rel'][0][1]}", F, S, L))
        lines.append((36, f"處理結果（Disposition）：{rec['disposition_local']} {rec['disposition']}    "
                          f"警員（Officer）：#{rec['badge']}", F, S, L))
        lines.append((36, None, F, S, 12))
        add(lines)
    n = len(recs)
    add([(36, f"案件總數（Total cases）：{fw(str(n))} ({n})", "MIX:MSung-Light|Helvetica-Bold", 9, 12)])
    pages = finish()
    path = d / "monterey-vale-daily-case-log-2026-03-02-13.pdf"
    render(path, pages)
    nrel = sum(bool(rec["rel"]) for rec in recs)
    return [entry(path, agency, "daily case log, Traditional Chinese and English", "labelled blocks (Chinese "
                  "label first)", ["zh-Hant", "en"], recs,
                  "Labelled blocks, one field per line, the Chinese label first, the English label after it in "
                  "full-width parentheses and a full-width colon before the value, which follows it with no "
                  "space: `案件編號（Case No.）："
                  f"{recs[0]['case_number']}`, `報案時間（Reported）：{recs[0]['reported_at_local']} "
                  f"({recs[0]['reported_at']})` (the local date in full-width digits, the English one in "
                  "parentheses), `案件類別（Type）：住宅竊盜 Burglary - residential`, `地點（Location）：`, "
                  "`發生時間（Occurred）：` a time or `from 至 to to`, `處理結果（Disposition）：已立案 Report taken    "
                  "警員（Officer）：#331`, a rule between blocks. Chinese is set in reportlab's Adobe CID font "
                  "MSung-Light, not embedded and without a ToUnicode map, Latin text in Helvetica; reportlab "
                  "writes that font with the CMap UniGB-UCS2-H (a Simplified Chinese CMap) while its "
                  "CIDSystemInfo says Adobe-CNS1, so the text layer of the Chinese depends on the reader: pdfium "
                  "takes the UCS-2 codes as Unicode and reads it right, pdfminer maps the codes through the CNS1 "
                  "collection and gets other CJK characters, and poppler without the CJK language packs drops "
                  "it, full-width digits, brackets and colons included, leaving `Case No. MV26-...` and "
                  "`Reported  09:49 (03/02/2026 09:49)` with the Chinese date gone. The values in this file are "
                  "what is printed (pdfium's reading). Trap: "
                  f"{nrel} blocks carry a `相關案件（Related case）：MV26-0xxxx` line citing an earlier case with "
                  "exactly the shape of a record id, glued to the full-width colon like the block's own id; those "
                  "are listed in `related_numbers` (kind `related case`) and are not records of this log (they "
                  "cite February cases numbered just below this log's first id). reported_at is the English "
                  "value, reported_at_local the Chinese one; type_local and disposition_local the Chinese words. Ends `案件總數（Total cases）：N (N)` with "
                  "the full-width count first.",
                  "blocks counted by the generator; the closing line gives the total",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                   "disposition"], text_layer="Chinese in a non-embedded CID font without ToUnicode, CMap "
                  "UniGB-UCS2-H under a CNS1 CIDSystemInfo (reader-dependent); ids and English in Helvetica")]


# 3 ------------------------------------------------------------------ Laurel Mesa: Korean then English paragraphs
def laurel(d, r):
    agency = "Laurel Mesa Police Department, CA [invented]"
    streets = ["Orangethorpe Ave", "Beach Blvd", "Malvern Ave", "Commonwealth Ave", "Euclid St", "Stanton Ave"]
    places = ["Laurel Mesa H Mart lot", "Koreatown Plaza garage", "Mesa Community Park", "Senior center"]
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 7, (8, 11), streets, places)
    ids(recs, r, "LM26-{:04d}", 600)
    for rec in recs:
        t = rec["dt"]
        rec["reported_at"] = f"{t.month}/{t.day}/2026 {t:%H:%M}"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = f"{occ[1]:%H:%M}" if occ[1].date() == t.date() else \
                f"{occ[1].month}/{occ[1].day}/2026 {occ[1]:%H:%M}"
        elif occ:
            a, b = occ[1], occ[2]
            rec["occurred_from"] = f"{a.month}/{a.day}/2026 {a:%H:%M}"
            rec["occurred_to"] = f"{b.month}/{b.day}/2026 {b:%H:%M}"
        rec["type_local"] = TYPES[rec["type"]][2]
        rec["disposition_local"] = DISPS[rec["disposition"]][2]
        ap = "오전" if t.hour < 12 else "오후"
        rec["reported_at_local"] = f"{t.year}년 {t.month}월 {t.day}일 {ap} {(t.hour - 1) % 12 + 1}시 {t.minute}분"
    FK, FE, S, L = "HYSMyeongJo-Medium", "Times-Roman", 9.2, 12
    W = PW - 2 * 54

    def header(k):
        return [(PH - 42, 54, "LAUREL MESA POLICE DEPARTMENT [invented]  ·  로렐 메사 경찰서", "MIX:HYSMyeongJo-Medium|Times-Bold",
                 12),
                (PH - 56, 54, "Weekly Community Police Log  ·  주간 치안 일지  ·  March 2 - 8, 2026  ·  Records 555-0171",
                 "MIX:HYSMyeongJo-Medium|Times-Italic", 9),
                (PH - 62, 54, None, FE, S)]

    add, finish = paginate(header, page_footer("Times-Roman", "Each entry: Korean summary, then the English entry "
                                               "with the report number."), PH - 80, 56)
    for rec in recs:
        occ = rec["occ"]
        ko = (f"{rec['reported_at_local']} 신고 접수. {rec['type_local']} 사건, 장소: {rec['location']}. "
              f"처리 결과: {rec['disposition_local']}.")
        if occ is None:
            oc = ""
        elif "occurred_at" in rec:
            oc = f" Occurred at {rec['occurred_at']}."
        else:
            oc = f" Occurred between {rec['occurred_from']} and {rec['occurred_to']}."
        en = (f"{rec['reported_at']} {D} {rec['type']} at {rec['location']}.{oc} Disposition: "
              f"{rec['disposition']}. Officer #{rec['badge']}. Report {rec['case_number']}.")
        rec["ko"], rec["en"] = ko, en
        lines = [(54, ln, FK, S, L) for ln in wrap(ko, FK, S, W)]
        lines += [(54, ln, FE, S + 0.6, L) for ln in wrap(en, FE, S + 0.6, W)]
        add(lines, gap=7)
    n = len(recs)
    add([(54, None, FE, S, 12), (54, f"총 {n}건  ·  Entries this week: {n}", "MIX:HYSMyeongJo-Medium|Times-Bold",
                                     10, 12)])
    pages = finish()
    path = d / "laurel-mesa-weekly-police-log-2026-03-02-08.pdf"
    render(path, pages)
    return [entry(path, agency, "weekly community police log, Korean and English", "free text (a Korean paragraph "
                  "and an English paragraph per record)", ["ko", "en"], recs,
                  "Two paragraphs per record, Korean first and English second, with no rule between records, "
                  f"only a gap: `{recs[0]['ko']}` then `{recs[0]['en']}`. Korean is set in reportlab's Adobe CID "
                  "font HYSMyeongJo-Medium (UniKS-UCS2-H), not embedded and without a ToUnicode map, so the "
                  "Korean paragraphs are in the text layer only for readers with Adobe-Korea1 CMap support "
                  "(pdfium reads them; poppler without the language pack drops them, ASCII inside them "
                  "included). Trap: the record number is printed only once, at the very end of the English "
                  "paragraph (`Report LM26-0xxx.`), and each record's Korean paragraph comes before it: a reader "
                  "that starts a record at a date line or ends it at the id gets the English part right, but one "
                  "that attaches the text after an id to that id gives every Korean paragraph (date written "
                  "`2026년 3월 2일 오후 2시 5분`, 12-hour with 오전/오후, type, location and disposition in Korean) "
                  "to the record before it. The Korean date carries no id and is not a record. reported_at is "
                  "the English value, reported_at_local the Korean one. Ends `총 N건  ·  Entries this week: N`.",
                  "paragraph pairs counted by the generator; the closing line gives the total",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                   "disposition"], text_layer="Korean in a non-embedded CID font without ToUnicode; English in "
                  "Times-Roman")]


# 4 ------------------------------------------------------------------ Serrano Bay: numbered items, Tagalog/Spanish
TL_DAYS = ["Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def serrano(d, r):
    agency = "Serrano Bay Police Department, CA [invented]"
    streets = ["Avenida Serrano", "Calle Mañana", "Mission Rd", "Skyline Dr", "Callán Blvd", "Peña Ct", "Junípero Way"]
    places = ["Serramonte plaza lot", "Iglesia de San Andrés", "Bay Ridge BART garage", "Parke ng Bayan"]
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 14, (5, 9), streets, places)
    ids(recs, r, "SB26-{:04d}", 2100)
    set_times(recs, "%m/%d/%Y %H:%M")
    for rec in recs:
        rec["type_local"] = f"{TYPES[rec['type']][3]} / {TYPES[rec['type']][4]}"
        rec["disposition_local"] = f"{DISPS[rec['disposition']][3]} / {DISPS[rec['disposition']][4]}"
    F, FB, S, L = "Helvetica", "Helvetica-Bold", 8.4, 11
    W = PW - 72 - 40

    def header(k):
        return [(PH - 40, 40, "SERRANO BAY POLICE DEPARTMENT [invented]  ·  Kagawaran ng Pulisya  ·  Departamento de "
                 "Policía", FB, 10.5),
                (PH - 53, 40, "Talaan ng Insidente / Registro de Incidentes / Incident Log  ·  March 2 - 15, 2026  ·  "
                 "Records 555-0119", F, 8.2),
                (PH - 59, 40, None, F, S)]

    add, finish = paginate(header, page_footer(F, "Ang bilang ay nagsisimula muli bawat araw. La numeración "
                                               "reinicia cada día. Items are numbered per day."), PH - 74, 56)
    days = sorted({rec["dt"].date() for rec in recs})
    es_month = {3: "marzo"}
    tl_month = {3: "Marso"}
    for day in days:
        dr = [rec for rec in recs if rec["dt"].date() == day]
        wd = day.weekday()
        head = (f"{TL_DAYS[wd]}, {tl_month[day.month]} {day.day}, {day.year}  ·  {ES_DAYS[wd]} {day.day} de "
                f"{es_month[day.month]} de {day.year}  ·  {day:%A, %B} {day.day}, {day.year}  ({len(dr)} insidente "
                f"/ incidentes / incidents)")
        add([(40, head, FB, S, L + 2)], gap=2)
        for k, rec in enumerate(dr, 1):
            occ = rec["occ"]
            if occ is None:
                oc = ""
            elif "occurred_at" in rec:
                oc = f" Nangyari/Ocurrió/Occurred {rec['occurred_at']}."
            else:
                oc = f" Nangyari/Ocurrió/Occurred {rec['occurred_from']} - {rec['occurred_to']}."
            txt = (f"Kaso Blg./Caso Núm. {rec['case_number']} {D} Iniulat/Reportado/Reported {rec['reported_at']}. "
                   f"{rec['type_local']} / {rec['type']}. Lokasyon/Lugar/Location: {rec['location']}.{oc} "
                   f"Resulta/Resultado/Disposition: {rec['disposition_local']} / {rec['disposition']}. "
                   f"Yunit/Unidad/Unit {rec['badge']}.")
            rec["txt"] = f"{k}. {txt}"
            wl = wrap(txt, F, S, W)
            add([(54, f"{k}.", F, S, 0)] + [(72, ln, F, S, L) for ln in wl], gap=3)
        add([], gap=4)
    n = len(recs)
    add([(40, None, F, S, 12), (40, f"Kabuuan / Total / Total incidents: {n}", FB, 9, 12)])
    pages = finish()
    path = d / "serrano-bay-incident-log-2026-03-02-15.pdf"
    render(path, pages)
    return [entry(path, agency, "two-week incident log in Tagalog, Spanish and English", "numbered items (numbered "
                  "per day under trilingual day headings)", ["tl", "es", "en"], recs,
                  "Numbered items with a hanging number under day headings printed in Tagalog, Spanish and "
                  f"English (`Lunes, Marso 2, 2026  ·  lunes 2 de marzo de 2026  ·  Monday, March 2, 2026  (N "
                  f"insidente / incidentes / incidents)`); an item reads `{recs[1]['txt']}`, labels in Tagalog, "
                  "then Spanish, then English, the type and disposition as `Tagalog / Spanish / English`. Trap: "
                  "the item numbers restart at 1 under every day heading (the footer says so in three "
                  "languages), so `1.` to `9.` occur up to 14 times and are no record ids nor a running count; "
                  "the record id follows the label `Kaso Blg./Caso Núm.` (Blg. = bilang, number), the items per "
                  "day are counted only in the heading, and the Spanish accents (`Núm.`, `Policía`, "
                  "`miércoles`, street names such as `Calle Mañana` and `Junípero Way`) sit in the same lines. "
                  "type is the English value, type_local and disposition_local the Tagalog / Spanish ones. "
                  "Ends `Kabuuan / Total / Total incidents: N`.",
                  "items counted by the generator; the day headings' counts add up to the closing total",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                   "disposition", "unit"])]


# 5 ------------------------------------------------------------------ Verdugo Crest: English | Armenian columns
HY_MONTH = {3: "մարտի"}


def verdugo(d, r):
    agency = "Verdugo Crest Police Department, CA [invented]"
    streets = ["Brandview Ave", "Kenneth Rd", "Verdugo Crest Rd", "Colorado Ct", "Glenoaks Ter", "Pacific Row"]
    places = ["Crest Galleria garage", "Armenian cultural center lot", "Verdugo Crest library", "Adams Hill park"]
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 7, (7, 10), streets, places)
    ids(recs, r, "VC26-{:05d}", 5400)
    set_times(recs, "%m/%d/%Y %H:%M")
    for rec in recs:
        rec["type_local"] = TYPES[rec["type"]][5]
        rec["disposition_local"] = DISPS[rec["disposition"]][5]
        t = rec["dt"]
        rec["reported_at_local"] = f"{t.year} թ. {HY_MONTH[t.month]} {t.day}, {t:%H:%M}"
    F, FB, S, L = "DejaVuSans", "DejaVuSans-Bold", 7.4, 9.6
    LX, RX, CW = 36, 318, 258

    def en_lines(rec):
        occ = rec["occ"]
        out = [f"{rec['case_number']}  Reported {rec['reported_at']}", rec["type"], f"Location: {rec['location']}"]
        if occ and occ[0] == "at":
            out.append(f"Occurred: {rec['occurred_at']}")
        elif occ:
            out.append(f"Occurred: {rec['occurred_from']} to {rec['occurred_to']}")
        out.append(f"Disposition: {rec['disposition']}  ·  Badge {rec['badge']}")
        return [ln for x in out for ln in wrap(x, F, S, CW)]

    def hy_lines(rec):
        occ = rec["occ"]
        out = [rec["case_number"], f"Հաղորդվել է՝ {rec['reported_at_local']}", f"Դեպք՝ {rec['type_local']}",
               f"Հասցե՝ {rec['location']}",
               "Տեղի է ունեցել՝ " + (rec.get("occurred_at") or (f"{rec['occurred_from']} - {rec['occurred_to']}"
                                                                 if occ else "անհայտ է")),
               f"Ելք՝ {rec['disposition_local']}։", f"Կրծքանշան {rec['badge']}։", "Թարգմանությունը տեղեկատվական է։"]
        return [ln for x in out for ln in wrap(x, F, S, CW)]

    def header(k):
        return [(PH - 40, 36, "VERDUGO CREST POLICE DEPARTMENT [invented]  ·  ՎԵՐԴՈՒԳՈ ՔՐԵՍՏԻ ՈՍՏԻԿԱՆՈՒԹՅՈՒՆ", FB,
                 10.5),
                (PH - 53, 36, "Incident Log  ·  Դեպքերի մատյան  ·  March 9 - 15, 2026  ·  Records 555-0186", F, 8),
                (PH - 59, 36, None, F, S),
                (PH - 70, LX, "ENGLISH", FB, 8), (PH - 70, RX, "ՀԱՅԵՐԵՆ (Armenian)", FB, 8)]

    top, bottom = PH - 86, 60
    pages, cur, yl, yr = [], None, 0, 0
    for rec in recs:
        el, hl = en_lines(rec), hy_lines(rec)
        if cur is None or yl - len(el) * L < bottom or yr - len(hl) * L < bottom:
            cur = list(header(len(pages) + 1))
            pages.append(cur)
            yl = yr = top
        rec["page"] = len(pages) - 1
        for ln in el:
            cur.append((yl, LX, ln, F, S))
            yl -= L
        for ln in hl:
            cur.append((yr, RX, ln, F, S))
            yr -= L
        yl -= L
        yr -= L
    n = len(recs)
    y = min(yl, yr)
    if y < bottom + 20:
        cur = list(header(len(pages) + 1))
        pages.append(cur)
        y = top
    cur += [(y, 36, None, F, S), (y - 12, 36, f"Total incidents: {n}  ·  Ընդամենը դեպքեր՝ {n}", FB, 8.5)]
    for k, it in enumerate(pages, 1):
        it += page_footer(F, "Armenian column: courtesy translation of the English column.")(k, len(pages))
    path = d / "verdugo-crest-incident-log-2026-03-09-15.pdf"
    render(path, pages)
    return [entry(path, agency, "weekly incident log, English and Armenian in parallel columns",
                  "other: parallel-text columns (English left, Armenian right, the same records on each page)",
                  ["en", "hy"], recs,
                  "Each page holds the same records twice: the English entries in the left column "
                  f"(`{recs[0]['case_number']}  Reported {recs[0]['reported_at']}` / type / `Location:` / "
                  "`Occurred:` / `Disposition: ...  ·  Badge 3xx`) and their Armenian translation in the right "
                  "column in DejaVu Sans, each starting with the same id on a line of its own (`"
                  f"{recs[0]['case_number']}` / `Հաղորդվել է՝ {recs[0]['reported_at_local']}` / `Դեպք՝` / "
                  "`Հասցե՝` / `Տեղի է ունեցել՝` (`անհայտ է`, unknown, where English prints nothing) / `Ելք՝ ...։` / "
                  "`Կրծքանշան 3xx։` / a courtesy-translation line; a blank line after each entry in both "
                  "columns; the Armenian full stop `։` and the apostrophe-like `՝` after the labels). Trap: "
                  "every id is printed twice, once per column, and the columns flow independently: the Armenian "
                  "entries run longer, so the right column falls behind the left down the page and "
                  "`pdftotext -layout` puts each English entry beside an earlier entry's Armenian on the same "
                  "text lines (four lines carry two different ids, and most lines pair one entry's English with "
                  "another entry's Armenian). One record per id; the records are the left "
                  "column's entries, the right column repeats them. reported_at is the English value, "
                  f"reported_at_local the Armenian one (`{recs[0]['reported_at_local']}`). Ends `Total incidents: N  ·  "
                  "Ընդամենը դեպքեր՝ N`.",
                  "entries counted by the generator in each column; the closing line gives the total",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                   "disposition"])]


AGENCIES = [("bolsa-mesa-ca-pd", 1, bolsa), ("monterey-vale-ca-pd", 2, monterey), ("laurel-mesa-ca-pd", 3, laurel),
            ("serrano-bay-ca-pd", 4, serrano), ("verdugo-crest-ca-pd", 5, verdugo)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
