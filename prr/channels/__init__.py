"""Filing channels, registered by kind on :class:`Channel`: outbox (default), smtp,
nextrequest (a :class:`PortalChannel` over the nextrequest Portal plugin), govqa, manual."""
from prr.channels.base import Channel, ChannelError, Draft, Receipt
from prr.channels.govqa import GovQAChannel
from prr.channels.manual import ManualChannel
from prr.channels.nextrequest import NextRequestChannel
from prr.channels.outbox import OutboxChannel
from prr.channels.portal import PortalChannel
from prr.channels.smtp import SmtpChannel

__all__ = ["Channel", "ChannelError", "Draft", "Receipt", "GovQAChannel", "ManualChannel",
           "NextRequestChannel", "OutboxChannel", "PortalChannel", "SmtpChannel"]
