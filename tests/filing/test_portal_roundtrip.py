"""Every registered portal plugin, run for real against a local portal of its vendor: a
request in gives a Confirmation with the portal's number, and the portal holds the
submission. A portal kind without a case here fails (add its local portal)."""
from __future__ import annotations

import pytest

from prr.scrapers.portals import Confirmation, Portal, PortalError


def _nextrequest(request) -> tuple[str, object]:
    portal = request.getfixturevalue("portal")
    return portal.url + "requests/new", lambda conf: (conf.number == "23-145"
                                                      and len(portal.state.submissions) == 1)


CASES = {"nextrequest": _nextrequest}   # kind -> (form URL, proof that the portal has it)


@pytest.mark.parametrize("kind", sorted(Portal.kinds()))
def test_a_request_in_gives_the_portals_confirmation(kind, request):
    assert kind in CASES, f"portal {kind!r} has no round-trip case here: add one"
    url, arrived = CASES[kind](request)
    conf = Portal.get(kind)().submit(url, description="Incident logs for January 2026, please.",
                                     email="dana@example.org", name="Dana Reporter")
    assert isinstance(conf, Confirmation) and conf.url and arrived(conf)


@pytest.mark.parametrize("kind", sorted(Portal.kinds()))
def test_a_url_with_no_form_is_a_permanent_portal_error(kind, httpserver):
    httpserver.expect_request("/requests/new").respond_with_data("<html><body>Not a portal</body></html>",
                                                                 content_type="text/html")
    with pytest.raises(PortalError) as e:
        Portal.get(kind)().submit(httpserver.url_for("/requests/new"), description="x", email="a@example.org")
    assert e.value.permanent
