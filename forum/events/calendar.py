"""The "Add to calendar" file: one VEVENT, in the organiser's zone with its VTIMEZONE.

Times carry the organiser's TZID, with the zone's rules inside the file as
RFC 5545 asks, so a calendar shows the right moment on both sides of a clock
change. The UID is fixed per topic: downloading again updates the same entry,
and SEQUENCE (seconds since the details were first saved) says which is newer.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

import icalendar
from flask import current_app

from forum import time_zones
from forum.events.models import Event
from forum.threads.models import Topic
from forum.urls import absolute_url

PRODID = "-//Practice Commons//Events//EN"


def uid_for(topic_id: int) -> str:
    host = urlsplit(current_app.config["BASE_URL"]).hostname or "localhost"
    return f"event-{topic_id}@{host}"


def file_name(topic: Topic) -> str:
    return f"event-{topic.id}.ics"


def ics_for(event: Event, topic: Topic) -> bytes:
    zone = time_zones.zone_named(event.time_zone)
    link = absolute_url("threads.topic", topic_id=topic.id)
    description = link if not event.link else f"{link}\n\nBook or read more: {event.link}"
    entry = icalendar.Event.new(
        uid=uid_for(topic.id),
        summary=topic.title,
        start=event.starts_at.astimezone(zone),
        end=event.ends_at.astimezone(zone),
        stamp=event.updated_at,
        sequence=max(int((event.updated_at - event.created_at).total_seconds()), 0),
        description=description,
        location=event.place or event.place_kind.label,
        url=link,
    )
    calendar = icalendar.Calendar.new(prodid=PRODID, method="PUBLISH", subcomponents=[entry])
    calendar.add_missing_timezones(
        first_date=(event.starts_at - timedelta(days=366)).date(),
        last_date=(event.ends_at + timedelta(days=366)).date(),
    )
    return bytes(calendar.to_ical())
