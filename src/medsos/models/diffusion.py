"""How a hashtag (or a call to action) spreads through a network of accounts: a small model.

Lesson 2 asks why some hashtags reach millions while few people *join* anything. This
module lets students try it on a network of a few hundred accounts. It is a *model*:
every chart made from it is marked "simulated", and no number it produces is a fact
about any real campaign.

The model
---------
* **Network.** ``n`` accounts (default 400), each with about ``DEGREE`` contacts
  (8), built once with networkx and kept (``functools.lru_cache``):

  - ``"small_world"`` (Watts–Strogatz): friends of friends know each other (clustered
    circles), plus a few long ties that cross the network;
  - ``"random"`` (Erdős–Rényi): the same number of ties, thrown at random (few shared
    friends);
  - ``"scale_free"`` (Barabási–Albert): a few hubs with very many followers, most
    accounts with few.

  All three have the same average number of ties, so differences come from the
  *shape* of the network, not from its size.
* **Seed accounts** start the campaign: either one circle of friends (an account and
  its nearest contacts, ``placement="together"``) or accounts scattered at random.
* **Spreading.** Accounts that have joined stay joined. In each step, every account
  that has just joined counts once towards each of its contacts. Each time one more
  of an account's contacts joins, the account gets one chance ``p`` to join too (for
  simple contagion this is the "independent cascade": one chance per contact).
* **Contagion type.** ``"simple"``: one contact who joined is enough to get a chance
  (sharing a post). ``"complex"``: an account gets chances only once at least
  ``threshold`` (default 2) *different* contacts have joined. This is the idea of
  "complex contagion" (Centola and Macy): joining a costly or risky action needs
  reinforcement from several people one knows. Centola tested the idea in an online
  experiment (Science, 2010); this model only borrows the idea, not any of its numbers.
  With the same settings, complex contagion gets no further than simple on average
  (it gets fewer chances, never more).

Each setting is simulated ``runs`` times with one fixed seed for the random numbers,
so the same settings always give the same curves (reproducible in class), and the
result is the average over the runs plus how many runs "took off".

Fast enough for a widget: the network is an edge list of numpy arrays, and all runs
are simulated at once (a ``runs × accounts`` array per step): a few milliseconds.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from medsos.errors import CourseError
from medsos.i18n import N_, _

NETWORKS: dict[str, str] = {
    "small_world": N_("Small world (Watts–Strogatz)"),
    "random": N_("Random (Erdős–Rényi)"),
    "scale_free": N_("Scale-free: a few hubs (Barabási–Albert)"),
}
CONTAGIONS: dict[str, str] = {
    "simple": N_("simple: one contact is enough"),
    "complex": N_("complex: needs {k} contacts"),
}
PLACEMENTS: dict[str, str] = {
    "together": N_("together (one circle of friends)"),
    "random": N_("scattered (random accounts)"),
}

N_ACCOUNTS = 400
DEGREE = 8  # average number of contacts per account, the same in every network
REWIRING = 0.1  # share of the small world's ties that become long ties
STEPS = 40
RUNS = 20
THRESHOLD = 2
SEED = 2024
TAKE_OFF = 0.5  # a run "takes off" when it reaches at least half the accounts


@dataclass(frozen=True)
class Network:
    """A network as arrays: directed edges (both directions of each tie) and degrees."""

    kind: str
    n: int
    src: np.ndarray  # int32, one entry per direction of each tie
    dst: np.ndarray
    degree: np.ndarray  # number of contacts of each account
    clustering: float  # share of a contact's contacts who are also one's own contacts

    @property
    def ties(self) -> int:
        return int(len(self.src) // 2)

    def neighbours(self, node: int) -> np.ndarray:
        return self.dst[self.src == node]


@dataclass(frozen=True)
class Result:
    """What one setting of the model gives: reach per step, averaged over the runs."""

    network: str
    contagion: str
    seeds: int
    p: float
    threshold: int
    placement: str
    n: int
    runs: int
    reach: np.ndarray  # share of accounts reached at steps 0..STEPS (mean of the runs)
    reach_runs: np.ndarray  # runs × (steps + 1)
    took_off: int  # runs that reached at least TAKE_OFF of the accounts

    @property
    def final(self) -> float:
        """Share of accounts reached at the last step (mean over the runs)."""
        return float(self.reach[-1])

    @property
    def steps(self) -> np.ndarray:
        return np.arange(len(self.reach))

    def step_to(self, share: float) -> int | None:
        """First step at which the average reach is at least ``share`` (None: never)."""
        hit = np.nonzero(self.reach >= share)[0]
        return int(hit[0]) if len(hit) else None


def _check_choice(value: str, allowed: dict[str, str], what: str) -> str:
    key = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    if key not in allowed:
        raise CourseError(
            _("Unknown {what} {value!r}.").format(what=_(what), value=value),
            fix=_("Use one of: {names}.").format(names=", ".join(allowed)),
        )
    return key


@functools.lru_cache(maxsize=16)
def network(kind: str = "small_world", n: int = N_ACCOUNTS, seed: int = SEED) -> Network:
    """Build (once) the network ``kind`` with ``n`` accounts and about ``DEGREE`` contacts each.

    Cached: a widget asks for the same three networks again and again.
    """
    import networkx as nx

    kind = _check_choice(kind, NETWORKS, N_("network"))
    if not 20 <= int(n) <= 5000:
        raise CourseError(
            _("A network of {n} accounts is too small or too big for this model.").format(n=n),
            fix=_("Choose between 20 and 5000 accounts."),
        )
    n = int(n)
    if kind == "small_world":
        graph = nx.watts_strogatz_graph(n, DEGREE, REWIRING, seed=seed)
    elif kind == "random":
        graph = nx.gnm_random_graph(n, n * DEGREE // 2, seed=seed)
    else:
        graph = nx.barabasi_albert_graph(n, DEGREE // 2, seed=seed)
    edges = np.asarray(graph.edges(), dtype=np.int32).reshape(-1, 2)
    src = np.concatenate([edges[:, 0], edges[:, 1]])
    dst = np.concatenate([edges[:, 1], edges[:, 0]])
    order = np.lexsort((dst, src))
    degree = np.bincount(src, minlength=n)
    return Network(
        kind=kind,
        n=n,
        src=src[order],
        dst=dst[order],
        degree=degree,
        clustering=float(nx.average_clustering(graph)),
    )


def _seed_accounts(net: Network, seeds: int, placement: str, rng: np.random.Generator) -> list:
    """The starting accounts: one circle of friends (breadth-first from one account) or scattered."""
    if placement == "random":
        return list(rng.choice(net.n, size=seeds, replace=False))
    start = int(rng.integers(net.n))
    chosen, frontier, seen = [start], [start], {start}
    while len(chosen) < seeds and frontier:
        nxt = []
        for node in frontier:
            for friend in net.neighbours(node):
                friend = int(friend)
                if friend not in seen:
                    seen.add(friend)
                    nxt.append(friend)
        rng.shuffle(nxt)
        take = nxt[: seeds - len(chosen)]
        chosen += take
        frontier = take
    if len(chosen) < seeds:  # a small component: top up with random accounts
        rest = np.setdiff1d(np.arange(net.n), chosen)
        chosen += list(rng.choice(rest, size=seeds - len(chosen), replace=False))
    return chosen


def validate(seeds: int, p: float, threshold: int = THRESHOLD, n: int = N_ACCOUNTS) -> None:
    """Refuse settings that cannot be simulated, with a sentence saying how to fix them."""
    if int(seeds) < 1:
        raise CourseError(
            _("With no seed accounts there is nobody to start the campaign, so nothing spreads."),
            fix=_("Choose at least 1 seed account."),
        )
    if int(seeds) > int(n):
        raise CourseError(
            _("There are only {n} accounts in the network, not {seeds}.").format(n=n, seeds=seeds),
            fix=_("Choose at most {n} seed accounts.").format(n=n),
        )
    if not 0.0 <= float(p) <= 1.0:
        raise CourseError(
            _("A probability must lie between 0 and 1; got {p}.").format(p=p),
            fix=_("Use for example 0.3 (30% of contacts pass it on)."),
        )
    if int(threshold) < 1:
        raise CourseError(
            _("The threshold is the number of contacts needed: at least 1."),
            fix=_("Use 1 for simple contagion or 2 or more for complex contagion."),
        )


def simulate(
    network_kind: str = "small_world",
    seeds: int = 10,
    p: float = 0.3,
    contagion: str = "simple",
    *,
    threshold: int = THRESHOLD,
    placement: str = "together",
    steps: int = STEPS,
    runs: int = RUNS,
    n: int = N_ACCOUNTS,
    seed: int = SEED,
) -> Result:
    """Simulate the spread ``runs`` times and return the reach per step (see the module doc).

    ``network_kind``: ``"small_world"``, ``"random"`` or ``"scale_free"``; ``seeds``: how
    many accounts start it; ``p``: chance that an account passes it to one contact;
    ``contagion``: ``"simple"`` (one contact is enough) or ``"complex"`` (needs
    ``threshold`` different contacts). Same arguments, same result.
    """
    return _simulate(
        _check_choice(network_kind, NETWORKS, N_("network")),
        int(seeds),
        round(float(p), 6),
        _check_choice(contagion, CONTAGIONS, N_("contagion type")),
        int(threshold),
        _check_choice(placement, PLACEMENTS, N_("seed placement")),
        int(steps),
        int(runs),
        int(n),
        int(seed),
    )


@functools.lru_cache(maxsize=256)
def _simulate(
    kind: str,
    seeds: int,
    p: float,
    contagion: str,
    threshold: int,
    placement: str,
    steps: int,
    runs: int,
    n: int,
    seed: int,
) -> Result:
    validate(seeds, p, threshold, n)
    net = network(kind, n)
    need = 1 if contagion == "simple" else threshold
    # one random stream per run, all derived from the one seed: reproducible
    rng = np.random.default_rng(seed)
    adopted = np.zeros((runs, n), dtype=bool)
    for r in range(runs):
        adopted[r, _seed_accounts(net, seeds, placement, rng)] = True
    count = np.zeros((runs, n), dtype=np.int32)  # contacts who have taken it up
    reach = np.empty((runs, steps + 1))
    reach[:, 0] = adopted.mean(axis=1)
    offsets = (np.arange(runs) * n)[:, None]
    new = adopted
    for step in range(1, steps + 1):
        rows, cols = np.nonzero(new[:, net.src])  # ties from accounts that just joined
        before = count
        if len(rows):
            count = before + np.bincount(
                offsets[rows, 0] + net.dst[cols], minlength=runs * n
            ).reshape(runs, n)
        # one chance p for each contact who joined, counted only from the need-th one on
        chances = count - np.maximum(before, need - 1)
        chances = np.where(adopted, 0, np.clip(chances, 0, None))
        joins = rng.random((runs, n)) < 1.0 - (1.0 - p) ** chances
        new = joins & (chances > 0)
        adopted = adopted | new
        reach[:, step] = adopted.mean(axis=1)
        if not new.any():  # nobody joined in any run: nothing more can happen
            reach[:, step + 1 :] = reach[:, step : step + 1]
            break
    took_off = int((reach[:, -1] >= TAKE_OFF).sum())
    return Result(
        network=kind,
        contagion=contagion,
        seeds=seeds,
        p=p,
        threshold=need,
        placement=placement,
        n=n,
        runs=runs,
        reach=reach.mean(axis=0),
        reach_runs=reach,
        took_off=took_off,
    )
