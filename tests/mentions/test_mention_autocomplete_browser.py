"""In a real browser: "@gra" offers Grace, Enter inserts her name, the post links and tells her."""

from __future__ import annotations

import pytest

from forum.demo.seed import DEMO_PASSWORD
from tests.browser.conftest import (  # noqa: F401  (fixtures)
    browser,
    live_site,
    new_context,
    screenshot,
)

pytestmark = pytest.mark.browser

TOPIC = "Welcome to Practice Commons: start here"


def sign_in(page, site, email: str) -> None:
    page.goto(f"{site.url}/sign-in")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Spaces").wait_for()


def test_pick_a_member_from_the_list_by_keyboard(live_site, new_context):  # noqa: F811
    page = new_context().new_page()
    sign_in(page, live_site, "practitioner@example.org")
    page.get_by_role("link", name="Welcome & introductions").click()
    page.get_by_role("link", name=TOPIC).click()
    message = page.get_by_label("Message")
    message.click()
    message.press_sequentially("Thanks @gra")

    listbox = page.get_by_role("listbox", name="Members to mention")
    option = listbox.get_by_role("option", name="Grace (SW student)")
    option.wait_for()
    assert option.get_attribute("aria-selected") == "true"
    assert message.get_attribute("aria-activedescendant") == option.get_attribute("id")
    assert message.get_attribute("aria-controls") == listbox.get_attribute("id")
    page.get_by_role("status").filter(has_text="to mention").wait_for()
    screenshot(page, "mention-list")

    message.press("Enter")
    assert listbox.is_hidden()
    assert message.input_value() == "Thanks @Grace (SW student) "
    picked = page.locator("input[name=mention_ids]").input_value()
    assert picked.isdigit()
    message.press_sequentially("for this.")
    page.get_by_role("button", name="Post reply").click()

    link = page.get_by_role("link", name="@Grace (SW student)")
    link.wait_for()
    assert link.get_attribute("href") == f"/members/{picked}"
    screenshot(page, "mention-posted")

    grace = new_context().new_page()
    sign_in(grace, live_site, "student@example.org")
    grace.goto(f"{live_site.url}/notifications")
    grace.get_by_text(f"Priya N. mentioned you in “{TOPIC}”").wait_for()


def test_escape_closes_the_list_and_a_click_picks(live_site, new_context):  # noqa: F811
    page = new_context().new_page()
    sign_in(page, live_site, "adviser@example.org")
    page.get_by_role("link", name="Welcome & introductions").click()
    page.get_by_role("link", name=TOPIC).click()
    message = page.get_by_label("Message")
    message.click()
    message.press_sequentially("Hello @pri")
    listbox = page.get_by_role("listbox", name="Members to mention")
    listbox.get_by_role("option", name="Priya N.").wait_for()
    message.press("Escape")
    assert listbox.is_hidden()
    message.press_sequentially("ya, ")  # dismissed for this "@": it stays closed
    page.wait_for_timeout(500)
    assert listbox.is_hidden()
    message.press_sequentially("and @pri")
    listbox.get_by_role("option", name="Priya N.").click()
    assert message.input_value() == "Hello @priya, and @Priya N. "
