"""Error pages help the reader on and reveal nothing: not what exists, not member pages to visitors."""

from __future__ import annotations

import pytest
from werkzeug.exceptions import Forbidden

from forum.accounts.models import AccountStatus
from tests.factories import make_moderator, make_topic, make_user, sign_in

MEMBER_LINKS = ('href="/search"', 'href="/members"', 'href="/settings"', "Signed in as")


def main_of(response) -> str:
    return response.get_data(as_text=True).split('<main id="main"')[1].split("</main>")[0]


def test_a_topic_the_member_may_not_see_answers_exactly_like_one_that_never_was(client):
    moderators_only = make_topic(make_moderator(), "moderators")
    sign_in(client, make_user())

    hidden = client.get(f"/t/{moderators_only.id}")
    missing = client.get("/t/987654")

    assert hidden.status_code == missing.status_code == 404
    assert hidden.get_data() == missing.get_data()
    assert "Page not found" in main_of(missing)


def test_a_members_404_offers_home_search_members_and_the_safety_page(client):
    sign_in(client, make_user())

    page = main_of(client.get("/no-such-page"))

    for link in ('href="/"', 'href="/search"', 'href="/members"', 'href="/safety"'):
        assert link in page
    assert "/no-such-page" not in page


def test_a_visitors_404_offers_sign_in_and_no_member_pages(client):
    response = client.get("/no-such-page")
    page = response.get_data(as_text=True)

    assert response.status_code == 404
    assert 'href="/sign-in"' in main_of(response)
    assert 'href="/safety"' in main_of(response)
    for link in MEMBER_LINKS:
        assert link not in page


def test_an_applicants_error_page_points_to_their_application_not_member_pages(client):
    applicant = make_user(status=AccountStatus.pending)
    sign_in(client, applicant)

    response = client.get("/no-such-page")
    page = main_of(response)

    assert response.status_code == 404
    assert '<a href="/status">Your application</a>' in page
    for link in MEMBER_LINKS[:2]:
        assert link not in page


@pytest.fixture
def failing_safety_page(app, monkeypatch):
    """The safety page made to fail the given way, for one test."""

    def make(error: Exception) -> None:
        def broken():
            raise error

        monkeypatch.setitem(app.view_functions, "pages.safety", broken)

    return make


def test_a_403_says_what_may_have_happened_and_where_to_go(client, failing_safety_page):
    failing_safety_page(Forbidden())
    sign_in(client, make_user())

    response = client.get("/safety")
    page = main_of(response)

    assert response.status_code == 403
    assert "<h1>You can&#39;t do that</h1>" in page
    assert 'href="/"' in page


def test_a_500_blames_the_site_and_shows_nothing_of_the_failure(client, failing_safety_page):
    failing_safety_page(RuntimeError("database password is hunter2"))
    sign_in(client, make_user())

    response = client.get("/safety")
    page = response.get_data(as_text=True)

    assert response.status_code == 500
    assert "Something went wrong on our side" in page
    assert "It is not something you did." in page
    assert "hunter2" not in page
    assert "Traceback" not in page
    assert 'href="/safety"' in main_of(response)
