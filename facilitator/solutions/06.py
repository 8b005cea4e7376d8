# ruff: noqa: F821 - `ms` and `frame` come from the exercise notebook's earlier cells
# Solutions to exercises/{id,en}/06-capstone-exercises.ipynb (lesson 6: the capstone).
# For facilitators. Each section replaces the answer cell of its task.
# Expected answers with today's data: 2019-08-04; 16 days; a corrected file; c; a complete plan.

# %% 06-peak-day
answer_peak_day = frame.loc[frame["count"].idxmax(), "date"]

# %% 06-busy-days
answer_busy_days = (frame["count"] >= 50_000).sum()

# %% 06-fix-file
# the column was misspelt (tangal), 31 February does not exist, a count was negative,
# and 23 September appeared twice
answer_fixed = b"tanggal;jumlah\n23/09/2019;1250\n24/09/2019;4\n25/09/2019;800\n"

# %% 06-measure
answer_measure = "c"

# %% 06-plan
planner = ms.campaign_planner(
    goal="mobilisation",
    audience="residents of the riverside villages and students nearby",
    message="Our river feeds the village, so let us keep it clean together",
    hashtag="#SungaiKitaBersih",
    platforms=("Instagram", "WhatsApp"),
    action="join the river clean-up on Saturday morning",
    measures=("turnout", "media"),
)
answer_plan = ms.plan_from(planner)

# %% 06-reflection
answer_reflection = (
    "The daily counts show when attention peaked and how fast it faded, but not who was reached, "
    "whether the accounts were real people, or whether anything changed offline; we would also count "
    "people at the clean-up and ask residents what they heard."
)
