"""Lesson 0 · Start here / Mulai di sini: how the notebooks, the data and the feedback work.

Run ``.venv/bin/python lessons/l00_start.py`` to (re)write ``notebooks/{id,en}/00-start-here.ipynb``.
Lesson 0 has no exercise notebook: its one self-check (task ``00-try-check``) sits in the
lesson itself, so that students try ``ms.check`` before lesson 1.

Numbers stated in the prose (ITU 2024: 68 %, 93 %, 27 %, about 2.6 billion offline) come from
``data/published_figures.csv`` and ``../shared/facts/checked-facts.md``; they are pinned in
``tests/test_l00_start.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from nbgen import answer, code, md, notes, write  # noqa: E402

# The course map: lesson number, minutes and title in Indonesian and English, copied from each
# lesson notebook's metadata where it exists, else from the facilitator guide's full-day agenda.
# tests/test_l00_start.py checks them against the lesson notebooks that exist: when a lesson's
# title or time changes, update it here and rerun this file.
COURSE_MAP: list[tuple[int, int, str, str]] = [
    (0, 20, "Mulai di sini (pelajaran ini)", "Start here (this lesson)"),
    (
        1,
        55,
        "Kasus nyata: #BlackLivesMatter, #MeToo, Hong Kong 2019",
        "Real cases: #BlackLivesMatter, #MeToo, Hong Kong 2019",
    ),
    (
        2,
        60,
        "Apa yang dilakukan kampanye tagar: kesadaran, dukungan, mobilisasi",
        "What hashtag campaigns do: awareness, support, mobilisation",
    ),
    (
        3,
        55,
        "Platform untuk kesetaraan: suara, akses, dan #LoveWins",
        "A platform for equality: voice, access and #LoveWins",
    ),
    (
        4,
        60,
        "Batas dan risiko: ketika tagar saja tidak cukup",
        "Limits and risks: when a hashtag is not enough",
    ),
    (
        5,
        50,
        "Indonesia: tagar, jalanan, dan siapa yang daring",
        "Indonesia: hashtags, streets, and who is online",
    ),
    (
        6,
        90,
        "Proyek akhir: rancang dan analisis kampanye Anda",
        "Capstone: plan and analyse your campaign",
    ),
]


def _map_table(lang: str) -> str:
    head = (
        "| # | pelajaran | menit |\n|---|---|---|"
        if lang == "id"
        else "| # | lesson | minutes |\n|---|---|---|"
    )
    rows = [
        f"| {n} | {title_id if lang == 'id' else title_en} | ± {minutes} |"
        for n, minutes, title_id, title_en in COURSE_MAP
    ]
    return "\n".join([head, *rows])


# The glossary: Indonesian term, English term, meaning (id), meaning (en).
GLOSSARY: list[tuple[str, str, str, str]] = [
    (
        "tagar",
        "hashtag",
        "kata atau frasa diawali # yang mengelompokkan unggahan tentang satu topik",
        "a word or phrase after # that groups posts on one topic",
    ),
    (
        "warganet",
        "netizen",
        "orang yang aktif di internet, terutama di media sosial",
        "people who are active online, above all on social media",
    ),
    (
        "unggahan",
        "post",
        "pesan, foto, atau video yang dibagikan seseorang di sebuah platform",
        "a message, photo or video someone shares on a platform",
    ),
    (
        "linimasa",
        "timeline, feed",
        "aliran unggahan yang ditampilkan platform kepadamu; urutannya dipilih oleh platform",
        "the stream of posts a platform shows you, in an order the platform chooses",
    ),
    (
        "viral",
        "viral",
        "menyebar sangat cepat dari orang ke orang dan dilihat banyak orang dalam waktu singkat",
        "spreading very fast from person to person, seen by many in a short time",
    ),
    (
        "trending",
        "trending",
        "topik yang menurut platform sedang naik cepat",
        "a topic the platform lists as rising fast",
    ),
    (
        "kampanye tagar",
        "hashtag campaign",
        "upaya terencana memakai satu tagar untuk sebuah tujuan sosial atau politik",
        "an organised effort around one hashtag for a social or political aim",
    ),
    (
        "pegiat, aktivis",
        "activist",
        "orang yang memperjuangkan sebuah isu, di internet maupun di jalan",
        "someone who works for a cause, online and offline",
    ),
    (
        "mobilisasi",
        "mobilisation",
        "menggerakkan orang untuk bertindak bersama (aksi, petisi, donasi)",
        "getting people to act together (a march, a petition, a donation)",
    ),
    (
        "slaktivisme",
        "slacktivism",
        "dukungan yang murah dan mudah (suka, bagikan) yang bisa menggantikan, bukan mendorong, aksi nyata",
        "cheap, easy support (a like, a share) that may replace rather than lead to action",
    ),
    (
        "disinformasi",
        "disinformation",
        "informasi keliru yang sengaja disebarkan untuk menyesatkan",
        "false information spread on purpose to mislead",
    ),
    (
        "misinformasi",
        "misinformation",
        "informasi keliru yang disebarkan tanpa niat menipu",
        "false information spread without the intent to deceive",
    ),
    (
        "akun bot",
        "bot account",
        "akun yang dijalankan otomatis oleh program, bukan oleh orang",
        "an account run automatically by a program, not by a person",
    ),
    (
        "akun terkoordinasi",
        "coordinated accounts",
        "banyak akun yang dikendalikan bersama agar tampak seperti banyak orang yang berbeda",
        "many accounts run together so that they look like many independent people",
    ),
    (
        "pendengung (buzzer)",
        "buzzer",
        "akun, sering dibayar, yang meramaikan sebuah pesan atau tagar",
        "an account, often paid, that amplifies a message or a hashtag",
    ),
    (
        "kesenjangan digital",
        "digital divide",
        "perbedaan antarkelompok dalam akses internet, perangkat, dan keterampilan memakainya",
        "gaps between groups in internet access, devices and the skills to use them",
    ),
    (
        "penularan kompleks",
        "complex contagion",
        "perilaku yang baru diikuti orang setelah melihatnya dari beberapa kenalan, bukan dari satu orang saja",
        "a behaviour people take up only after seeing it from several contacts, not just one",
    ),
    (
        "waktu paruh perhatian",
        "attention half-life",
        "waktu yang dibutuhkan perhatian pada sebuah topik untuk turun menjadi separuh puncaknya",
        "the time it takes attention to a topic to fall to half its peak",
    ),
    (
        "data teramati",
        "observed data",
        "diukur dan dipublikasikan sebagai data oleh pihak lain",
        "measured and published as data by someone else",
    ),
    (
        "data rekonstruksi",
        "reconstructed data",
        "seri harian yang dibangun ulang agar tepat melewati angka yang dipublikasikan",
        "a daily series rebuilt to pass exactly through published figures",
    ),
    (
        "data simulasi",
        "simulated data",
        "hasil sebuah model, bukan hasil pengukuran",
        "the output of a model, not a measurement",
    ),
]


def _glossary_table(lang: str) -> str:
    if lang == "id":
        head = "| Bahasa Indonesia | English | arti |\n|---|---|---|"
        rows = [f"| **{i}** | {e} | {mi} |" for i, e, mi, _me in GLOSSARY]
    else:
        head = "| Bahasa Indonesia | English | meaning |\n|---|---|---|"
        rows = [f"| {i} | **{e}** | {me} |" for i, e, _mi, me in GLOSSARY]
    return "\n".join([head, *rows])


META = {
    "lesson": 0,
    "minutes": 20,
    "title": {"id": "Mulai di sini", "en": "Start here"},
    "objectives": {
        "id": [
            "Menjalankan sel, menjalankan semua sel, dan memulai ulang kernel di JupyterLab",
            "Menjelaskan apa itu widget dan mengapa halaman HTML hanya menampilkan gambar tersimpan",
            "Menemukan tabel data kursus beserta sumber dan jenisnya",
            "Membedakan data teramati, angka yang dipublikasikan, data rekonstruksi, dan data simulasi",
            "Memakai ms.check dan ms.hint untuk mendapat umpan balik",
        ],
        "en": [
            "Run a cell, run all cells and restart the kernel in JupyterLab",
            "Explain what a widget is and why an HTML page shows only a saved picture of it",
            "Find the course's data tables with their sources and kinds",
            "Tell observed data, published figures, reconstructed and simulated data apart",
            "Use ms.check and ms.hint to get feedback",
        ],
    },
}

cells = [
    # --- title -------------------------------------------------------------------------
    md(
        """
        # 00 · Mulai di sini

        **Sebelum membahas tagar dan gerakan, kenali dulu alat kerjamu.** Pelajaran singkat ini menunjukkan cara memakai notebook, dari mana data kursus berasal, dan bagaimana latihan memberi umpan balik.

        ⏱ sekitar 20 menit · tanpa prasyarat
        """,
        """
        # 00 · Start here

        **Before we look at hashtags and movements, get to know your tools.** This short lesson shows how the notebooks work, where the course's data come from, and how the exercises give you feedback.

        ⏱ about 20 minutes · no prerequisites
        """,
        slide="slide",
    ),
    notes(
        """
        ⏱ 1 mnt. Sambut peserta dan perkenalkan kursus: satu artikel berbahasa Indonesia sebagai titik awal, lalu data nyata untuk mengujinya. Pastikan semua orang sudah membuka notebook ini di JupyterLab (atau ikuti di layar jika belum).
        """,
        """
        ⏱ 1 min. Welcome everyone and introduce the course: one Indonesian article as the starting point, then real data to test it. Check that everyone has this notebook open in JupyterLab (or can follow on the screen if not yet).
        """,
    ),
    md(
        """
        ## Tujuan belajar

        Setelah pelajaran ini, kamu bisa:

        1. **Menjalankan** sel, menjalankan semua sel, dan memulai ulang kernel.
        2. **Menjelaskan** apa itu widget, dan mengapa halaman HTML yang diekspor hanya menampilkan gambar tersimpan.
        3. **Menemukan** tabel data kursus, lengkap dengan sumber dan jenisnya.
        4. **Membedakan** data teramati, angka yang dipublikasikan, data rekonstruksi, dan data simulasi.
        5. **Memakai** `ms.check` dan `ms.hint` untuk memeriksa jawabanmu.

        **Hubungannya dengan artikel.** Kursus ini berangkat dari artikel *Bagaimana Media Sosial Membantu Perubahan Sosial* (Rumah Produksi Indonesia). Artikel itu tidak menyebut satu pun sumber data. Di kursus ini, setiap angka punya sumber, dan kamu bisa memeriksanya sendiri.
        """,
        """
        ## Learning objectives

        By the end of this lesson you can:

        1. **Run** a cell, run all cells, and restart the kernel.
        2. **Explain** what a widget is, and why an exported HTML page only shows a saved picture of it.
        3. **Find** the course's data tables, with their sources and kinds.
        4. **Tell apart** observed data, published figures, reconstructed data and simulated data.
        5. **Use** `ms.check` and `ms.hint` to check your answers.

        **How this connects to the article.** The course starts from the Indonesian article *How Social Media Helps Social Change* (Rumah Produksi Indonesia). The article names no data source at all. In this course every number has a source, and you can check it yourself.
        """,
        slide="subslide",
    ),
    code("import medsos as ms"),
    # --- 1. how a notebook works -------------------------------------------------------
    md(
        """
        ## 1. Cara kerja notebook

        Notebook terdiri atas **sel**: sel teks (seperti ini) dan sel kode (berlatar abu-abu). Di belakangnya ada **kernel**, yaitu Python yang menjalankan kode dan mengingat hasilnya.

        | ingin… | caranya di JupyterLab |
        |---|---|
        | menjalankan satu sel lalu pindah ke sel berikutnya | klik selnya, tekan **Shift+Enter** |
        | menjalankan semua sel dari atas | menu **Run → Run All Cells** |
        | mulai dari awal (kernel "lupa" semuanya) | menu **Kernel → Restart Kernel…**, lalu jalankan lagi dari atas |

        Urutan itu penting: sel di bawah memakai hasil sel di atasnya. Jika muncul pesan `name 'ms' is not defined`, jalankan dulu sel `import medsos as ms` di atas.

        Coba sekarang: klik sel di bawah, lalu tekan **Shift+Enter**. Hasilnya adalah bahasa yang sedang dipakai kursus.
        """,
        """
        ## 1. How a notebook works

        A notebook is made of **cells**: text cells (like this one) and code cells (on a grey background). Behind them runs a **kernel**: the Python that runs the code and remembers its results.

        | to… | do this in JupyterLab |
        |---|---|
        | run one cell and move to the next | click the cell, press **Shift+Enter** |
        | run every cell from the top | menu **Run → Run All Cells** |
        | start afresh (the kernel "forgets" everything) | menu **Kernel → Restart Kernel…**, then run again from the top |

        Order matters: cells further down use what the cells above produced. If you see `name 'ms' is not defined`, run the `import medsos as ms` cell above first.

        Try it now: click the cell below and press **Shift+Enter**. It shows the language the course is speaking.
        """,
        slide="slide",
    ),
    code("ms.language()"),
    notes(
        """
        ⏱ 2 mnt. Peragakan di layar: Shift+Enter, lalu Run All, lalu Restart Kernel dan tunjukkan bahwa `ms` hilang sampai sel import dijalankan lagi. Tanyakan siapa yang sudah pernah memakai Jupyter; pasangkan peserta baru dengan yang sudah berpengalaman.
        """,
        """
        ⏱ 2 min. Demonstrate on the screen: Shift+Enter, then Run All, then Restart Kernel, and show that `ms` is gone until the import cell runs again. Ask who has used Jupyter before; pair newcomers with someone experienced.
        """,
    ),
    md(
        """
        ### Widget: grafik yang bisa kamu atur

        **Widget** adalah kontrol (menu pilihan, penggeser, kotak centang) yang menggambar ulang grafik setiap kali kamu mengubahnya. Setiap pelajaran punya setidaknya satu widget.

        Widget hanya bekerja jika **kernel sedang berjalan**. Di halaman HTML yang diekspor (situs kursus dan slide), widget hanya menampilkan **gambar tersimpan** dari saat kursus dibangun: kontrolnya terlihat, tetapi tidak merespons. Untuk mencobanya, buka notebook ini di JupyterLab dan jalankan selnya.

        **Coba:** pilih seri lain di menu, geser periodenya, atau centang "Hari tertinggi = 100". Apa yang berubah pada grafik?
        """,
        """
        ### Widgets: charts you can steer

        A **widget** is a control (a drop-down menu, a slider, a tick box) that redraws a chart each time you change it. Every lesson has at least one.

        Widgets only work while a **kernel is running**. In the exported HTML pages (the course site and the slides) a widget shows the **saved picture** from when the course was built: you see the controls, but they do not respond. To try it, open this notebook in JupyterLab and run its cells.

        **Try:** pick another series in the menu, move the period slider, or tick "Highest day = 100". What changes in the chart?
        """,
        slide="subslide",
    ),
    code('ms.timeline_explorer("hongkong2019")'),
    notes(
        """
        ⏱ 2 mnt. Ubah satu kontrol di layar dan tunjukkan bahwa grafiknya digambar ulang. Lalu buka halaman HTML pelajaran ini (atau slide-nya) dan tunjukkan bahwa kontrol yang sama tidak bereaksi: itu bukan rusak, hanya tidak ada Python di belakang halaman statis. Widget ini dibahas lengkap di pelajaran 1.
        """,
        """
        ⏱ 2 min. Change one control on the screen and show that the chart is redrawn. Then open this lesson's HTML page (or its slides) and show that the same controls do not react: nothing is broken, there is simply no Python behind a static page. Lesson 1 uses this widget in full.
        """,
    ),
    # --- 2. course map -----------------------------------------------------------------
    md(
        "## 2. Peta kursus\n\n"
        "Tujuh pelajaran, masing-masing dengan notebook pelajaran dan (mulai pelajaran 1) "
        "notebook latihan. Waktunya termasuk diskusi.\n\n"
        + _map_table("id")
        + "\n\nPelajaran 1–3 mengikuti isi artikel: kasus nyata, peran kampanye tagar, dan media "
        "sosial sebagai platform kesetaraan. Pelajaran 4 membahas batas dan risiko yang tidak "
        "disinggung artikel. Pelajaran 5 membawa semuanya ke Indonesia, dan di pelajaran 6 kamu merancang kampanyemu "
        "sendiri.",
        "## 2. The course map\n\n"
        "Seven lessons, each with a lesson notebook and (from lesson 1 on) an exercise "
        "notebook. Times include discussion.\n\n"
        + _map_table("en")
        + "\n\nLessons 1–3 follow the article: real cases, the role of hashtag campaigns, and "
        "social media as a platform for equality. Lesson 4 covers the limits and risks the article "
        "leaves out. "
        "Lesson 5 brings it all to Indonesia, and in lesson 6 you plan a campaign of your own.",
        slide="slide",
    ),
    notes(
        """
        ⏱ 1 mnt. Jangan dibaca baris per baris. Tunjukkan saja alurnya: artikel → bukti → Indonesia → proyek sendiri. Sebutkan agenda hari ini (lihat panduan fasilitator: setengah hari atau sehari penuh).
        """,
        """
        ⏱ 1 min. Do not read it row by row. Just show the arc: the article → the evidence → Indonesia → your own project. Say which lessons today's agenda covers (see the facilitator guide: half day or full day).
        """,
    ),
    # --- 3. the data ---------------------------------------------------------------------
    md(
        """
        ## 3. Data kursus

        Semua data ada di folder `data/`, satu tabel per file CSV. Daftarnya, dengan judul, jenis data, dan jumlah barisnya:
        """,
        """
        ## 3. The course's data

        All data live in the `data/` folder, one table per CSV file. Here is the list, with each table's title, kind of data and number of rows:
        """,
        slide="slide",
    ),
    code("ms.tables()"),
    md(
        """
        Muat tabel apa pun dengan `ms.load("nama")`. Untuk mengetahui isi sebuah tabel (kolom, jenis data, sumber, lisensi), pakai `ms.describe`. Contohnya `attention`, tabel perhatian harian yang dipakai pelajaran 1:
        """,
        """
        Load any table with `ms.load("name")`. To see what a table holds (columns, kind of data, source, licence), use `ms.describe`. For example `attention`, the daily attention table of lesson 1:
        """,
        slide="subslide",
    ),
    code('ms.describe("attention")'),
    md(
        """
        `ms.source_of` memberi satu baris sumber, siap dikutip di bawah grafik atau di laporanmu. Kolom teks dwibahasa berakhiran `_id` dan `_en`, misalnya `name_id` dan `name_en` di tabel `campaigns`.
        """,
        """
        `ms.source_of` gives a one-line source, ready to quote under a chart or in your report. Bilingual text columns end in `_id` and `_en`, such as `name_id` and `name_en` in the `campaigns` table.
        """,
        slide="fragment",
    ),
    code('ms.source_of("attention")'),
    notes(
        """
        ⏱ 2 mnt. Tekankan kebiasaan yang kita latih sepanjang kursus: sebelum memercayai sebuah angka, cari sumbernya. Kamus data lengkap ada di `data/README.md` dan di halaman "Data" situs kursus.
        """,
        """
        ⏱ 2 min. Stress the habit we practise throughout the course: before trusting a number, find its source. The full data dictionary is in `data/README.md` and on the course site's "Data" page.
        """,
    ),
    # --- 4. kinds of data ----------------------------------------------------------------
    md(
        """
        ## 4. Empat jenis data, dan mengapa penting

        | jenis | artinya | contoh di kursus |
        |---|---|---|
        | **teramati** (*observed*) | diukur dan dipublikasikan sebagai data oleh pihak lain | kunjungan Wikipedia, data BPS, ITU |
        | **dipublikasikan** (*published*) | angka yang disebut dalam laporan atau artikel, masing-masing dengan URL-nya | angka Pew Research Center, APJII |
        | **rekonstruksi** (*reconstructed*) | seri harian yang tidak pernah dipublikasikan sebagai data, dibangun ulang agar **tepat** melewati angka yang dipublikasikan | cuitan #BlackLivesMatter per hari, 2020 |
        | **simulasi** (*simulated*) | keluaran sebuah model: "bagaimana jika…", bukan pengukuran | simulasi penyebaran di pelajaran berikutnya |

        Mengapa penting? Puncak pada garis teramati benar-benar terukur. Bentuk garis rekonstruksi di antara angka jangkarnya adalah **asumsi**. Simulasi tidak mengukur dunia sama sekali. (Di `ms.tables()`, jenis *mixed* berarti tabelnya berisi baris teramati dan baris rekonstruksi; lihat kolom `kind`-nya.) Tabel `series` menyebut jenis setiap seri harian:
        """,
        """
        ## 4. Four kinds of data, and why it matters

        | kind | what it means | example in the course |
        |---|---|---|
        | **observed** | measured and published as data by someone else | Wikipedia page views, BPS and ITU statistics |
        | **published** | a figure stated in a report or an article, each with its URL | Pew Research Center and APJII figures |
        | **reconstructed** | a daily series no one published as data, rebuilt to pass **exactly** through published figures | #BlackLivesMatter tweets per day, 2020 |
        | **simulated** | the output of a model, a "what if…", not a measurement | the spreading simulator of a later lesson |

        Why does it matter? A peak on an observed line was really measured. The shape of a reconstructed line between its anchor figures is an **assumption**. A simulation does not measure the world at all. (In `ms.tables()`, the kind *mixed* means a table holds both observed and reconstructed rows; see its `kind` column.) The `series` table gives the kind of every daily series:
        """,
        slide="slide",
    ),
    code('series = ms.load("series")\nseries[["series_id", "measure", "kind"]]'),
    notes(
        """
        ⏱ 1 mnt. Minta peserta menghitung berapa seri yang berjenis *observed* dan berapa yang *reconstructed*. Semua seri cuitan adalah rekonstruksi: kursus ini tidak punya data cuitan harian yang terbuka, hanya angka yang dipublikasikan peneliti dan wartawan.
        """,
        """
        ⏱ 1 min. Ask participants to count how many series are *observed* and how many *reconstructed*. All the tweet series are reconstructed: the course has no open daily tweet counts, only figures that researchers and journalists published.
        """,
    ),
    md(
        """
        ### Teramati: garis utuh, tanpa label

        Kunjungan harian artikel Wikipedia berbahasa Inggris tentang protes Hong Kong 2019. Setiap titik benar-benar dihitung oleh Wikimedia.
        """,
        """
        ### Observed: a solid line, no badge

        Daily views of the English Wikipedia article on the 2019 Hong Kong protests. Every point was actually counted by Wikimedia.
        """,
        slide="subslide",
    ),
    code('ms.plot_attention("hongkong2019", start="2019-06-01")'),
    md(
        """
        ### Rekonstruksi: garis putus-putus, dengan label cokelat

        Cuitan #BlackLivesMatter per hari, Mei–Juni 2020. Perhatikan **label cokelat "REKONSTRUKSI"** di atas grafik dan **garis putus-putusnya**. Hanya beberapa angka yang berasal dari Pew Research Center; sisanya asumsi yang dijelaskan di `series.csv`.
        """,
        """
        ### Reconstructed: a dashed line, with a brown badge

        #BlackLivesMatter tweets per day, May–June 2020. Note the **brown "RECONSTRUCTED" badge** above the chart and the **dashed line**. Only a few figures come from the Pew Research Center; the rest is an assumption, stated in `series.csv`.
        """,
        slide="subslide",
    ),
    code('ms.plot_attention("blm2020_tweets")'),
    md(
        """
        Angka jangkar mana yang dilewati garis itu? Tabel `anchors` menyebutnya, dan setiap `figure_id` merujuk ke satu baris `published_figures` beserta URL-nya:
        """,
        """
        Which anchor figures does that line pass through? The `anchors` table lists them, and each `figure_id` points to a row of `published_figures` with its URL:
        """,
        slide="fragment",
    ),
    code('ms.load("anchors").query("series_id == \'blm2020_tweets\'")'),
    notes(
        """
        ⏱ 2 mnt. Letakkan kedua grafik berdampingan di layar (atau gulir bolak-balik). Tunjuk label cokelat dan garis putus-putus. Tanyakan: "Di grafik kedua, angka mana yang benar-benar diukur?" (26 Mei, 28 Mei, dan total 26 Mei–7 Juni; lihat tabel `anchors`). Pesannya: grafik yang rapi belum tentu hasil pengukuran.
        """,
        """
        ⏱ 2 min. Put the two charts side by side on the screen (or scroll back and forth). Point at the brown badge and the dashed line. Ask: "In the second chart, which numbers were really measured?" (26 May, 28 May and the 26 May – 7 June total; see the `anchors` table). The message: a neat chart is not necessarily a measurement.
        """,
    ),
    md(
        """
        ### Apa kata bukti: "akses informasi yang merata"?

        Artikel menulis bahwa siapa saja dengan koneksi internet dapat mengakses informasi "tanpa diskriminasi", sehingga kesenjangan informasi berkurang. Syaratnya justru di situ: **koneksi internet**. Menurut ITU (*Facts and Figures 2024*), sekitar **68%** penduduk dunia daring pada 2024, jadi sekitar **2,6 miliar orang** masih luring. Di negara berpendapatan tinggi **93%** daring, di negara berpendapatan rendah hanya **27%**. Inilah angka yang **dipublikasikan**, masing-masing dengan URL-nya:
        """,
        """
        ### What the evidence says: "equal access to information"?

        The article says that anyone with an internet connection can reach information "without discrimination", so the information gap shrinks. The catch is in the condition: **an internet connection**. According to the ITU (*Facts and Figures 2024*), about **68%** of the world's people were online in 2024, which leaves about **2.6 billion people** offline. In high-income countries **93%** were online; in low-income countries only **27%**. These are **published** figures, each with its URL:
        """,
        slide="subslide",
    ),
    code(
        'figures = ms.load("published_figures").set_index("figure_id")\n'
        'figures.filter(like="digitaldivide-itu-2024", axis=0)[["metric", "value", "unit", "url"]]'
    ),
    notes(
        """
        ⏱ 1 mnt. Cukup sebagai pemanasan: pelajaran 3 dan 5 membahas kesenjangan digital secara mendalam, termasuk data Indonesia (APJII, BPS). Di sini tujuannya menunjukkan seperti apa "angka yang dipublikasikan" dan bahwa klaim artikel bisa diuji.
        """,
        """
        ⏱ 1 min. Keep it as a teaser: lessons 3 and 5 go deep into the digital divide, including Indonesian data (APJII, BPS). Here the point is to show what a "published figure" looks like, and that the article's claims can be tested.
        """,
    ),
    # --- 5. language ---------------------------------------------------------------------
    md(
        """
        ## 5. Bahasa Indonesia atau English

        Setiap pelajaran ada dalam dua folder dengan isi yang sama: `notebooks/id/` (Bahasa Indonesia) dan `notebooks/en/` (English). Sel kodenya identik; pustaka `medsos` mengikuti folder tempat notebook dibuka, sehingga judul grafik, pesan, dan petunjuk ikut berbahasa Indonesia.

        Ingin berganti bahasa di tengah jalan? Tulis `ms.set_language("en")` (atau `"id"`) di sel baru, lalu jalankan lagi sel-sel di bawahnya. Untuk seluruh sesi, atur variabel lingkungan `MEDSOS_LANG=en` sebelum membuka JupyterLab.
        """,
        """
        ## 5. English or Bahasa Indonesia

        Every lesson exists in two folders with the same content: `notebooks/id/` (Bahasa Indonesia) and `notebooks/en/` (English). The code cells are identical; the `medsos` library follows the folder the notebook was opened from, so chart titles, messages and hints come in English here.

        Want to switch halfway? Write `ms.set_language("id")` (or `"en"`) in a new cell, then run the cells below it again. For a whole session, set the environment variable `MEDSOS_LANG=id` before starting JupyterLab.
        """,
        slide="slide",
    ),
    notes(
        """
        ⏱ 1 mnt. Di kelas campuran, peserta boleh memakai bahasa yang berbeda: sel kodenya sama, jadi semua orang tetap bisa saling membantu. Istilah kedua bahasa ada di glosarium di bawah.
        """,
        """
        ⏱ 1 min. In a mixed class, participants may use different languages: the code cells are the same, so everyone can still help each other. Terms in both languages are in the glossary below.
        """,
    ),
    # --- 6. errors -----------------------------------------------------------------------
    md(
        """
        ## 6. Kalau ada yang salah

        Salah ketik itu biasa. Pustaka kursus tidak menampilkan *traceback* Python yang panjang, tetapi **kotak merah** yang menyebut apa yang salah dan cara memperbaikinya. Di sel bawah kita sengaja salah ketik nama tabel (`campaign`, padahal `campaigns`).

        Kesalahan biasanya menghentikan **Run All** di sel itu. Karena itu, di sini kesalahannya "ditangkap" (`try … except`) supaya sel-sel berikutnya tetap berjalan; di notebookmu sendiri kamu tidak perlu menulis itu.
        """,
        """
        ## 6. When something goes wrong

        Typos happen. Instead of a long Python *traceback*, the course library shows a **red box** that says what is wrong and how to fix it. In the cell below we mistype a table's name on purpose (`campaign` instead of `campaigns`).

        An error normally stops **Run All** at that cell. That is why the error is "caught" here (`try … except`), so the cells after it still run; in your own notebooks you do not need to write that.
        """,
        slide="slide",
    ),
    code(
        """
        try:
            ms.load("campaign")
        except ms.CourseError as error:
            display(error)
        """
    ),
    notes(
        """
        ⏱ 1 mnt. Tunjukkan bagian "Cara memperbaiki" di kotak merah: pesan kesalahan adalah petunjuk, bukan hukuman. Jika peserta melihat *traceback* panjang (kesalahan Python biasa), baca baris terakhirnya dulu.
        """,
        """
        ⏱ 1 min. Point at "How to fix" in the red box: an error message is a hint, not a punishment. If participants see a long traceback (an ordinary Python error), read its last line first.
        """,
    ),
    # --- 7. feedback -----------------------------------------------------------------------
    md(
        """
        ## 7. Latihan memberi umpan balik langsung

        Setiap latihan punya **sel jawaban** dan **sel pemeriksa**. Isi jawabanmu, jalankan sel jawaban, lalu jalankan sel pemeriksa: `ms.check` menjawab ✔ benar, ✘ belum tepat (dengan petunjuk), atau "belum dijawab". Butuh bantuan sebelum menjawab? `ms.hint("…")` memberi petunjuk.

        **Coba sekali:** berapa banyak kampanye di tabel `campaigns` kursus ini? (Satu baris = satu kampanye.)
        """,
        """
        ## 7. Exercises give instant feedback

        Every exercise has an **answer cell** and a **check cell**. Fill in your answer, run the answer cell, then run the check cell: `ms.check` says ✔ correct, ✘ not yet (with a hint), or "not answered yet". Need help before answering? `ms.hint("…")` gives a hint.

        **Try it once:** how many campaigns are in the course's `campaigns` table? (One row = one campaign.)
        """,
        slide="slide",
    ),
    code(
        'campaigns = ms.load("campaigns")\ncampaigns[["hashtag", "country", "start_date", "lesson"]]'
    ),
    answer(
        "answer_campaigns = None  # your answer: a whole number (or code that counts it)",
        task="00-try-check",
    ),
    code('ms.check("00-try-check", answer_campaigns)'),
    code('ms.hint("00-try-check")', slide="fragment"),
    notes(
        """
        ⏱ 2 mnt. Biarkan peserta mencoba tiga hal: jawaban kosong (pesan "belum dijawab"), jawaban salah (lihat petunjuknya), lalu jawaban benar. Menulis `len(campaigns)` di sel jawaban juga diterima: itu kebiasaan yang baik, karena jawabannya ikut berubah jika datanya berubah.
        """,
        """
        ⏱ 2 min. Let participants try three things: an empty answer ("not answered yet"), a wrong one (read the hint), then the right one. Writing `len(campaigns)` in the answer cell is accepted too, and is a good habit: the answer follows the data if the data change.
        """,
    ),
    # --- 8. glossary and offline ---------------------------------------------------------
    md(
        "## 8. Glosarium\n\nIstilah kunci kursus dalam dua bahasa. Kembali ke sini kapan "
        "saja.\n\n" + _glossary_table("id"),
        "## 8. Glossary\n\nThe course's key terms in both languages. Come back here at any "
        "time.\n\n" + _glossary_table("en"),
        slide="slide",
    ),
    md(
        """
        ### Bekerja tanpa internet

        - Setelah kursus terpasang sekali (`make build` atau `make lab` saat masih daring), **semuanya berjalan tanpa internet**: data ada di folder `data/`, dan notebook tidak mengambil apa pun dari jaringan.
        - Situs kursus (`build/`) bisa dibuka langsung dari berkas atau flashdisk, tanpa server. Halaman dan slide-nya lengkap, tetapi widgetnya hanya gambar tersimpan.
        - Binder dan JupyterHub memerlukan jaringan. Unduh notebookmu sebelum sesi Binder berakhir.
        """,
        """
        ### Working offline

        - Once the course is installed (`make build` or `make lab` while online), **everything runs without internet**: the data are in the `data/` folder, and the notebooks fetch nothing from the network.
        - The course site (`build/`) opens straight from the files or a USB stick, with no server. Its pages and slides are complete, but widgets are saved pictures only.
        - Binder and JupyterHub need a network. Download your notebooks before a Binder session ends.
        """,
        slide="subslide",
    ),
    notes(
        """
        ⏱ 1 mnt. Jangan bacakan glosariumnya; cukup tunjukkan tempatnya. Tanyakan istilah mana yang paling sering peserta dengar di linimasa mereka (biasanya "viral", "pendengung", "trending").
        """,
        """
        ⏱ 1 min. Do not read the glossary out; just show where it is. Ask which terms participants hear most on their own timelines (usually "viral", "buzzer", "trending").
        """,
    ),
    # --- discussion and quiz -------------------------------------------------------------
    md(
        """
        ## Diskusi (berpasangan, 3 menit)

        > Ingat satu tagar yang pernah ramai di linimasamu.
        >
        > 1. Dari mana kamu tahu tagar itu "besar"? Apakah itu terukur (*teramati*), dikutip dari sebuah laporan (*dipublikasikan*), atau hanya kesan?
        > 2. Siapa yang mungkin tidak terlihat dalam data itu?
        """,
        """
        ## Discussion (in pairs, 3 minutes)

        > Recall one hashtag that was everywhere on your timeline.
        >
        > 1. How do you know it was "big"? Was that measured (*observed*), quoted from a report (*published*), or just an impression?
        > 2. Who might be missing from that data?
        """,
        slide="subslide",
    ),
    md(
        """
        ## Kuis

        **1.** Sebuah grafik bergaris putus-putus dengan label cokelat "REKONSTRUKSI". Artinya:
        a) setiap hari diukur oleh platform · b) garisnya tepat melewati beberapa angka yang dipublikasikan; bentuk di antaranya adalah asumsi · c) ramalan masa depan · d) kampanye rekaan

        <details><summary>Jawaban</summary>

        **b.** Data rekonstruksi melewati angka jangkar di tabel `anchors`; bentuk garis di antaranya adalah asumsi yang dijelaskan di `series.csv`.
        </details>

        **2.** Kamu membuka halaman HTML pelajaran, tetapi widgetnya tidak bereaksi saat diklik. Mengapa?
        a) widgetnya rusak · b) halaman statis hanya menyimpan gambar; widget butuh kernel yang berjalan · c) butuh koneksi internet

        <details><summary>Jawaban</summary>

        **b.** Buka notebooknya di JupyterLab dan jalankan selnya; widget pun akan bereaksi, bahkan tanpa internet.
        </details>

        **3.** Setelah *Restart Kernel*, sebuah sel memberi pesan `name 'ms' is not defined`. Apa yang kamu lakukan?
        a) memasang ulang kursus · b) menjalankan lagi sel `import medsos as ms` (atau Run All) · c) berganti bahasa

        <details><summary>Jawaban</summary>

        **b.** Kernel yang dimulai ulang melupakan semua yang sudah dijalankan; jalankan lagi sel-selnya dari atas.
        </details>
        """,
        """
        ## Quiz

        **1.** A chart has a dashed line and a brown "RECONSTRUCTED" badge. This means:
        a) every day was measured by the platform · b) the line passes exactly through a few published figures; its shape in between is an assumption · c) a forecast of the future · d) an invented campaign

        <details><summary>Answer</summary>

        **b.** Reconstructed data pass through the anchor figures in the `anchors` table; the shape in between is an assumption stated in `series.csv`.
        </details>

        **2.** You open a lesson's HTML page, but its widget does not react when you click. Why?
        a) the widget is broken · b) a static page only keeps a picture; widgets need a running kernel · c) it needs an internet connection

        <details><summary>Answer</summary>

        **b.** Open the notebook in JupyterLab and run its cells; the widget then reacts, even without internet.
        </details>

        **3.** After *Restart Kernel*, a cell says `name 'ms' is not defined`. What do you do?
        a) reinstall the course · b) run the `import medsos as ms` cell again (or Run All) · c) switch language

        <details><summary>Answer</summary>

        **b.** A restarted kernel forgets everything that was run; run the cells again from the top.
        </details>
        """,
        slide="subslide",
    ),
    notes(
        """
        ⏱ 3 mnt (diskusi + kuis). Kumpulkan 2–3 tagar dari peserta dan tulis di papan: kita memakainya lagi di pelajaran 1 dan 5. Untuk kuis, minta peserta menjawab dengan jari (1–4) sebelum membuka jawabannya.
        """,
        """
        ⏱ 3 min (discussion + quiz). Collect 2–3 hashtags from participants and write them on the board: we come back to them in lessons 1 and 5. For the quiz, ask participants to answer with their fingers (1–4) before opening the answers.
        """,
    ),
    # --- sources -------------------------------------------------------------------------
    md(
        """
        ## Sumber

        **Artikel yang dibahas:** Rumah Produksi Indonesia, *Bagaimana Media Sosial Membantu Perubahan Sosial*.

        **Data (semuanya di folder `data/`; lihat `data/README.md` dan `data/datapackage.json`):**
        - Kunjungan Wikipedia tentang protes Hong Kong 2019: Wikimedia Foundation (CC0), dikumpulkan oleh Chan, Gardner, Min & Mitchell (Carleton College, 2020) — https://github.com/gadeuneo/wiki-comps-2020
        - Cuitan #BlackLivesMatter per hari (rekonstruksi) dari angka Pew Research Center (Juni 2020), via edbaig.net — https://www.edbaig.net/post/blacklivesmatter-hashtag-surges-on-twitter-pew-study
        - Tabel kampanye dan tonggak peristiwa: disusun untuk kursus ini, setiap baris dengan URL sumbernya (kolom `source_url`).

        **Angka yang dipublikasikan:**
        - ITU *Facts and Figures 2024* (68% daring, sekitar 2,6 miliar luring; 93% di negara berpendapatan tinggi, 27% di negara berpendapatan rendah), seperti diberitakan Daily Pulse Report dan CAJ News Africa — https://dailypulsereport.com/2024/11/29/itu-report-internet-users-reached-5-5-billion-in-2024/ ; https://www.cajnewsafrica.com/2024/11/28/more-now-online-but-digital-gap-remains-globally/
        """,
        """
        ## Sources

        **The article discussed:** Rumah Produksi Indonesia, *Bagaimana Media Sosial Membantu Perubahan Sosial* ("How Social Media Helps Social Change", in Indonesian).

        **Data (all in the `data/` folder; see `data/README.md` and `data/datapackage.json`):**
        - Wikipedia views of the 2019 Hong Kong protests: Wikimedia Foundation (CC0), collected by Chan, Gardner, Min & Mitchell (Carleton College, 2020) — https://github.com/gadeuneo/wiki-comps-2020
        - #BlackLivesMatter tweets per day (reconstructed) from Pew Research Center figures (June 2020), via edbaig.net — https://www.edbaig.net/post/blacklivesmatter-hashtag-surges-on-twitter-pew-study
        - Campaigns and milestones tables: compiled for this course, each row with its source URL (the `source_url` column).

        **Published figures:**
        - ITU *Facts and Figures 2024* (68% online, about 2.6 billion offline; 93% in high-income countries, 27% in low-income countries), as reported by Daily Pulse Report and CAJ News Africa — https://dailypulsereport.com/2024/11/29/itu-report-internet-users-reached-5-5-billion-in-2024/ ; https://www.cajnewsafrica.com/2024/11/28/more-now-online-but-digital-gap-remains-globally/
        """,
        slide="slide",
    ),
    md(
        """
        ## Selanjutnya

        - **Pelajaran 1:** `notebooks/id/01-real-cases.ipynb`: kasus nyata #BlackLivesMatter, #MeToo, dan Hong Kong 2019, dengan data perhatian harian.
        - Simpan notebook ini jika kamu mengubahnya (**Ctrl+S**); salinan aslinya tetap ada di repositori kursus.
        """,
        """
        ## Next

        - **Lesson 1:** `notebooks/en/01-real-cases.ipynb`: the real cases of #BlackLivesMatter, #MeToo and Hong Kong 2019, with daily attention data.
        - Save this notebook if you changed it (**Ctrl+S**); the original stays in the course repository.
        """,
        slide="subslide",
    ),
]

if __name__ == "__main__":
    for path in write(cells, META, "notebooks", "00-start-here.ipynb"):
        print(path.relative_to(Path(__file__).resolve().parents[1]))
