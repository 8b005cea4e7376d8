"""The capstone's campaign planner: fill in a few fields, get a one-page plan with advice.

The planner asks what every campaign plan must answer (goal, audience, message, hashtag,
platforms, call to action, how success will be measured) and renders a one-page plan.
Under the plan it gives advice that ties back to the lessons: mobilisation needs more
than a viral hashtag (complex contagion, lesson 2), attention fades fast (half-life,
lesson 4), part of your audience may be offline (digital divide, lessons 3 and 5).

Everything a student types is escaped before it is shown: a plan can never run code
in the page it is exported to.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import ipywidgets as widgets

from medsos.i18n import N_, _
from medsos.widgets.base import Explorer, with_recipe

GOALS: dict[str, str] = {
    "awareness": N_("Raise awareness"),
    "support": N_("Gather support"),
    "mobilisation": N_("Organise and mobilise"),
    "equality": N_("Give a voice / inclusion"),
}
PLATFORMS: tuple[str, ...] = (
    "Instagram",
    "TikTok",
    "X (Twitter)",
    "Facebook",
    "WhatsApp",
    "Telegram",
    "YouTube",
)
MEASURES: dict[str, str] = {
    "mentions": N_("Posts using the hashtag per day"),
    "reach": N_("Accounts reached"),
    "signatures": N_("Petition signatures"),
    "turnout": N_("People at an offline action"),
    "media": N_("Mentions in news media"),
    "policy": N_("A decision-maker responds"),
}
HASHTAG = re.compile(r"^#[0-9A-Za-z_\u00C0-\u024F]{2,60}$")


@dataclass
class Plan:
    """A campaign plan as data: what the planner's fields say."""

    goal: str = "awareness"
    audience: str = ""
    message: str = ""
    hashtag: str = ""
    platforms: tuple[str, ...] = ()
    action: str = ""
    measures: tuple[str, ...] = ()
    advice: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """What is missing or malformed, in the student's language."""
        found = []
        if not self.audience.strip():
            found.append(_("Say who the campaign is for (the audience)."))
        if len(self.message.split()) < 5:
            found.append(_("Write the key message in one sentence of at least five words."))
        if not HASHTAG.match(self.hashtag.strip()):
            found.append(
                _(
                    "A hashtag starts with # and has only letters, digits or _ (no spaces), "
                    "e.g. #SekolahAman."
                )
            )
        if not self.platforms:
            found.append(_("Choose at least one platform."))
        if not self.action.strip():
            found.append(_("Say what you ask people to do (the call to action)."))
        if not self.measures:
            found.append(_("Choose at least one way to measure success."))
        return found

    def advise(self) -> list[str]:
        """Advice tied to the lessons (always some; more when the plan invites it)."""
        tips = [
            _(
                "Attention fades fast: most campaigns lose half their daily attention within days "
                "(lesson 4). Plan what you will post after the first peak."
            ),
        ]
        if self.goal == "mobilisation":
            tips.append(
                _(
                    "Joining an action is a 'complex contagion': people need to see several friends "
                    "join (lesson 2). Work through tight groups, not only wide reach."
                )
            )
        if self.goal == "mobilisation" and "turnout" not in self.measures:
            tips.append(_("Your goal is to mobilise: measure offline turnout, not only posts."))
        if set(self.measures) <= {"mentions", "reach"} and self.measures:
            tips.append(
                _(
                    "Posts and reach show attention, not change (slacktivism, lesson 4). "
                    "Add a measure of what people do."
                )
            )
        if self.measures:  # a number means little alone (evaluation design, lesson 6)
            tips.append(_("Compare with a baseline or a similar place without the campaign."))
        if not {"WhatsApp", "Facebook"} & set(self.platforms):
            tips.append(
                _(
                    "Check who is online: in Indonesia, rural households and some provinces are far "
                    "less connected (lessons 3 and 5). How will you reach them?"
                )
            )
        if len(self.hashtag) > 25:
            tips.append(
                _("Long hashtags are hard to remember and easy to misspell: try a shorter one.")
            )
        return tips


def render(plan: Plan) -> str:
    """The one-page plan as HTML; every piece of the student's text is escaped."""
    e = html.escape
    rows = [
        (_("Goal"), _(GOALS.get(plan.goal, plan.goal))),
        (_("Audience"), plan.audience),
        (_("Key message"), plan.message),
        (_("Hashtag"), plan.hashtag),
        (_("Platforms"), ", ".join(plan.platforms)),
        (_("Call to action"), plan.action),
        (
            _("Measures of success"),
            "; ".join(_(MEASURES[m]) for m in plan.measures if m in MEASURES),
        ),
    ]
    table = "".join(
        f"<tr><th scope='row' style='text-align:left;padding:4px 12px 4px 0;vertical-align:top'>"
        f"{e(label)}</th><td style='padding:4px 0'>{e(value) or '—'}</td></tr>"
        for label, value in rows
    )
    problems = plan.problems()
    still_to_do, complete = e(_("Still to do")), e(_("The plan is complete."))
    todo = (
        f"<h4>{still_to_do}</h4><ul>{''.join(f'<li>{e(p)}</li>' for p in problems)}</ul>"
        if problems
        else f"<p><strong>✔ {complete}</strong></p>"
    )
    advice = "".join(f"<li>{e(t)}</li>" for t in plan.advise())
    title, advice_title = e(_("Campaign plan")), e(_("Advice from the course"))
    return (
        # a <div>, not a <section>: reveal.js takes every <section> in a deck for a slide
        '<div class="medsos-plan" style="border:1px solid #ccc;padding:0.8em 1.2em;'
        'max-width:48em;color:#1a1a1a;background:#fff">'
        f"<h3 style='margin-top:0'>{title}: {e(plan.hashtag or '#…')}</h3>"
        f"<table>{table}</table>{todo}<h4>{advice_title}</h4><ul>{advice}</ul>"
        "</div>"
    )


def _plan(goal, audience, message, hashtag, platforms, action, measures) -> Plan:  # noqa: ANN001
    return Plan(goal, audience, message, hashtag.strip(), tuple(platforms), action, tuple(measures))


def _draw(**values: object) -> str:
    return render(_plan(**values))


def plan_from(planner: Explorer) -> Plan:
    """The plan a planner widget holds now (to check it, or to keep it in a variable)."""
    return _plan(**planner.values())


@with_recipe
def campaign_planner(**start: object) -> Explorer:
    """A form for a campaign plan that renders the one-page plan as you type.

    Keyword arguments pre-fill fields (e.g. ``hashtag="#SekolahAman"``).
    """
    wide = widgets.Layout(width="98%")
    controls = {
        "goal": widgets.Dropdown(
            options=[(_(label), key) for key, label in GOALS.items()],
            value=start.get("goal", "awareness"),
            description=_("Goal"),
            layout=wide,
        ),
        "hashtag": widgets.Text(
            value=str(start.get("hashtag", "")),
            description=_("Hashtag"),
            placeholder="#SekolahAman",
            continuous_update=False,
            layout=wide,
        ),
        "audience": widgets.Text(
            value=str(start.get("audience", "")),
            description=_("Audience"),
            placeholder=_("e.g. university students in Yogyakarta"),
            continuous_update=False,
            layout=wide,
        ),
        "action": widgets.Text(
            value=str(start.get("action", "")),
            description=_("Call to action"),
            placeholder=_("e.g. sign the petition by 30 June"),
            continuous_update=False,
            layout=wide,
        ),
        "message": widgets.Textarea(
            value=str(start.get("message", "")),
            description=_("Key message"),
            continuous_update=False,
            layout=wide,
        ),
        "platforms": widgets.SelectMultiple(
            options=list(PLATFORMS),
            value=tuple(start.get("platforms", ())),
            description=_("Platforms"),
            rows=len(PLATFORMS),
            layout=wide,
        ),
        "measures": widgets.SelectMultiple(
            options=[(_(label), key) for key, label in MEASURES.items()],
            value=tuple(start.get("measures", ())),
            description=_("Measures"),
            rows=len(MEASURES),
            layout=wide,
        ),
    }
    for control in controls.values():
        control.style.description_width = "9em"
    return Explorer(controls, _draw)


def _bench_planner() -> Explorer:
    return campaign_planner(hashtag="#SekolahAman")


_bench_planner.__name__ = "campaign_planner"

BENCH = [
    (
        _bench_planner,
        [
            {"goal": "mobilisation"},
            {"hashtag": "#TolakTambang"},
            {"platforms": ("Instagram", "WhatsApp")},
            {"measures": ("turnout", "mentions")},
            {"message": "Save the river that feeds our village from the new mine"},
        ],
    )
]
