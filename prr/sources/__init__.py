"""Reply sources (Maildir, .eml, mbox, IMAP), registered by kind on :class:`Source`."""
from prr.sources.base import Source, SourceError, source_for_path
from prr.sources.eml import EmlSource
from prr.sources.imap import ImapSource
from prr.sources.maildir import MaildirSource
from prr.sources.mbox import MboxSource

__all__ = ["Source", "SourceError", "source_for_path", "EmlSource", "ImapSource", "MaildirSource", "MboxSource"]
