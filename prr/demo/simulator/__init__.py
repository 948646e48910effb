"""A simulated city world on 127.0.0.1, for the offline demo and the end-to-end test.

``with CityWorld(registry_dir, inbox) as world:`` starts, in threads:

- the seed cities' websites (City Clerk, Information Technology, Privacy Policy pages)
  on one HTTP server, routed by path (``world.web.url("oxnard", "records")``);
- a NextRequest-like portal per portal city (``world.web.portal_url("mission-viejo")``);
- an SMTP server that receives filed requests (``world.smtp.url``);
- the agency, which answers what arrived, stage by stage, into the ``inbox`` Maildir
  (``world.agency.collect()``, ``world.agency.answer("ack")``).

``world.registry_copy(dest)`` writes a registry whose cities point at these servers.
Nothing here touches the network beyond the loopback interface.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from prr.demo.simulator.agency import STAGES, Agency, Delivered, ReceivedRequest
from prr.demo.simulator.portal import Portal, PortalSubmission
from prr.demo.simulator.sites import OXNARD_NEW_RECORDS_EMAIL, PAGE_PATHS

SEED_CITIES = ("oxnard", "mission-viejo")

__all__ = ["CityWorld", "Agency", "Delivered", "ReceivedRequest", "Portal", "PortalSubmission",
           "OXNARD_NEW_RECORDS_EMAIL", "PAGE_PATHS", "SEED_CITIES", "STAGES"]


class CityWorld:
    """The simulated servers, started and stopped together (a context manager)."""

    def __init__(self, registry_dir: Path, inbox: Path, *,
                 channels: dict[str, str] | None = None,
                 scripts: dict[str, tuple[str, ...]] | None = None,
                 incident_window: dict[str, tuple[date, date]] | None = None):
        from prr.registry.registry import load_city

        self.registry_dir = Path(registry_dir)
        self.cities = {slug: load_city(self.registry_dir / "ca" / f"{slug}.yaml") for slug in SEED_CITIES}
        # Which city files how: Oxnard by email, Mission Viejo through its portal.
        self.channels = channels or {"oxnard": "smtp", "mission-viejo": "nextrequest"}
        self.portals = {slug: Portal(agency=f"City of {self.cities[slug].name}")
                        for slug, ch in self.channels.items() if ch == "nextrequest"}
        self.inbox = Path(inbox)
        self.scripts = scripts
        self.incident_window = incident_window
        self.web = None
        self.smtp = None
        self.agency: Agency | None = None

    def start(self) -> CityWorld:
        from prr.demo.localservers import SmtpSink
        from prr.demo.simulator.web import CityWeb

        self.web = CityWeb(self.cities, self.portals).start()
        try:
            self.smtp = SmtpSink().start()
        except BaseException:
            self.web.stop()
            raise
        self.agency = Agency(self.cities, self.smtp, self.portals, self.inbox,
                             scripts=self.scripts, incident_window=self.incident_window)
        self.agency.extra_addresses[OXNARD_NEW_RECORDS_EMAIL] = "oxnard"
        return self

    def stop(self) -> None:
        if self.smtp is not None:
            self.smtp.stop()
            self.smtp = None
        if self.web is not None:
            self.web.stop()
            self.web = None

    def __enter__(self) -> CityWorld:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def change_oxnard_records_email(self) -> str:
        """Publish version 2 of Oxnard's City Clerk page (a new records address); returns it."""
        if self.web is None:
            raise RuntimeError("the world is not running")
        self.web.set_version("oxnard", 2)
        return OXNARD_NEW_RECORDS_EMAIL

    def registry_copy(self, dest: Path) -> Path:
        """Write the seed cities into ``dest/ca/`` with their pages, portal and channel
        pointing at the simulated servers; returns ``dest``."""
        from prr.registry.registry import Contact, Page, save_city

        if self.web is None:
            raise RuntimeError("start the world first (with CityWorld(...) as world: world.registry_copy(...))")
        dest = Path(dest)
        for slug, city in self.cities.items():
            c = city.model_copy(deep=True)
            c.channel = self.channels.get(slug, c.channel)
            c.website = self.web.url(slug, "home")
            c.pages = [Page(url=self.web.url(slug, kind), kind=kind)
                       for kind in ("records", "it", "privacy")]
            for contact in c.contacts:
                if contact.source_url and contact.source_url.rstrip("/") == (city.pages[0].url or "").rstrip("/"):
                    contact.source_url = self.web.url(slug, "records")
            if slug in self.portals:
                c.contacts = [x for x in c.contacts if x.kind != "portal_url"]
                c.contacts.append(Contact(kind="portal_url", value=self.web.portal_url(slug), vendor="nextrequest",
                                          source_url=self.web.url(slug, "records")))
            # Contacts still to discover have nothing for the demo to show; keep the file focused.
            c.contacts = [x for x in c.contacts if x.status != "to_discover" or x.kind == "portal_url" and x.value]
            save_city(dest, c)
        return dest
