"""JSONL command-line tool: ``python -m forum.confidentiality scan`` < posts.jsonl.

Each input line ``{"id": ..., "text": ...}`` gives exactly one output line, in order,
so outputs can be zipped with inputs: ``{"id": ..., "findings": [...]}``, or
``{"id": ..., "error": "..."}`` for a malformed line (also reported on stderr). A
blank line is malformed too, for the same reason. Input is streamed line by line.
"""

import argparse
import json
import sys
from typing import IO, Any

from .guard import scan


def _result(line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"invalid JSON: {exc.msg}"}
    if not isinstance(record, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": record.get("id"), "error": 'missing or non-string "text"'}
    findings = [{"kind": f.kind, "start": f.start, "end": f.end} for f in scan(text)]
    return {"id": record.get("id"), "findings": findings}


def run_scan(source: IO[str], sink: IO[str], errors: IO[str]) -> None:
    """Scan every line of ``source`` and write one JSON line per input line to ``sink``."""
    for number, raw in enumerate(source, start=1):
        line = raw.rstrip("\r\n")
        result = {"id": None, "error": "blank line"} if not line.strip() else _result(line)
        if "error" in result:
            print(f"line {number}: {result['error']}", file=errors)
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
    sink.flush()


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the chosen command."""
    parser = argparse.ArgumentParser(
        prog="python -m forum.confidentiality", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("scan", help="read JSONL posts on stdin, write findings as JSONL on stdout")
    parser.parse_args(argv)
    sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    run_scan(sys.stdin, sys.stdout, sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
