"""A local copy of the Attorney General's breach list served by a real HTTP server on 127.0.0.1."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from breachsite import NOTICE_LINES, ROWS, detail_html, list_csv, list_html
from simplepdf import make_pdf


@dataclass
class BreachSite:
    server: object
    list_url: str
    csv_url: str
    notice_pdf: bytes
    rows: list = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.server.url_for(path)


@pytest.fixture
def breach_site(httpserver, prr_env, monkeypatch) -> BreachSite:
    """Serves the list, the CSV, detail pages and sample notices; points the settings at them."""
    from werkzeug import Response

    pdf = make_pdf(NOTICE_LINES)
    mv_pdf = make_pdf(["Mission Viejo Police Department", "Notice of Data Breach", "What Happened?",
                       "On April 3, 2026 an employee email account was accessed without authorization.",
                       "What Information Was Involved?", "Names and driver's license numbers."])
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/privacy/databreach/list").respond_with_data(list_html(ROWS), content_type="text/html")
    httpserver.expect_request("/privacy/databreach/list-export").respond_with_data(
        list_csv(ROWS), content_type="text/csv; charset=utf-8")
    httpserver.expect_request("/privacy/databreach/reports/sb24-1001").respond_with_data(
        detail_html("City of Oxnard", "/system/files/sb24-1001/oxnard-sample.pdf"), content_type="text/html")
    httpserver.expect_request("/system/files/sb24-1001/oxnard-sample.pdf").respond_with_response(
        Response(pdf, content_type="application/pdf"))
    httpserver.expect_request("/privacy/databreach/reports/sb24-1003").respond_with_data(
        detail_html("Mission Viejo Police Department", "/system/files/sb24-1003/mvpd.pdf"), content_type="text/html")
    httpserver.expect_request("/system/files/sb24-1003/mvpd.pdf").respond_with_response(
        Response(mv_pdf, content_type="application/pdf"))
    monkeypatch.setenv("PRR_ALLOW_NETWORKS", "127.0.0.0/8")
    monkeypatch.setenv("PRR_PER_HOST_INTERVAL", "0")
    list_url = httpserver.url_for("/privacy/databreach/list")
    csv_url = httpserver.url_for("/privacy/databreach/list-export")
    monkeypatch.setenv("PRR_AG_BREACH_LIST_URL", list_url)
    monkeypatch.setenv("PRR_AG_BREACH_CSV_URL", csv_url)
    monkeypatch.delenv("PRR_BREACH_AUTOFILE", raising=False)
    return BreachSite(httpserver, list_url, csv_url, pdf, list(ROWS))
