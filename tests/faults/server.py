"""The forum for a gunicorn the fault tests start and kill: `gunicorn 'tests.faults.server:create()'`.

Its database and folder come from FAULTS_DATABASE_URL and FAULTS_TMP.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask

from tests.faults.support import build_app


def create() -> Flask:
    return build_app(os.environ["FAULTS_DATABASE_URL"], Path(os.environ["FAULTS_TMP"]))
