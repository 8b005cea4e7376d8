# ruff: noqa: F821 - `attention` comes from the exercise notebook the sections are pasted into
# Solutions to exercises/{id,en}/01-real-cases-exercises.ipynb (lesson 1: real cases).
# For facilitators. Each section replaces the answer cell of its task; the notebook's
# earlier cells have already run `import medsos as ms` and `attention = ms.load("attention")`.
# Expected answers with today's data: 2019-08-04; (461, 2017-10-16); 9 days; b; c; b.

# %% 01-hk-peak-day
hk = attention[attention["series_id"] == "hongkong2019_pageviews"].set_index("date")["value"]
answer_peak_day = hk.idxmax()

# %% 01-metoo-best
metoo = attention[attention["series_id"] == "metoo_twitter_rank"].set_index("date")["value"]
answer_metoo_best = (metoo.min(), metoo.idxmin())

# %% 01-blm-busy-days
events = attention[attention["series_id"] == "blm2020_protest_events"].set_index("date")["value"]
answer_busy_days = (events >= 400).sum()

# %% 01-normalise
# 1 July 2019: 29,821 views = 21% of the highest day (139,482 on 4 August)
answer_normalise = "b"

# %% 01-log-scale
# from July on, 9 days in 10 lie between 10,000 and 100,000 views
answer_log_scale = "c"

# %% 01-reconstructed
answer_reconstructed = "b"

# %% 01-reflection
answer_reflection = (
    "The protest-events chart shows that street protests in US cities peaked on 6 June 2020, "
    "twelve days after George Floyd was killed. It cannot show why people came, whether they "
    "saw the hashtag, or what happened outside the US; surveys of protesters and data from "
    "other countries would be needed to test the article's claim."
)
