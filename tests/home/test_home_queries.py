"""The home page costs a fixed number of queries, however much the community holds."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.extensions import db
from forum.threads.models import TopicRead
from tests.factories import make_topic, make_user, sign_in

# The member, the header's count, the spaces with their topic and member counts,
# the topic list, upcoming events and what waits for the member: 8 today. One
# more lists the member's held posts when there are some, and one records the
# visit at most every few minutes.
MAX_HOME_QUERIES = 10


def count(app, client, queries, url: str = "/") -> tuple[int, list[str]]:
    db.session.commit()
    with app.app_context(), queries() as counter:
        response = client.get(url)
    assert response.status_code == 200
    return counter.count, counter.statements


def add_topics(authors, reader, how_many: int) -> None:
    slugs = ["welcome", "good-practice", "case-discussion", "off-topic", "courses-events"]
    for n in range(how_many):
        topic = make_topic(
            authors[n % len(authors)], slugs[n % len(slugs)], replies=n % 4, is_anonymous=n % 5 == 0
        )
        if n % 2:
            db.session.add(TopicRead(user_id=reader.id, topic_id=topic.id, last_read_number=1))
    db.session.flush()


def test_home_costs_the_same_with_3_or_60_topics(app, client, queries):
    reader = make_user()
    sign_in(client, reader)
    authors = [make_user() for _ in range(6)]
    add_topics(authors, reader, 3)
    count(app, client, queries)  # the first visit is recorded; later ones within minutes are not
    few, _ = count(app, client, queries)
    add_topics(authors, reader, 57)
    many, statements = count(app, client, queries)
    unread, _ = count(app, client, queries, "/?show=unread")

    assert few == many == unread
    assert many <= MAX_HOME_QUERIES, "\n".join(statements)


def test_the_visit_is_recorded_in_one_statement_and_not_on_every_look(app, client, queries):
    reader = make_user()
    sign_in(client, reader)

    _, first = count(app, client, queries)
    _, second = count(app, client, queries)

    writes = [s for s in first if s.lstrip().upper().startswith(("UPDATE", "INSERT"))]
    assert len(writes) == 1
    assert "last_seen_at" in writes[0]
    assert not [s for s in second if s.lstrip().upper().startswith(("UPDATE", "INSERT"))]
    assert db.session.scalar(select(func.count()).select_from(TopicRead)) == 0
