"""Demo data: one summarised topic with helpful replies, so `make run` shows the feature."""

from __future__ import annotations

from sqlalchemy import select

from forum import markup
from forum.accounts.models import User
from forum.extensions import db, utcnow
from forum.threads.models import SUMMARY_NUMBER, Post, Topic

TOPIC = "Young person (16) refusing contact with birth family: how hard to push?"
SUMMARY = (
    "**Asked:** how hard to push supervised contact when a 16-year-old is clear they want none.\n\n"
    "**Agreed:** record the wish in their own words, ask the IRO to review the plan rather than "
    "force contact, and offer an advocate before the review."
)
HELPFUL_FROM = ("adviser@example.org", "student@example.org")


def ensure_demo_summary(users: dict[str, User]) -> None:
    """Write the summary and mark two replies helpful, once (no commit)."""
    topic = db.session.scalar(select(Topic).where(Topic.title == TOPIC))
    if topic is None or topic.has_summary:
        return
    author = topic.author
    db.session.add(
        Post(
            topic=topic,
            author=author,
            number=SUMMARY_NUMBER,
            body_source=SUMMARY,
            body_html=markup.render(SUMMARY),
        )
    )
    helpers = {users[email].id for email in HELPFUL_FROM if email in users}
    for post in db.session.scalars(select(Post).where(Post.topic_id == topic.id, Post.number > 1)):
        if post.author_id in helpers:
            post.helpful_at = utcnow()
    db.session.flush()
