"""Which members sign in and which addresses each timed page asks for.

Chosen from the seeded data with the app's own models, so every address is one
an ordinary member reaches by following links: the biggest space open to all
members, its last page by the same keyset cursor its "Older" links carry, the
longest topic's last page, and topics of at least a page for page 1 and replies.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from flask import Flask
from sqlalchemy import ColumnElement, func, select

from forum.accounts.models import AccountStatus, MemberType, Role, User
from forum.extensions import db
from forum.spaces import queries as space_queries
from forum.spaces.models import Audience, Space
from forum.threads.models import PostState, Topic

TOPICS_IN_TURN = 50  # topic page 1 is asked for these in turn, as are replies
REPLY_BODY = (
    "Thank you for sharing this. We are trying something similar in our team "
    "and I will report back on how it goes."
)


@dataclass(frozen=True)
class Page:
    key: str
    label: str
    method: str
    paths: list[str]
    expect_status: int = 200
    expect_location: str = ""  # for a reply: the new post's anchor, not the sign-in page


@dataclass(frozen=True)
class Plan:
    emails: list[str]
    pages: list[Page]
    reply_topics: list[int]


def _visible() -> list[ColumnElement[bool]]:
    return [
        Topic.deleted_at.is_(None),
        Topic.hidden_at.is_(None),
        Topic.merged_into_id.is_(None),
        Topic.state == PostState.published,
    ]


def choose(app: Flask, members: int, search_word: str) -> Plan:
    topics_per_page = int(app.config["TOPICS_PER_PAGE"])
    posts_per_page = int(app.config["POSTS_PER_PAGE"])
    with app.app_context():
        emails = list(
            db.session.scalars(
                select(User.email)
                .where(
                    User.email.like("%@load.example.org"),
                    User.status == AccountStatus.active,
                    User.role == Role.member,
                    User.member_type == MemberType.practitioner,
                    User.totp_confirmed_at.is_(None),
                )
                .order_by(User.id)
                .limit(members)
            )
        )
        if len(emails) < members:
            raise SystemExit(f"only {len(emails)} loaded practitioners: raise BENCH_MEMBERS")
        open_spaces = select(Space.id).where(Space.audience == Audience.all_members)
        counts = (
            select(Topic.space_id, func.count().label("n"))
            .where(Topic.space_id.in_(open_spaces), *_visible())
            .group_by(Topic.space_id)
            .order_by(func.count().desc())
        )
        biggest = db.session.execute(counts).first()
        if biggest is None:
            raise SystemExit("no topics in a space open to all members: seed more topics")
        space = db.session.get(Space, biggest.space_id)
        assert space is not None
        last_page = (biggest.n - 1) // topics_per_page + 1
        before_last = db.session.scalar(
            select(Topic)
            .where(Topic.space_id == space.id, *_visible())
            .order_by(Topic.is_pinned.desc(), Topic.last_post_at.desc(), Topic.id.desc())
            .offset((last_page - 1) * topics_per_page - 1)
            .limit(1)
        )
        deep = f"/s/{space.slug}"
        if before_last is not None:  # the cursor the page before's "Older" link carries
            deep += "?" + urlencode({"after": space_queries._cursor(before_last)})

        usable = (
            select(Topic.id)
            .join(Space, Space.id == Topic.space_id)
            .where(
                Space.audience == Audience.all_members,
                Space.is_premoderated.is_(False),
                Space.is_strict.is_(False),
                Topic.is_locked.is_(False),
                Topic.post_count >= posts_per_page,
                *_visible(),
            )
            .order_by(Topic.id)
            .limit(TOPICS_IN_TURN * 2)
        )
        ids = list(db.session.scalars(usable))
        if len(ids) < 2:
            raise SystemExit("too few topics of a page or more: seed more posts")
        read_ids, reply_ids = ids[: len(ids) // 2], ids[len(ids) // 2 :]
        longest = db.session.execute(
            select(Topic.id, Topic.post_count)
            .where(Topic.space_id.in_(open_spaces), *_visible())
            .order_by(Topic.post_count.desc(), Topic.id)
            .limit(1)
        ).one()
    longest_last = (longest.post_count - 1) // posts_per_page + 1
    pages = [
        Page("home", "home (what's new)", "GET", ["/"]),
        Page("space", "space page 1", "GET", [f"/s/{space.slug}"]),
        Page("space_deep", f"space page {last_page} (the last)", "GET", [deep]),
        Page("topic", "topic page 1 (20 posts)", "GET", [f"/t/{i}" for i in read_ids]),
        Page(
            "topic_last",
            f"topic page {longest_last} (last of {longest.post_count:,} posts)",
            "GET",
            [f"/t/{longest.id}?page={longest_last}"],
        ),
        Page(
            "search",
            f"search “{search_word}”",
            "GET",
            ["/search?" + urlencode({"q": search_word})],
        ),
        Page(
            "reply",
            "post a reply",
            "POST",
            [f"/t/{i}/reply" for i in reply_ids],
            expect_status=302,
            expect_location="#p",
        ),
    ]
    return Plan(emails, pages, reply_ids)
