"""What other features add to a topic page, each loaded in a fixed number of queries.

The topic view asks here once; each feature owns its query function and the
template partial that shows it (templates/<feature>/_topic_*.html).
"""

from __future__ import annotations

from dataclasses import dataclass

from forum.accounts.models import User
from forum.bookmarks import queries as bookmarks
from forum.events import queries as events
from forum.events.queries import EventPanel
from forum.summaries import queries as summaries
from forum.summaries.queries import SummaryView
from forum.threads.queries import TopicPage
from forum.watching import queries as watching
from forum.watching.models import WatchLevel


@dataclass(frozen=True)
class TopicExtras:
    watch_level: WatchLevel | None
    event: EventPanel | None
    summary: SummaryView
    bookmarked: set[int]


def for_page(actor: User, page: TopicPage) -> TopicExtras:
    topic = page.topic
    summary = summaries.for_topic(actor, topic)
    pinned = [summary.summary] if summary.summary else []
    return TopicExtras(
        watch_level=watching.level_for(actor.id, topic),
        event=events.for_topic(actor, topic),
        summary=summary,
        bookmarked=bookmarks.bookmarked_among(actor, [p.id for p in (*pinned, *page.posts)]),
    )
