# ruff: noqa: F821 - `figures` comes from the exercise notebook the sections are pasted into
# Solutions to exercises/{id,en}/02-hashtag-campaigns-exercises.ipynb (lesson 2: what hashtags do).
# For facilitators. Each section replaces the answer cell of its task; the notebook's earlier
# cells have already run `import medsos as ms` and
# `figures = ms.load("published_figures").set_index("figure_id")`.
# Expected answers with today's data and model: 2.5; 74.3 (%); 98; c; 0.25; b.

# %% 02-climate-growth
answer_growth = figures.loc["climatestrike-04", "value"] / figures.loc["climatestrike-01", "value"]

# %% 02-bbog-share
answer_share = (
    figures.loc["bringbackourgirls-04", "value"]
    / figures.loc["bringbackourgirls-02", "value"]
    * 100
)

# %% 02-chibok-held
answer_held = 98

# %% 02-complex-networks
# complex contagion, 5 seeds together, chance 0.6: small world and scale-free end near 73 %,
# the random network stays at the seeds' circle (about 2 %)
answer_networks = "c"

# %% 02-tipping-point
# simple contagion on the small world with 5 seeds together: 0.20 ends near 21 %, 0.25 near 57 %;
# the same with code: the first chance whose average reach ends at half or more
answer_tipping = next(
    p / 100
    for p in range(0, 101, 5)
    if ms.simulate_diffusion("small_world", 5, p / 100).iloc[-1] >= 0.5
)

# %% 02-reflection
answer_reflection = (
    "The hashtag made the abduction known worldwide: 3.3 million tweets by 13 May 2014, with "
    "Michelle Obama among the voices. It could not bring the girls home by itself: 82 were released "
    "only in May 2017 through negotiation, and Amnesty said 98 were still held in 2023."
)

# %% 02-quiz-1
answer_quiz = "b"
