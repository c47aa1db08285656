"""Writing a topic's summary, and marking replies as helpful.

A summary is post number 0 of its topic, so everything a post goes through,
it goes through: the guard (held, or needs a justification), the watched
words and the new-member period, the review queue, revisions, the search
index, export and erasure. Topic.has_summary lets lists label a topic
without a join; `_keep_has_summary` keeps it true exactly while a published,
not hidden, not deleted summary exists, whichever feature changes the post
(the review queue, reports, deletion).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from forum import markup, policy
from forum.accounts.models import User
from forum.drafts import places
from forum.drafts import services as drafts
from forum.extensions import db, utcnow
from forum.mentions import services as mentions
from forum.notifications import fanout
from forum.review import screening, vetting
from forum.review.screening import Outcome, Screening, Verdict
from forum.review.services import set_post_state
from forum.search import services as search
from forum.summaries import queries
from forum.threads import services as threads
from forum.threads.models import SUMMARY_NUMBER, Post, PostState, Topic


def _verdict(post: Post) -> Verdict:
    return Verdict.published if post.state is PostState.published else Verdict.held


def write_summary(
    actor: User, topic: Topic, body: str, *, justification: str | None = None
) -> Outcome[Post]:
    """Write the summary, or change it; nothing is saved while the guard waits on the author.

    Changing a summary is an edit (a revision is kept, a held one stays held);
    writing one where the last was deleted or rejected is a new post, checked
    as one, in the same row so the earlier text stays in its revisions.
    """
    existing = queries.summary_of(topic)
    policy.require(policy.can_view_topic(actor, topic))
    policy.require(policy.can_write_summary(actor, topic, existing), hide=False)
    source = threads._clean_body(body)
    fresh = existing is None or existing.is_deleted or existing.state is PostState.rejected
    if existing is not None and not fresh and source == existing.body_source:
        return Outcome(_verdict(existing), Screening({}), existing)
    vetted = vetting.vet(actor, new_post=fresh, body=source)
    checked = mentions.screen(actor, topic.space, body=source)
    verdict = screening.guard_verdict(checked, justification)
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    # The author of an anonymous topic stays anonymous in its summary.
    anonymous = topic.is_anonymous and topic.author_id == actor.id
    if existing is None:
        post = Post(
            topic=topic,
            author=actor,
            number=SUMMARY_NUMBER,
            body_source=source,
            body_html=markup.render(source),
            is_anonymous=anonymous,
        )
        db.session.add(post)
        db.session.flush()
        named = mentions.store(post)
        search.index_post(post)
    else:
        post = existing
        named = threads.revise(post, actor, source)
        if fresh:
            _start_again(post, actor, anonymous)
    if verdict is Verdict.held or vetted.must_hold:
        guard_findings = checked.blocking if verdict is Verdict.held else None
        vetting.hold(post, vetted, guard_findings, justification)
    elif post.state is PostState.published:
        # Those it names hear of it; watchers are not told of a summary as of a reply.
        fanout.announce_mentions(post, named)
    drafts.clear(actor, places.summary(topic.id))
    db.session.commit()
    return Outcome(_verdict(post), checked, post)


def _start_again(post: Post, author: User, anonymous: bool) -> None:
    """A deleted or rejected summary's row becomes the new summary (no commit)."""
    post.author = author
    post.is_anonymous = anonymous
    post.created_at = utcnow()
    post.edited_at = None
    post.deleted_at = None
    post.hidden_at = None
    post.hidden_for_review = False
    set_post_state(post, PostState.published)


def set_helpful(actor: User, post: Post, helpful: bool) -> None:
    """The topic's author marks a reply as helpful, or takes the mark away."""
    policy.require(policy.can_view_topic(actor, post.topic) and policy.can_view_post(actor, post))
    policy.require(policy.can_mark_helpful(actor, post), hide=False)
    if not helpful:
        post.helpful_at = None
    elif post.helpful_at is None:
        post.helpful_at = utcnow()
    db.session.commit()


def _shows(post: Post) -> bool:
    state = post.state or PostState.published  # a new row gets the column default on INSERT
    return state is PostState.published and post.hidden_at is None and not post.is_deleted


@event.listens_for(Session, "before_flush")
def _keep_has_summary(session: Session, flush_context: Any, instances: Any) -> None:
    """Whatever changed a summary (published, rejected, hidden, deleted), its topic's flag follows."""
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Post) and obj.number == SUMMARY_NUMBER:
            topic = obj.topic if obj.topic is not None else session.get(Topic, obj.topic_id)
            if topic is not None and topic.has_summary != _shows(obj):
                topic.has_summary = _shows(obj)
