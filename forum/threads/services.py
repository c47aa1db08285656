"""Writing in threads: every change checks the policy and commits once."""

from __future__ import annotations

from collections.abc import Sequence

from flask_babel import gettext as _
from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from forum import markup, policy
from forum.accounts.models import User
from forum.drafts import places
from forum.drafts import services as drafts
from forum.errors import DomainError
from forum.extensions import db, immediate_write, utcnow
from forum.mentions import services as mentions
from forum.notifications import fanout
from forum.review import screening, vetting
from forum.review.screening import Outcome, Screening, Verdict
from forum.search import services as search
from forum.spaces.models import Space
from forum.threads.models import (
    ContentNote,
    Post,
    PostRevision,
    PostState,
    Topic,
    TopicRead,
)


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if len(title) < 3:
        raise DomainError("title", _("Give the topic a title of at least 3 characters."))
    return title


def _clean_body(body: str) -> str:
    if not body.strip():
        raise DomainError("body", _("Write a message."))
    return body.replace("\r\n", "\n").rstrip()


def _next_number(topic: Topic, *, bump: bool = True) -> int:
    """Hand out the next post number atomically, even with replies racing.

    A held reply takes its number but does not make the topic look active.
    """
    values: dict[str, object] = {"post_count": Topic.post_count + 1}
    if bump:
        values["last_post_at"] = utcnow()
    number = db.session.execute(
        update(Topic)
        .where(Topic.id == topic.id)
        .values(values)
        .returning(Topic.post_count)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    db.session.expire(topic, ["post_count", "last_post_at"])
    return int(number)


def _mark_read(actor: User, topic_id: int, number: int) -> None:
    read = db.session.get(TopicRead, (actor.id, topic_id))
    if read is None:
        db.session.add(TopicRead(user_id=actor.id, topic_id=topic_id, last_read_number=number))
    elif read.last_read_number < number:
        read.last_read_number = number


def create_topic(
    actor: User,
    space: Space,
    title: str,
    body: str,
    *,
    anonymous: bool = False,
    justification: str | None = None,
    content_note: ContentNote | None = None,
    mention_ids: Sequence[int] = (),
) -> Outcome[Topic]:
    """A new topic with its first post, held for review if the guard objects.

    Nothing is saved while the guard's findings wait for the author's choice
    (edit them out, or say why it is safe): the outcome says so.
    """
    policy.require(policy.can_post_in(actor, space))
    title, source = _clean_title(title), _clean_body(body)
    vetted = vetting.vet(actor, title=title, body=source)
    checked = mentions.screen(actor, space, title=title, body=source)
    verdict = screening.guard_verdict(checked, justification)
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    hold = verdict is Verdict.held
    anonymous = anonymous and space.allows_anonymous
    topic = Topic(
        space=space,
        author=actor,
        title=title,
        is_anonymous=anonymous,
        content_note=content_note,
    )
    db.session.add(topic)
    db.session.flush()
    post = Post(
        topic=topic,
        author=actor,
        number=_next_number(topic),
        body_source=source,
        body_html=markup.render(source),
        is_anonymous=anonymous,
    )
    db.session.add(post)
    db.session.flush()
    mentions.store(post, mention_ids)
    if hold or vetted.must_hold:
        vetting.hold(post, vetted, checked.blocking if hold else None, justification)
    else:
        fanout.announce_post(post)
    search.index_post(post)
    _mark_read(actor, topic.id, post.number)
    drafts.clear(actor, places.topic(space.id))
    db.session.commit()
    return Outcome(_verdict(hold or vetted.must_hold), checked, topic)


def _verdict(held: bool) -> Verdict:
    return Verdict.held if held else Verdict.published


def reply(
    actor: User,
    topic: Topic,
    body: str,
    *,
    anonymous: bool = False,
    justification: str | None = None,
    mention_ids: Sequence[int] = (),
) -> Outcome[Post]:
    """A reply, held for review if the guard objects (see create_topic)."""
    policy.require(policy.can_view_topic(actor, topic))
    if not policy.can_reply(actor, topic):
        if policy.chat_is_waiting(topic):
            raise DomainError(
                "body", _("This chat is not open yet: replies open at the start time.")
            )
        raise DomainError("body", _("This topic is locked: no new replies."))
    source = _clean_body(body)
    vetted = vetting.vet(actor, body=source)
    checked = mentions.screen(actor, topic.space, body=source)
    verdict = screening.guard_verdict(checked, justification)
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    guard_holds = verdict is Verdict.held
    hold = guard_holds or vetted.must_hold
    post = Post(
        topic=topic,
        author=actor,
        number=_next_number(topic, bump=not hold),
        body_source=source,
        body_html=markup.render(source),
        is_anonymous=anonymous and topic.space.allows_anonymous,
    )
    db.session.add(post)
    db.session.flush()
    mentions.store(post, mention_ids)
    if hold:
        vetting.hold(post, vetted, checked.blocking if guard_holds else None, justification)
    else:
        fanout.announce_post(post)
    search.index_post(post)
    _mark_read(actor, topic.id, post.number)
    drafts.clear(actor, places.reply(topic.id))
    db.session.commit()
    return Outcome(_verdict(hold), checked, post)


def edit_post(
    actor: User,
    post: Post,
    body: str,
    title: str | None = None,
    *,
    justification: str | None = None,
    mention_ids: Sequence[int] = (),
) -> Outcome[Post]:
    """Change a post, keeping what it said before as a revision.

    The guard runs again, so a post approved yesterday cannot quietly gain a
    name today: an edit it objects to is held for review like a new post.
    """
    policy.require(policy.can_view_topic(actor, post.topic))
    policy.require(policy.can_edit_post(actor, post), hide=False)
    source = _clean_body(body)
    new_title = _clean_title(title) if title is not None and post.number == 1 else None
    if source == post.body_source and (new_title is None or new_title == post.topic.title):
        return Outcome(_verdict(post.state is not PostState.published), Screening({}), post)
    texts = {"body": source}
    if post.number == 1:
        texts["title"] = new_title or post.topic.title
    vetted = vetting.vet(actor, new_post=False, **texts)
    checked = mentions.screen(post.author, post.topic.space, **texts)
    verdict = screening.guard_verdict(checked, justification)
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    hold = verdict is Verdict.held
    named = revise(post, actor, source, new_title, mention_ids)
    if hold or vetted.must_hold:
        vetting.hold(post, vetted, checked.blocking if hold else None, justification)
    elif post.state is PostState.published:  # a held post tells everyone once it is published
        fanout.announce_mentions(post, named)
    drafts.clear(actor, places.edit(post.id))
    db.session.commit()
    return Outcome(_verdict(post.state is not PostState.published), checked, post)


def revise(
    post: Post,
    editor: User,
    source: str,
    title: str | None = None,
    mention_ids: Sequence[int] = (),
) -> list[int]:
    """Keep the post as it was as a revision, then change it (no commit).

    Returns the members the new text mentions for the first time.
    """
    db.session.add(
        PostRevision(
            post_id=post.id,
            editor_id=editor.id,
            title=post.topic.title if post.number == 1 else None,
            body_source=post.body_source,
            body_html=post.body_html,
        )
    )
    post.body_source = source
    post.body_html = markup.render(source)
    named = mentions.store(post, mention_ids, edited=True)
    post.edited_at = utcnow()
    if title is not None and post.number == 1:
        post.topic.title = title
    search.index_post(post)
    return named


def delete_post(actor: User, post: Post) -> None:
    """Soft delete: the text stays for moderators; deleting post 1 deletes the topic."""
    policy.require(policy.can_view_topic(actor, post.topic))
    policy.require(policy.can_delete_post(actor, post), hide=False)
    now = utcnow()
    post.deleted_at = now
    if post.number == 1:
        post.topic.deleted_at = now
    db.session.commit()


def set_pinned(actor: User, topic: Topic, pinned: bool) -> None:
    policy.require(policy.can_view_topic(actor, topic))
    policy.require(policy.can_moderate(actor, topic.space), hide=False)
    topic.is_pinned = pinned
    db.session.commit()


def set_content_note(actor: User, topic: Topic, note: ContentNote | None) -> None:
    """Mark a topic as distressing, or clear the mark: its author or a moderator."""
    policy.require(policy.can_view_topic(actor, topic))
    policy.require(policy.can_set_content_note(actor, topic), hide=False)
    topic.content_note = note
    db.session.commit()


def set_locked(actor: User, topic: Topic, locked: bool) -> None:
    policy.require(policy.can_view_topic(actor, topic))
    policy.require(policy.can_moderate(actor, topic.space), hide=False)
    topic.is_locked = locked
    db.session.commit()


def record_reading(actor: User, topic: Topic, upto_number: int, *, read_so_far: int = 0) -> None:
    """Remember how far a member has read: the one write a GET makes.

    Called after the page is rendered. Nothing is written when the page showed
    nothing new (`read_so_far` is what the page already knew). Otherwise the
    read transaction ends first, then one forward-only upsert runs in its own
    short transaction, begun IMMEDIATE on SQLite, so it never waits behind
    this request's reading nor turns a reader into a writer mid-transaction.
    """
    if upto_number <= read_so_far:
        return
    user_id, topic_id = actor.id, topic.id  # read before the commit expires them
    db.session.commit()  # ends the (deferred) read transaction; nothing is pending
    dialect = db.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(TopicRead).values(
        user_id=user_id, topic_id=topic_id, last_read_number=upto_number, updated_at=utcnow()
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[TopicRead.user_id, TopicRead.topic_id],
        set_={
            "last_read_number": stmt.excluded.last_read_number,
            "updated_at": stmt.excluded.updated_at,
        },
        where=TopicRead.last_read_number < stmt.excluded.last_read_number,
    )
    with immediate_write():
        db.session.execute(stmt)
        db.session.commit()


def revisions(actor: User, post: Post) -> list[PostRevision]:
    policy.require(policy.can_see_revisions(actor, post))
    return list(
        db.session.scalars(
            select(PostRevision)
            .where(PostRevision.post_id == post.id)
            .order_by(PostRevision.id.desc())
        )
    )
