"""On a phone: a care leaver finds a past worker, asks to connect, and they message safely."""

from __future__ import annotations

import pytest

from tests.browser.conftest import PHONE, menu_link, screenshot, sign_in

pytestmark = pytest.mark.browser

WORKER = "Tom, personal adviser"
NAMED = "Do you remember Kayla Mensah from my old placement? She asked after you."
SAFE = "Do you remember my old placement? Someone there asked after you."


def test_care_leaver_reconnects_with_a_past_worker_and_messages(live_site, new_context):
    leaver = new_context(**PHONE).new_page()
    sign_in(leaver, live_site, "careleaver@example.org")
    menu_link(leaver, "Members").click()
    leaver.get_by_label("Search members").fill("Tom")
    leaver.locator("#main").get_by_role("button", name="Search").click()
    screenshot(leaver, "phone-directory")
    leaver.get_by_role("link", name=WORKER).click()
    leaver.get_by_role("heading", name=WORKER).wait_for()
    leaver.get_by_role("link", name="Ask to connect").click()
    leaver.get_by_label("Message").fill("Hi Tom, it's been a while. Hope you're well.")
    leaver.get_by_label("Where and when did you know each other?").fill(
        "You were my PA when I was 18, at the leaving care team."
    )
    leaver.get_by_role("button", name="Send request").click()
    leaver.get_by_text("Request sent").first.wait_for()

    worker = new_context(**PHONE).new_page()
    sign_in(worker, live_site, "adviser@example.org")
    menu_link(worker, "Connections").click()
    worker.get_by_text("You were my PA when I was 18").wait_for()
    worker.get_by_role("button", name="Accept").first.click()

    menu_link(leaver, "Members").click()
    leaver.get_by_label("Search members").fill("Tom")
    leaver.locator("#main").get_by_role("button", name="Search").click()
    leaver.get_by_role("link", name=WORKER).click()
    screenshot(leaver, "phone-profile")
    leaver.get_by_role("link", name="Send a message").click()
    leaver.get_by_label("Message").fill(NAMED)
    leaver.get_by_role("button", name="Send", exact=True).click()
    # The guard marks the child's full name before anything is sent.
    leaver.locator("mark", has_text="Kayla Mensah").first.wait_for()
    screenshot(leaver, "phone-message-marked")
    leaver.get_by_label("Message").fill(SAFE)
    leaver.get_by_role("button", name="Send", exact=True).click()
    leaver.get_by_text(SAFE).wait_for()
    screenshot(leaver, "phone-conversation")

    menu_link(worker, "Messages").click()
    worker.get_by_role("link", name="Skylark").first.click()
    worker.get_by_text(SAFE).wait_for()
    assert "Kayla Mensah" not in worker.content()
