# ruff: noqa: F821 - `ms`, `events` and `figures` come from the exercise notebook's earlier cells
# Solutions to exercises/{id,en}/04-limits-and-risks-exercises.ipynb (lesson 4: limits and risks).
# For facilitators. Each section replaces the answer cell of its task.
# Expected answers with today's data: 9 days; 5.9 days; a; b (3.4 → 33.8 days); 11.3 %.

# %% 04-days-above-half
answer_days_above_half = (events >= events.max() / 2).sum()

# %% 04-half-life
answer_half_life = round(ms.fit_half_life(events, window=21).half_life, 1)

# %% 04-which-first
# tweets peaked on 28 May 2020, protest events on 6 June
answer_which_first = "a"

# %% 04-window
# window 7: about 3.4 days; window 30: about 33.8 days (the second burst in mid-August)
answer_window = "b"

# %% 04-counter-share
counts = figures["value"]
answer_counter_share = round(
    counts["percumalaporpolisi-02"] / counts["percumalaporpolisi-01"] * 100, 1
)

# %% 04-reflection
answer_reflection = (
    "Attention fades within days, so a campaign that only counts posts will look like a failure a "
    "week later; we would plan a second moment, such as a public meeting, and keep a contact list "
    "of people who signed up so the campaign does not depend on one platform."
)
