"""Derive the course's tables in data/ from the raw public data in ../shared/data/raw/.

Run with ``make data``. The raw files are never copied into the repository: this script
reads them, selects and cleans what the course needs, and writes small tables plus
``data/datapackage.json`` (Frictionless Data: schema, sources, licence, kind and sha256
of every table) and ``data/README.md`` (the data dictionary), both from the same
metadata below, so they cannot disagree.

Three kinds of table:
- observed: measured by someone and published as data (pageviews, protest counts, ITU);
- published: figures stated in a report or article (Pew, BBC, ...), with their URL;
- reconstructed: a daily series that no one published as data, rebuilt so that it passes
  EXACTLY through published figures (recorded in anchors.csv). The shape between the
  anchors is a simple, stated assumption, and every chart of it says "reconstructed".

The output is deterministic (stable order, fixed number formats, LF line endings), so
``tests/test_derive.py`` can re-derive and compare byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
RAW = Path(os.environ.get("MEDSOS_RAW", ROOT.parent / "shared" / "data" / "raw"))
CURATED = ROOT / "curated"  # tables typed by hand from published pages, each row with its URL
OUT = Path(os.environ.get("MEDSOS_DATA_OUT", ROOT / "data"))

# --- sources (every URL below appears in ../shared/data/raw/PROVENANCE.md, the published
# figures table, or ../shared/facts/checked-facts.md; Wikipedia pages only for well-known events)
SRC = {
    "wikimedia": {
        "title": "Wikimedia Foundation pageviews (en.wikipedia, user agents, article + redirects), "
        "collected by Chan, Gardner, Min & Mitchell (Carleton College, 2020), repository "
        "gadeuneo/wiki-comps-2020",
        "path": "https://github.com/gadeuneo/wiki-comps-2020",
    },
    "storywrangler": {
        "title": "Storywrangler (Alshaabi et al. 2021, Science Advances 7(29)), daily rank of "
        "'#MeToo' among English 1-grams on Twitter; repository janeadams/storywrangler",
        "path": "https://github.com/janeadams/storywrangler",
    },
    "blm_events": {
        "title": "Neal Caren, 'Black Lives Matter events' (BLM-GFAABT), combining Crowd Counting "
        "Consortium, Count Love, Elephrame, New York Times and Wikipedia listings; daily totals only",
        "path": "https://github.com/nealcaren/BLM-GFAABT",
    },
    "countlove": {
        "title": "Count Love racial-justice/BLM protest events, as compiled in nealcaren/BLM-GFAABT",
        "path": "https://github.com/nealcaren/BLM-GFAABT",
    },
    "owid": {
        "title": "International Telecommunication Union (ITU) via World Bank (WDI IT.NET.USER.ZS, "
        "IT.CEL.SETS.P2), processed by Our World in Data",
        "path": "https://ourworldindata.org/internet",
    },
    "bps": {
        "title": "Badan Pusat Statistik (BPS), Indonesia (Susenas/Podes tables). Sumber: Badan Pusat Statistik",
        "path": "https://www.bps.go.id/",
    },
    "dgg": {
        "title": "Digital Gender Gaps (Leasure, Yan, Bondarenko, Kerr, Fatehkia, Weber, Kashyap 2023), "
        "ground truth from DHS/MICS surveys and ITU; repository OxfordDemSci/dgg-www",
        "path": "https://github.com/OxfordDemSci/dgg-www",
    },
    "carnegie": {
        "title": "Carnegie Endowment for International Peace, Global Protest Tracker (as copied in "
        "Rushikeshay/CAPP-30239-Data-Visualization-for-Policy-Analysis)",
        "path": "https://carnegieendowment.org/features/global-protest-tracker",
    },
    "published": {
        "title": "Published figures compiled for this course, each with the URL of the page that states it "
        "(Pew Research Center, BBC Trending, ITU, Netray, Tribun Kaltim, detikNews and others)",
        "path": "https://github.com/",  # replaced per row: see the url column
    },
}
LICENCES = {
    "cc0": {
        "name": "CC0-1.0",
        "title": "Creative Commons Zero",
        "path": "https://creativecommons.org/publicdomain/zero/1.0/",
    },
    "ccby": {
        "name": "CC-BY-4.0",
        "title": "Creative Commons Attribution 4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
    },
    "mit": {"name": "MIT", "title": "MIT License", "path": "https://opensource.org/licenses/MIT"},
    "gpl": {
        "name": "GPL-3.0",
        "title": "GNU General Public License 3.0",
        "path": "https://www.gnu.org/licenses/gpl-3.0.html",
    },
    "facts": {
        "name": "facts",
        "title": "Facts and figures (not copyrightable); cite the source shown with each row",
        "path": "https://creativecommons.org/publicdomain/mark/1.0/",
    },
    "unclear": {
        "name": "unclear",
        "title": "No licence stated by the compiler: the course uses only aggregate counts/facts and cites the original",
        "path": "https://creativecommons.org/publicdomain/mark/1.0/",
    },
    "bps": {
        "name": "BPS-reuse",
        "title": "BPS allows reuse with the source cited ('Sumber: Badan Pusat Statistik')",
        "path": "https://www.bps.go.id/",
    },
    "course": {
        "name": "CC-BY-4.0",
        "title": "Creative Commons Attribution 4.0 (course contributors)",
        "path": "https://creativecommons.org/licenses/by/4.0/",
    },
}

# --- the campaigns -------------------------------------------------------------------------
CAMPAIGNS = [
    # campaign_id, hashtag, name_id, name_en, role, country, start_date, platforms, lesson, source_url,
    # description_id, description_en
    (
        "blacklivesmatter",
        "#BlackLivesMatter",
        "Black Lives Matter",
        "Black Lives Matter",
        "mobilisation",
        "United States",
        "2013-07-13",
        "Twitter;Instagram;Facebook",
        1,
        "https://cmsimpact.org/resource/beyond-hashtags-ferguson-blacklivesmatter-online-struggle-offline-justice/",
        "Gerakan menentang kekerasan polisi dan rasisme terhadap warga kulit hitam di Amerika Serikat. Tagarnya lahir pada 2013, meluas setelah Ferguson (2014), dan memuncak setelah George Floyd dibunuh pada Mei 2020.",
        "A movement against police violence and racism towards Black people in the United States. The hashtag began in 2013, spread after Ferguson (2014) and peaked after George Floyd was killed in May 2020.",
    ),
    (
        "metoo",
        "#MeToo",
        "#MeToo",
        "#MeToo",
        "awareness",
        "United States",
        "2017-10-15",
        "Twitter;Facebook;Instagram",
        1,
        "https://en.wikipedia.org/wiki/Me_Too_movement",
        "Gerakan melawan pelecehan dan kekerasan seksual. Frasa 'Me Too' dipakai aktivis Tarana Burke sejak 2006; tagarnya menjadi viral pada Oktober 2017.",
        "A movement against sexual harassment and assault. Activist Tarana Burke used the phrase 'Me Too' from 2006; the hashtag went viral in October 2017.",
    ),
    (
        "hongkong2019",
        "#HongKongProtests",
        "Protes Hong Kong 2019",
        "Hong Kong protests 2019",
        "mobilisation",
        "Hong Kong",
        "2019-03-31",
        "Telegram;LIHKG;Twitter;Facebook",
        1,
        "https://en.wikipedia.org/wiki/2019%E2%80%932020_Hong_Kong_protests",
        "Protes pro-demokrasi menentang RUU ekstradisi. Pengunjuk rasa memakai Telegram dan forum LIHKG untuk berkoordinasi, serta Twitter dan Facebook untuk menarik perhatian dunia.",
        "Pro-democracy protests against the extradition bill. Protesters used Telegram and the LIHKG forum to coordinate, and Twitter and Facebook to draw the world's attention.",
    ),
    (
        "climatestrike",
        "#ClimateStrike",
        "Mogok Sekolah untuk Iklim",
        "School strike for climate",
        "awareness",
        "Global",
        "2019-03-15",
        "Twitter;Instagram;Facebook",
        2,
        "https://en.wikipedia.org/wiki/September_2019_climate_strikes",
        "Aksi mogok pelajar untuk iklim yang dipopulerkan Greta Thunberg. Pada 2019 aksinya menyebar ke lebih dari 150 negara.",
        "Student climate strikes popularised by Greta Thunberg. In 2019 they spread to more than 150 countries.",
    ),
    (
        "bringbackourgirls",
        "#BringBackOurGirls",
        "Kembalikan Anak-Anak Kami",
        "Bring Back Our Girls",
        "support",
        "Nigeria",
        "2014-04-23",
        "Twitter;Facebook",
        2,
        "http://www.bbc.com/news/blogs-trending-27392955",
        "Kampanye menuntut pembebasan 276 siswi yang diculik Boko Haram dari sekolah di Chibok, Nigeria, pada April 2014.",
        "A campaign demanding the release of the 276 schoolgirls abducted by Boko Haram from their school in Chibok, Nigeria, in April 2014.",
    ),
    (
        "occupywallstreet",
        "#OccupyWallStreet",
        "Duduki Wall Street",
        "Occupy Wall Street",
        "mobilisation",
        "United States",
        "2011-07-13",
        "Twitter;Facebook",
        2,
        "https://en.wikipedia.org/wiki/Occupy_Wall_Street",
        "Gerakan protes terhadap ketimpangan ekonomi yang menduduki taman di dekat Wall Street, New York, mulai September 2011.",
        "A protest movement against economic inequality that occupied a park near Wall Street, New York, from September 2011.",
    ),
    (
        "lovewins",
        "#LoveWins",
        "Cinta Menang",
        "Love Wins",
        "equality",
        "United States",
        "2015-06-26",
        "Twitter;Facebook;Instagram",
        3,
        "https://en.wikipedia.org/wiki/Obergefell_v._Hodges",
        "Tagar perayaan putusan Mahkamah Agung AS yang melegalkan pernikahan sesama jenis di seluruh negara bagian (26 Juni 2015).",
        "The hashtag celebrating the US Supreme Court ruling that legalised same-sex marriage in every state (26 June 2015).",
    ),
    (
        "reformasidikorupsi",
        "#ReformasiDikorupsi",
        "Reformasi Dikorupsi",
        "Reformasi Dikorupsi (reform corrupted)",
        "mobilisation",
        "Indonesia",
        "2019-09-19",
        "Twitter;Instagram;WhatsApp",
        5,
        "https://analysis.netray.id/reformasi-dikorupsi",
        "Gelombang protes mahasiswa dan masyarakat sipil pada September 2019 menentang revisi UU KPK dan RKUHP.",
        "A wave of student and civil-society protests in September 2019 against the revised anti-corruption (KPK) law and the draft criminal code.",
    ),
    (
        "gejayanmemanggil",
        "#GejayanMemanggil",
        "Gejayan Memanggil",
        "Gejayan Memanggil (Gejayan calls)",
        "mobilisation",
        "Indonesia",
        "2019-09-23",
        "Twitter;Instagram",
        5,
        "https://analysis.netray.id/reformasi-dikorupsi",
        "Seruan aksi di Jalan Gejayan, Yogyakarta, pada 23 September 2019, bagian dari gelombang #ReformasiDikorupsi.",
        "A call to protest on Jalan Gejayan, Yogyakarta, on 23 September 2019, part of the #ReformasiDikorupsi wave.",
    ),
    (
        "tolakomnibuslaw",
        "#TolakOmnibusLaw",
        "Tolak Omnibus Law",
        "Reject the Omnibus Law",
        "mobilisation",
        "Indonesia",
        "2020-10-01",
        "Twitter;Instagram;TikTok",
        5,
        "https://carnegieendowment.org/features/global-protest-tracker",
        "Protes buruh dan mahasiswa menentang UU Cipta Kerja (omnibus law) pada Oktober 2020.",
        "Worker and student protests against the Job Creation (omnibus) law in October 2020.",
    ),
    (
        "percumalaporpolisi",
        "#PercumaLaporPolisi",
        "Percuma Lapor Polisi",
        "Percuma Lapor Polisi (no use reporting to the police)",
        "awareness",
        "Indonesia",
        "2021-10-06",
        "Twitter",
        5,
        "https://kaltim.tribunnews.com/2021/10/17/tagar-percumalaporpolisi-redup-topik-satpam-bca-meroket-warga-kaltim-diimbau-tidak-memperkeruh",
        "Tagar kritik terhadap penanganan laporan kekerasan oleh polisi, yang ramai setelah kasus Luwu Timur pada Oktober 2021.",
        "A hashtag criticising how police handle reports of abuse, which trended after the Luwu Timur case in October 2021.",
    ),
]
CAMPAIGN_COLUMNS = [
    "campaign_id",
    "hashtag",
    "name_id",
    "name_en",
    "role",
    "country",
    "start_date",
    "platforms",
    "lesson",
    "source_url",
    "description_id",
    "description_en",
]

# start_date notes: BLM first use July 2013 (day: the Zimmerman verdict was 13 July 2013);
# Hong Kong: first organiser-counted march 31 March 2019; climate: first global strike 15 March 2019;
# Omnibus law: October 2020 (month from Carnegie; the day is the 1st of the month, not an event date).

MILESTONES = [
    # campaign_id, date, label_id, label_en, source, source_url
    (
        "blacklivesmatter",
        "2014-08-09",
        "Michael Brown tewas di Ferguson",
        "Michael Brown killed in Ferguson",
        "NYU / Freelon, McIlwain & Clark 2016",
        "https://www.nyu.edu/about/news-publications/news/2016/april/charlton-mcilwain-on-black-lives-matter.html",
    ),
    (
        "blacklivesmatter",
        "2014-11-24",
        "Polisi Darren Wilson tidak didakwa",
        "No indictment of officer Darren Wilson",
        "NYU / Freelon, McIlwain & Clark 2016",
        "https://www.nyu.edu/about/news-publications/news/2016/april/charlton-mcilwain-on-black-lives-matter.html",
    ),
    (
        "blacklivesmatter",
        "2020-05-25",
        "George Floyd dibunuh",
        "George Floyd killed",
        "Wikipedia",
        "https://en.wikipedia.org/wiki/Murder_of_George_Floyd",
    ),
    (
        "blacklivesmatter",
        "2020-05-28",
        "Puncak penggunaan tagar (8,8 juta)",
        "Peak hashtag use (8.8 million)",
        "Pew Research Center via edbaig.net",
        "https://www.edbaig.net/post/blacklivesmatter-hashtag-surges-on-twitter-pew-study",
    ),
    (
        "metoo",
        "2017-10-15",
        "Alyssa Milano mengajak menulis 'me too'",
        "Alyssa Milano invites 'me too' replies",
        "women.com (secondary)",
        "https://www.women.com/angie/lists/how-many-people-have-posted-me-too-since-october-according-to-new-data",
    ),
    (
        "metoo",
        "2018-09-09",
        "Hari penggunaan terbanyak (mundurnya Moonves)",
        "Most-used day (Moonves resigns)",
        "Pew Research Center via Axios",
        "https://www.axios.com/2018/10/13/metoo-hashtag-used-over-19-million-times-on-twitter",
    ),
    (
        "hongkong2019",
        "2019-06-09",
        "Pawai 1,03 juta orang (versi penyelenggara)",
        "March of 1.03 million (organisers)",
        "jkwchui/103hk (organiser figures)",
        "https://github.com/jkwchui/103hk",
    ),
    (
        "hongkong2019",
        "2019-07-01",
        "Gedung Dewan Legislatif diduduki",
        "Legislative Council stormed",
        "Wikipedia",
        "https://en.wikipedia.org/wiki/2019%E2%80%932020_Hong_Kong_protests",
    ),
    (
        "hongkong2019",
        "2019-08-12",
        "Aksi di bandara",
        "Airport sit-in",
        "Wikipedia",
        "https://en.wikipedia.org/wiki/2019%E2%80%932020_Hong_Kong_protests",
    ),
    (
        "hongkong2019",
        "2019-08-19",
        "Twitter menutup 936 akun yang didukung negara",
        "Twitter removes 936 state-backed accounts",
        "Seeking Alpha",
        "https://seekingalpha.com/news/3493000-twitter-charges-china-hong-kong-disinfo-operation",
    ),
    (
        "bringbackourgirls",
        "2014-04-14",
        "276 siswi diculik di Chibok",
        "276 schoolgirls abducted in Chibok",
        "EWN",
        "https://ewn.co.za/topic/chibok-girls",
    ),
    (
        "bringbackourgirls",
        "2014-04-23",
        "Tagar pertama kali dipakai",
        "Hashtag first used",
        "BBC Trending",
        "http://www.bbc.com/news/blogs-trending-27392955",
    ),
    (
        "occupywallstreet",
        "2011-07-13",
        "Penggunaan pertama #OccupyWallStreet",
        "First use of #OccupyWallStreet",
        "SocialFlow",
        "http://blog.socialflow.com/post/7120244404/occupywallstreet-origin-and-spread-visualized",
    ),
    (
        "occupywallstreet",
        "2011-10-06",
        "Puncak cuitan (sampel NM Incite)",
        "Peak tweets (NM Incite sample)",
        "NM Incite via napstertech",
        "http://napstertech.blogspot.com/2011/10/twitter-buzz-builds-for-occupy-wall.html",
    ),
    (
        "lovewins",
        "2015-06-26",
        "Putusan Obergefell v. Hodges",
        "Obergefell v. Hodges ruling",
        "Wikipedia",
        "https://en.wikipedia.org/wiki/Obergefell_v._Hodges",
    ),
    (
        "climatestrike",
        "2019-03-15",
        "Mogok global pertama (1,6 juta orang)",
        "First global strike (1.6 million)",
        "Wikipedia",
        "https://en.wikipedia.org/wiki/September_2019_climate_strikes",
    ),
    (
        "climatestrike",
        "2019-09-20",
        "Pekan Global untuk Masa Depan dimulai",
        "Global Week for Future begins",
        "Wikipedia",
        "https://en.wikipedia.org/wiki/September_2019_climate_strikes",
    ),
    (
        "reformasidikorupsi",
        "2019-09-23",
        "Aksi #GejayanMemanggil di Yogyakarta",
        "#GejayanMemanggil action in Yogyakarta",
        "Netray",
        "https://analysis.netray.id/reformasi-dikorupsi",
    ),
    (
        "reformasidikorupsi",
        "2019-09-24",
        "Puncak cuitan",
        "Peak of tweets",
        "Netray",
        "https://analysis.netray.id/reformasi-dikorupsi",
    ),
    (
        "percumalaporpolisi",
        "2021-10-11",
        "Polisi membalas dengan #PolriSesuaiProsedur",
        "Police answer with #PolriSesuaiProsedur",
        "detikNews",
        "https://news.detik.com/berita/d-5762516/polisi-lawan-tagar-percumalaporpolisi-dengan-polrisesuaiprosedur?single=1",
    ),
]
MILESTONE_COLUMNS = ["campaign_id", "date", "label_id", "label_en", "source", "source_url"]

HK_ARTICLES = [
    "2019–20_Hong_Kong_protests",
    "2019_Hong_Kong_extradition_bill",
    "12_June_2019_Hong_Kong_protest",
    "Storming_of_the_Legislative_Council_Complex",
    "2019_Yuen_Long_attack",
    "Hong_Kong_Way",
    "Glory_to_Hong_Kong",
    "Siege_of_the_Hong_Kong_Polytechnic_University",
    "Carrie_Lam",
    "2019_Hong_Kong_local_elections",
]


# --- helpers ---------------------------------------------------------------------------------
def write_csv(frame: pd.DataFrame, name: str) -> Path:
    path = OUT / name
    text = frame.to_csv(index=False, lineterminator="\n", float_format="%.10g")
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def days(start: str, end: str) -> pd.DatetimeIndex:
    return pd.date_range(start, end, freq="D")


def fix_total(values: np.ndarray, total: int) -> np.ndarray:
    """Round to whole tweets and put the rounding remainder on the last day, so sums are exact."""
    whole = np.floor(values).astype(np.int64)
    whole[-1] += total - int(whole.sum())
    return whole


def solve_ratio(target: float, first: float, n: int, lo: float = 1e-6, hi: float = 10.0) -> float:
    """Find r with first*(r + r^2 + ... + r^n) == target (bisection; the sum grows with r)."""

    def total(r: float) -> float:
        return first * sum(r**k for k in range(1, n + 1))

    for _ in range(200):
        mid = (lo + hi) / 2
        if total(mid) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


# --- tables ----------------------------------------------------------------------------------
def published_figures() -> pd.DataFrame:
    raw = pd.read_csv(RAW / "published_anchor_figures" / "published_anchor_figures.csv", dtype=str)
    rows = []
    counters: dict[str, int] = {}
    for r in raw.itertuples(index=False):
        campaign = r.campaign.lower()
        counters[campaign] = counters.get(campaign, 0) + 1
        # periods look like "2020-05-26..2020-06-07", "2013-07..2018-05-01", "2014", "2019-10",
        # "as of 2021-10-17 09:45 WITA" or "2021-10-11 18:36 WIB": keep the dates only.
        found = re.findall(r"\d{4}(?:-\d{2}){0,2}", r.date_or_period)
        start, end = found[0], found[-1]
        if len(start) == 4:  # a year
            start = f"{start}-01-01"
        elif len(start) == 7:  # a month
            start = f"{start}-01"
        if len(end) == 4:
            end = f"{end}-12-31"
        elif len(end) == 7:
            end = str((pd.Timestamp(end + "-01") + pd.offsets.MonthEnd(0)).date())
        is_date = r.unit == "date"
        rows.append(
            {
                "figure_id": f"{campaign}-{counters[campaign]:02d}",
                "campaign_id": campaign,
                "metric": r.metric,
                "value": "" if is_date else r.value,
                "unit": r.unit,
                "date_start": str(pd.Timestamp(r.value if is_date else start).date()),
                "date_end": str(pd.Timestamp(r.value if is_date else end).date()),
                # Twitter's own accounts are named as sources; no handle of anyone goes into data/.
                "source": r.source.replace(
                    "@TwitterData", "Twitter Data (Twitter's official account)"
                ).replace("(@twittercomms)", "(Twitter's communications account)"),
                "url": r.url,
                "note": r.note if isinstance(r.note, str) else "",
            }
        )
    rows += [dict(zip(FIGURE_COLUMNS, fact, strict=True)) for fact in CHECKED_FACTS]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


# Figures from ../shared/facts/checked-facts.md (checked by hand, November 2026), each with the
# page it was read on. They join the published figures so that every number a lesson quotes is in
# data/ with its source. (figure_id, topic, metric, value, unit, start, end, source, url, note)
_GALLUP = "https://www.joemygod.com/2022/06/gallup-same-sex-marriage-support-at-record-71/"
_CHIBOK = "https://ewn.co.za/topic/chibok-girls"
_AMNESTY = "https://business247news.com/2023/page/286"
_TWITTER_HK = (
    "https://seekingalpha.com/news/3493000-twitter-charges-china-hong-kong-disinfo-operation"
)
_APJII = (
    "https://apjii.or.id/berita/d/apjii-jumlah-pengguna-internet-indonesia-tembus-221-juta-orang"
)
_ITU24 = (
    "https://dailypulsereport.com/2024/11/29/itu-report-internet-users-reached-5-5-billion-in-2024/"
)
_WEINSTEIN = "https://www.newser.com/story/349535/weinstein-stunner-conviction-is-overturned.html"
_APJII_NOTE = "APJII survey 2024: 8,720 face-to-face interviews in 38 provinces"
CHECKED_FACTS = [
    (
        "lovewins-gallup-1996",
        "lovewins",
        "US adults who support legal same-sex marriage (first asked)",
        "27",
        "percent",
        "1996-01-01",
        "1996-12-31",
        "Gallup via joemygod.com",
        _GALLUP,
        "",
    ),
    (
        "lovewins-gallup-2011",
        "lovewins",
        "US adults who support legal same-sex marriage (first time above half)",
        "53",
        "percent",
        "2011-01-01",
        "2011-12-31",
        "Gallup via joemygod.com",
        _GALLUP,
        "",
    ),
    (
        "lovewins-gallup-2015",
        "lovewins",
        "US adults who support legal same-sex marriage (a month before Obergefell v. Hodges)",
        "60",
        "percent",
        "2015-05-01",
        "2015-05-31",
        "Gallup via joemygod.com",
        _GALLUP,
        "ruling on 26 June 2015",
    ),
    (
        "lovewins-gallup-2021",
        "lovewins",
        "US adults who support legal same-sex marriage",
        "70",
        "percent",
        "2021-01-01",
        "2021-12-31",
        "Gallup via joemygod.com",
        _GALLUP,
        "",
    ),
    (
        "lovewins-gallup-2022",
        "lovewins",
        "US adults who support legal same-sex marriage (record)",
        "71",
        "percent",
        "2022-01-01",
        "2022-12-31",
        "Gallup via joemygod.com",
        _GALLUP,
        "",
    ),
    (
        "bringbackourgirls-abducted",
        "bringbackourgirls",
        "girls abducted from the school in Chibok",
        "276",
        "people",
        "2014-04-14",
        "2014-04-14",
        "Eyewitness News (EWN)",
        _CHIBOK,
        "night of 14 April 2014, Government Girls Secondary School",
    ),
    (
        "bringbackourgirls-escaped",
        "bringbackourgirls",
        "girls who escaped soon after the abduction",
        "57",
        "people",
        "2014-04-14",
        "2014-04-30",
        "Eyewitness News (EWN)",
        _CHIBOK,
        "some by jumping from the trucks",
    ),
    (
        "bringbackourgirls-released-2017",
        "bringbackourgirls",
        "girls released after three years of captivity",
        "82",
        "people",
        "2017-05-01",
        "2017-05-31",
        "Eyewitness News (EWN)",
        _CHIBOK,
        "release negotiated",
    ),
    (
        "bringbackourgirls-missing-2019",
        "bringbackourgirls",
        "girls still missing five years on",
        "112",
        "people",
        "2019-04-01",
        "2019-04-30",
        "Eyewitness News (EWN)",
        _CHIBOK,
        "",
    ),
    (
        "bringbackourgirls-held-2023",
        "bringbackourgirls",
        "girls still held nine years on (Amnesty International)",
        "98",
        "people",
        "2023-04-01",
        "2023-04-30",
        "Amnesty International via business247news.com",
        _AMNESTY,
        "",
    ),
    (
        "hongkong2019-state-accounts",
        "hongkong2019",
        "state-backed accounts disclosed by Twitter (China, aimed at the protests)",
        "936",
        "accounts",
        "2019-08-19",
        "2019-08-19",
        "Twitter disclosure via Seeking Alpha",
        _TWITTER_HK,
        "all suspended; Facebook removed accounts at the same time",
    ),
    (
        "hongkong2019-state-network",
        "hongkong2019",
        "accounts in the wider network suspended (approximate)",
        "200000",
        "accounts",
        "2019-08-19",
        "2019-08-19",
        "Twitter disclosure via Seeking Alpha",
        _TWITTER_HK,
        "about 200,000",
    ),
    (
        "metoo-weinstein-sentence",
        "metoo",
        "prison sentence of Harvey Weinstein in New York (overturned on appeal 25 April 2024)",
        "23",
        "years",
        "2020-01-01",
        "2020-12-31",
        "Newser",
        _WEINSTEIN,
        "Court of Appeals 4-3 ordered a new trial",
    ),
    (
        "metoo-weinstein-accusers",
        "metoo",
        "women who had accused Harvey Weinstein (more than)",
        "100",
        "people",
        "2017-10-01",
        "2024-04-25",
        "Newser",
        _WEINSTEIN,
        "the New York conviction concerned two",
    ),
    (
        "indonesia_internet-apjii-2018",
        "indonesia_internet",
        "internet penetration in Indonesia (APJII survey)",
        "64.8",
        "percent",
        "2018-01-01",
        "2018-12-31",
        "APJII",
        _APJII,
        "",
    ),
    (
        "indonesia_internet-apjii-2020",
        "indonesia_internet",
        "internet penetration in Indonesia (APJII survey)",
        "73.7",
        "percent",
        "2020-01-01",
        "2020-12-31",
        "APJII",
        _APJII,
        "",
    ),
    (
        "indonesia_internet-apjii-2022",
        "indonesia_internet",
        "internet penetration in Indonesia (APJII survey)",
        "77.01",
        "percent",
        "2022-01-01",
        "2022-12-31",
        "APJII",
        _APJII,
        "",
    ),
    (
        "indonesia_internet-apjii-2023",
        "indonesia_internet",
        "internet penetration in Indonesia (APJII survey)",
        "78.19",
        "percent",
        "2023-01-01",
        "2023-12-31",
        "APJII",
        _APJII,
        "",
    ),
    (
        "indonesia_internet-apjii-2024",
        "indonesia_internet",
        "internet penetration in Indonesia (APJII survey)",
        "79.5",
        "percent",
        "2023-12-18",
        "2024-01-19",
        "APJII",
        _APJII,
        "221,563,479 users of 278,696,200 people; " + _APJII_NOTE,
    ),
    (
        "indonesia_internet-apjii-2024-men",
        "indonesia_internet",
        "internet penetration among men in Indonesia (APJII survey)",
        "87.6",
        "percent",
        "2023-12-18",
        "2024-01-19",
        "APJII",
        _APJII,
        _APJII_NOTE,
    ),
    (
        "indonesia_internet-apjii-2024-women",
        "indonesia_internet",
        "internet penetration among women in Indonesia (APJII survey)",
        "85.5",
        "percent",
        "2023-12-18",
        "2024-01-19",
        "APJII",
        _APJII,
        _APJII_NOTE,
    ),
    (
        "indonesia_internet-apjii-2024-rural",
        "indonesia_internet",
        "internet penetration in rural Indonesia (APJII survey)",
        "74",
        "percent",
        "2023-12-18",
        "2024-01-19",
        "APJII",
        _APJII,
        _APJII_NOTE,
    ),
    (
        "indonesia_internet-apjii-2024-urban",
        "indonesia_internet",
        "internet penetration in urban Indonesia (APJII survey)",
        "82.2",
        "percent",
        "2023-12-18",
        "2024-01-19",
        "APJII",
        _APJII,
        _APJII_NOTE,
    ),
    (
        "digitaldivide-itu-2024-world",
        "digitaldivide",
        "share of the world's people online",
        "68",
        "percent",
        "2024-01-01",
        "2024-12-31",
        "ITU Facts and Figures 2024 via dailypulsereport.com",
        _ITU24,
        "about 5.5 billion people; about 2.6 billion offline",
    ),
    (
        "digitaldivide-itu-2024-high-income",
        "digitaldivide",
        "share of people online in high-income countries",
        "93",
        "percent",
        "2024-01-01",
        "2024-12-31",
        "ITU Facts and Figures 2024 via dailypulsereport.com",
        _ITU24,
        "",
    ),
    (
        "digitaldivide-itu-2024-low-income",
        "digitaldivide",
        "share of people online in low-income countries",
        "27",
        "percent",
        "2024-01-01",
        "2024-12-31",
        "ITU Facts and Figures 2024 via dailypulsereport.com",
        _ITU24,
        "",
    ),
    (
        "digitaldivide-itu-2024-ldc",
        "digitaldivide",
        "share of people online in least developed countries",
        "35",
        "percent",
        "2024-01-01",
        "2024-12-31",
        "ITU Facts and Figures 2024 via dailypulsereport.com",
        _ITU24,
        "",
    ),
]
FIGURE_COLUMNS = [
    "figure_id",
    "campaign_id",
    "metric",
    "value",
    "unit",
    "date_start",
    "date_end",
    "source",
    "url",
    "note",
]


def figure(figures: pd.DataFrame, campaign: str, metric_start: str) -> pd.Series:
    hit = figures[(figures.campaign_id == campaign) & figures.metric.str.startswith(metric_start)]
    assert len(hit) == 1, (campaign, metric_start, len(hit))
    return hit.iloc[0]


def observed_series() -> tuple[list[dict], list[pd.DataFrame]]:
    meta, frames = [], []
    hk = pd.read_csv(RAW / "wikipedia_pageviews_hk2019" / "DERIVED_hk_pageviews_long.csv")
    main = hk[(hk.article == "2019–20_Hong_Kong_protests") & (hk.date >= "2019-01-01")]
    frames.append(
        pd.DataFrame(
            {
                "series_id": "hongkong2019_pageviews",
                "campaign_id": "hongkong2019",
                "date": main.date,
                "value": main.views.astype(float),
                "kind": "observed",
            }
        )
    )
    meta.append(
        {
            "series_id": "hongkong2019_pageviews",
            "campaign_id": "hongkong2019",
            "measure": "pageviews",
            "unit_id": "kunjungan halaman per hari",
            "unit_en": "page views per day",
            "kind": "observed",
            "higher_is_more": True,
            "source": SRC["wikimedia"]["title"],
            "source_url": SRC["wikimedia"]["path"],
            "licence": "CC0-1.0",
            "note_id": "Kunjungan harian ke artikel Wikipedia bahasa Inggris '2019–20 Hong Kong protests' (beserta pengalihannya), tanpa bot.",
            "note_en": "Daily views of the English Wikipedia article '2019–20 Hong Kong protests' (with its redirects), bots excluded.",
        }
    )
    mt = pd.read_csv(RAW / "storywrangler_metoo" / "DERIVED_metoo_daily_rank.csv")
    frames.append(
        pd.DataFrame(
            {
                "series_id": "metoo_twitter_rank",
                "campaign_id": "metoo",
                "date": mt.date,
                "value": mt["rank"].astype(float),
                "kind": "observed",
            }
        )
    )
    meta.append(
        {
            "series_id": "metoo_twitter_rank",
            "campaign_id": "metoo",
            "measure": "twitter_rank",
            "unit_id": "peringkat harian (1 = kata terpopuler)",
            "unit_en": "daily rank (1 = most used word)",
            "kind": "observed",
            "higher_is_more": False,
            "source": SRC["storywrangler"]["title"],
            "source_url": SRC["storywrangler"]["path"],
            "licence": "MIT",
            "note_id": "Peringkat harian '#MeToo' di antara semua kata di Twitter berbahasa Inggris. Hari tanpa peringkat dibiarkan kosong.",
            "note_en": "Daily rank of '#MeToo' among all words on English-language Twitter. Days without a rank are left out.",
        }
    )
    blm = pd.read_csv(RAW / "blm2020_protest_events" / "DERIVED_blm2020_daily_national_totals.csv")
    frames.append(
        pd.DataFrame(
            {
                "series_id": "blm2020_protest_events",
                "campaign_id": "blacklivesmatter",
                "date": blm.date,
                "value": blm.events.astype(float),
                "kind": "observed",
            }
        )
    )
    meta.append(
        {
            "series_id": "blm2020_protest_events",
            "campaign_id": "blacklivesmatter",
            "measure": "protest_events",
            "unit_id": "aksi protes per hari (AS)",
            "unit_en": "protest events per day (US)",
            "kind": "observed",
            "higher_is_more": True,
            "source": SRC["blm_events"]["title"],
            "source_url": SRC["blm_events"]["path"],
            "licence": "unclear",
            "note_id": "Jumlah aksi protes per hari di kota-kota AS setelah kematian George Floyd, dari beberapa sumber pencatat.",
            "note_en": "Protest events per day in US cities after George Floyd's death, combined from several event listings.",
        }
    )
    return meta, frames


def reconstructed_series(
    figures: pd.DataFrame,
) -> tuple[list[dict], list[pd.DataFrame], list[dict]]:
    meta, frames, anchors = [], [], []

    def add(series_id, campaign, dates, values, note_id, note_en, used):
        frames.append(
            pd.DataFrame(
                {
                    "series_id": series_id,
                    "campaign_id": campaign,
                    "date": [str(d.date()) for d in dates],
                    "value": values.astype(float),
                    "kind": "reconstructed",
                }
            )
        )
        meta.append(
            {
                "series_id": series_id,
                "campaign_id": campaign,
                "measure": "tweets",
                "unit_id": "cuitan per hari",
                "unit_en": "tweets per day",
                "kind": "reconstructed",
                "higher_is_more": True,
                "source": "; ".join(sorted({f.source for _r, f in used})),
                "source_url": " ".join(sorted({f.url for _r, f in used})),
                "licence": "CC-BY-4.0",
                "note_id": note_id,
                "note_en": note_en,
            }
        )
        for rule, f in used:
            anchors.append(
                {
                    "series_id": series_id,
                    "figure_id": f.figure_id,
                    "rule": rule,
                    "date_start": f.date_start,
                    "date_end": f.date_end,
                    "value": f.value,
                }
            )

    # BLM 2020: 218,000 (26 May), 8.8M (28 May), total 47.8M over 26 May - 7 June; 27 May passed 1M;
    # every day 29 May - 7 June above 2M. Assumption: 27 May is the geometric mean of its neighbours;
    # after the peak, daily use decays exponentially towards 2M, at the rate that makes the total exact.
    d = days("2020-05-26", "2020-06-07")
    f26 = figure(figures, "blacklivesmatter", "tweets containing")
    f28 = figure(figures, "blacklivesmatter", "peak daily use")
    ftot = figure(figures, "blacklivesmatter", "uses of #BlackLivesMatter")
    first, peak, total, floor = float(f26.value), float(f28.value), int(ftot.value), 2_000_000.0
    second = math.sqrt(first * peak)
    rest = total - first - math.floor(second) - peak
    r = solve_ratio(rest - 10 * floor, peak - floor, 10, hi=1.0)
    tail = floor + (peak - floor) * np.array([r**k for k in range(1, 11)])
    values = fix_total(np.concatenate([[first, second, peak], tail]), total)
    add(
        "blm2020_tweets",
        "blacklivesmatter",
        d,
        values,
        "Rekonstruksi: melewati tepat 218.000 (26 Mei), 8,8 juta (28 Mei) dan total 47,8 juta (26 Mei–7 Juni) dari Pew. 27 Mei = rata-rata geometris kedua tetangganya; setelah puncak diasumsikan turun eksponensial menuju 2 juta per hari.",
        "Reconstruction: passes exactly through Pew's 218,000 (26 May), 8.8 million (28 May) and 47.8 million total (26 May–7 June). 27 May = geometric mean of its neighbours; after the peak, an assumed exponential decline towards 2 million a day.",
        [("daily_value", f26), ("daily_value", f28), ("period_total", ftot)],
    )

    # #BringBackOurGirls 2014: 738 tweets on 23 April; 2,451,529 in all by 9 May; 3.3M by 13 May.
    # Assumption: steady exponential growth to 9 May, then exponential decline to 13 May.
    d = days("2014-04-23", "2014-05-13")
    f0 = figure(figures, "bringbackourgirls", "tweets on day one")
    fc = figure(figures, "bringbackourgirls", "cumulative tweets")
    ft = figure(figures, "bringbackourgirls", "total tweets")
    day1, cum9, cum13 = float(f0.value), int(fc.value), int(ft.value)
    q = solve_ratio(cum9 - day1, day1, 16)
    rise = np.array([day1 * q**k for k in range(0, 17)])
    rise = fix_total(rise, cum9)
    rise[0] = int(day1)
    rise[-1] = cum9 - int(rise[:-1].sum())
    s = solve_ratio(cum13 - cum9, float(rise[-1]), 4, hi=1.0)
    fall = fix_total(np.array([rise[-1] * s**k for k in range(1, 5)]), cum13 - cum9)
    values = np.concatenate([rise, fall])
    add(
        "bringbackourgirls2014_tweets",
        "bringbackourgirls",
        d,
        values,
        "Rekonstruksi: melewati tepat 738 cuitan (23 April, Crimson Hexagon), total 2.451.529 sampai 9 Mei (Crimson Hexagon) dan 3,3 juta sampai 13 Mei (BBC). Diasumsikan tumbuh eksponensial sampai 9 Mei lalu turun eksponensial.",
        "Reconstruction: passes exactly through 738 tweets on 23 April and 2,451,529 in all by 9 May (Crimson Hexagon) and 3.3 million by 13 May (BBC). Assumed steady exponential growth to 9 May, then exponential decline.",
        [("daily_value", f0), ("cumulative_total", fc), ("cumulative_total", ft)],
    )

    # #LoveWins 2015: 7M on 26 June, 3M on 27 June (Pew). Assumption: the same day-on-day ratio
    # continues for two more days (shown only to draw a decay; the two anchors are the data).
    d = days("2015-06-26", "2015-06-29")
    f1 = figure(figures, "lovewins", "#LoveWins uses on ruling day")
    f2 = figure(figures, "lovewins", "#LoveWins uses the day after")
    a, b = float(f1.value), float(f2.value)
    values = np.round(np.array([a, b, b * (b / a), b * (b / a) ** 2])).astype(np.int64)
    add(
        "lovewins2015_tweets",
        "lovewins",
        d,
        values,
        "Rekonstruksi: 7 juta (26 Juni) dan 3 juta (27 Juni) dari Pew; dua hari berikutnya diasumsikan turun dengan rasio yang sama.",
        "Reconstruction: 7 million (26 June) and 3 million (27 June) from Pew; the next two days assume the same day-on-day decline.",
        [("daily_value", f1), ("daily_value", f2)],
    )

    # #ReformasiDikorupsi 2019: 21,581 tweets 19 Sep - 1 Oct, peak 24 Sep (Netray).
    # Assumption: doubling each day up to the peak, then falling by 40% a day.
    d = days("2019-09-19", "2019-10-01")
    fr = figure(figures, "reformasidikorupsi", "tweets with #ReformasiDikorupsi")
    shape = np.array([2.0 ** (k - 5) for k in range(0, 6)] + [0.6**k for k in range(1, 8)])
    values = fix_total(shape / shape.sum() * int(fr.value), int(fr.value))
    add(
        "reformasidikorupsi2019_tweets",
        "reformasidikorupsi",
        d,
        values,
        "Rekonstruksi: total tepat 21.581 cuitan 19 September–1 Oktober dengan puncak 24 September (Netray). Diasumsikan berlipat dua setiap hari sampai puncak, lalu turun 40% per hari.",
        "Reconstruction: exactly 21,581 tweets from 19 September to 1 October, peaking on 24 September (Netray). Assumed doubling each day up to the peak, then falling 40% a day.",
        [("period_total", fr)],
    )

    # #PercumaLaporPolisi 2021: 130,000 tweets counted by 17 Oct (Tribun Kaltim); trended in early
    # October. Assumption: starts 6 Oct at its peak and halves every two days.
    d = days("2021-10-06", "2021-10-17")
    fp = figure(figures, "percumalaporpolisi", "tweets counted by Twitter")
    shape = np.array([0.5 ** (k / 2) for k in range(len(d))])
    values = fix_total(shape / shape.sum() * int(fp.value), int(fp.value))
    add(
        "percumalaporpolisi2021_tweets",
        "percumalaporpolisi",
        d,
        values,
        "Rekonstruksi: total tepat 130.000 cuitan sampai 17 Oktober (Tribun Kaltim). Tanggal mulai 6 Oktober dan penurunan separuh setiap dua hari adalah asumsi.",
        "Reconstruction: exactly 130,000 tweets by 17 October (Tribun Kaltim). The start on 6 October and halving every two days are assumptions.",
        [("cumulative_total", fp)],
    )
    return meta, frames, anchors


def internet_use() -> pd.DataFrame:
    share = pd.read_csv(RAW / "owid_internet" / "share-of-individuals-using-the-internet.csv")
    share.columns = ["country", "iso3", "year", "internet_pct"]
    mobile = pd.read_csv(RAW / "owid_internet" / "mobile-cellular-subscriptions-per-100-people.csv")
    mobile.columns = ["country", "iso3", "year", "mobile_per_100"]
    keep = share[(share.iso3.str.len() == 3) | (share.country == "World")]
    keep = keep[keep.year >= 1990].copy()
    keep.loc[keep.country == "World", "iso3"] = "WLD"
    mobile.loc[mobile.country == "World", "iso3"] = "WLD"
    merged = keep.merge(mobile[["iso3", "year", "mobile_per_100"]], on=["iso3", "year"], how="left")
    merged = merged[~merged.iso3.str.startswith("OWID")]
    return merged.sort_values(["iso3", "year"]).reset_index(drop=True)


def province_name(raw: str) -> str:
    special = {
        "DKI JAKARTA": "DKI Jakarta",
        "DI YOGYAKARTA": "DI Yogyakarta",
        "D I YOGYAKARTA": "DI Yogyakarta",
        "KEP. BANGKA BELITUNG": "Kepulauan Bangka Belitung",
        "KEP. RIAU": "Kepulauan Riau",
        "INDONESIA": "Indonesia",
        "RATA-RATA INDONESIA": "Indonesia",
    }
    raw = raw.strip()
    return special.get(raw.upper(), raw.title())


def indonesia_internet_2022() -> pd.DataFrame:
    raw = pd.read_csv(
        RAW / "indonesia_bps_internet" / "Akses Internet-2022.csv",
        skiprows=4,
        header=None,
        names=["province", "urban_pct", "rural_pct", "total_pct"],
        encoding="utf-8-sig",
        dtype=str,
    )
    raw = raw.dropna(subset=["province"])
    for col in ("urban_pct", "rural_pct", "total_pct"):
        raw[col] = pd.to_numeric(raw[col].str.strip().replace("-", np.nan), errors="coerce")
    raw["province"] = raw.province.map(province_name)
    raw["is_national"] = raw.province == "Indonesia"
    return raw.reset_index(drop=True)


def indonesia_devices() -> pd.DataFrame:
    raw = pd.read_csv(
        RAW
        / "indonesia_bps_internet"
        / "Persentase Rumah Tangga yang Pernah Mengakses Internet dalam 3 Bulan Terakhir Menurut Media Akses.csv",
        encoding="utf-8-sig",
    )
    names = {
        "Komputer": ("Komputer", "Desktop computer"),
        "Laptop": ("Laptop", "Laptop"),
        "Telepon Seluler": ("Telepon seluler", "Mobile phone"),
        "Lainnya": ("Lainnya", "Other"),
    }
    long = raw.melt(id_vars="Media", var_name="year", value_name="pct")
    long["device_id"] = long.Media.map(lambda m: names[m][0])
    long["device_en"] = long.Media.map(lambda m: names[m][1])
    long["year"] = long.year.astype(int)
    return (
        long[["year", "device_id", "device_en", "pct"]]
        .sort_values(["year", "device_en"])
        .reset_index(drop=True)
    )


def indonesia_no_signal() -> pd.DataFrame:
    raw = pd.read_csv(RAW / "indonesia_bps_internet" / "DERIVED_TidakAdaSinyal.csv")
    long = raw.melt(id_vars="Provinsi", var_name="year", value_name="villages")
    long["province"] = long.Provinsi.map(province_name)
    long["is_national"] = (
        long.province == "Indonesia"
    )  # the raw file mislabels this total row as an average
    long["year"] = long.year.astype(int)
    return (
        long[["province", "year", "villages", "is_national"]]
        .sort_values(["year", "province"])
        .reset_index(drop=True)
    )


def indonesia_ict_skills() -> pd.DataFrame:
    raw = pd.read_excel(
        RAW
        / "indonesia_bps_internet"
        / "Proporsi Remaja Dan Dewasa Usia 15-59 Tahun Dengan Keterampilan Teknologi Informasi Dan Komputer (TIK) Menurut Provinsi.xlsx"
    )
    raw.columns = ["province", *[int(c) for c in raw.columns[1:]]]
    long = raw.melt(id_vars="province", var_name="year", value_name="pct")
    long["province"] = long.province.map(province_name)
    long["is_national"] = long.province == "Indonesia"
    long["year"] = long.year.astype(int)
    return long.sort_values(["year", "province"]).reset_index(drop=True)


def gender_gap() -> pd.DataFrame:
    raw = pd.read_csv(
        RAW / "digital_gender_gaps" / "DERIVED_dgg_ground_truth_internet_by_sex_subset.csv"
    )
    names = pd.read_csv(RAW / "digital_gender_gaps" / "country_info.csv")
    wide = raw.pivot_table(
        index=["gid_0", "survey_year", "source"], columns="outcome", values="observed"
    ).reset_index()
    wide = wide.rename(
        columns={
            "gid_0": "iso3",
            "survey_year": "year",
            "internet_men": "men_pct",
            "internet_women": "women_pct",
            "internet_fm_ratio": "ratio",
        }
    )
    wide["men_pct"] = (wide.men_pct * 100).round(1)
    wide["women_pct"] = (wide.women_pct * 100).round(1)
    wide["ratio"] = wide.ratio.round(3)
    wide["source"] = wide.source.map({"dhs7": "DHS", "mics6": "MICS", "itu": "ITU"}).fillna(
        wide.source
    )
    country = dict(zip(names.iso3, names.name, strict=False))
    wide["country"] = wide.iso3.map(country).fillna(wide.iso3)
    return (
        wide[["country", "iso3", "year", "source", "men_pct", "women_pct", "ratio"]]
        .sort_values(["iso3", "year", "source"])
        .reset_index(drop=True)
    )


def hk_pageviews() -> pd.DataFrame:
    hk = pd.read_csv(RAW / "wikipedia_pageviews_hk2019" / "DERIVED_hk_pageviews_long.csv")
    sel = hk[hk.article.isin(HK_ARTICLES) & (hk.date >= "2019-05-01")].copy()
    sel["article"] = sel.article.str.replace("_", " ")
    return sel[["article", "date", "views"]].sort_values(["article", "date"]).reset_index(drop=True)


def blm_monthly_events() -> pd.DataFrame:
    raw = pd.read_csv(RAW / "blm2020_protest_events" / "DERIVED_countlove_blm_monthly_events.csv")
    raw["month"] = raw.month + "-01"
    return raw


def protests() -> pd.DataFrame:
    raw = pd.read_csv(RAW / "carnegie_global_protest_tracker" / "protest.csv")
    wanted = [
        ("Hong Kong", "Hong Kong autonomy protests"),
        ("Indonesia", "Criminal code protests"),
        ("Indonesia", "Jobs bill protests"),
        ("United States of America", "Police brutality protests"),
        ("Nigeria", "SARS protests"),
        ("Indonesia", "Local election law protests"),
    ]
    rows = []
    for country, name in wanted:
        hit = raw[(raw.Country == country) & (raw["Protest Name"] == name)]
        hit = hit[hit.Year_4digit.isin([2019, 2020, 2024])]
        r = hit.iloc[0]
        rows.append(
            {
                "country": "United States" if country.startswith("United States") else country,
                "name": name,
                "start_month": str(
                    pd.Timestamp(f"{r.Month} {int(r.Year_4digit)}").strftime("%Y-%m")
                ),
                "peak_size": str(r["Peak Size"]).strip(),
                "duration": str(r.Duration).strip(),
                "outcome": str(r.Outcomes).strip(),
            }
        )
    return pd.DataFrame(rows)


# --- metadata ------------------------------------------------------------------------------
def field(name, type_, description, **extra):
    out = {"name": name, "type": type_, "description": description}
    if type_ == "date":
        out["format"] = "%Y-%m-%d"
    out.update(extra)
    return out


RESOURCES = [
    dict(
        name="campaigns",
        path="campaigns.csv",
        title_id="Kampanye",
        title_en="Campaigns",
        kind="published",
        description="The article's campaigns and Indonesian ones, with bilingual names and descriptions.",
        sources=["published"],
        licence="course",
        primaryKey=["campaign_id"],
        fields=[
            field(
                "campaign_id",
                "string",
                "Short id used by every other table",
                constraints={"required": True, "unique": True},
            ),
            field("hashtag", "string", "The campaign's main hashtag"),
            field("name_id", "string", "Name in Indonesian", constraints={"required": True}),
            field("name_en", "string", "Name in English", constraints={"required": True}),
            field(
                "role",
                "string",
                "What the campaign mainly did (the article's three roles, plus equality)",
                constraints={
                    "required": True,
                    "enum": ["awareness", "support", "mobilisation", "equality"],
                },
            ),
            field("country", "string", "Where it started"),
            field(
                "start_date",
                "date",
                "First use of the hashtag or first action (see data/README.md)",
            ),
            field("platforms", "string", "Main platforms, separated by ';'"),
            field("lesson", "integer", "The lesson that discusses it"),
            field("source_url", "string", "A page that documents the campaign"),
            field(
                "description_id",
                "string",
                "One or two sentences in Indonesian",
                constraints={"required": True},
            ),
            field(
                "description_en",
                "string",
                "One or two sentences in English",
                constraints={"required": True},
            ),
        ],
    ),
    dict(
        name="milestones",
        path="milestones.csv",
        title_id="Tonggak peristiwa",
        title_en="Milestones",
        kind="published",
        description="Dated events of each campaign, each with its source.",
        sources=["published"],
        licence="course",
        fields=[
            field(
                "campaign_id", "string", "Campaign (campaigns.csv)", constraints={"required": True}
            ),
            field("date", "date", "Day of the event", constraints={"required": True}),
            field(
                "label_id", "string", "Short label in Indonesian", constraints={"required": True}
            ),
            field("label_en", "string", "Short label in English", constraints={"required": True}),
            field("source", "string", "Who says so"),
            field("source_url", "string", "Where", constraints={"required": True}),
        ],
    ),
    dict(
        name="series",
        path="series.csv",
        title_id="Daftar seri perhatian harian",
        title_en="Daily attention series",
        kind="mixed",
        description="One row per daily series in attention.csv: what it measures, its kind and source.",
        sources=["wikimedia", "storywrangler", "blm_events", "published"],
        licence="course",
        primaryKey=["series_id"],
        fields=[
            field(
                "series_id",
                "string",
                "Id of the series",
                constraints={"required": True, "unique": True},
            ),
            field("campaign_id", "string", "Campaign (campaigns.csv)"),
            field(
                "measure",
                "string",
                "What is counted",
                constraints={"enum": ["pageviews", "twitter_rank", "protest_events", "tweets"]},
            ),
            field("unit_id", "string", "Unit, in Indonesian"),
            field("unit_en", "string", "Unit, in English"),
            field(
                "kind",
                "string",
                "observed or reconstructed",
                constraints={"enum": ["observed", "reconstructed"]},
            ),
            field("higher_is_more", "boolean", "False for ranks (rank 1 is the top)"),
            field("source", "string", "Source"),
            field("source_url", "string", "Source URL(s)"),
            field("licence", "string", "Licence of the underlying data"),
            field("note_id", "string", "How to read it, in Indonesian"),
            field("note_en", "string", "How to read it, in English"),
        ],
    ),
    dict(
        name="attention",
        path="attention.csv",
        title_id="Perhatian harian",
        title_en="Daily attention",
        kind="mixed",
        description="Daily attention per campaign, long format. Observed and reconstructed series: see the kind column and series.csv.",
        sources=["wikimedia", "storywrangler", "blm_events", "published"],
        licence="course",
        fields=[
            field("series_id", "string", "Series (series.csv)", constraints={"required": True}),
            field("campaign_id", "string", "Campaign (campaigns.csv)"),
            field("date", "date", "Day", constraints={"required": True}),
            field(
                "value",
                "number",
                "Value on that day, in the series' unit",
                constraints={"required": True, "minimum": 0},
            ),
            field(
                "kind",
                "string",
                "observed or reconstructed",
                constraints={"enum": ["observed", "reconstructed"]},
            ),
        ],
    ),
    dict(
        name="anchors",
        path="anchors.csv",
        title_id="Angka jangkar rekonstruksi",
        title_en="Anchors of the reconstructions",
        kind="published",
        description="The published figures each reconstructed series passes through exactly.",
        sources=["published"],
        licence="facts",
        fields=[
            field("series_id", "string", "Reconstructed series"),
            field("figure_id", "string", "Row of published_figures.csv"),
            field(
                "rule",
                "string",
                "How the series meets the figure",
                constraints={"enum": ["daily_value", "period_total", "cumulative_total"]},
            ),
            field("date_start", "date", "First day the rule covers"),
            field("date_end", "date", "Last day"),
            field("value", "number", "The published value"),
        ],
    ),
    dict(
        name="published_figures",
        path="published_figures.csv",
        title_id="Angka yang dipublikasikan",
        title_en="Published figures",
        kind="published",
        description="Figures stated in reports and articles, each with its URL.",
        sources=["published"],
        licence="facts",
        primaryKey=["figure_id"],
        fields=[
            field("figure_id", "string", "Id", constraints={"required": True, "unique": True}),
            field("campaign_id", "string", "Campaign or topic"),
            field("metric", "string", "What was counted"),
            field("value", "number", "The figure (empty when the figure is a date)"),
            field("unit", "string", "Unit"),
            field("date_start", "date", "Start of the period"),
            field("date_end", "date", "End of the period"),
            field("source", "string", "Who published it"),
            field("url", "string", "Where", constraints={"required": True}),
            field("note", "string", "Context"),
        ],
    ),
    dict(
        name="internet_use",
        path="internet_use.csv",
        title_id="Pengguna internet per negara",
        title_en="Internet use by country",
        kind="observed",
        description="Share of people using the internet and mobile subscriptions, by country and year.",
        sources=["owid"],
        licence="ccby",
        fields=[
            field("country", "string", "Country (or World)", constraints={"required": True}),
            field(
                "iso3",
                "string",
                "ISO 3166 alpha-3 code (WLD = World)",
                constraints={"required": True},
            ),
            field("year", "integer", "Year", constraints={"required": True}),
            field(
                "internet_pct",
                "number",
                "Individuals using the internet, % of population",
                constraints={"minimum": 0, "maximum": 100},
            ),
            field("mobile_per_100", "number", "Mobile cellular subscriptions per 100 people"),
        ],
    ),
    dict(
        name="indonesia_internet_2022",
        path="indonesia_internet_2022.csv",
        title_id="Akses internet rumah tangga per provinsi, 2022",
        title_en="Household internet access by province, Indonesia 2022",
        kind="observed",
        description="Households that used the internet in the last 3 months, % by province, urban/rural (BPS 2022). New Papuan provinces have no figure yet.",
        sources=["bps"],
        licence="bps",
        fields=[
            field(
                "province",
                "string",
                "Province (Indonesia = national)",
                constraints={"required": True},
            ),
            field("urban_pct", "number", "Urban households, %"),
            field("rural_pct", "number", "Rural households, %"),
            field("total_pct", "number", "All households, %"),
            field("is_national", "boolean", "The national row"),
        ],
    ),
    dict(
        name="indonesia_devices",
        path="indonesia_devices.csv",
        title_id="Perangkat untuk mengakses internet",
        title_en="Devices used to go online, Indonesia",
        kind="observed",
        description="Households that used the internet, % using each device (BPS).",
        sources=["bps"],
        licence="bps",
        fields=[
            field("year", "integer", "Year"),
            field("device_id", "string", "Device, Indonesian"),
            field("device_en", "string", "Device, English"),
            field("pct", "number", "% of households that used the internet"),
        ],
    ),
    dict(
        name="indonesia_no_signal",
        path="indonesia_no_signal.csv",
        title_id="Desa tanpa sinyal telepon seluler",
        title_en="Villages without mobile signal, Indonesia",
        kind="observed",
        description="Number of villages/kelurahan without mobile phone signal, by province (BPS Podes). The national row is a total.",
        sources=["bps"],
        licence="bps",
        fields=[
            field("province", "string", "Province (Indonesia = national total)"),
            field("year", "integer", "Year"),
            field("villages", "integer", "Villages without signal"),
            field("is_national", "boolean", "The national total row"),
        ],
    ),
    dict(
        name="indonesia_ict_skills",
        path="indonesia_ict_skills.csv",
        title_id="Keterampilan TIK usia 15–59 tahun",
        title_en="ICT skills, ages 15–59, Indonesia",
        kind="observed",
        description="Share of people aged 15–59 with ICT skills, % by province (BPS).",
        sources=["bps"],
        licence="bps",
        fields=[
            field("province", "string", "Province (Indonesia = national)"),
            field("year", "integer", "Year"),
            field("pct", "number", "% with ICT skills"),
            field("is_national", "boolean", "The national row"),
        ],
    ),
    dict(
        name="gender_gap",
        path="gender_gap.csv",
        title_id="Kesenjangan gender dalam penggunaan internet",
        title_en="Gender gap in internet use",
        kind="observed",
        description="Share of men and women using the internet and the women-to-men ratio (1 = parity), from surveys and ITU.",
        sources=["dgg"],
        licence="gpl",
        fields=[
            field("country", "string", "Country"),
            field("iso3", "string", "ISO3 code"),
            field("year", "integer", "Survey year"),
            field("source", "string", "DHS, MICS or ITU"),
            field("men_pct", "number", "Men using the internet, %"),
            field("women_pct", "number", "Women using the internet, %"),
            field("ratio", "number", "Women-to-men ratio"),
        ],
    ),
    dict(
        name="hk_pageviews",
        path="hk_pageviews.csv",
        title_id="Kunjungan artikel Wikipedia tentang Hong Kong 2019",
        title_en="Wikipedia views of Hong Kong 2019 articles",
        kind="observed",
        description="Daily English Wikipedia views of ten articles on the 2019 Hong Kong protests, May–December 2019.",
        sources=["wikimedia"],
        licence="cc0",
        fields=[
            field("article", "string", "Article title"),
            field("date", "date", "Day"),
            field("views", "integer", "Page views that day", constraints={"minimum": 0}),
        ],
    ),
    dict(
        name="blm_monthly_events",
        path="blm_monthly_events.csv",
        title_id="Aksi BLM per bulan (Count Love)",
        title_en="BLM events per month (Count Love)",
        kind="observed",
        description="Racial-justice/BLM protest events per month in the US, February 2017 – July 2020 (July 2020 incomplete: data end 6 July).",
        sources=["countlove"],
        licence="unclear",
        fields=[
            field("month", "date", "First day of the month"),
            field("events", "integer", "Events that month"),
        ],
    ),
    dict(
        name="protests",
        path="protests.csv",
        title_id="Gelombang protes besar",
        title_en="Major protest waves",
        kind="published",
        description="A few rows of Carnegie's Global Protest Tracker relevant to the course.",
        sources=["carnegie"],
        licence="unclear",
        fields=[
            field("country", "string", "Country"),
            field("name", "string", "Carnegie's name for the protests"),
            field("start_month", "string", "Year and month the protests started"),
            field("peak_size", "string", "Peak size as Carnegie states it"),
            field("duration", "string", "Duration"),
            field("outcome", "string", "Outcome, as Carnegie states it"),
        ],
    ),
    dict(
        name="references",
        path="references.csv",
        title_id="Rujukan yang dikutip pelajaran",
        title_en="References the lessons cite",
        kind="published",
        description="Every page a lesson or exercise links to in its sources, with a short description; "
        "kept in curated/references.csv so that the course itself knows what it cites.",
        sources=["published"],
        licence="facts",
        primaryKey=["url"],
        fields=[
            field(
                "url",
                "string",
                "Address of the page",
                constraints={"required": True, "unique": True},
            ),
            field("title", "string", "What the page is and what the course takes from it"),
            field("host", "string", "The page's host (without www.)"),
        ],
    ),
]


def references() -> pd.DataFrame:
    """The curated list of cited pages, checked for blanks and duplicates, sorted by host."""
    frame = pd.read_csv(CURATED / "references.csv", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["url", "title", "host"], frame.columns
    assert frame.url.is_unique and (frame != "").all().all(), "references: blank or repeated rows"
    return frame.sort_values(["host", "url"]).reset_index(drop=True)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def datapackage(paths: dict[str, Path]) -> dict:
    resources = []
    for res in RESOURCES:
        path = paths[res["name"]]
        sources = [dict(SRC[s]) for s in res["sources"]]
        for s in sources:
            if s["path"] == "https://github.com/":
                s["path"] = "https://www.pewresearch.org/search/Black%20Lives%20Matter/"
                s["title"] += " (see the url column of each row)"
        schema = {"fields": res["fields"]}
        if res.get("primaryKey"):
            schema["primaryKey"] = res["primaryKey"]
        resources.append(
            {
                "name": res["name"],
                "path": res["path"],
                "profile": "tabular-data-resource",
                "title": res["title_en"],
                "description": res["description"],
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "hash": f"sha256:{sha256(path)}",
                "bytes": path.stat().st_size,
                "kind": res["kind"],
                "title_id": res["title_id"],
                "title_en": res["title_en"],
                "sources": sources,
                "licenses": [LICENCES[res["licence"]]],
                "schema": schema,
            }
        )
    return {
        "name": "medsos-course-data",
        "title": "Media Sosial untuk Perubahan Sosial: course data",
        "description": "Curated tables for the course, derived by scripts/derive_data.py from public data (see each resource's sources).",
        "profile": "tabular-data-package",
        "licenses": [LICENCES["course"]],
        "resources": resources,
    }


KIND_TEXT = {
    "observed": "observed (measured data)",
    "published": "published figures and facts",
    "reconstructed": "reconstructed from published figures",
    "mixed": "observed and reconstructed rows (see the kind column)",
}


def readme(package: dict, frames: dict[str, pd.DataFrame]) -> str:
    lines = [
        "# Data dictionary / Kamus data",
        "",
        "Generated by `scripts/derive_data.py` (run `make data`) from the raw public data in `../shared/data/raw/`;",
        "do not edit by hand. `datapackage.json` describes the same tables for machines (Frictionless Data).",
        "",
        "## Kinds of data",
        "",
        "- **observed**: measured and published as data by someone else (Wikimedia, Storywrangler, event listings, ITU, BPS, surveys).",
        "- **published**: figures stated in reports and articles, each with the URL of the page that states it.",
        "- **reconstructed**: a daily series no one published as data, rebuilt so that it passes *exactly* through published",
        "  figures (listed in `anchors.csv`). The shape between the anchors is a simple assumption stated in `series.csv`",
        '  (`note_en`, `note_id`); every chart of such a series is labelled "reconstructed" and drawn dashed.',
        "",
        "## Licences",
        "",
        "Each table keeps its source's licence (below). Where a compiler stated no licence (marked *unclear*), the course",
        "uses only aggregate counts or short facts and cites the original. The course's own tables are CC BY 4.0.",
        "",
        "## Tables",
        "",
    ]
    for res in package["resources"]:
        frame = frames[res["name"]]
        lines += [
            f"### `{res['path']}`: {res['title_en']} / {res['title_id']}",
            "",
            res["description"],
            "",
            f"- kind: {KIND_TEXT[res['kind']]}",
            f"- rows: {len(frame)}",
            "- source: " + "; ".join(f"[{s['title']}]({s['path']})" for s in res["sources"]),
            "- licence: " + ", ".join(f"{lic['title']}" for lic in res["licenses"]),
            "",
            "| column | type | description |",
            "|---|---|---|",
        ]
        lines += [
            f"| `{f['name']}` | {f['type']} | {f['description']} |" for f in res["schema"]["fields"]
        ]
        lines.append("")
    series = frames["series"]
    lines += ["## How the reconstructed series were made", ""]
    for r in series[series.kind == "reconstructed"].itertuples():
        lines.append(f"- `{r.series_id}`: {r.note_en}")
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    if not RAW.exists():
        print(f"raw data not found at {RAW} (set MEDSOS_RAW)", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    figures = published_figures()
    obs_meta, obs_frames = observed_series()
    rec_meta, rec_frames, anchors = reconstructed_series(figures)
    attention = pd.concat(obs_frames + rec_frames, ignore_index=True)
    attention["date"] = pd.to_datetime(attention.date).dt.strftime("%Y-%m-%d")
    attention = attention.sort_values(["series_id", "date"]).reset_index(drop=True)
    frames = {
        "campaigns": pd.DataFrame(CAMPAIGNS, columns=CAMPAIGN_COLUMNS),
        "milestones": pd.DataFrame(MILESTONES, columns=MILESTONE_COLUMNS).sort_values(
            ["campaign_id", "date"]
        ),
        "series": pd.DataFrame(obs_meta + rec_meta).sort_values("series_id"),
        "attention": attention,
        "anchors": pd.DataFrame(anchors),
        "published_figures": figures,
        "internet_use": internet_use(),
        "indonesia_internet_2022": indonesia_internet_2022(),
        "indonesia_devices": indonesia_devices(),
        "indonesia_no_signal": indonesia_no_signal(),
        "indonesia_ict_skills": indonesia_ict_skills(),
        "gender_gap": gender_gap(),
        "hk_pageviews": hk_pageviews(),
        "blm_monthly_events": blm_monthly_events(),
        "protests": protests(),
        "references": references(),
    }
    paths = {name: write_csv(frame, f"{name}.csv") for name, frame in frames.items()}
    package = datapackage(paths)
    (OUT / "datapackage.json").write_text(
        json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (OUT / "README.md").write_text(readme(package, frames), encoding="utf-8")
    for name, frame in frames.items():
        print(f"{name:28} {len(frame):6d} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
