"""Where labels and legends go on a chart, so that they never sit on the data.

Pure geometry, in *axes fractions* (0–1 across and up the plot area), used by
:class:`medsos.charts.Chart`; nothing here draws. Two problems, one module:

* **Milestone labels** on a time axis (:func:`place_labels`): each label sits in one of
  a few rows above the curve, over its own leader line, never overlapping another
  label nor covering another label's leader line. A label that finds no room is
  ``None`` (the chart numbers it and spells it out in the caption).
* **The legend's corner** (:func:`quiet_corner`): of the four corners (and the middle
  of each side), the one where fewest drawn points fall; ``None`` when every one is
  occupied, and the chart then puts its legend outside the plot area.

Fixed rules instead of matplotlib's ``loc="best"``: "best" costs about 20 ms a draw on
long series, and widgets aim to redraw in under 100 ms.

>>> place_labels([(0.2, 0.3), (0.3, 0.3)])  # the second label goes one row down
[(0, 0.196), (1, 0.296)]
>>> quiet_corner([(0.1, 0.9), (0.9, 0.9), (0.1, 0.1)], (0.3, 0.2))
'lower right'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

LANES = 4  # at most this many rows of milestone labels above the curve
GAP = 0.012  # free space between two labels in a row (axes fraction)

# Candidate places for a legend, in order of preference when two are equally free.
CORNERS: tuple[str, ...] = (
    "upper right",
    "upper left",
    "lower right",
    "lower left",
    "center right",
    "center left",
)


def place_labels(spots: Sequence[tuple[float, float]]) -> list[tuple[int, float] | None]:
    """Rows for labels given as (x of the leader line, width): (row, left edge) or None.

    A label starts at its leader line and runs right; if that collides or leaves the
    chart, it ends at the line, or slides along so that it stays inside the chart
    (always over its own line). Row 0 is the top one. A label must not cover another
    label's leader line (which runs up through the rows below its own), nor may its own
    leader run through a label below it. The highest free row wins. Labels are placed
    left to right and right to left; the better of the two is kept.
    """
    forward = _place_in_order(spots, range(len(spots)))
    backward = _place_in_order(spots, range(len(spots) - 1, -1, -1))

    def cost(placed: list[tuple[int, float] | None]) -> tuple[int, int]:
        return (sum(p is None for p in placed), max((p[0] for p in placed if p), default=0))

    return forward if cost(forward) <= cost(backward) else backward


def _place_in_order(
    spots: Sequence[tuple[float, float]], order: Iterable[int]
) -> list[tuple[int, float] | None]:
    boxes: list[tuple[int, float, float]] = []  # (row, left, right)
    leaders: list[tuple[int, float]] = []  # (row of the label, x)
    placed: list[tuple[int, float] | None] = [None] * len(spots)
    for n in order:
        frac, width = spots[n]
        lefts = [frac - 0.004, frac - width + 0.004, 0.0, 1.0 - width]
        choice = None
        for lane in range(LANES):
            if any(row > lane and a - GAP < frac < b + GAP for row, a, b in boxes):
                continue  # our leader would run through a label lower down
            for a in lefts:
                b = a + width
                if a < 0 or b > 1 or not a <= frac <= b:
                    continue
                clear = all(row != lane or b + GAP <= c or a >= d + GAP for row, c, d in boxes)
                uncut = all(row >= lane or not (a - GAP < x < b + GAP) for row, x in leaders)
                if clear and uncut:
                    choice = (lane, a, b)
                    break
            if choice:
                break
        if choice:
            boxes.append(choice)
            leaders.append((choice[0], frac))
            placed[n] = (choice[0], choice[1])
    return placed


def corner_box(loc: str, size: tuple[float, float], pad: float = 0.02) -> tuple[float, ...]:
    """The box (x0, x1, y0, y1) a legend of ``size`` (width, height) fills at ``loc``."""
    width, height = size
    vertical, horizontal = loc.split()
    x0 = pad if horizontal == "left" else 1 - pad - width
    if vertical == "upper":
        y0 = 1 - pad - height
    elif vertical == "lower":
        y0 = pad
    else:
        y0 = 0.5 - height / 2
    return (x0, x0 + width, y0, y0 + height)


def quiet_corner(
    points: Iterable[tuple[float, float]] | np.ndarray,
    size: tuple[float, float],
    *,
    boxes: Iterable[tuple[float, float, float, float]] = (),
    corners: Sequence[str] = CORNERS,
    margin: float = 0.03,
) -> str | None:
    """The first of ``corners`` where a legend of ``size`` covers no point and no box.

    ``points`` are (x, y) in axes fractions (sample lines densely: a line between two
    far points crosses the space between them); ``boxes`` are other things to keep
    clear of (labels), as (x0, x1, y0, y1). None when every corner is occupied.
    """
    xy = np.asarray(list(points) if not isinstance(points, np.ndarray) else points, dtype=float)
    xy = xy.reshape(-1, 2) if xy.size else np.empty((0, 2))
    xy = xy[np.isfinite(xy).all(axis=1)]
    others = list(boxes)
    for loc in corners:
        x0, x1, y0, y1 = corner_box(loc, size)
        x0, x1, y0, y1 = x0 - margin, x1 + margin, y0 - margin, y1 + margin
        inside = (xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1)
        if inside.any():
            continue
        if any(a < x1 and b > x0 and c < y1 and d > y0 for a, b, c, d in others):
            continue
        return loc
    return None


def densify(x: np.ndarray, y: np.ndarray, step: float = 0.01) -> np.ndarray:
    """Points every ``step`` (axes fraction) along a polyline, so that its segments count too."""
    x, y = np.asarray(x, dtype=float).ravel(), np.asarray(y, dtype=float).ravel()
    if len(x) < 2:
        return np.column_stack([x, y])
    dx, dy = np.diff(x), np.diff(y)
    length = np.nan_to_num(np.maximum(np.abs(dx), np.abs(dy)), nan=0.0)
    count = np.minimum((length / step).astype(int) + 1, 200)
    seg = np.repeat(np.arange(len(dx)), count)
    start = np.cumsum(count) - count
    t = (np.arange(len(seg)) - np.repeat(start, count)) / np.repeat(count, count)
    return np.column_stack(
        [np.append(x[seg] + dx[seg] * t, x[-1]), np.append(y[seg] + dy[seg] * t, y[-1])]
    )
