"""What the event pages and the topic page show of an event."""

from __future__ import annotations

from forum.accounts.models import User
from forum.events.models import Event
from forum.threads.models import Topic


def for_topic(actor: User, topic: Topic) -> Event | None:
    """The topic's event, if it has one. (Stub until events land.)"""
    return None
