"""The header in a real browser: one row on a phone, a menu that opens by keyboard."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.accounts.models import User
from forum.extensions import db
from forum.notifications.models import Notification
from tests.browser.conftest import (
    DESKTOP,
    NARROW,
    PHONE,
    SIZES,
    open_menu,
    screenshot,
    scrolls_sideways,
    sign_in,
    signed_in_page,
)

pytestmark = pytest.mark.browser

TABLET = {"viewport": {"width": 800, "height": 1000}}  # just wide enough for the search field
ONE_ROW = 80  # px: a single row of 44 px targets plus the header's padding


def header_height(page) -> float:
    box = page.locator("header.site-header").bounding_box()
    assert box is not None
    return box["height"]


@pytest.mark.parametrize("email", ["careleaver2@example.org", "moderator@example.org"])
def test_on_a_phone_the_header_is_one_row_and_the_menu_holds_the_rest(
    live_site, new_context, signed_in, email
):
    page = signed_in_page(new_context, signed_in, live_site, email, **PHONE)

    assert header_height(page) < ONE_ROW
    assert page.get_by_role("link", name="Search").is_visible()
    assert page.get_by_role("link", name="Notifications").is_visible()
    assert not page.get_by_role("link", name="Settings").is_visible()
    screenshot(page, f"header-phone-{email.split('@')[0]}")

    open_menu(page)
    for name in ("Your profile", "Settings", "Bookmarks", "Messages", "Members", "Spaces"):
        assert page.get_by_role("link", name=name, exact=True).is_visible(), name
    assert page.get_by_role("button", name="Sign out").is_visible()
    assert page.get_by_text("Signed in as").is_visible()
    assert header_height(page) < ONE_ROW  # the open menu lies over the page
    screenshot(page, f"header-phone-{email.split('@')[0]}-menu")


@pytest.mark.parametrize("where", ["phone", "tablet", "desktop"])
def test_a_two_digit_notification_count_still_fits_one_row(
    live_site, new_context, signed_in, where
):
    with live_site.app.app_context():
        ally = db.session.scalar(select(User).where(User.email == "ally@example.org"))
        assert ally is not None
        unread = db.session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.user_id == ally.id, Notification.read_at.is_(None))
        )
        db.session.add_all(
            Notification(user_id=ally.id, kind="reply", text=f"Reply {n}", link="/")
            for n in range(12 - (unread or 0))
        )
        db.session.commit()
    size = TABLET if where == "tablet" else SIZES[where]
    page = new_context(**size, storage_state=signed_in("ally@example.org")).new_page()
    page.goto(f"{live_site.url}/")

    assert page.get_by_role("link", name="Notifications (12 new)").is_visible()
    assert header_height(page) < ONE_ROW
    screenshot(page, f"header-{where}-count")


def test_nothing_scrolls_sideways_at_320_px_with_the_menu_shut_or_open(live_site, new_context):
    page = new_context(**NARROW).new_page()
    sign_in(page, live_site, "careleaver2@example.org")

    assert not scrolls_sideways(page)
    open_menu(page)
    assert not scrolls_sideways(page)
    screenshot(page, "header-320-menu")


def test_signed_out_the_phone_header_offers_sign_in_and_apply(live_site, new_context):
    page = new_context(**NARROW).new_page()
    page.goto(f"{live_site.url}/sign-in")

    header = page.get_by_role("navigation", name="Main")
    assert header.get_by_role("link", name="Sign in").is_visible()
    assert header.get_by_role("link", name="Apply to join").is_visible()
    assert header_height(page) < ONE_ROW
    assert not scrolls_sideways(page)


def test_on_a_desktop_the_header_keeps_the_whole_search_form(live_site, new_context):
    page = new_context(**DESKTOP).new_page()
    sign_in(page, live_site, "careleaver2@example.org")

    assert page.locator("header").get_by_role("button", name="Search").is_visible()
    assert not page.get_by_role("link", name="Search").is_visible()
    assert header_height(page) < ONE_ROW
    screenshot(page, "header-desktop")

    page.get_by_label("Search").fill("placement")
    page.locator("header").get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=placement")
    assert page.locator("header form[role=search]").count() == 0  # the page has its own


def test_the_menu_opens_by_keyboard_and_signs_out(live_site, new_context):
    page = new_context(**PHONE).new_page()
    sign_in(page, live_site, "careleaver2@example.org")

    page.locator("body").focus()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    summary = page.locator("details.account-menu > summary")
    assert page.evaluate("document.activeElement.textContent").strip().startswith("Menu")
    assert summary.evaluate("e => getComputedStyle(e).outlineStyle") != "none"  # focus shows

    page.keyboard.press("Enter")
    assert page.get_by_role("link", name="Settings").is_visible()
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Sign out":
            break
    assert page.evaluate("document.activeElement.textContent") == "Sign out"
    page.keyboard.press("Enter")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Apply to join").wait_for()
    assert not page.get_by_text("Signed in as").count()
