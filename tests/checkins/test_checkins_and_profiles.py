"""Check-ins and the people pages: a disconnect or a block ends them; "Name as my manager"."""

from __future__ import annotations

import pytest

from forum.checkins.models import AgreementState
from forum.extensions import db
from tests.checkins.checkin_helpers import (
    active_checkin,
    browser,
    care_leaver,
    notes_for,
    person,
)


@pytest.mark.parametrize("action", ["disconnect", "block"])
@pytest.mark.parametrize("who", ["care leaver", "worker"])
def test_ending_the_connection_ends_check_ins_without_a_word(app, action, who):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)  # connects them too
    actor, other = (leaver, worker) if who == "care leaver" else (worker, leaver)
    before = notes_for(other)
    response = browser(app, actor).post(f"/members/{other.id}/{action}")
    assert response.status_code in (302, 303)
    db.session.expire_all()
    assert agreement.state is AgreementState.ended
    assert agreement.ended_by_id == actor.id
    assert notes_for(other) == before  # nobody is told
    # The history stays readable to both.
    assert browser(app, other).get(f"/checkins/{agreement.id}").status_code == 200


def test_a_practitioner_can_name_another_as_manager_from_their_profile(app):
    worker, manager, leaver = person(), person(), care_leaver()
    db.session.commit()
    page = browser(app, worker).get(f"/members/{manager.id}").get_data(as_text=True)
    assert "Name as my manager" in page
    assert f"/settings/manager?member={manager.id}" in page
    confirm = browser(app, worker).get(f"/settings/manager?member={manager.id}")
    assert confirm.status_code == 200
    assert manager.display_name in confirm.get_data(as_text=True)
    # Nobody else gets the link: a care leaver, or anyone looking at a care leaver.
    assert "Name as my manager" not in browser(app, leaver).get(f"/members/{manager.id}").get_data(
        as_text=True
    )
    assert "Name as my manager" not in browser(app, worker).get(f"/members/{leaver.id}").get_data(
        as_text=True
    )
