"""The summary and the helpful replies a topic page shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from forum.accounts.models import User
from forum.threads.models import Post, Topic


@dataclass(frozen=True)
class SummaryView:
    summary: Post | None = None
    helpful: list[Post] = field(default_factory=list)


def for_topic(actor: User, topic: Topic) -> SummaryView:
    """The summary this member may read, and the replies marked helpful. (Stub.)"""
    return SummaryView()
