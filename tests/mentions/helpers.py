"""Members with names worth mentioning, and what they are told."""

from __future__ import annotations

import re
from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import select

from forum.accounts.models import MemberType, User
from forum.extensions import db
from forum.mentions.models import Mention
from forum.notifications.models import Notification
from forum.people.models import Block, Connection, ConnectionState
from forum.threads.models import Post, Topic
from tests.factories import make_user


def member(name: str, kind: MemberType = MemberType.practitioner, **profile: Any) -> User:
    """A member called `name`, with these profile settings (who_can_find=…, …)."""
    user = make_user(display_name=name, member_type=kind)
    for setting, value in profile.items():
        setattr(user.profile, setting, value)
    db.session.flush()
    return user


def block(blocker: User, blocked: User) -> None:
    db.session.add(Block(blocker_id=blocker.id, blocked_id=blocked.id))
    db.session.flush()


def told(user: User, kind: str | None = None) -> list[str]:
    """What the member's notifications say, newest last."""
    query = select(Notification.text).where(Notification.user_id == user.id)
    if kind is not None:
        query = query.where(Notification.kind == kind)
    return list(db.session.scalars(query.order_by(Notification.id)))


def mentioned(post: Post) -> set[int]:
    return set(db.session.scalars(select(Mention.user_id).where(Mention.post_id == post.id)))


def last_post(topic: Topic) -> Post:
    post = db.session.scalar(
        select(Post).where(Post.topic_id == topic.id).order_by(Post.number.desc()).limit(1)
    )
    assert post is not None
    return post


def first_post(topic: Topic) -> Post:
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 1))
    assert post is not None
    return post


def links(html: str) -> list[tuple[str, str]]:
    """(href, text) of every link in some html."""
    return re.findall(r'<a href="([^"]*)"[^>]*>(.*?)</a>', html)


def profile_links(html: str) -> list[tuple[str, str]]:
    return [(href, text) for href, text in links(html) if href.startswith("/members/")]


def reply(client: FlaskClient, topic: Topic, body: str, mention_ids: str = "", **extra: Any) -> Any:
    data = {"body": body, "submit": "Post reply", "mention_ids": mention_ids, **extra}
    return client.post(f"/t/{topic.id}/reply", data=data)


def edit(client: FlaskClient, post: Post, body: str, mention_ids: str = "") -> Any:
    data = {"body": body, "submit": "Save changes", "mention_ids": mention_ids}
    return client.post(f"/p/{post.id}/edit", data=data)


def connect(a: User, b: User) -> None:
    """An accepted connection between two members."""
    low, high = (a.id, b.id) if a.id < b.id else (b.id, a.id)
    db.session.add(
        Connection(
            requester_id=a.id,
            recipient_id=b.id,
            low_id=low,
            high_id=high,
            state=ConnectionState.accepted,
        )
    )
    db.session.flush()


def without_token(response: Any) -> str:
    """The page as the visitor sees it, without the per-page CSRF token."""
    page = response.get_data(as_text=True)
    return re.sub(r'name="csrf_token" value="[^"]*"', "", page)
