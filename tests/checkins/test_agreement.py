"""Agreeing to check-ins: either side proposes "Start check-ins", the other accepts; either ends."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.accounts.models import MemberType
from forum.checkins.models import AgreementState, CheckinAgreement
from forum.extensions import db
from tests.checkins.checkin_helpers import (
    active_checkin,
    browser,
    care_leaver,
    connect,
    notes_for,
    page_of,
    person,
)


def agreements() -> list[CheckinAgreement]:
    return list(
        db.session.scalars(select(CheckinAgreement).execution_options(populate_existing=True))
    )


@pytest.fixture
def pair_connected():
    leaver, worker = care_leaver(), person()
    connect(leaver, worker)
    db.session.commit()
    return leaver, worker


def test_a_connected_care_leaver_sees_start_checkins_on_the_workers_profile(app, pair_connected):
    leaver, worker = pair_connected
    page = page_of(browser(app, leaver).get(f"/members/{worker.id}"))
    assert "Start check-ins" in page


@pytest.mark.parametrize("kind", [MemberType.practitioner, MemberType.ally])
def test_no_start_checkins_between_two_practitioners_or_with_an_ally(app, kind):
    worker, other = person(), person(kind)
    connect(worker, other)
    db.session.commit()
    assert "Start check-ins" not in page_of(browser(app, worker).get(f"/members/{other.id}"))
    answer = browser(app, worker).post(f"/members/{other.id}/checkins")
    assert answer.status_code == 302
    assert agreements() == []


def test_not_connected_means_no_button_and_no_checkins(app):
    leaver, worker = care_leaver(), person()
    db.session.commit()
    client = browser(app, leaver)
    client.post(f"/members/{worker.id}/checkins")
    assert agreements() == []
    assert "It isn&#39;t possible to start check-ins" in page_of(client.get("/checkins"))


def test_propose_then_accept_starts_checkins_and_tells_both(app, pair_connected):
    leaver, worker = pair_connected
    answer = browser(app, worker).post(f"/members/{leaver.id}/checkins")
    assert answer.status_code == 302
    (agreement,) = agreements()
    assert agreement.state is AgreementState.proposed
    assert agreement.care_leaver_id == leaver.id
    assert agreement.worker_id == worker.id
    assert f"{worker.display_name} would like to start check-ins with you" in notes_for(leaver)

    # The proposer sees it waiting; the other side sees Accept on the list and the profile.
    assert "Waiting for" in page_of(browser(app, worker).get("/checkins"))
    listing = page_of(browser(app, leaver).get("/checkins"))
    assert "would like to start check-ins with you" in listing
    assert ">Accept<" in listing
    assert ">Accept<" in page_of(browser(app, leaver).get(f"/members/{worker.id}"))
    # The proposer cannot accept their own proposal.
    browser(app, worker).post(f"/checkins/{agreement.id}/accept")
    assert agreements()[0].state is AgreementState.proposed

    accepted = browser(app, leaver).post(f"/checkins/{agreement.id}/accept")
    assert accepted.headers["Location"].endswith(f"/checkins/{agreement.id}")
    assert agreements()[0].state is AgreementState.active
    assert f"{leaver.display_name} started check-ins with you" in notes_for(worker)
    assert "How are things?" in page_of(browser(app, leaver).get(f"/checkins/{agreement.id}"))


def test_both_pressing_start_checkins_starts_them(app, pair_connected):
    leaver, worker = pair_connected
    browser(app, leaver).post(f"/members/{worker.id}/checkins")
    browser(app, worker).post(f"/members/{leaver.id}/checkins")
    (agreement,) = agreements()
    assert agreement.state is AgreementState.active


def test_decline_ends_the_proposal_quietly(app, pair_connected):
    leaver, worker = pair_connected
    browser(app, leaver).post(f"/members/{worker.id}/checkins")
    (agreement,) = agreements()
    browser(app, worker).post(f"/checkins/{agreement.id}/decline")
    assert agreements()[0].state is AgreementState.ended
    assert not any("declined" in n for n in notes_for(leaver))
    # A new proposal later reuses the same row.
    browser(app, leaver).post(f"/members/{worker.id}/checkins")
    (again,) = agreements()
    assert again.id == agreement.id
    assert again.state is AgreementState.proposed


def test_either_side_ends_them_and_the_history_stays_readable(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    from tests.checkins.checkin_helpers import drop_in

    drop_in(browser(app, leaver), agreement.id, "working", "Found a flat viewing.")
    ended = browser(app, worker).post(f"/checkins/{agreement.id}/end")
    assert ended.status_code == 302
    assert agreements()[0].state is AgreementState.ended
    assert f"{worker.display_name} ended check-ins with you" in notes_for(leaver)
    page = page_of(browser(app, leaver).get(f"/checkins/{agreement.id}"))
    assert "Found a flat viewing." in page
    assert "Send check-in" not in page
    assert "Add a to-do" not in page
    # Nothing more can be written.
    client = browser(app, leaver)
    answer = drop_in(client, agreement.id, "working", "Another")
    assert answer.status_code == 302
    page = page_of(client.get(answer.headers["Location"]))
    assert "These check-ins have ended." in page
    assert "Another" not in page


def test_the_list_puts_the_most_overdue_first_with_counts(app):
    from datetime import timedelta

    from forum.checkins.models import Todo
    from forum.extensions import utcnow

    worker = person()
    calm, urgent, proposed = care_leaver(), care_leaver(), care_leaver()
    a_calm = active_checkin(calm, worker)
    a_urgent = active_checkin(urgent, worker)
    connect(proposed, worker)
    db.session.add(
        CheckinAgreement(
            care_leaver_id=proposed.id,
            worker_id=worker.id,
            state=AgreementState.proposed,
            proposed_by_id=proposed.id,
        )
    )
    today = utcnow().date()
    for agreement, due, n in (
        (a_calm, today + timedelta(days=3), 1),
        (a_urgent, today - timedelta(days=5), 2),
    ):
        for i in range(n):
            db.session.add(
                Todo(
                    agreement_id=agreement.id,
                    title=f"Item {i}",
                    assignee_id=worker.id,
                    due_on=due,
                    created_by_id=worker.id,
                )
            )
    db.session.add(
        Todo(agreement_id=a_calm.id, title="Undated", assignee_id=calm.id, created_by_id=calm.id)
    )
    db.session.commit()
    page = page_of(browser(app, worker).get("/checkins"))
    assert (
        page.index(urgent.display_name)
        < page.index(calm.display_name)
        < page.index(proposed.display_name)
    )
    assert "2 open" in page
    assert "2 overdue" in page
    assert "2 open" in page.split(calm.display_name, 1)[1].split("</li>")[0]
    assert "Check-ins" in page_of(browser(app, worker).get("/"))  # in the header
