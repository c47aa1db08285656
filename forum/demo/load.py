"""A big, realistic community for measuring: `flask seed-load`.

Bulk inserts in batches (no ORM objects per row), explicit ids so posts can
point at topics without a round trip, and one random generator with a fixed
seed so two runs with the same sizes build the same forum. The text comes
from a small vocabulary of social-care sentences with no identifying details.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from forum import markup
from forum.accounts import passwords
from forum.accounts.models import AccountStatus, Application, MemberType, Role, User
from forum.demo.load_text import FIRST_NAMES, OPENINGS, REGIONS, ROLE_LINES, SENTENCES
from forum.extensions import db, utcnow
from forum.people.models import Profile
from forum.review.models import ReviewItem, ReviewSource, ReviewState
from forum.spaces.models import Audience, Space
from forum.threads.models import Post, PostState, Topic

BATCH = 5_000
ANONYMOUS_SHARE = 0.02  # of posts, in spaces that allow it
HELD_SHARE = 0.01  # of replies, each with an open review item
BIGGEST_TOPIC = 10_000
#: Every loaded member's password, so `make bench` can sign in through the real form.
PASSWORD = "load test pass phrase 2026"

#: How much a space of each audience is used, relative to the others.
AUDIENCE_WEIGHT = {
    Audience.all_members: 5.0,
    Audience.practitioners_allies: 3.0,
    Audience.practitioners: 3.0,
    Audience.care_leavers: 2.0,
    Audience.care_leavers_practitioners: 2.0,
    Audience.moderators: 0.3,
}
MEMBER_TYPES = [
    (MemberType.practitioner, 0.55),
    (MemberType.care_leaver, 0.25),
    (MemberType.ally, 0.20),
]


@dataclass
class LoadReport:
    members: int = 0
    topics: int = 0
    posts: int = 0
    anonymous: int = 0
    held: int = 0

    def summary(self) -> str:
        return (
            f"Added {self.members} members, {self.topics} topics and {self.posts} posts "
            f"({self.anonymous} anonymous, {self.held} held for review)."
        )


def _batched(rows: Iterator[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(model: type[Any], rows: Iterator[dict[str, Any]]) -> None:
    for batch in _batched(rows):
        db.session.execute(insert(model), batch)


def _next_id(model: type[Any]) -> int:
    return int(db.session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


def _topic_sizes(rng: random.Random, topics: int, posts: int) -> list[int]:
    """Every topic has at least one post; a heavy tail gives a few very long ones."""
    sizes = [1] * topics
    spare = max(posts - topics, 0)
    weights = [rng.paretovariate(1.1) - 1 for _ in range(topics)]  # many short, a few long
    total = sum(weights)
    cap = min(BIGGEST_TOPIC, max(posts // 10, 1))
    for i, w in enumerate(weights):
        sizes[i] += min(int(spare * w / total), cap - 1)
    left = posts - sum(sizes)
    i = 0
    while left > 0 and topics:  # spread what rounding and the cap left over
        if sizes[i % topics] < cap:
            sizes[i % topics] += 1
            left -= 1
        i += 1
    rng.shuffle(sizes)
    return sizes


def _bodies(rng: random.Random, count: int = 400) -> list[tuple[str, str]]:
    """A pool of (source, sanitised html) bodies, rendered once each."""
    pool = []
    for _ in range(count):
        source = " ".join(rng.sample(SENTENCES, rng.randint(1, 4)))
        if rng.random() < 0.3:
            source += "\n\n" + " ".join(rng.sample(SENTENCES, rng.randint(1, 3)))
        pool.append((source, markup.render(source)))
    return pool


def load(
    members: int,
    topics: int,
    posts: int,
    *,
    seed: int = 20,
    progress: Callable[[int], None] | None = None,
) -> LoadReport:
    """Add a community of the given size beside what is there; commits in batches."""
    rng = random.Random(seed)  # noqa: S311 (made-up data, reproducible on purpose)
    report = LoadReport()
    now = utcnow()
    spaces = list(db.session.scalars(select(Space).order_by(Space.position, Space.id)))
    if not spaces:
        raise ValueError("no spaces: run the migrations first")
    password_hash = passwords.hash_password(PASSWORD)

    # Members, each with an application and a profile.
    first_user = _next_id(User)
    types = [t for t, _ in MEMBER_TYPES]
    type_weights = [w for _, w in MEMBER_TYPES]
    member_types = rng.choices(types, type_weights, k=members)
    moderators = set(rng.sample(range(members), max(1, members // 100))) if members else set()
    joined = [now - timedelta(days=rng.uniform(800, 1100)) for _ in range(members)]
    ids = list(range(first_user, first_user + members))

    def users() -> Iterator[dict[str, Any]]:
        for i, uid in enumerate(ids):
            yield {
                "id": uid,
                "email": f"member{uid}@load.example.org",
                "password_hash": password_hash,
                "display_name": f"{rng.choice(FIRST_NAMES)} {chr(65 + uid % 26)}. {uid}",
                "member_type": member_types[i],
                "role": Role.moderator if i in moderators else Role.member,
                "status": AccountStatus.active,
                "email_verified_at": joined[i],
                "created_at": joined[i],
            }

    def applications() -> Iterator[dict[str, Any]]:
        for i, uid in enumerate(ids):
            yield {
                "user_id": uid,
                "region": REGIONS[uid % len(REGIONS)],
                "country": "England",
                "reason": "I want to learn from others in the sector.",
                "submitted_at": joined[i],
                "guidelines_accepted_at": joined[i],
                "decided_at": joined[i] + timedelta(days=1),
            }

    def profiles() -> Iterator[dict[str, Any]]:
        for i, uid in enumerate(ids):
            practitioner = member_types[i] == MemberType.practitioner
            yield {
                "user_id": uid,
                "role_line": rng.choice(ROLE_LINES) if practitioner else "",
                "region": REGIONS[uid % len(REGIONS)],
                "country": "England",
                "updated_at": joined[i],
            }

    _insert(User, users())
    _insert(Application, applications())
    _insert(Profile, profiles())
    db.session.commit()
    report.members = members

    # Who may write where: the members each audience admits (moderators anywhere).
    moderator_ids = [ids[i] for i in sorted(moderators)]
    writers: dict[int, list[int]] = {}
    for space in spaces:
        admitted = [
            uid
            for i, uid in enumerate(ids)
            if space.audience.admits(member_types[i]) or i in moderators
        ]
        writers[space.id] = admitted or moderator_ids
    usable = [s for s in spaces if writers[s.id]]
    if topics and not usable:
        raise ValueError("no members to write: add members")

    # Topics: spread over the spaces by audience, over the last two years.
    sizes = _topic_sizes(rng, topics, max(posts, topics))
    chosen = rng.choices(usable, [AUDIENCE_WEIGHT[s.audience] for s in usable], k=topics)
    first_topic = _next_id(Topic)
    first_post = _next_id(Post)
    first_item = _next_id(ReviewItem)
    bodies = _bodies(rng)
    topic_rows: list[dict[str, Any]] = []
    post_id, item_id = first_post, first_item
    post_batch: list[dict[str, Any]] = []
    item_batch: list[dict[str, Any]] = []

    def flush_posts() -> None:
        if post_batch:
            db.session.execute(insert(Post), post_batch)
        if item_batch:
            db.session.execute(insert(ReviewItem), item_batch)
        db.session.commit()
        if progress is not None:
            progress(len(post_batch))
        post_batch.clear()
        item_batch.clear()

    # Topics first (posts point at them); their counts are known before their posts.
    plans: list[tuple[int, Space, int, datetime, list[datetime]]] = []
    for n, (space, size) in enumerate(zip(chosen, sizes, strict=True)):
        topic_id = first_topic + n
        started = now - timedelta(days=rng.uniform(1, 730))
        gap = timedelta(minutes=rng.uniform(5, 600))
        times = [started + gap * k * rng.uniform(0.5, 1.0) for k in range(size)]
        times = sorted(min(t, now) for t in times)
        plans.append((topic_id, space, size, started, times))

    held_numbers: dict[int, set[int]] = {}
    anonymous_topics: set[int] = set()
    for topic_id, space, size, _started, _times in plans:
        held_numbers[topic_id] = {k for k in range(2, size + 1) if rng.random() < HELD_SHARE}
        if space.allows_anonymous and rng.random() < ANONYMOUS_SHARE:
            anonymous_topics.add(topic_id)
    authors: dict[int, int] = {
        topic_id: rng.choice(writers[space.id]) for topic_id, space, *_ in plans
    }

    for topic_id, space, size, started, times in plans:
        published = [t for k, t in enumerate(times, 1) if k not in held_numbers[topic_id]]
        topic_rows.append(
            {
                "id": topic_id,
                "space_id": space.id,
                "author_id": authors[topic_id],
                "title": rng.choice(OPENINGS)[:150],
                "is_anonymous": topic_id in anonymous_topics,
                "post_count": size,
                "created_at": started,
                "last_post_at": published[-1] if published else started,
            }
        )
    _insert(Topic, iter(topic_rows))
    db.session.commit()
    report.topics = topics

    for topic_id, space, size, _started, times in plans:
        pool = writers[space.id]
        for number in range(1, size + 1):
            if number == 1:
                author, anonymous = authors[topic_id], topic_id in anonymous_topics
            else:
                author = rng.choice(pool)
                anonymous = space.allows_anonymous and rng.random() < ANONYMOUS_SHARE
            held = number in held_numbers[topic_id]
            source, html = bodies[rng.randrange(len(bodies))]
            post_batch.append(
                {
                    "id": post_id,
                    "topic_id": topic_id,
                    "author_id": author,
                    "number": number,
                    "body_source": source,
                    "body_html": html,
                    "state": PostState.held if held else PostState.published,
                    "is_anonymous": anonymous,
                    "created_at": times[number - 1],
                }
            )
            if held:
                item_batch.append(
                    {
                        "id": item_id,
                        "post_id": post_id,
                        "source": ReviewSource.new_member,
                        "state": ReviewState.open,
                        "findings_json": json.dumps([]),
                        "created_at": times[number - 1],
                    }
                )
                item_id += 1
                report.held += 1
            report.anonymous += anonymous
            report.posts += 1
            post_id += 1
            if len(post_batch) >= BATCH:
                flush_posts()
    flush_posts()
    _catch_up_sequences()
    return report


def _catch_up_sequences() -> None:
    """Explicit ids leave PostgreSQL's sequences behind; move them on."""
    if db.session.get_bind().dialect.name != "postgresql":
        return
    for model in (User, Application, Topic, Post, ReviewItem):
        highest = select(func.coalesce(func.max(model.id), 1)).scalar_subquery()
        sequence = func.pg_get_serial_sequence(model.__tablename__, "id")
        db.session.execute(select(func.setval(sequence, highest)))
    db.session.commit()
