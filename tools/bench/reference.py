"""The reference page: about the least a Flask page that reads a database can cost.

One query for 20 rows through a pooled SQLAlchemy engine, rendered by a Jinja
template, served by the same gunicorn settings on the same data in the same run.
Every page of the site is reported as a ratio to it, which is steadier across
machines than requests per second.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, render_template
from sqlalchemy import create_engine, text

#: The newest 20 topics by primary key: one indexed read, as cheap as a list page can be.
QUERY = text("SELECT id, title, post_count, last_post_at FROM topics ORDER BY id DESC LIMIT 20")


def create_app() -> Flask:
    """gunicorn 'tools.bench.reference:create_app()', on DATABASE_URL."""
    app = Flask(__name__, template_folder=str(Path(__file__).parent / "templates"))
    engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)

    @app.get("/")
    def latest() -> str:
        with engine.connect() as conn:
            rows = conn.execute(QUERY).all()
        return render_template("reference.html", rows=rows)

    return app
