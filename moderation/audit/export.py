"""The audit log as CSV, safe to open in a spreadsheet.

Display names and reasons are typed by people; a cell that starts with "=" (or
"+", "-", "@", a tab or a carriage return) would run as a formula in Excel or
LibreOffice, so such a cell is prefixed with a single quote (OWASP's advice).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from flask_babel import gettext as _

from forum.i18n import N_
from moderation.audit.queries import AuditRow

HEADER = (
    N_("When (UTC)"),
    N_("Who"),
    N_("Action"),
    N_("Action code"),
    N_("Target"),
    N_("Target type"),
    N_("Target id"),
    N_("Reason"),
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_lines(rows: Iterable[AuditRow]) -> Iterator[str]:
    """The header, then one line per entry, each line as it will be sent."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(cells: Iterable[object]) -> str:
        writer.writerow([safe_cell(cell) for cell in cells])
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield line(_(title) for title in HEADER)
    for row in rows:
        entry = row.entry
        yield line(
            (
                entry.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                entry.actor.display_name,
                row.action,
                entry.action,
                row.target.label,
                entry.target_type,
                entry.target_id,
                entry.reason,
            )
        )
