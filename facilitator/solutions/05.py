# ruff: noqa: F821 - `ms` and `bps` come from the exercise notebook the sections are pasted into
# Solutions to exercises/{id,en}/05-indonesia-exercises.ipynb (lesson 5: Indonesia).
# For facilitators. Each section replaces the answer cell of its task; the notebook's
# earlier cells have already run `import medsos as ms` and
# `bps = ms.load("indonesia_internet_2022")`.
# Expected answers with today's data: 67.68 points; 2,559 villages; c (60%); b; b; c; b.

# %% 05-papua-gap
papua = bps.set_index("province").loc["Papua"]
answer_papua_gap = papua["urban_pct"] - papua["rural_pct"]

# %% 05-no-signal-drop
signal = ms.load("indonesia_no_signal")
national = signal[signal["is_national"]].set_index("year")["villages"]
answer_no_signal_drop = national[2014] - national[2021]

# %% 05-papua-share
# 2021: Papua 3,099 of 5,158 villages without signal = 60%
answer_papua_share = "c"

# %% 05-apjii-base
# overall 79.5% lies between rural (74%) and urban (82.2%), but not between men (87.6%)
# and women (85.5%): the gender figures cannot be on the same base as the overall figure
answer_apjii_base = "b"

# %% 05-reconstructed
answer_reconstructed = "b"

# %% 05-reflection
answer_reflection = (
    "Rural households in Papua are far less often online (17% in 2022) than households in "
    "Jakarta, and most villages without mobile signal are in Papua. A hashtag's tweet count "
    "therefore over-represents connected, mostly urban people; Papuans' concerns can be "
    "invisible in it even when they are urgent."
)

# %% 05-quiz-1
answer_quiz_1 = "c"

# %% 05-quiz-2
answer_quiz_2 = "b"
