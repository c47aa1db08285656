"""The site answers, and only members get past the sign-in page."""

from __future__ import annotations

from tests.factories import make_user, sign_in


def test_visitor_is_sent_to_sign_in(client):
    response = client.get("/")
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


def test_member_sees_the_spaces_their_audience_admits(client):
    member = make_user()
    sign_in(client, member)
    page = client.get("/").get_data(as_text=True)
    assert "Case discussion (anonymised)" in page
    assert "Care leavers&#39; lounge" not in page
    assert "Moderators&#39; room" not in page
