"""How fast attention fades: the half-life of a burst of attention.

After a peak, daily attention to a campaign usually falls fast. A simple way to say *how*
fast is the **half-life**: the number of days it takes daily attention to fall to half
its peak. We measure it two ways, because they answer slightly different questions:

* **observed**: the first day after the peak when the series is at or below half the
  peak (read straight off the data; no model);
* **fitted**: an exponential decay ``value = peak × 0.5 ** (days / half_life)`` fitted by
  least squares to the logarithm of the values in a window after the peak. The fit uses
  the whole window, so one quiet or busy day moves it less than the observed half-life.

Both are descriptions, not explanations: a series with a second burst (a new event) does
not decay smoothly, and the fitted half-life then depends on the window. The lessons make
students change the window and watch that happen.

A reconstructed series (see ``series.csv``) has its decay *assumed* by the
reconstruction, so its half-life describes that assumption, not the world.
:attr:`Decay.kind` carries the kind so that every chart and report can say so.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from medsos import i18n
from medsos.errors import CourseError
from medsos.i18n import _

MIN_POINTS = 3  # a line through fewer points after the peak says nothing


@dataclass(frozen=True)
class Decay:
    """The result of :func:`fit_half_life`: peak, half-lives and the fitted curve."""

    name: str
    kind: str
    peak_date: pd.Timestamp
    peak_value: float
    window_days: int
    half_life: float  # fitted, in days (math.inf when attention did not fall)
    observed_half_days: int | None  # days from the peak to the first day at or below half
    points: int  # days used in the fit
    r_squared: float  # how well a straight line fits log(values): 1 = perfectly
    level: float  # the fitted curve's value on the peak day

    def fitted(self, days: np.ndarray) -> np.ndarray:
        """The fitted exponential curve at ``days`` after the peak."""
        if math.isinf(self.half_life):
            return np.full(len(days), self.level)
        return self.level * 0.5 ** (np.asarray(days, dtype=float) / self.half_life)

    def sentence(self) -> str:
        """One sentence a student can quote, in the student's language."""
        if math.isinf(self.half_life):
            fitted = _("attention did not fall in the {days} days after the peak").format(
                days=self.window_days
            )
        else:
            fitted = _("the fitted half-life is {days} days").format(
                days=i18n.number(self.half_life, 1)
            )
        if self.observed_half_days is None:
            observed = _("daily attention never fell to half the peak within the window")
        else:
            observed = _(
                "daily attention first fell to half the peak on day {days} after it"
            ).format(days=self.observed_half_days)
        return _("{name}: peak of {value} on {date}; {fitted}; {observed}.").format(
            name=self.name,
            value=i18n.number(self.peak_value),
            date=i18n.date(self.peak_date),
            fitted=fitted,
            observed=observed,
        )

    def __str__(self) -> str:
        return self.sentence()

    def _repr_html_(self) -> str:
        text = html.escape(self.sentence())
        if self.kind == "reconstructed":
            text += "<br><em>" + html.escape(reconstructed_warning()) + "</em>"
        return f'<p class="medsos-decay">{text}</p>'


def reconstructed_warning() -> str:
    return _(
        "This series is reconstructed: its decay after the peak is an assumption of the "
        "reconstruction, so this half-life describes that assumption, not measured behaviour."
    )


def fit_half_life(
    values: pd.Series,
    *,
    window: int = 30,
    name: str | None = None,
    kind: str = "observed",
) -> Decay:
    """Fit the half-life of attention after the highest day of ``values``.

    ``values`` is a daily series indexed by date (missing days are fine). ``window`` is
    how many days after the peak the fit looks at. Raises :class:`CourseError` with a
    fix when there is nothing to fit (empty series, too few days after the peak).
    """
    label = name or str(values.name or _("the series"))
    clean = pd.Series(values, dtype="float64").dropna().sort_index()
    if clean.empty or (clean <= 0).all():
        raise CourseError(
            _("{name} has no positive counts, so it has no peak to measure from.").format(
                name=label
            ),
            fix=_("Choose a series or a file with counts above zero."),
        )
    if window < MIN_POINTS:
        raise CourseError(
            _("A window of {days} days is too short to fit a decay.").format(days=window),
            fix=_("Use a window of at least {n} days.").format(n=MIN_POINTS),
        )
    peak_date = pd.Timestamp(clean.idxmax())
    peak_value = float(clean.max())
    end = peak_date + pd.Timedelta(days=window)
    after = clean[(clean.index >= peak_date) & (clean.index <= end)]
    days = (after.index - peak_date).days.to_numpy(dtype=float)
    positive = after.to_numpy() > 0
    if positive.sum() < MIN_POINTS:
        raise CourseError(
            _(
                "{name} has only {n} days with data after its peak ({date}); a decay needs "
                "at least {m}."
            ).format(name=label, n=int(positive.sum()), date=i18n.date(peak_date), m=MIN_POINTS),
            fix=_("Choose a longer window, or data that continue after the peak."),
        )
    logs = np.log(after.to_numpy()[positive])
    slope, intercept = np.polyfit(days[positive], logs, 1)
    predicted = intercept + slope * days[positive]
    total = float(((logs - logs.mean()) ** 2).sum())
    r_squared = 1.0 - float(((logs - predicted) ** 2).sum()) / total if total > 0 else 1.0
    # a flat line does not decay, even when rounding to whole counts tilts it by one a day
    falling = slope < -max(1e-9, 1.0 / peak_value)
    half_life = math.log(2) / -slope if falling else math.inf
    below = after[after <= peak_value / 2]
    observed = int((below.index[0] - peak_date).days) if len(below) else None
    decay = Decay(
        name=label,
        kind=kind,
        peak_date=peak_date,
        peak_value=peak_value,
        window_days=int(window),
        half_life=float(half_life),
        observed_half_days=observed,
        points=int(positive.sum()),
        r_squared=round(r_squared, 4),
        level=float(math.exp(intercept)) if falling else peak_value,
    )
    return decay


def half_lives(window: int = 30) -> pd.DataFrame:
    """The half-life of every count series of the course (ranks have none), one row each."""
    from medsos.data import load, series

    rows = []
    for info in load("series").itertuples(index=False):
        if not info.higher_is_more:
            continue  # a rank: smaller is more, and a rank does not halve
        decay = fit_half_life(series(info.series_id), window=window, kind=info.kind)
        rows.append(
            {
                "series_id": info.series_id,
                "kind": info.kind,
                "peak_date": decay.peak_date,
                "peak_value": decay.peak_value,
                "half_life_days": round(decay.half_life, 1),
                "observed_half_days": decay.observed_half_days,
                "days_fitted": decay.points,
            }
        )
    return pd.DataFrame(rows).sort_values("half_life_days").reset_index(drop=True)
