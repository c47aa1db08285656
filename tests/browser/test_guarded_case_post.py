"""A practitioner's case post is caught by the guard, edited, justified and published by a moderator."""

from __future__ import annotations

import pytest

from tests.browser.conftest import menu_link, open_space, screenshot, sign_in, signed_in_page

pytestmark = pytest.mark.browser

TITLE = "Sibling contact after a move"


def test_guard_marks_edit_justify_and_moderator_publishes(live_site, new_context, signed_in):
    writer = new_context().new_page()
    sign_in(writer, live_site, "adviser@example.org")
    open_space(writer, "Case discussion (anonymised)")
    writer.get_by_role("link", name="New topic").click()
    writer.get_by_text("Practitioners only can read this").wait_for()
    writer.get_by_label("Title").fill(TITLE)
    writer.get_by_label("Message").fill(
        "Jayden moved placement last month and misses his younger sister.\n\n"
        "He was born 03/04/2011. How do others keep sibling contact going?"
    )
    # With JavaScript, the check runs as you type, before any button is pressed.
    writer.locator(".live-check mark", has_text="Jayden").wait_for()
    writer.get_by_role("button", name="Preview").click()

    marks = writer.locator(".guard-text mark")
    marks.first.wait_for()
    assert marks.all_inner_texts() == ["Jayden", "03/04/2011"]
    writer.get_by_text("This looks like a person's name.").first.wait_for()
    writer.get_by_text("This looks like a date of birth.").first.wait_for()
    screenshot(writer, "guard-preview")

    # Edit the date of birth out; keep the (invented) name and say why.
    writer.get_by_label("Message").fill(
        "Jayden moved placement last month and misses his younger sister.\n\n"
        "How do others keep sibling contact going?"
    )
    writer.get_by_role("button", name="Post topic").click()
    assert writer.locator(".guard-text mark").all_inner_texts() == ["Jayden"]
    writer.get_by_label("Why is this safe to share?").fill("Jayden is not his real name.")
    writer.get_by_role("button", name="Send for review").click()
    writer.get_by_role("heading", name=TITLE).wait_for()
    writer.locator(".badge", has_text="Held for review").wait_for()
    screenshot(writer, "guard-held")

    moderator = signed_in_page(new_context, signed_in, live_site, "moderator@example.org")
    menu_link(moderator, "Moderation").click()
    moderator.get_by_role("link", name="Review queue").click()
    item = moderator.locator("article", has_text=TITLE)
    item.locator("mark", has_text="Jayden").first.wait_for()
    item.get_by_text("Jayden is not his real name.").wait_for()
    screenshot(moderator, "review-queue")
    item.get_by_role("button", name="Publish").click()
    moderator.get_by_text("Published.").wait_for()

    reader = new_context().new_page()
    sign_in(reader, live_site, "practitioner@example.org")
    open_space(reader, "Case discussion (anonymised)")
    reader.get_by_role("link", name=TITLE).click()
    reader.get_by_text("misses his younger sister").wait_for()
    assert reader.locator(".badge", has_text="Held for review").count() == 0
