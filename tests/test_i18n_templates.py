"""The pages' own words come from the catalogue: a pseudo-translation shows any word left in English.

Every message `make messages` would extract is "translated" into the same English in
full-width letters (Ｓｐａｃｅｓ). A member who asks for that language must then see no
plain English word in the page's main content except what members wrote (titles, names,
messages) and times, which the time filters write.
"""

from __future__ import annotations

import pytest

from forum.checkins.models import Todo
from forum.extensions import db
from tests.checkins.checkin_helpers import active_checkin, care_leaver, person
from tests.events.helpers import answer, make_event
from tests.factories import make_topic, make_user, sign_in
from tests.pseudo_language import (
    english_left,
    full_width,
    members_words,
    read,
)


def test_the_pseudo_language_really_translates_the_pages(client, pseudo):
    html = read(client, "/sign-in")

    assert f"<h1>{full_width('Sign in')}</h1>" in html
    assert "<h1>Sign in</h1>" not in html


PAGES = [
    "/",
    "/spaces",
    "/s/welcome",
    "/events",
    "/settings",
    "/t/{event}#event",
    "/settings/manager",
    "/checkins/managing",
    "/checkins/overdue",
    "/settings/delete-account",
    "/account/two-factor/set-up",
    "/account/two-factor/recovery-codes",
]


@pytest.mark.parametrize("path", PAGES)
def test_a_members_pages_have_no_english_of_their_own_left(client, pseudo, path):
    member = make_user(display_name="Sam Quill")
    other = make_user(display_name="Ola Brook")
    make_topic(other, "welcome", title="Handover notes", replies=2)
    make_topic(member, "welcome", title="Supervision tips")
    event = make_event(other, title="Peer supervision course")
    answer(event, member)
    answer(event, make_user(display_name="Jo Fenn"))
    sign_in(client, member)

    address, _, within = path.format(event=event.id).partition("#")
    written = ["Sam Quill", "Ola Brook", "Jo Fenn", "Handover notes", "Supervision tips"]
    left = english_left(
        read(client, address),
        [*written, "Peer supervision course", *members_words()],
        within or "main",
    )

    assert left == [], (path, " ".join(left))


@pytest.mark.parametrize("path", ["/checkins", "/checkins/{id}", "/checkins/todos/{todo}"])
def test_check_ins_have_no_english_of_their_own_left(client, pseudo, path):
    leaver = care_leaver(display_name="Kit Rowan")
    worker = person(display_name="Lee Marsh")
    agreement = active_checkin(leaver, worker)
    todo = Todo(
        agreement_id=agreement.id,
        title="Book the dentist",
        assignee_id=worker.id,
        created_by_id=worker.id,
    )
    db.session.add(todo)
    db.session.flush()
    sign_in(client, leaver)

    html = read(client, path.format(id=agreement.id, todo=todo.id))
    left = english_left(html, ["Kit Rowan", "Lee Marsh", "Book the dentist"])

    assert left == [], (path, " ".join(left))


@pytest.mark.parametrize("path", ["/sign-in", "/reset", "/apply/check-your-email"])
def test_a_visitors_pages_have_no_english_of_their_own_left(client, pseudo, path):
    assert english_left(read(client, path), []) == [], path
