"""Reply sources (Maildir, .eml, mbox, IMAP), registered by kind on :class:`Source`."""
from prr.replies.sources.base import Source, SourceError, source_for_path
from prr.replies.sources.eml import EmlSource
from prr.replies.sources.imap import ImapSource
from prr.replies.sources.maildir import MaildirSource
from prr.replies.sources.mbox import MboxSource

__all__ = ["Source", "SourceError", "source_for_path", "EmlSource", "ImapSource", "MaildirSource", "MboxSource"]
