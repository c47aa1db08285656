"""Event pages cost a fixed number of queries, however many events, answers and replies."""

from __future__ import annotations

from datetime import timedelta

from forum.extensions import db, utcnow
from tests.events.helpers import answer, make_event, reply
from tests.factories import make_topic, make_user, sign_in


def count(app, client, queries, url: str) -> int:
    db.session.commit()  # the factories only flush; the request's own session must see it
    with app.app_context(), queries() as counter:
        response = client.get(url)
    assert response.status_code == 200, url
    return counter.count


def crowd(topic, n: int) -> None:
    for i in range(n):
        member = make_user()
        answer(topic, member, going=i % 4 != 0)
        if i % 3 == 0:
            reply(topic, member, anonymous=False)


def test_an_event_topic_costs_two_queries_however_many_take_part_and_others_none(
    app, client, queries
):
    reader = make_user()
    sign_in(client, reader)
    elsewhere = make_topic(make_user(), "good-practice", replies=3)
    plain = make_topic(make_user(), "courses-events", replies=3)
    small = make_event(make_user(), is_chat=True)
    crowd(small, 2)
    big = make_event(make_user(), is_chat=True)
    crowd(big, 60)
    db.session.commit()
    for topic in (elsewhere, plain, small, big):
        client.get(f"/t/{topic.id}")  # the first visit records the reading position

    elsewhere_cost = count(app, client, queries, f"/t/{elsewhere.id}")
    with app.app_context(), queries() as counter:
        client.get(f"/t/{elsewhere.id}")
    assert not [s for s in counter.statements if "FROM events" in s]
    plain_cost = count(app, client, queries, f"/t/{plain.id}")
    small_cost = count(app, client, queries, f"/t/{small.id}")
    big_cost = count(app, client, queries, f"/t/{big.id}")

    assert plain_cost == elsewhere_cost + 1  # the event and the reader's answer, if any
    assert small_cost == big_cost == elsewhere_cost + 2  # and the people taking part


def test_the_home_page_costs_the_same_with_5_or_50_events(app, client, queries):
    sign_in(client, make_user())
    organiser = make_user()
    start = utcnow().replace(microsecond=0) + timedelta(days=1)
    for n in range(5):
        answer(make_event(organiser, start + timedelta(hours=n)), make_user())
    count(app, client, queries, "/")  # the first look records the visit
    few = count(app, client, queries, "/")
    for n in range(45):
        answer(make_event(organiser, start + timedelta(hours=n)), make_user())
    assert count(app, client, queries, "/") == few


def test_the_events_page_costs_the_same_with_5_or_100_events(app, client, queries):
    sign_in(client, make_user())
    organiser = make_user()
    start = utcnow().replace(microsecond=0) + timedelta(days=1)
    for n in range(5):
        make_event(organiser, start + timedelta(hours=n))
    few = count(app, client, queries, "/events")
    for n in range(95):
        make_event(organiser, start + timedelta(hours=n))
    assert count(app, client, queries, "/events") == few
    assert few <= 5
