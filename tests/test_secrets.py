"""Credentials in SMTP, IMAP and apprise URLs never reach a log line or an error message."""
import pytest

from prr.channels.mail import parse_smtp_url
from prr.core.settings import get_settings, mask_url
from prr.replies.sources import ImapSource, SourceError

SECRET = "s3cret"


@pytest.mark.parametrize("url, masked", [
    ("smtp://dana:s3cret@mail.example.org:587", "smtp://dana:***@mail.example.org:587"),
    ("imaps://dana:s3cret@mail.example.org/INBOX?cafile=/ca.pem", "imaps://dana:***@mail.example.org/INBOX?cafile=/ca.pem"),
    ("smtp://dana:s3/cret@mail.example.org:587", "smtp://dana:***@mail.example.org:587"),   # unescaped /
    ("smtp://dana:s3#cret@mail.example.org", "smtp://dana:***@mail.example.org"),           # unescaped #
    ("smtp://dana:s3cret@p@mail.example.org", "smtp://dana:***@mail.example.org"),          # unescaped @
    ("smtp://mail.example.org:25", "smtp://mail.example.org:25"),
    ("imap://dana@mail.example.org/INBOX", "imap://dana@mail.example.org/INBOX"),
    (None, None),
])
def test_mask_url(url, masked):
    assert mask_url(url) == masked


@pytest.mark.parametrize("url", ["smtp://dana:s3/cret@mail.example.org:587", "smtp://dana:s3?cret@mail.example.org"])
def test_malformed_smtp_url_error_quotes_no_password(url):
    with pytest.raises(ValueError) as e:
        parse_smtp_url(url)
    assert "malformed" in str(e.value) and "s3" not in str(e.value)


def test_malformed_imap_url_error_quotes_no_password():
    with pytest.raises(SourceError) as e:
        ImapSource("imaps://dana:s3/cret@mail.example.org/INBOX")
    assert "malformed" in str(e.value) and "s3" not in str(e.value)


def test_settings_repr_hides_every_credential(monkeypatch):
    monkeypatch.setenv("PRR_SMTP_URL", f"smtp://dana:{SECRET}@mail.example.org:587")
    monkeypatch.setenv("PRR_IMAP_URL", f"imaps://dana:{SECRET}@mail.example.org/INBOX")
    monkeypatch.setenv("PRR_APPRISE_URLS", f"mailto://dana:{SECRET}@gmail.com slack://T1/B2/{SECRET}")
    shown = repr(get_settings())
    assert SECRET not in shown
    assert "smtp://dana:***@mail.example.org:587" in shown and "slack://***" in shown
