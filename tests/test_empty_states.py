"""Every list says, when it is empty, what will appear there and what to do next."""

from __future__ import annotations

import pytest

from forum.accounts.models import MemberType
from tests.factories import make_admin, make_user, sign_in


def empty_state(client, url: str) -> str:
    """The sentence an empty list shows in place of its items."""
    response = client.get(url)
    assert response.status_code == 200, url
    page = response.get_data(as_text=True)
    assert 'empty-state"' in page, url
    return page.split("empty-state")[1].split("</p>")[0]


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/bookmarks", 'Press "Bookmark" on any post'),
        ("/notifications", "You will hear here about replies"),
        ("/messages", "Your conversations will be listed here"),
        ("/connections", "When a member asks to connect with you"),
        ("/members?q=zzqxv", "Try fewer words"),
        ("/search?q=zzqxv", "Try fewer or different words"),
        ("/events", 'fills in "Starts" and "Ends"'),
        ("/s/off-topic", 'Start the conversation with "New topic"'),
        ("/checkins", 'press "Start check-ins"'),
    ],
)
def test_a_new_member_sees_what_each_empty_list_is_for(client, url, says):
    sign_in(client, make_user(member_type=MemberType.practitioner))

    assert says in empty_state(client, url)


def test_an_empty_conversation_list_points_to_connections(client):
    sign_in(client, make_user())

    assert 'href="/connections"' in empty_state(client, "/messages")


def test_a_member_search_with_no_results_offers_the_whole_directory(client):
    sign_in(client, make_user())

    assert 'href="/members"' in empty_state(client, "/members?q=zzqxv")


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/moderation/review", "Posts held by the guard"),
        ("/moderation/reports", "safeguarding concerns at the top"),
        ("/moderation/applications", "New applications appear here, oldest first"),
        ("/moderation/audit?who=nobody-at-all", "Try a wider date range"),
        ("/moderation/watched-words", "Add a word or pattern"),
    ],
)
def test_a_moderator_sees_what_each_empty_queue_is_for(client, url, says):
    sign_in(client, make_admin())

    assert says in empty_state(client, url)
