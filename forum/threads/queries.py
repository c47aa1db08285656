"""Everything a topic page shows, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.attributes import set_committed_value

from forum import policy
from forum.accounts.models import User
from forum.extensions import db
from forum.spaces.models import Space
from forum.threads.models import Post, PostState, Topic, TopicRead


def visible_topic(actor: User, topic_id: int) -> Topic:
    """The topic with its space, or 404 when this member may not see it."""
    topic = db.session.scalar(
        select(Topic).options(joinedload(Topic.space)).where(Topic.id == topic_id)
    )
    policy.require(topic is not None and policy.can_view_topic(actor, topic))
    assert topic is not None
    return topic


def visible_post(actor: User, post_id: int) -> Post:
    post = db.session.scalar(
        select(Post)
        .options(joinedload(Post.topic).joinedload(Topic.space), joinedload(Post.author))
        .where(Post.id == post_id)
    )
    policy.require(
        post is not None
        and policy.can_view_topic(actor, post.topic)
        and policy.can_view_post(actor, post)
    )
    assert post is not None
    return post


def page_of(number: int, per_page: int) -> int:
    return (number - 1) // per_page + 1


@dataclass(frozen=True)
class TopicPage:
    topic: Topic
    posts: list[Post]
    page: int
    pages: int
    last_read_number: int  # 0 when the member has never opened the topic


def topic_page(actor: User, topic_id: int, page: int, per_page: int) -> TopicPage:
    """One page of posts by number (a key range, not an offset). Three queries."""
    topic = visible_topic(actor, topic_id)
    pages = max(page_of(topic.post_count, per_page), 1) if topic.post_count else 1
    page = min(max(page, 1), pages)
    first, last = (page - 1) * per_page + 1, page * per_page
    query = (
        select(Post)
        .options(joinedload(Post.author))
        .where(Post.topic_id == topic.id, Post.number.between(first, last))
        .order_by(Post.number)
    )
    if not policy.can_moderate(actor, topic.space):
        query = query.where(
            or_(
                and_(Post.state == PostState.published, Post.hidden_at.is_(None)),
                Post.author_id == actor.id,
            )
        )
    posts = list(db.session.scalars(query))
    for post in posts:  # each post's topic is this one: no lookup per post
        set_committed_value(post, "topic", topic)
    read = db.session.scalar(
        select(TopicRead).where(TopicRead.user_id == actor.id, TopicRead.topic_id == topic.id)
    )
    return TopicPage(topic, posts, page, pages, read.last_read_number if read else 0)


def first_unread_number(actor: User, topic: Topic) -> int:
    read = db.session.get(TopicRead, (actor.id, topic.id))
    return min((read.last_read_number if read else 0) + 1, max(topic.post_count, 1))


def post_id_at(topic: Topic, number: int) -> int | None:
    return db.session.scalar(
        select(Post.id)
        .where(Post.topic_id == topic.id, Post.number >= number)
        .order_by(Post.number)
    )


def merged_into(actor: User, topic_id: int) -> int | None:
    """Where a merged topic's posts live now, for anyone who could read the space it was in."""
    row = db.session.execute(
        select(Topic.merged_into_id, Space)
        .join(Space, Space.id == Topic.space_id)
        .where(Topic.id == topic_id, Topic.merged_into_id.is_not(None))
    ).first()
    if row is None or not policy.can_view_space(actor, row[1]):
        return None
    return int(row[0])
