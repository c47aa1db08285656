""" "How we keep this space safe": readable before joining, linked from every page and the apply form."""

from __future__ import annotations

import pytest

from tests.factories import make_user, sign_in


def text(response) -> str:
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_a_visitor_reads_the_safety_page_without_signing_in(client):
    page = text(client.get("/safety"))

    assert '<h1 id="safety-title">How we keep this space safe</h1>' in page
    for section in (
        "Confidentiality",
        "Posting anonymously",
        "The confidentiality guard",
        "Moderation",
        "Reporting a problem",
        "Your data",
    ):
        assert f">{section}</h2>" in page
    assert 'href="/apply"' in page


@pytest.mark.parametrize(
    "words",
    [
        '"Post anonymously"',
        '"Reveal author"',
        '"Why is this safe to share?"',
        '"Held for review"',
        "Private text is never held and never goes to the review queue",
        '"Report"',
        '"Reason"',
        '"Details"',
        '"Send report"',
        "every moderator is emailed at once",
        '"Audit log"',
        '"Download my data"',
        '"Delete my account"',
    ],
)
def test_the_safety_page_uses_the_words_members_see_on_the_buttons(client, words):
    assert words in text(client.get("/safety"))


def test_a_visitor_sees_no_link_only_members_can_open(client):
    page = text(client.get("/safety"))

    assert 'href="/settings"' not in page
    assert "Signed in as" not in page


def test_a_member_reads_it_too_with_a_link_to_their_settings(client):
    sign_in(client, make_user())

    page = text(client.get("/safety"))

    assert 'href="/settings"' in page
    assert 'href="/apply"' not in page


@pytest.mark.parametrize("url", ["/sign-in", "/apply", "/guidelines", "/no-such-page"])
def test_every_page_links_to_it_from_the_footer(client, url):
    page = client.get(url).get_data(as_text=True)
    footer = page.split('<footer class="site-footer')[1]

    assert '<a href="/safety">How we keep this space safe</a>' in footer


def test_the_apply_form_links_to_it_beside_the_guidelines(client):
    page = text(client.get("/apply"))
    form = page.split("<form")[1].split("</form>")[0]

    assert 'href="/safety"' in form
    assert form.index('href="/safety"') > form.index("I agree to the community guidelines")
