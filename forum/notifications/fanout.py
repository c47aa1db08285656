"""Who hears about a newly published post, and by which kind of notification.

One member hears once, by the first kind that applies: a mention, a quote,
a reply to their topic, then watching. Nobody hears about their own post, a
post they may not read, or a post by someone they blocked; muting a topic or
space silences everything from it but mentions (a space's mute spares replies
to topics the member started there). Composed here, once, so the
composer, the review queue and edits all tell the same people the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask_babel import gettext as _
from sqlalchemy import select

from forum import policy
from forum.accounts.models import User
from forum.extensions import db
from forum.mentions import services as mentions
from forum.notifications import services as notifications
from forum.people.models import Block
from forum.threads.models import Post, public_name
from forum.urls import path_for
from forum.watching import queries as watching

# The order decides which kind a member hears by when several apply.
MENTION, QUOTE, REPLY, WATCHED = "mention", "quote", "reply", "watched"


def announce_post(post: Post) -> None:
    """A post has just been published (a new topic's first post, or a reply). No commit."""
    topic = post.topic
    offers: dict[int, str] = {}
    _offer(offers, mentions.mentioned_ids(post), MENTION)
    _offer(offers, mentions.quoted_author_ids(post), QUOTE)
    if post.number > 1:
        _offer(offers, [topic.author_id], REPLY)
    listening = watching.listeners(topic, new_topic=post.number == 1)
    _offer(offers, listening.watching, WATCHED)
    for user_id in listening.muted:
        if offers.get(user_id) != MENTION:
            offers.pop(user_id, None)
    _tell(post, offers)


def announce_mentions(post: Post, user_ids: Iterable[int]) -> None:
    """An edit named new members: tell only them (no commit)."""
    offers: dict[int, str] = {}
    _offer(offers, user_ids, MENTION)
    _tell(post, offers)


def _offer(offers: dict[int, str], user_ids: Iterable[int], kind: str) -> None:
    for user_id in user_ids:
        offers.setdefault(user_id, kind)


def _tell(post: Post, offers: dict[int, str]) -> None:
    offers.pop(post.author_id, None)
    if not offers or not policy.can_view_post(None, post):  # only published posts are told
        return
    topic = post.topic
    blockers = set(
        db.session.scalars(
            select(Block.blocker_id).where(
                Block.blocked_id == post.author_id, Block.blocker_id.in_(offers)
            )
        )
    )
    readers = db.session.scalars(
        select(User).where(User.id.in_([uid for uid in offers if uid not in blockers]))
    )
    name, title = public_name(post), topic.title
    link = path_for("threads.permalink", post_id=post.id)
    notices = []
    for reader in readers:
        if policy.can_view_topic(reader, topic):
            kind = offers[reader.id]
            notices.append(
                notifications.Notice(reader.id, kind, _text(kind, name, title, post), link)
            )
    notifications.notify_many(notices)  # one query for everyone's choices, however many


def _text(kind: str, name: str, title: str, post: Post) -> str:
    if kind == MENTION:
        text: str = _("%(name)s mentioned you in “%(title)s”", name=name, title=title)
    elif kind == QUOTE:
        text = _("%(name)s quoted you in “%(title)s”", name=name, title=title)
    elif post.is_summary:
        text = _("%(name)s summarised “%(title)s”", name=name, title=title)
    elif kind == WATCHED and post.number == 1:
        space = post.topic.space.name
        text = _("%(name)s started “%(title)s” in %(space)s", name=name, title=title, space=space)
    else:
        text = _("%(name)s replied to “%(title)s”", name=name, title=title)
    return text
