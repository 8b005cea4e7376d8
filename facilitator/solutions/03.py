# ruff: noqa: F821 - `use` and `bps` come from the exercise notebook the sections are pasted into
# Solutions to exercises/{id,en}/03-equality-exercises.ipynb (lesson 3: a platform for equality).
# For facilitators. Each section replaces the answer cell of its task; the notebook's
# earlier cells have already run `import medsos as ms`, `use = ms.load("internet_use")`
# and `bps = ms.load("indonesia_internet_2022")`.
# Expected answers with today's data: 2020; Papua (DKI Jakarta is the trap: no villages);
# 33 points; b; b; c.

# %% 03-idn-half
idn = use[use["iso3"] == "IDN"].set_index("year")["internet_pct"]
answer_idn_half = idn[idn >= 50].index.min()

# %% 03-biggest-gap
provinces = bps[~bps["is_national"] & (bps["rural_pct"] > 0)].set_index("province")
answer_biggest_gap = (provinces["urban_pct"] - provinces["rural_pct"]).idxmax()

# %% 03-gallup-rise
# 60% in May 2015 minus 27% in 1996
answer_gallup_rise = 60 - 27

# %% 03-gender-indonesia
# DHS 2017: women 48.2% vs men 42.5%; ITU 2022: women 64.2% vs men 69.9%
answer_gender = "b"

# %% 03-reflection
answer_reflection = (
    "The urban-rural chart shows that in rural Papua only 17 percent of households were online "
    "in 2022, against 85 percent in Papuan towns. A hashtag campaign about rural Papua would "
    "mostly carry the voices of townspeople and outsiders, not of the villagers themselves."
)

# %% 03-quiz-1
answer_quiz_1 = "b"

# %% 03-quiz-2
answer_quiz_2 = "c"
