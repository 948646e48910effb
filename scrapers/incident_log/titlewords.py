"""Column titles and labels printed in Spanish, read as their English words.

Logs of agencies serving Spanish-speaking communities title their columns in Spanish
("Núm. de caso", "Fecha y hora", "Lugar") or in both languages. The words a log uses for
its fields are few and general; each is put in English, accents dropped, and a title
built as "head de modifier" ("Fecha del reporte", date of the report) is turned round the
English way ("report date"), so that ``fields.column_for`` reads it with its own rules.
A title with no Spanish word is returned as it came (nothing changes for English logs).
"""
from __future__ import annotations

import re
import unicodedata

# general field words of Spanish (not any one log's; none that is an English title too,
# "Sector", "Folio"): record numbers, dates, kinds of
# event, places, outcomes, narratives
_WORDS = {
    "numero": "number", "num": "number", "nro": "number",
    "caso": "case", "expediente": "case", "registro": "record", "evento": "event", "llamada": "call",
    "informe": "report", "reporte": "report", "incidente": "incident", "incidencia": "incident",
    "fecha": "date", "hora": "time", "dia": "date",
    "reportado": "reported", "reportada": "reported", "recibido": "received", "recibida": "received",
    "ocurrido": "occurred", "ocurrida": "occurred", "ocurrencia": "occurred", "hecho": "occurred",
    "hechos": "occurred", "suceso": "occurred",
    "delito": "offense", "delitos": "offenses", "tipo": "type", "naturaleza": "nature", "motivo": "nature",
    "clasificacion": "classification", "categoria": "category", "infraccion": "offense",
    "lugar": "location", "ubicacion": "location", "direccion": "address", "domicilio": "address",
    "calle": "street", "sitio": "site", "zona": "area",
    "resultado": "result", "disposicion": "disposition", "estado": "status", "estatus": "status",
    "situacion": "status", "accion": "action", "resolucion": "disposition",
    "resumen": "summary", "narrativa": "narrative", "descripcion": "description", "detalles": "details",
    "comentarios": "comments", "observaciones": "remarks", "notas": "notes",
}
_PLACE_OR_TEXT = {"location", "address", "street", "site", "area", "summary", "narrative", "description",
                  "details", "remarks", "comments", "notes"}
_JOINS = {"de", "del", "la", "el", "los", "las", "y", "e"}
_WORD = re.compile(r"[^\W\d_]+|#", re.U)


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def english_title(label: str) -> str:
    """``label`` with its Spanish field words in English and "A de B" read as "B A"."""
    words = _WORD.findall(_plain(label))
    if not any(w in _WORDS for w in words):
        return label
    # "Núm. de caso" -> [number] de [case] -> "case number"; "Fecha y hora" -> "date time"
    groups: list[list[str]] = [[]]
    for w in words:
        if w in ("de", "del"):
            groups.append([])
        elif w not in _JOINS:
            groups[-1].append(_WORDS.get(w, w))
    if any(w in _PLACE_OR_TEXT for w in groups[0]):
        groups = groups[:1]         # "Lugar del hecho": the place (of the event), not a date
    return " ".join(w for g in reversed(groups) for w in g if g)
