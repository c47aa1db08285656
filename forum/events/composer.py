"""The event details form, read and filled; and its fields on the new-topic page.

The topic and its event are two changes: the details are checked in full
before the topic is written, so saving them afterwards cannot be refused.
"""

from __future__ import annotations

from forum import time_zones
from forum.accounts.models import User
from forum.errors import DomainError
from forum.events import services, times
from forum.events.forms import EventForm
from forum.events.models import Event, PlaceKind
from forum.events.services import EventDetails
from forum.spaces.models import Space
from forum.threads.models import Topic

PREFIX = "event"


def details_from(form: EventForm) -> EventDetails:
    kind = form.place_kind.data or PlaceKind.online.value
    return EventDetails(
        starts=form.starts.data,
        ends=form.ends.data,
        time_zone=form.time_zone.data or "",
        place_kind=PlaceKind(kind) if kind in PlaceKind.__members__ else PlaceKind.online,
        place=form.place.data or "",
        link=form.link.data or "",
        is_chat=bool(form.is_chat.data),
    )


def fill(form: EventForm, event: Event | None, member: User) -> None:
    """The form as saved, on the organiser's clock; a new one in the member's zone."""
    if event is None:
        form.time_zone.data = time_zones.zone_of(member).key
        return
    form.starts.data = times.wall_clock(event.starts_at, event.time_zone)
    form.ends.data = times.wall_clock(event.ends_at, event.time_zone)
    form.time_zone.data = event.time_zone
    form.place_kind.data = event.place_kind.value
    form.place.data = event.place
    form.link.data = event.link
    form.is_chat.data = event.is_chat


def show_error(form: EventForm, error: DomainError) -> None:
    field = getattr(form, error.field or "starts", None) or form.starts
    field.errors = [*field.errors, error.message]


def form_for(space: Space, member: User) -> EventForm | None:
    """The event fields, in a space for events only (optional there: left empty, no event)."""
    if not space.allows_events:
        return None
    # The topic form around these fields carries the CSRF token.
    form = EventForm(prefix=PREFIX, meta={"csrf": False})
    if not form.is_submitted():
        form.time_zone.data = time_zones.zone_of(member).key
    return form


def checked(form: EventForm | None) -> EventDetails | None:
    """The details to save with the topic; None when there are none or they have errors."""
    if form is None or not form.is_submitted() or form.is_empty():
        return None
    if not form.validate():
        return None
    details = details_from(form)
    try:
        services.check_details(details)
    except DomainError as error:
        show_error(form, error)
        return None
    return details


def has_errors(form: EventForm | None) -> bool:
    return form is not None and bool(form.errors)


def attach(actor: User, topic: Topic, details: EventDetails | None) -> None:
    if details is not None:
        services.save_event(actor, topic, details)
