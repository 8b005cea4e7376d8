"""Stage 2 of the build: run a notebook's code cells, top to bottom, in a fresh kernel.

Only the build's cache (:mod:`medsos.sitebuild.cache`) decides *whether* a notebook runs;
this module only runs it, with nbclient, storing the widget state so that pages and decks
show working widgets.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

KERNEL = "python3"
TIMEOUT = 300  # seconds a cell may take


def execute(path: str, timeout: int = TIMEOUT) -> tuple[str | None, str | None, float]:
    """Run a notebook in its own folder; return (executed notebook JSON, error, seconds).

    The kernel runs in the notebook's folder because the course reads its language from
    there (``notebooks/en`` speaks English). On a failing cell the error names the
    notebook, the cell number and the exception, in one line, instead of a traceback.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    os.environ.setdefault("MPLBACKEND", "Agg")
    start = time.perf_counter()
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=KERNEL,
        resources={"metadata": {"path": str(Path(path).parent)}},
        store_widget_state=True,
    )
    try:
        client.execute()
    except CellExecutionError as error:
        index = next(
            (
                i
                for i, c in enumerate(nb.cells)
                if any(o.get("output_type") == "error" for o in c.get("outputs", []))
            ),
            None,
        )
        cell = f"cell {index + 1}" if index is not None else "a cell"
        lines = [line for line in str(error).strip().splitlines() if line.strip()]
        return None, f"{path}: {cell}: {lines[-1] if lines else error}", time.perf_counter() - start
    except Exception as error:  # noqa: BLE001 - a kernel that dies must still be reported clearly
        return None, f"{path}: {type(error).__name__}: {error}", time.perf_counter() - start
    return nbformat.writes(nb), None, time.perf_counter() - start
