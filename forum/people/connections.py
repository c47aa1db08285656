"""Reconnect requests, disconnecting and blocking: consent on both sides, silence for the blocked.

Nothing about a member reaches another before they say "Accept" but the
asker's display name and what the asker wrote. Refusals that could reveal
something (yourself, someone you may not find, a connection that already
exists) share one plain answer. What must stay silent looks sent: a request to
someone who blocked the asker is stored already declined (never shown to them,
never announced), and asking again while a request waits, or within 30 days
of a decline, changes nothing and reads exactly like a request sent.

Answers are conditional UPDATEs on the request's state, so when two tabs
answer at once exactly one wins.
"""

from __future__ import annotations

from datetime import timedelta

from flask_babel import gettext as _
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from forum import policy
from forum.accounts.models import User
from forum.checkins import agreements as checkins
from forum.errors import DomainError, NotVisible
from forum.extensions import db, utcnow
from forum.i18n import N_
from forum.notifications import services as notifications
from forum.people import relations
from forum.people.connection_queries import in_contact, latest_between
from forum.people.models import Block, Connection, ConnectionState
from forum.review import screening
from forum.review.screening import Outcome, Verdict
from forum.urls import path_for

REQUEST_IMPOSSIBLE = N_("It isn't possible to send this request.")
IMPOSSIBLE = N_("That isn't possible.")
YOU_BLOCKED = N_("You have blocked this member. Unblock them to ask to connect.")
ANSWERED = N_("This request has already been answered.")
NOT_CONNECTED = N_("You are not connected to this member.")

WAIT_AFTER_DECLINE = timedelta(days=30)
LIVE = (ConnectionState.pending, ConnectionState.accepted)


def _waits_after_decline(latest: Connection, actor: User) -> bool:
    """The actor asked, was declined, and 30 days have not passed: a new request would nag."""
    return (
        latest.state is ConnectionState.declined
        and latest.requester_id == actor.id
        and latest.decided_at is not None
        and utcnow() - latest.decided_at < WAIT_AFTER_DECLINE
    )


def ask_to_connect(
    actor: User,
    member: User | None,
    message: str,
    how_we_know: str = "",
    *,
    justification: str | None = None,
) -> Outcome[Connection | None]:
    """Ask a member to connect; `saved` is the request they will see, or None when nothing arrives.

    `member` is None for an id that matches nobody: it is refused exactly like
    yourself or someone you may not find. The guard reads the message first, as
    in every private place: findings wait for the asker to edit them out or say
    why they are safe (verdict needs_justification); a request is never held.
    Otherwise the caller shows "Request sent", whether or not anything arrives.
    """
    if member is None or not member.is_active_member:
        raise DomainError(None, _(REQUEST_IMPOSSIBLE))
    if not policy.can_ask_to_connect(actor, member):
        raise DomainError(None, _(REQUEST_IMPOSSIBLE))
    message = message.strip()
    if not message:
        raise DomainError(
            "message", _("Write a message: it is all they will see besides your name.")
        )
    how_we_know = how_we_know.strip() if policy.says_how_we_know(actor) else ""
    checked = screening.screen_private(
        [actor.display_name, member.display_name], message=message, how_we_know=how_we_know
    )
    verdict = screening.guard_verdict(checked, justification, private=True)
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    latest = latest_between(actor, member)
    if latest is not None and latest.state in LIVE:
        if latest.state is ConnectionState.pending and latest.requester_id == actor.id:
            return Outcome(
                verdict, checked
            )  # already waiting: looks sent again, as after a decline
        raise DomainError(None, _(REQUEST_IMPOSSIBLE))
    if relations.has_blocked(actor, member):
        raise DomainError(None, _(YOU_BLOCKED))  # the actor's own block: nothing to hide from them
    if latest is not None and _waits_after_decline(latest, actor):
        return Outcome(verdict, checked)
    silenced = relations.has_blocked(member, actor)
    low, high = relations.pair(actor.id, member.id)
    request = Connection(
        requester_id=actor.id,
        recipient_id=member.id,
        low_id=low,
        high_id=high,
        message=message,
        how_we_know=how_we_know,
        justification=(justification or "").strip() if checked.must_hold else "",
        # Blocked: declined at once, so it is never shown to them and waits 30 days like a decline.
        state=ConnectionState.declined if silenced else ConnectionState.pending,
        decided_at=utcnow() if silenced else None,
    )
    db.session.add(request)
    try:
        db.session.flush()
    except IntegrityError:  # they asked us at the same moment: their request stands
        db.session.rollback()
        raise DomainError(None, _(REQUEST_IMPOSSIBLE)) from None
    if not silenced:
        _announce_request(actor, member)
    db.session.commit()
    return Outcome(verdict, checked, None if silenced else request)


def _announce_request(asker: User, member: User) -> None:
    """Only the asker's display name travels: the rest waits on the requests page."""
    notifications.notify(
        member.id,
        "connection_request",
        _("%(name)s asked to connect with you", name=asker.display_name),
        path_for("connections.index"),
        template="connection_request",  # by email too, if they chose it
        asker_name=asker.display_name,
    )


def _answer(actor: User, connection_id: int, state: ConnectionState) -> Connection:
    """Move a request to me from pending to `state`; the other tab's answer loses."""
    request = db.session.get(Connection, connection_id)
    if request is None or request.recipient_id != actor.id:
        raise NotVisible()
    result = db.session.execute(
        update(Connection)
        .where(
            Connection.id == connection_id,
            Connection.recipient_id == actor.id,
            Connection.state == ConnectionState.pending,
        )
        .values(state=state, decided_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        db.session.rollback()
        raise DomainError(None, _(ANSWERED))
    db.session.refresh(request)
    return request


def accept_request(actor: User, connection_id: int) -> User:
    """Say yes: the two are connected, and the asker hears so. Returns the asker."""
    request = _answer(actor, connection_id, ConnectionState.accepted)
    asker = db.session.get(User, request.requester_id)
    assert asker is not None  # a foreign key
    notifications.notify(
        asker.id,
        "connection_accepted",
        _("%(name)s accepted your request to connect", name=actor.display_name),
        path_for("connections.index"),
        template="connection_accepted",  # by email too, if they chose it and are in good standing
        member_name=actor.display_name,
    )
    db.session.commit()
    return asker


def decline_request(actor: User, connection_id: int) -> User:
    """Say no, silently: the asker still reads "Request sent". Returns the asker."""
    request = _answer(actor, connection_id, ConnectionState.declined)
    db.session.commit()
    asker = db.session.get(User, request.requester_id)
    assert asker is not None
    return asker


def disconnect(actor: User, member: User | None) -> None:
    """Either side ends a connection; nobody is notified."""
    if member is None:
        raise DomainError(None, _(NOT_CONNECTED))
    if not _end_connection(actor, member, ConnectionState.accepted):
        db.session.rollback()
        raise DomainError(None, _(NOT_CONNECTED))
    db.session.commit()


def _end_connection(actor: User, member: User, *states: ConnectionState) -> int:
    """End the pair's connections in these states (and their check-ins); how many there were."""
    checkins.end_with_connection(actor, member)
    low, high = relations.pair(actor.id, member.id)
    result = db.session.execute(
        update(Connection)
        .where(
            Connection.low_id == low,
            Connection.high_id == high,
            Connection.state.in_(states),
        )
        .values(state=ConnectionState.ended, ended_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def block_member(actor: User, member: User | None) -> None:
    """Silence a member everywhere; they are never told.

    A connection between the two ends quietly, and their waiting request to the
    actor is declined (so it never shows, even after an unblock); the actor's
    own waiting request is withdrawn.
    """
    if member is None or not policy.can_block(actor, member, in_contact=in_contact(actor, member)):
        raise DomainError(None, _(IMPOSSIBLE))
    if relations.has_blocked(actor, member):
        return
    low, high = relations.pair(actor.id, member.id)
    db.session.execute(
        update(Connection)
        .where(
            Connection.low_id == low,
            Connection.high_id == high,
            Connection.requester_id == member.id,
            Connection.state == ConnectionState.pending,
        )
        .values(state=ConnectionState.declined, decided_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    _end_connection(actor, member, *LIVE)
    db.session.add(Block(blocker_id=actor.id, blocked_id=member.id))
    try:
        db.session.commit()
    except IntegrityError:  # another tab blocked them a moment ago: done either way
        db.session.rollback()


def unblock_member(actor: User, member: User | None) -> None:
    """Lift a block. What was ended or declined while it stood stays so."""
    if member is None:
        raise DomainError(None, _(IMPOSSIBLE))
    result = db.session.execute(
        delete(Block)
        .where(Block.blocker_id == actor.id, Block.blocked_id == member.id)
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        db.session.rollback()
        if not policy.can_block(actor, member, in_contact=in_contact(actor, member)):
            raise DomainError(None, _(IMPOSSIBLE))
        return
    db.session.commit()
