"""Admin pages for the watched words: the list, adding one, deleting one."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum import policy
from forum.errors import DomainError
from forum.forms import EmptyForm
from forum.review.models import WatchedAction
from moderation.watched_words import services
from moderation.watched_words.forms import WatchedWordForm

bp = Blueprint("moderation_words", __name__, url_prefix="/moderation/watched-words")


@bp.route("", methods=["GET", "POST"])
def index() -> ResponseReturnValue:
    words = services.watched_words(current_user)  # admins only: 404 for anyone else
    form = WatchedWordForm()
    if form.validate_on_submit():
        try:
            word = services.add_watched_word(
                current_user,
                form.pattern.data or "",
                bool(form.is_regex.data),
                WatchedAction(form.action.data),
                form.message.data or "",
            )
        except DomainError as error:
            getattr(form, error.field or "pattern").errors.append(error.message)
        else:
            flash(_("Now watching for “%(word)s”.", word=word.pattern))
            return redirect(url_for("moderation_words.index"))
    status = 422 if form.errors else 200
    return render_template("moderation/watched_words.html", words=words, form=form), status


@bp.post("/<int:word_id>/delete")
def delete(word_id: int) -> ResponseReturnValue:
    policy.require(policy.can_manage_site(current_user))  # 404 before the body is read
    if EmptyForm().validate_on_submit():
        word = services.delete_watched_word(current_user, word_id)
        flash(_("No longer watching for “%(word)s”.", word=word.pattern))
    return redirect(url_for("moderation_words.index"))
