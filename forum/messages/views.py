"""Private messages: the list, starting a conversation, reading and replying.

Views parse, call one service, then redirect or render. Opening a conversation
moves the reader's position forward after the page is rendered, as topics do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum import markup
from forum.errors import DomainError
from forum.extensions import limiter
from forum.i18n import N_
from forum.messages import queries, services
from forum.messages.forms import MessageForm
from forum.review import screening
from forum.review.screening import Outcome, Screening
from forum.urlvalues import MAX_INT

bp = Blueprint("messages", __name__)

SENDING_LIMIT = "10 per minute;200 per hour"
NEEDS_A_CHOICE = N_(
    "This may identify someone. Edit the highlighted parts, or say why it is safe "
    'to share and press "Send anyway".'
)
SAY_WHY = N_("Say why this is safe to share, or edit the highlighted parts out.")


@dataclass
class Composed:
    """What the composer shows again: a preview, and the guard's findings."""

    preview_html: str | None = None
    screening: Screening | None = None


def _sending_key() -> str:
    return f"user:{current_user.get_id()}"


def _per_page(name: str, default: int) -> int:
    return int(current_app.config.get(name, default))


def _key(name: str) -> int | None:
    """A keyset cursor from the query string; anything else means "from the newest"."""
    value = request.args.get(name, type=int)
    return value if value is not None and 0 < value <= MAX_INT else None


def _recipient_ids() -> list[int]:
    """`?to=` (repeatable) as member ids; what is not an id is dropped, not guessed at."""
    ids = []
    for raw in request.args.getlist("to")[: services.MAX_RECIPIENTS + 1]:
        if raw.isdigit() and 0 < int(raw) <= MAX_INT:
            ids.append(int(raw))
    return ids


@bp.app_template_global()
def unread_messages() -> int:
    """The header's "(N new)": one query, and none for members who have never messaged."""
    if not current_user.is_authenticated or not current_user.is_active_member:
        return 0
    return queries.unread_total(current_user)


def _composed(form: MessageForm) -> tuple[Composed, Any]:
    """Preview, or the service's outcome for the caller to send."""
    if form.preview.data:
        body = form.body.data or ""
        return Composed(markup.render(body), screening.screen(None, body=body)), None
    return Composed(), (form.justification.data or "") if form.send_for_review.data else None


def _needs_a_choice(form: MessageForm, outcome: Outcome[Any]) -> Composed:
    """Nothing was sent: show the findings and what the author can do about them."""
    if form.send_for_review.data:
        form.justification.errors.append(_(SAY_WHY))
    else:
        form.body.errors.append(_(NEEDS_A_CHOICE))
    return Composed(screening=outcome.screening)


def _refused(form: MessageForm, error: DomainError) -> Composed:
    """A form error, with everything typed kept."""
    if error.field and error.field in form:
        form[error.field].errors.append(error.message)
    else:
        form.form_errors.append(error.message)
    return Composed()


@bp.get("/messages")
def index() -> ResponseReturnValue:
    listing = queries.conversation_list(
        current_user, _key("before"), _per_page("CONVERSATIONS_PER_PAGE", 30)
    )
    return render_template("messages/index.html", listing=listing, before=_key("before"))


@bp.route("/messages/new", methods=["GET", "POST"])
@limiter.limit(SENDING_LIMIT, methods=["POST"], key_func=_sending_key)
def new() -> ResponseReturnValue:
    recipient_ids = _recipient_ids()
    try:
        recipients = services.recipients_for(current_user, recipient_ids)
    except DomainError as error:
        if request.method == "GET":
            return render_template("messages/not_possible.html", message=error.message), 404
        recipients = []  # the form says it is not possible, and keeps what was typed
    form = MessageForm()
    composed = Composed()
    if request.method == "GET":
        existing = queries.existing_conversation(current_user, [r.id for r in recipients])
        if existing is not None:
            return redirect(url_for("messages.conversation", item_id=existing, _anchor="reply"))
    elif form.validate_on_submit():
        composed, justification = _composed(form)
        if composed.preview_html is None:
            try:
                outcome = services.start_conversation(
                    current_user,
                    recipient_ids,
                    form.body.data or "",
                    justification=justification,
                )
            except DomainError as error:
                composed = _refused(form, error)
            else:
                if outcome.saved is None:
                    composed = _needs_a_choice(form, outcome)
                else:
                    flash(_("Message sent."))
                    return redirect(_message_url(outcome.saved.conversation_id, outcome.saved.id))
    status = 422 if form.errors else 200
    return render_template(
        "messages/new.html",
        form=form,
        composed=composed,
        recipients=recipients,
        action=url_for("messages.new", to=recipient_ids),
    ), status


def _message_url(conversation_id: int, message_id: int) -> str:
    return url_for("messages.conversation", item_id=conversation_id, _anchor=f"m{message_id}")


@bp.get("/messages/<int:item_id>")
def conversation(item_id: int) -> ResponseReturnValue:
    page = queries.conversation_page(
        current_user, item_id, _key("before"), _key("after"), _per_page("MESSAGES_PER_PAGE", 50)
    )
    html = _conversation(page, MessageForm(formdata=None), Composed())
    # After rendering: the commit would otherwise expire what the template reads.
    if page.messages:
        services.record_reading(
            current_user,
            item_id,
            page.messages[-1].message.id,
            read_so_far=page.last_read_message_id,
        )
    return html


def _conversation(page: queries.ConversationPage, form: MessageForm, composed: Composed) -> str:
    return render_template("messages/conversation.html", page=page, form=form, composed=composed)


@bp.post("/messages/<int:item_id>")
@limiter.limit(SENDING_LIMIT, key_func=_sending_key)
def send(item_id: int) -> ResponseReturnValue:
    queries.membership(current_user, item_id)  # 404 before anything else
    form = MessageForm()
    composed = Composed()
    if form.validate_on_submit():
        composed, justification = _composed(form)
        if composed.preview_html is None:
            try:
                outcome = services.send_message(
                    current_user, item_id, form.body.data or "", justification=justification
                )
            except DomainError as error:
                composed = _refused(form, error)
            else:
                if outcome.saved is None:
                    composed = _needs_a_choice(form, outcome)
                else:
                    flash(_("Message sent."))
                    return redirect(_message_url(item_id, outcome.saved.id))
    page = queries.conversation_page(
        current_user, item_id, None, None, _per_page("MESSAGES_PER_PAGE", 50)
    )
    return _conversation(page, form, composed), 422 if form.errors else 200


@bp.post("/messages/check")
@limiter.limit("60 per minute", key_func=_sending_key)
def live_check() -> ResponseReturnValue:
    """The composer's check as you type (JavaScript only): findings, never saved."""
    data = request.get_json(silent=True)
    body = str(data.get("body") or "")[:20000] if isinstance(data, dict) else ""
    checked = screening.screen(None, body=body)
    blocking = set(checked.blocking)
    return {
        "must_hold": checked.must_hold,
        "findings": [
            {
                "field": f.field,
                "kind": f.kind,
                "start": f.start,
                "end": f.end,
                "text": body[f.start : f.end],
                "reason": f.reason,
                "holds": f in blocking,
            }
            for f in checked.findings
        ],
    }
