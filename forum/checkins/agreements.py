"""Agreeing to check-ins: either side proposes, the other accepts or declines, either ends them.

A disconnect or a block ends them too, quietly. Every answer is a conditional
UPDATE, so two presses at once settle on one state.
"""

from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from forum import policy
from forum.accounts.models import MemberType, User
from forum.checkins import queries, services
from forum.checkins.models import AgreementState, CheckinAgreement
from forum.checkins.services import ANSWERED, ENDED, NOT_POSSIBLE
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.people import relations


def propose_checkins(actor: User, other: User | None) -> CheckinAgreement:
    """ "Start check-ins": proposed to the other side, or started if they proposed first."""
    connected = other is not None and relations.are_connected(actor, other)
    if other is None or not policy.can_start_checkins(actor, other, connected=connected):
        raise DomainError(None, _(NOT_POSSIBLE))
    leaver, worker = (
        (actor, other) if actor.member_type is MemberType.care_leaver else (other, actor)
    )
    agreement = queries.agreement_between(leaver.id, worker.id)
    if agreement is not None and agreement.state is AgreementState.active:
        return agreement
    if agreement is not None and agreement.state is AgreementState.proposed:
        if agreement.proposed_by_id == actor.id:
            return agreement  # already waiting for them
        return accept_checkins(actor, agreement.id)
    now = utcnow()
    if agreement is None:
        agreement = CheckinAgreement(care_leaver_id=leaver.id, worker_id=worker.id)
        db.session.add(agreement)
    agreement.state = AgreementState.proposed
    agreement.proposed_by_id = actor.id
    agreement.proposed_at = now
    agreement.ended_at = agreement.ended_by_id = None
    try:
        db.session.flush()
    except IntegrityError:  # both pressed at the same moment: theirs stands
        db.session.rollback()
        raise DomainError(None, _(ANSWERED)) from None
    services.tell(
        other,
        _("%(name)s would like to start check-ins with you", name=actor.display_name),
        agreement.id,
    )
    db.session.commit()
    return agreement


def _settle(agreement_id: int, from_states: tuple[AgreementState, ...], **values: object) -> bool:
    result = db.session.execute(
        update(CheckinAgreement)
        .where(CheckinAgreement.id == agreement_id, CheckinAgreement.state.in_(from_states))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount) == 1  # type: ignore[attr-defined]


def end_with_connection(actor: User, member: User) -> None:
    """A disconnect or a block ends the pair's check-ins too, quietly (no commit).

    Check-ins need a connection; like the connection, they end without a
    word to the other side, and their history stays readable to both.
    """
    pairs = [(actor.id, member.id), (member.id, actor.id)]
    for care_leaver_id, worker_id in pairs:
        db.session.execute(
            update(CheckinAgreement)
            .where(
                CheckinAgreement.care_leaver_id == care_leaver_id,
                CheckinAgreement.worker_id == worker_id,
                CheckinAgreement.state.in_((AgreementState.proposed, AgreementState.active)),
            )
            .values(state=AgreementState.ended, ended_at=utcnow(), ended_by_id=actor.id)
            .execution_options(synchronize_session=False)
        )


def accept_checkins(actor: User, agreement_id: int) -> CheckinAgreement:
    """The side that did not propose says yes; both must still be connected."""
    agreement = queries.visible_agreement(actor, agreement_id)
    if agreement.state is not AgreementState.proposed or agreement.proposed_by_id == actor.id:
        raise DomainError(None, _(ANSWERED))
    other = queries.other_side(agreement, actor)
    connected = relations.are_connected(actor, other)
    if not policy.can_start_checkins(actor, other, connected=connected):
        raise DomainError(None, _(NOT_POSSIBLE))
    if not _settle(
        agreement.id, (AgreementState.proposed,), state=AgreementState.active, started_at=utcnow()
    ):
        db.session.rollback()
        raise DomainError(None, _(ANSWERED))
    services.tell(
        other, _("%(name)s started check-ins with you", name=actor.display_name), agreement.id
    )
    db.session.commit()
    db.session.refresh(agreement)
    return agreement


def decline_checkins(actor: User, agreement_id: int) -> None:
    """The side that was asked says no; the proposer is not told, as with connections."""
    agreement = queries.visible_agreement(actor, agreement_id)
    if agreement.proposed_by_id == actor.id or not _settle(
        agreement.id,
        (AgreementState.proposed,),
        state=AgreementState.ended,
        ended_at=utcnow(),
        ended_by_id=actor.id,
    ):
        db.session.rollback()
        raise DomainError(None, _(ANSWERED))
    db.session.commit()


def end_checkins(actor: User, agreement_id: int) -> None:
    """Either side ends them (or withdraws a proposal); the history stays readable to both."""
    agreement = queries.visible_agreement(actor, agreement_id)
    if not _settle(
        agreement.id,
        (AgreementState.proposed, AgreementState.active),
        state=AgreementState.ended,
        ended_at=utcnow(),
        ended_by_id=actor.id,
    ):
        db.session.rollback()
        raise DomainError(None, _(ENDED))
    if agreement.state is AgreementState.active:
        services.tell(
            queries.other_side(agreement, actor),
            _("%(name)s ended check-ins with you", name=actor.display_name),
            agreement.id,
        )
    db.session.commit()
