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


@pytest.mark.parametrize("password", ["s3/cret", "s3?cret", "s3#cret", "s3@cret", "s3:cret", "s3%23cret"])
def test_smtp_password_with_url_characters_stays_the_password(password):
    """A raw # / ? @ in a password is part of it (never a port, path or query)."""
    c = parse_smtp_url(f"smtp://dana:{password}@mail.example.org:2525?starttls=require")
    expected = password.replace("%23", "#")
    assert (c.username, c.password, c.host, c.port, c.starttls) == ("dana", expected, "mail.example.org", 2525,
                                                                     "require")


@pytest.mark.parametrize("url, says", [
    ("smtp://dana:s3cret@mail.example.org:58x7", "port"),
    ("smtp://dana:s3cret@:587", "no host"),
    ("smtp://dana:s3cret@mail.example.org:587?bogus=1", "unknown SMTP URL option"),
    ("smtp://dana:s3cret@mail.example.org:587?tls=off", "tls="),
    ("smtp://dana:s3cret@mail.example.org:587?timeout=soon", "timeout"),
    ("dana:s3cret@mail.example.org", "no scheme"),
])
def test_bad_smtp_url_error_is_clear_and_quotes_no_password(url, says):
    with pytest.raises(ValueError) as e:
        parse_smtp_url(url)
    assert says in str(e.value) and SECRET not in str(e.value)


@pytest.mark.parametrize("url, says", [
    ("imaps://dana:s3cret@mail.example.org:99x3/INBOX", "port"),
    ("imaps://dana:s3cret@mail.example.org/INBOX?batch=lots", "batch"),
    ("imaps://dana:s3cret@mail.example.org/INBOX?timeout=soon", "timeout"),
    ("imaps://dana:s3cret@mail.example.org/INBOX?colour=blue", "unknown IMAP URL option"),
])
def test_bad_imap_url_error_is_clear_and_quotes_no_password(url, says):
    with pytest.raises(SourceError) as e:
        ImapSource(url)
    assert says in str(e.value) and SECRET not in str(e.value)


def test_imap_password_with_slash_stays_the_password():
    src = ImapSource("imaps://dana:s3/cret@mail.example.org/INBOX")
    assert (src.user, src._password, src.host, src.folder) == ("dana", "s3/cret", "mail.example.org", "INBOX")


def test_settings_repr_hides_every_credential(monkeypatch):
    monkeypatch.setenv("PRR_SMTP_URL", f"smtp://dana:{SECRET}@mail.example.org:587")
    monkeypatch.setenv("PRR_IMAP_URL", f"imaps://dana:{SECRET}@mail.example.org/INBOX")
    monkeypatch.setenv("PRR_APPRISE_URLS", f"mailto://dana:{SECRET}@gmail.com slack://T1/B2/{SECRET}")
    shown = repr(get_settings())
    assert SECRET not in shown
    assert "smtp://dana:***@mail.example.org:587" in shown and "slack://***" in shown
