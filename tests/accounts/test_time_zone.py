"""A member's time zone: chosen in Settings, guessed once from the browser, used for every time."""

from __future__ import annotations

from datetime import UTC, datetime

from forum import time_zones
from forum.extensions import db
from tests.factories import make_user, sign_in


def test_a_new_member_sees_london_time_until_they_choose(client):
    member = make_user()
    sign_in(client, member)
    page = client.get("/settings").get_data(as_text=True)
    assert "times are shown in Europe/London" in page
    assert 'data-time-zone-unset="true"' in page  # the browser may offer its zone


def test_choosing_a_zone_in_settings(client):
    member = make_user()
    sign_in(client, member)
    response = client.post("/settings/time-zone", data={"time_zone": "America/New_York"})
    assert response.status_code == 302
    db.session.refresh(member)
    assert member.time_zone == "America/New_York"
    page = client.get("/settings").get_data(as_text=True)
    assert "Times are shown in America/New York." in page
    assert "data-time-zone-unset" not in page


def test_an_unknown_zone_is_refused_and_nothing_changes(client):
    member = make_user(time_zone="Europe/Paris")
    sign_in(client, member)
    response = client.post(
        "/settings/time-zone", data={"time_zone": "Mars/Olympus_Mons"}, follow_redirects=True
    )
    assert "Choose a time zone from the list." in response.get_data(as_text=True)
    db.session.refresh(member)
    assert member.time_zone == "Europe/Paris"


def test_the_browser_guess_never_replaces_a_chosen_zone(client):
    member = make_user()
    sign_in(client, member)
    assert client.post("/settings/time-zone/guess", data={"time_zone": "Asia/Tokyo"}).json == {
        "saved": True
    }
    assert client.post("/settings/time-zone/guess", data={"time_zone": "Europe/Oslo"}).json == {
        "saved": False
    }
    db.session.refresh(member)
    assert member.time_zone == "Asia/Tokyo"


def test_the_guess_must_be_a_real_zone(client):
    member = make_user()
    sign_in(client, member)
    assert client.post("/settings/time-zone/guess", data={"time_zone": "Nowhere"}).json == {
        "saved": False
    }
    db.session.refresh(member)
    assert member.time_zone is None


def test_signed_out_visitors_cannot_set_a_zone(client):
    response = client.post("/settings/time-zone/guess", data={"time_zone": "Asia/Tokyo"})
    assert response.status_code in (302, 401, 404)


def test_exact_times_follow_daylight_saving():
    summer = datetime(2026, 7, 1, 11, 30, tzinfo=UTC)
    winter = datetime(2026, 12, 1, 11, 30, tzinfo=UTC)
    london = time_zones.zone_named("Europe/London")
    assert time_zones.exact(summer, london) == "Wed 1 Jul 2026, 12:30 BST"
    assert time_zones.exact(winter, london) == "Tue 1 Dec 2026, 11:30 GMT"
    assert time_zones.exact(winter, time_zones.zone_named(None)).endswith("GMT")
    assert time_zones.exact(winter, time_zones.zone_named("Bogus/Zone")).endswith("GMT")
