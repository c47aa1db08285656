"""List and thread pages run a fixed number of queries, however big the forum gets.

Each counted request runs in its own application context, as in production: a
fresh database session and a cold `g`, so nothing the test loaded is reused.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.threads.models import Post, TopicRead
from tests.factories import make_topic, make_user, sign_in

MAX_QUERIES = 8
# A topic page also loads its summary and helpful replies, the reader's bookmarks
# among its posts, and their draft reply: one query each. The event panel costs
# nothing outside spaces for events (inside them, one or two: see tests/events).
MAX_TOPIC_QUERIES = MAX_QUERIES + 3


def count(app, client, queries, url: str) -> int:
    """How many statements one GET of `url` runs."""
    db.session.commit()  # the factories only flush; the request's own session must see it
    with app.app_context(), queries() as counter:
        response = client.get(url)
    assert response.status_code == 200, url
    return counter.count


@pytest.fixture
def authors():
    return [make_user() for _ in range(5)]


@pytest.fixture
def reader(client):
    user = make_user()
    sign_in(client, user)
    return user


def topic_by_many(authors, replies: int):
    """A topic in Good practice whose posts are spread over several authors."""
    topic = make_topic(authors[0], "good-practice", replies=replies)
    for post in db.session.scalars(select(Post).where(Post.topic_id == topic.id)):
        post.author = authors[post.number % len(authors)]
    db.session.flush()
    return topic


def add_topics(authors, how_many: int, reader=None) -> None:
    for n in range(how_many):
        topic = make_topic(authors[n % len(authors)], "good-practice", replies=n % 3)
        if reader is not None and n % 2:
            db.session.add(TopicRead(user_id=reader.id, topic_id=topic.id, last_read_number=1))
    db.session.flush()


def test_the_space_page_costs_the_same_with_5_or_200_topics(app, client, queries, authors, reader):
    add_topics(authors, 5, reader)
    few = count(app, client, queries, "/s/good-practice")
    add_topics(authors, 195, reader)
    many = count(app, client, queries, "/s/good-practice")
    assert few == many
    assert many <= MAX_QUERIES


def test_an_older_page_of_topics_costs_the_same(app, client, queries, authors, reader):
    add_topics(authors, 200, reader)
    first = count(app, client, queries, "/s/good-practice")
    page = client.get("/s/good-practice").get_data(as_text=True)
    older = page.split('rel="next"')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    assert "after=" in older
    assert count(app, client, queries, older) == first


def test_the_spaces_index_costs_the_same_with_5_or_200_topics(
    app, client, queries, authors, reader
):
    for slug in ("welcome", "good-practice", "off-topic", "courses-events", "case-discussion"):
        make_topic(authors[0], slug)
    few = count(app, client, queries, "/spaces")
    for n in range(195):
        slug = ("welcome", "good-practice", "off-topic", "courses-events")[n % 4]
        make_topic(authors[n % len(authors)], slug)
    many = count(app, client, queries, "/spaces")
    assert few == many
    assert many <= MAX_QUERIES


def test_a_topic_page_read_again_costs_the_same_with_5_or_200_posts(
    app, client, queries, authors, reader
):
    short = topic_by_many(authors, replies=4)
    long = topic_by_many(authors, replies=199)
    db.session.commit()
    client.get(f"/t/{short.id}")  # the first visit records the reading position
    client.get(f"/t/{long.id}")
    few = count(app, client, queries, f"/t/{short.id}")
    many = count(app, client, queries, f"/t/{long.id}")
    assert few == many
    assert many <= MAX_TOPIC_QUERIES


def test_a_later_page_of_a_long_topic_costs_the_same(app, client, queries, authors, reader):
    long = topic_by_many(authors, replies=199)
    db.session.commit()
    for page in (1, 5, 10):
        client.get(f"/t/{long.id}?page={page}")
    counts = {page: count(app, client, queries, f"/t/{long.id}?page={page}") for page in (1, 5, 10)}
    assert len(set(counts.values())) == 1, counts


def test_a_topic_page_with_new_posts_costs_the_same_with_5_or_200_posts(
    app, client, queries, authors, reader
):
    """The usual visit: there is something new, so the reading position moves on."""
    short = topic_by_many(authors, replies=4)
    long = topic_by_many(authors, replies=199)
    few = count(app, client, queries, f"/t/{short.id}")
    many = count(app, client, queries, f"/t/{long.id}")
    assert few == many
    assert many <= MAX_TOPIC_QUERIES


def test_first_middle_and_last_page_of_a_500_post_topic_cost_the_same(
    app, client, queries, authors, reader
):
    """Posts are fetched by number range, so no page costs more than another."""
    long = topic_by_many(authors, replies=499)
    pages = -(-500 // int(app.config["POSTS_PER_PAGE"]))
    assert pages >= 3
    middle = (pages + 1) // 2
    # Visited in order, each page moves the reading position on: the same work each time.
    counts = {
        page: count(app, client, queries, f"/t/{long.id}?page={page}")
        for page in (1, middle, pages)
    }
    assert len(set(counts.values())) == 1, counts
    assert counts[pages] <= MAX_TOPIC_QUERIES
    # Read again: no write, still the same for every page.
    again = {
        page: count(app, client, queries, f"/t/{long.id}?page={page}")
        for page in (1, middle, pages)
    }
    assert len(set(again.values())) == 1, again
