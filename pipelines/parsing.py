"""One lock for whatever makes CPython parse source code at run time.

Contract: hold ``PARSER`` around ``ast.parse`` and around loading libraries that compile code as
they load (spaCy's pipeline: its registry evaluates annotations).  CPython 3.11's parser is not
safe in two threads at once ("AST constructor recursion depth mismatch"), and Prefect runs
tasks in threads.
"""

from __future__ import annotations

import threading

PARSER = threading.Lock()
