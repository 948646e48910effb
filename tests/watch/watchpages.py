"""Versions of a realistic city clerk page and a privacy policy, for change tests."""
from __future__ import annotations

CLERK = """<!DOCTYPE html><html lang="en"><head><title>City Clerk | Oxnard, CA</title>
<link rel="stylesheet" href="/css/site.css?v={cache}"></head>
<body><div id="cookie-consent">We use cookies. <button>OK</button></div>
<header class="site-header"><nav><a href="/">Home</a> <a href="/council?sid={session}">Council</a></nav></header>
<main id="content">
<h1>City Clerk</h1>
<p>The City Clerk's Office maintains official records and responds to requests under the California
Public Records Act within ten days.</p>
<p>Submit a request through the <a href="{portal}">PRA request portal</a>.</p>
<p>Email: <a href="mailto:{email}">{email}</a><br>Phone: (805) 385-7803<br>Fax: (805) 385-7806</p>
<p>300 West Third Street, Fourth Floor<br>Oxnard, CA 93030</p>
{extra}
<p>Last updated: {updated}</p>
</main>
<footer class="site-footer"><p>&copy; {year} City of Oxnard</p></footer>
</body></html>"""

DEFAULTS = dict(email="cityclerk@oxnard.org", portal="https://oxnardca.mycusthelp.com/WEBAPP/_rs/supporthome.aspx",
                updated="March 3, 2026 10:42 AM", cache="1001", session="A1B2C3D4E5F6", year="2026", extra="")


def clerk(**kw) -> str:
    return CLERK.format(**{**DEFAULTS, **kw})


PRIVACY_PARAS = [
    "The City collects personal information only as needed to provide services.",
    "We do not sell personal information to third parties.",
    "Security incidents involving personal information are reported to affected residents as required by law.",
    "Questions about this policy may be sent to the City Clerk.",
]


def privacy(paragraphs=PRIVACY_PARAS, updated="January 5, 2026") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>Privacy Policy | Oxnard</title></head><body><main><h1>Privacy Policy</h1>"
            f"{body}<p>This page was last reviewed on {updated}.</p></main></body></html>")
