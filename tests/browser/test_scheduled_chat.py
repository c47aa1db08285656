"""A practitioner schedules a chat for the next hour; another member says "Going",
adds it to their calendar, and is told in "Notifications" when the chat opens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from forum.events import jobs
from tests.browser.conftest import ARTIFACTS, open_space, screenshot, sign_in

pytestmark = pytest.mark.browser

LONDON = ZoneInfo("Europe/London")
DESKTOP = {
    "viewport": {"width": 1280, "height": 900},
    "timezone_id": "Europe/London",
    "locale": "en-GB",
}
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "timezone_id": "Europe/London",
    "locale": "en-GB",
    "accept_downloads": True,
}
TITLE = "Chat: keeping in touch after a young person turns 18"
BODY = (
    "An hour to share how you keep in touch with young people once they turn 18: "
    "what works, what gets in the way. Replies open at the start time."
)


def next_hour() -> tuple[datetime, datetime]:
    """The chat's start and end on a London clock, about an hour from now, to the minute."""
    starts = (datetime.now(LONDON) + timedelta(hours=1)).replace(second=0, microsecond=0)
    return starts, starts + timedelta(hours=1)


def test_a_scheduled_chat_opens_and_the_member_going_is_told(live_site, new_context):
    starts, ends = next_hour()
    organiser = new_context(**DESKTOP).new_page()
    sign_in(organiser, live_site, "practitioner@example.org")
    open_space(organiser, "Courses, events & services")
    organiser.get_by_role("link", name="New topic").click()
    organiser.get_by_label("Title").fill(TITLE)
    organiser.get_by_label("Message").fill(BODY)
    organiser.get_by_label("Starts").fill(starts.strftime("%Y-%m-%dT%H:%M"))
    organiser.get_by_label("Ends").fill(ends.strftime("%Y-%m-%dT%H:%M"))
    organiser.get_by_label("Time zone").select_option("Europe/London")
    organiser.get_by_label("Online").check()
    organiser.get_by_label("Place or joining link").fill("Here, in this topic")
    organiser.get_by_label("This is a scheduled chat: replies open at the start time").check()
    screenshot(organiser, "event-new-topic-desktop")
    organiser.get_by_role("button", name="Post topic").click()

    organiser.get_by_role("heading", name=TITLE).wait_for()
    panel = organiser.locator("#event")
    panel.get_by_role("heading", name="Scheduled chat").wait_for()
    assert "Replies open at the start time." in panel.inner_text()
    assert organiser.get_by_role("button", name="Post reply").count() == 0
    topic_url = organiser.url.split("#")[0]
    ARTIFACTS.mkdir(exist_ok=True)
    panel.screenshot(path=str(ARTIFACTS / "event-panel-desktop.png"))
    screenshot(organiser, "event-topic-desktop")

    member = new_context(**PHONE).new_page()
    # Not Tom: the safeguarding journey suspends him on the same live site.
    sign_in(member, live_site, "student@example.org")
    upcoming = member.get_by_role("region", name="Upcoming events")
    screenshot(member, "event-home-phone")
    upcoming.get_by_role("link", name=TITLE).click()
    member.get_by_role("heading", name=TITLE).wait_for()
    member.get_by_role("button", name="Going", exact=True).click()
    member.get_by_text("You said you are going.").first.wait_for()
    panel = member.locator("#event")
    assert "Grace (SW student)" in panel.inner_text()
    panel.screenshot(path=str(ARTIFACTS / "event-panel-phone.png"))
    screenshot(member, "event-topic-phone")

    with member.expect_download() as downloading:
        member.get_by_role("link", name="Add to calendar").click()
    download = downloading.value
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    (entry,) = calendar.events
    assert str(entry["SUMMARY"]) == TITLE
    assert entry.start.astimezone(UTC) == starts.astimezone(UTC)
    assert entry.end.astimezone(UTC) == ends.astimezone(UTC)
    assert topic_url in str(entry["DESCRIPTION"])
    assert str(entry["LOCATION"]) == "Here, in this topic"

    # Cron's `flask jobs run` at the start time, as of that moment.
    with live_site.app.app_context():
        assert jobs.run_due(starts.astimezone(UTC)).startswith("1 chat opened")
        assert jobs.run_due(starts.astimezone(UTC)).startswith("0 chats opened")

    member.reload()
    member.get_by_role("link", name="Notifications").first.click()
    note = member.get_by_role("link", name=f"“{TITLE}” is open: join the chat")
    assert note.count() == 1
    note.click()
    member.get_by_text("The chat is open").wait_for()
    member.get_by_label("Message").fill(
        "Evening all. On placement we text: it works best for most."
    )
    member.get_by_role("button", name="Post reply").click()
    member.get_by_text("On placement we text: it works best for most.").wait_for()
    assert "Grace (SW student)" in member.locator("#event").inner_text()
    screenshot(member, "event-chat-open-phone")
