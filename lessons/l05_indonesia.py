"""Lesson 5 · Indonesia: hashtags, streets, and who is online / tagar, jalanan, dan siapa yang daring.

Run ``.venv/bin/python lessons/l05_indonesia.py`` to (re)write
``notebooks/{id,en}/05-indonesia.ipynb`` and ``exercises/{id,en}/05-indonesia-exercises.ipynb``.

Every number in the prose comes from ``data/`` (published_figures.csv by figure_id,
protests.csv, the BPS tables, internet_use.csv) or from ``../shared/facts/checked-facts.md``
(APJII 2024 survey details); each is pinned in ``tests/test_l05_indonesia.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from nbgen import answer, code, md, notes, write  # noqa: E402

META = {
    "lesson": 5,
    "minutes": 50,
    "title": {
        "id": "Indonesia: tagar, jalanan, dan siapa yang daring",
        "en": "Indonesia: hashtags, streets, and who is online",
    },
    "objectives": {
        "id": [
            "Menjelaskan #ReformasiDikorupsi, #GejayanMemanggil, #TolakOmnibusLaw dan "
            "#PercumaLaporPolisi dengan tanggal, angka, dan sumbernya",
            "Membedakan angka yang dipublikasikan dari seri harian hasil rekonstruksi",
            "Membandingkan hasil gerakan di jalanan dengan ramainya tagar di linimasa",
            "Membaca data BPS, APJII dan ITU tentang siapa yang daring di Indonesia, "
            "per provinsi, kota dan desa",
        ],
        "en": [
            "Describe #ReformasiDikorupsi, #GejayanMemanggil, #TolakOmnibusLaw and "
            "#PercumaLaporPolisi with dates, figures and sources",
            "Tell published figures from reconstructed daily series",
            "Compare what street movements achieved with how loud their hashtags were",
            "Read BPS, APJII and ITU data on who is online in Indonesia, by province, "
            "town and village",
        ],
    },
}

EX_META = {
    "lesson": 5,
    "minutes": 30,
    "title": {"id": "Latihan: Indonesia", "en": "Exercises: Indonesia"},
    "objectives": {
        "id": [
            "Menghitung kesenjangan kota–desa dan perubahan jumlah desa tanpa sinyal dengan pandas",
            "Memakai penjelajah Indonesia untuk membandingkan provinsi",
            "Memeriksa apakah angka-angka yang dipublikasikan bisa dibandingkan",
            "Menulis refleksi singkat tentang siapa yang terdengar dalam sebuah tagar",
        ],
        "en": [
            "Compute the urban–rural gap and the change in villages without signal with pandas",
            "Use the Indonesia explorer to compare provinces",
            "Check whether published figures can be compared with each other",
            "Write a short reflection on who is heard in a hashtag",
        ],
    },
}

LESSON = [
    md(
        """
        # 05 · Indonesia: tagar, jalanan, dan siapa yang daring

        **Tagar apa saja yang pernah mengguncang linimasa Indonesia, dan apa yang terjadi di
        jalanan sesudahnya?** Kita membaca data empat kampanye Indonesia, lalu bertanya: siapa
        sebenarnya yang bisa ikut bersuara secara daring?

        ⏱ sekitar 50 menit · data nyata, lengkap dengan sumbernya
        """,
        """
        # 05 · Indonesia: hashtags, streets, and who is online

        **Which hashtags have shaken Indonesian timelines, and what happened in the streets
        afterwards?** We read the data of four Indonesian campaigns, then ask: who can
        actually take part online?

        ⏱ about 50 minutes · real data, with its sources
        """,
        slide="slide",
    ),
    notes(
        """
        ⏱ 2 menit. Buka dengan pertanyaan: "Tagar Indonesia apa yang paling Anda ingat? Apakah
        Anda ikut mencuitkannya, atau ikut turun ke jalan?" Catat 2–3 jawaban di papan; kita
        kembali ke sana saat diskusi. Pelajaran 1–4 banyak membahas kasus luar negeri; hari ini
        giliran Indonesia.
        """,
        """
        ⏱ 2 min. Open with a question: "Which Indonesian hashtag do you remember best? Did you
        tweet it, or go out into the street?" Write 2–3 answers on the board; we come back to
        them in the discussion. Lessons 1–4 were mostly about cases abroad; today it is
        Indonesia's turn.
        """,
    ),
    md(
        """
        ## Tujuan pembelajaran

        Setelah pelajaran ini Anda dapat:

        1. **Menjelaskan** #ReformasiDikorupsi, #GejayanMemanggil, #TolakOmnibusLaw dan
           #PercumaLaporPolisi: kapan, tentang apa, dan menurut sumber mana.
        2. **Membedakan** angka yang dipublikasikan (misalnya total cuitan dari Netray) dari seri
           harian yang *direkonstruksi* dari angka itu.
        3. **Membandingkan** hasil gerakan di jalanan dengan ramainya tagar di linimasa.
        4. **Membaca** data BPS, APJII dan ITU tentang siapa yang daring di Indonesia: per
           provinsi, di kota dan di desa.

        **Kaitannya dengan artikel.** Artikel *Bagaimana Media Sosial Membantu Perubahan Sosial*
        menulis bahwa "siapa saja dengan koneksi internet" bisa mengakses informasi tanpa
        diskriminasi. Di Indonesia, kata kuncinya ada di tengah kalimat itu: *dengan koneksi
        internet*. Siapa yang punya, dan siapa yang belum?
        """,
        """
        ## Learning objectives

        By the end of this lesson you can:

        1. **Describe** #ReformasiDikorupsi, #GejayanMemanggil, #TolakOmnibusLaw and
           #PercumaLaporPolisi: when, about what, and according to which source.
        2. **Tell** a published figure (such as Netray's total count of tweets) from a daily
           series *reconstructed* from it.
        3. **Compare** what street movements achieved with how loud their hashtags were.
        4. **Read** BPS, APJII and ITU data on who is online in Indonesia: by province, in
           towns and in villages.

        **How this connects to the article.** The article *How Social Media Helps Social Change*
        (Rumah Produksi Indonesia, in Indonesian) says that "anyone with an internet connection"
        can reach information without discrimination. In Indonesia the key words are in the
        middle of that sentence: *with an internet connection*. Who has one, and who does not
        yet?
        """,
        slide="subslide",
    ),
    code("import medsos as ms"),
    md(
        """
        ## 1. Empat kampanye Indonesia

        Tabel kampanye kursus memuat empat tagar Indonesia. Setiap baris punya sumber: bacalah
        kolom terakhir sebelum mempercayai kolom lainnya.
        """,
        """
        ## 1. Four Indonesian campaigns

        The course's campaign table holds four Indonesian hashtags. Every row has a source:
        read the last column before you trust the others.
        """,
        slide="slide",
    ),
    code("ms.indonesian_campaigns()"),
    notes(
        """
        ⏱ 3 menit. Tunjukkan bahwa tiga dari empat kampanye adalah mobilisasi (turun ke jalan),
        satu adalah kritik daring (#PercumaLaporPolisi). Tanyakan: "Platform apa yang tidak ada
        di tabel tetapi Anda pakai untuk berkoordinasi?" (grup WhatsApp, Telegram, kampus).
        """,
        """
        ⏱ 3 min. Point out that three of the four are mobilisation (going into the streets) and
        one is online criticism (#PercumaLaporPolisi). Ask: "Which platform is missing from the
        table that you use to coordinate?" (WhatsApp groups, Telegram, campus networks).
        """,
    ),
    md(
        """
        ### #ReformasiDikorupsi dan #GejayanMemanggil (September 2019)

        Pada September 2019 mahasiswa dan masyarakat sipil memprotes revisi UU KPK dan RKUHP.
        Menurut analisis **Netray**, ada **21.581 cuitan** dengan tagar #ReformasiDikorupsi antara
        **19 September dan 1 Oktober 2019**, menjangkau sekitar **848,9 ribu akun** dengan
        **85,8 juta impresi**. Puncaknya **24 September**, sehari setelah aksi
        **#GejayanMemanggil** di Jalan Gejayan, Yogyakarta (23 September).

        Netray hanya menerbitkan total dan tanggal puncak. Garis putus-putus di bawah ini
        **direkonstruksi** agar totalnya tepat 21.581; bentuk hariannya adalah asumsi.
        """,
        """
        ### #ReformasiDikorupsi and #GejayanMemanggil (September 2019)

        In September 2019 students and civil society protested against the revised
        anti-corruption (KPK) law and the draft criminal code (RKUHP). According to an analysis
        by **Netray**, **21,581 tweets** carried #ReformasiDikorupsi between **19 September and
        1 October 2019**, reaching about **848.9 thousand accounts** with **85.8 million
        impressions**. The peak came on **24 September**, the day after the
        **#GejayanMemanggil** action on Jalan Gejayan, Yogyakarta (23 September).

        Netray published only the total and the peak day. The dashed line below is
        **reconstructed** so that its total is exactly 21,581; its daily shape is an assumption.
        """,
        slide="subslide",
    ),
    code('ms.plot_attention("reformasidikorupsi2019_tweets")'),
    code(
        """
        figures = ms.load("published_figures").set_index("figure_id")
        figures.loc["reformasidikorupsi-01", ["value", "date_start", "date_end", "note"]]
        """,
        slide="fragment",
    ),
    notes(
        """
        ⏱ 5 menit. Tunjuk label coklat REKONSTRUKSI dan baca keterangannya: yang benar-benar
        dipublikasikan hanya total 21.581 dan puncak 24 September. Tekankan: 21.581 adalah cuitan
        yang *ditangkap Netray*, bukan semua cuitan di Twitter. Tanyakan: "Apa yang lebih dulu,
        aksi di Gejayan atau puncak cuitan?" (aksi, 23 September; puncak sehari kemudian).
        """,
        """
        ⏱ 5 min. Point at the brown RECONSTRUCTED badge and read the caption: all that was
        actually published is the 21,581 total and the 24 September peak. Stress that 21,581 is
        the tweets *Netray captured*, not every tweet on Twitter. Ask: "Which came first, the
        action on Gejayan or the peak of tweets?" (the action, 23 September; the peak a day
        later).
        """,
    ),
    md(
        """
        ### #TolakOmnibusLaw (Oktober 2020) dan hasil di jalanan

        Pada Oktober 2020 buruh dan mahasiswa menolak UU Cipta Kerja (*omnibus law*) di jalan
        dan di linimasa. Data kursus **tidak punya hitungan cuitan** untuk tagar ini, jadi kita
        tidak menebak angkanya. Yang ada adalah catatan **Global Protest Tracker** dari
        Carnegie Endowment tentang gelombang protes di Indonesia: ukuran puncak, lama, dan
        hasilnya.
        """,
        """
        ### #TolakOmnibusLaw (October 2020) and what the streets achieved

        In October 2020 workers and students rejected the Job Creation (*omnibus*) law in the
        streets and on the timeline. The course's data have **no tweet count** for this hashtag,
        so we do not guess one. What we do have is Carnegie Endowment's **Global Protest
        Tracker** on Indonesian protest waves: peak size, duration and outcome.
        """,
        slide="subslide",
    ),
    code(
        """
        protests = ms.load("protests")
        protests[protests["country"] == "Indonesia"]
        """
    ),
    md(
        """
        Baca kolom `outcome` (hasil): protes RKUHP 2019 (lebih dari 10.000 orang) berhasil
        **menunda** pemungutan suara, tetapi DPR **mengesahkan** KUHP baru pada
        **6 Desember 2022**. Protes UU Cipta Kerja 2020 (lebih dari 1.000 orang, sebulan) **tidak
        menghasilkan perubahan kebijakan atau pimpinan**. Protes UU Pilkada Agustus 2024 membuat
        DPR **menunda** pemungutan suaranya.
        """,
        """
        Read the `outcome` column: the 2019 criminal code protests (more than 10,000 people)
        **delayed** the vote, but parliament **passed** the new code on **6 December 2022**. The
        2020 jobs bill protests (more than 1,000 people, one month) brought **no policy or
        leadership change**. The August 2024 local election law protests made parliament
        **postpone** its vote.
        """,
        slide="fragment",
    ),
    notes(
        """
        ⏱ 5 menit. Jangan biarkan kesimpulan "protes gagal" atau "protes berhasil" berdiri
        sendiri: hasilnya campuran dan bisa tertunda bertahun-tahun. Catatan: ukuran puncak
        adalah perkiraan Carnegie ("lebih dari 10.000"), bukan hitungan pasti. Tanyakan: "Apa
        ukuran keberhasilan yang adil untuk sebuah gerakan?"
        """,
        """
        ⏱ 5 min. Do not let "protests failed" or "protests worked" stand on its own: outcomes are
        mixed and can take years. Note that the peak sizes are Carnegie's estimates ("more than
        10,000"), not exact counts. Ask: "What is a fair measure of success for a movement?"
        """,
    ),
    md(
        """
        ### #PercumaLaporPolisi (Oktober 2021) dan tagar tandingan polisi

        Awal Oktober 2021, setelah kasus Luwu Timur, warganet memakai **#PercumaLaporPolisi**
        untuk mengkritik cara polisi menangani laporan kekerasan. Menurut **Tribun Kaltim**,
        Twitter menghitung sekitar **130.000 cuitan** dengan tagar itu sampai **17 Oktober 2021**.

        Polisi membalas. Menurut **detikNews**, tagar tandingan **#PolriSesuaiProsedur** dipakai
        dalam **14.700 cuitan** (11 Oktober 2021). Media sosial dipakai kedua belah pihak.
        """,
        """
        ### #PercumaLaporPolisi (October 2021) and the police's counter-hashtag

        In early October 2021, after the Luwu Timur case, netizens used **#PercumaLaporPolisi**
        ("no use reporting to the police") to criticise how police handle reports of abuse.
        According to **Tribun Kaltim**, Twitter counted about **130,000 tweets** with the
        hashtag by **17 October 2021**.

        The police answered. According to **detikNews**, the counter-hashtag
        **#PolriSesuaiProsedur** ("police followed procedure") appeared in **14,700 tweets**
        (11 October 2021). Both sides use social media.
        """,
        slide="subslide",
    ),
    code('ms.plot_attention("percumalaporpolisi2021_tweets")'),
    code("ms.plot_indonesia_hashtag_counts()", slide="fragment"),
    notes(
        """
        ⏱ 5 menit. Kurva harian #PercumaLaporPolisi adalah rekonstruksi: tanggal mulai 6 Oktober
        dan "berkurang separuh setiap dua hari" adalah asumsi, hanya total 130.000 yang
        dipublikasikan. Pada diagram batang, tekankan bahwa tiga angka berasal dari tiga
        penghitung dan periode berbeda. Topik sensitif: ada peserta yang mungkin pernah
        mengalami kekerasan; tidak ada yang wajib bercerita.
        """,
        """
        ⏱ 5 min. The daily curve of #PercumaLaporPolisi is reconstructed: the 6 October start
        and "halving every two days" are assumptions; only the 130,000 total was published. On
        the bar chart, stress that the three figures come from three counters and periods. A
        sensitive topic: some participants may have experienced abuse; nobody has to share
        stories.
        """,
    ),
    md(
        """
        ### Dua bentuk, dua asumsi

        Grafik ini menyamakan skala kedua seri (hari tertinggi = 100) agar bentuknya bisa
        dibandingkan. Hati-hati: karena keduanya **rekonstruksi**, yang kita bandingkan sebagian
        besar adalah *asumsi* tentang bentuknya. Yang benar-benar terukur hanya totalnya, ditambah
        tanggal puncak 2019.
        """,
        """
        ### Two shapes, two assumptions

        This chart puts both series on the same scale (highest day = 100) so that their shapes
        can be compared. Careful: since both are **reconstructed**, what we are comparing is
        mostly the *assumptions* about their shapes. Only the totals were actually measured, plus
        the 2019 peak day.
        """,
        slide="subslide",
    ),
    code("ms.plot_indonesian_campaigns()"),
    notes(
        """
        ⏱ 3 menit. Ini latihan kejujuran data: grafik yang rapi belum tentu terukur. Tanyakan:
        "Data apa yang kita perlukan agar perbandingan ini bermakna?" (hitungan harian dari
        platform atau peneliti, dengan metode yang sama untuk kedua tagar).
        """,
        """
        ⏱ 3 min. An exercise in data honesty: a tidy chart is not necessarily a measured one.
        Ask: "What data would we need for this comparison to mean something?" (daily counts from
        the platform or researchers, with the same method for both hashtags).
        """,
    ),
    md(
        """
        ## 2. Siapa yang daring di Indonesia?

        Dua sumber, dua angka. **ITU** (lewat Bank Dunia dan Our World in Data) mencatat
        **10,9%** penduduk Indonesia memakai internet pada 2010 dan **69,2%** pada 2023. Survei
        **APJII** (8.720 wawancara tatap muka di 38 provinsi) mencatat penetrasi **79,5%** pada
        2024: 221.563.479 pengguna dari 278.696.200 penduduk. Sebelumnya 64,8% (2018),
        73,7% (2020), 77,01% (2022) dan 78,19% (2023).

        Keduanya **mengukur dengan cara berbeda**, jadi jangan dicampur dalam satu garis:
        bandingkan tiap sumber dengan dirinya sendiri dari tahun ke tahun.
        """,
        """
        ## 2. Who is online in Indonesia?

        Two sources, two numbers. The **ITU** (via the World Bank and Our World in Data) records
        **10.9%** of Indonesians using the internet in 2010 and **69.2%** in 2023. The **APJII**
        survey (8,720 face-to-face interviews in 38 provinces) found a penetration of **79.5%**
        in 2024: 221,563,479 users out of 278,696,200 people. Earlier: 64.8% (2018),
        73.7% (2020), 77.01% (2022) and 78.19% (2023).

        The two **measure differently**, so do not join them into one line: compare each source
        with itself over time.
        """,
        slide="slide",
    ),
    code("ms.plot_apjii_penetration()"),
    md(
        """
        ### APJII 2024 per kelompok: baca dengan teliti

        APJII juga menerbitkan angka per kelompok: laki-laki **87,6%**, perempuan **85,5%**,
        perdesaan **74%**, perkotaan **82,2%**. Perhatikan garis putus-putus (keseluruhan 79,5%):
        laki-laki *dan* perempuan sama-sama di atasnya. Kalau semua orang adalah laki-laki atau
        perempuan, angka keseluruhan seharusnya berada di antara keduanya. Jadi angka menurut
        jenis kelamin pasti dihitung dengan dasar lain. Selalu periksa dasar sebuah persentase.
        """,
        """
        ### APJII 2024 by group: read carefully

        APJII also published figures by group: men **87.6%**, women **85.5%**, rural **74%**,
        urban **82.2%**. Look at the dashed line (overall 79.5%): men *and* women are both above
        it. If everybody is a man or a woman, the overall figure should lie between the two. So
        the figures by gender must have been computed on another base. Always check the base of
        a percentage.
        """,
        slide="subslide",
    ),
    code("ms.plot_apjii_groups()"),
    notes(
        """
        ⏱ 5 menit. Biarkan peserta menemukan sendiri keanehan laki-laki/perempuan sebelum Anda
        menjelaskannya. Perdesaan (74%) dan perkotaan (82,2%) konsisten: 79,5% ada di antara
        keduanya. Kita tidak tahu dasar angka gender itu; yang penting adalah kebiasaan bertanya.
        """,
        """
        ⏱ 5 min. Let participants spot the men/women oddity before you explain it. Rural (74%)
        and urban (82.2%) are consistent: 79.5% lies between them. We do not know the base of the
        gender figures; what matters is the habit of asking.
        """,
    ),
    md(
        """
        ### Per provinsi: rumah tangga yang memakai internet (BPS, 2022)

        BPS menghitung **rumah tangga** (bukan orang) yang memakai internet dalam tiga bulan
        terakhir: **86,54%** secara nasional, **90,90%** di perkotaan dan **80,54%** di perdesaan.
        Di balik rata-rata itu ada jurang: di **Papua** hanya **35,14%** rumah tangga, dan di
        perdesaan Papua hanya **17,25%**.
        """,
        """
        ### By province: households using the internet (BPS, 2022)

        BPS counts **households** (not people) that used the internet in the last three months:
        **86.54%** nationally, **90.90%** in towns and cities and **80.54%** in rural areas.
        Behind the average lies a chasm: in **Papua** only **35.14%** of households, and in rural
        Papua only **17.25%**.
        """,
        slide="subslide",
    ),
    code(
        """
        bps = ms.load("indonesia_internet_2022")
        bps.sort_values("total_pct").head(5)
        """
    ),
    md(
        """
        Sinyal juga belum merata. Menurut Podes BPS, jumlah desa/kelurahan **tanpa sinyal
        telepon seluler** turun dari **7.717** (2014) menjadi **5.158** (2021). Tetapi di Papua
        hanya turun dari **3.360** menjadi **3.099**: pada 2021, sekitar **60%** desa tanpa sinyal
        di Indonesia ada di Papua.
        """,
        """
        Signal is not evenly spread either. According to BPS's village census (Podes), the number
        of villages without **mobile phone signal** fell from **7,717** (2014) to **5,158**
        (2021). But in Papua it only fell from **3,360** to **3,099**: in 2021 about **60%** of
        Indonesia's villages without signal were in Papua.
        """,
        slide="fragment",
    ),
    code('ms.indonesia_ranking("no_signal", year=2021).head(5)'),
    notes(
        """
        ⏱ 4 menit. Tekankan perbedaan satuan: BPS menghitung rumah tangga, APJII dan ITU
        menghitung orang. Untuk Jakarta, kolom perdesaan bernilai 0 karena Jakarta tidak punya
        wilayah perdesaan dalam tabel BPS, bukan karena tak ada yang daring. Empat provinsi baru
        di Papua belum punya angka.
        """,
        """
        ⏱ 4 min. Stress the different units: BPS counts households, APJII and ITU count people.
        For Jakarta the rural column is 0 because Jakarta has no rural area in BPS's table, not
        because nobody is online. The four new Papuan provinces have no figure yet.
        """,
    ),
    md(
        """
        ## Coba sendiri: penjelajah Indonesia

        Pilih ukuran dan provinsi, lalu coba:

        1. **Sorot provinsi Anda** (atau provinsi asal keluarga Anda). Di urutan ke berapa, dan
           seberapa jauh dari garis nasional?
        2. Ganti kelompok ke **perdesaan**: provinsi mana yang paling jauh di bawah garis?
        3. Pilih **Keterampilan TIK** dan geser tahun dari 2015 ke 2021: apa yang berubah?
        4. Pilih **Perangkat**: lewat apa rumah tangga Indonesia daring?
        """,
        """
        ## Try it yourself: the Indonesia explorer

        Choose a measure and a province, then try:

        1. **Highlight your province** (or your family's). Which place is it in, and how far
           from the national line?
        2. Switch the group to **rural**: which provinces fall furthest below the line?
        3. Choose **ICT skills** and move the year from 2015 to 2021: what changes?
        4. Choose **Devices**: how do Indonesian households go online?
        """,
        slide="slide",
    ),
    code('ms.indonesia_explorer("internet", "Papua")'),
    notes(
        """
        ⏱ 6 menit. Biarkan peserta mencoba berpasangan. Jawaban 3: secara nasional keterampilan
        TIK naik dari 27,04% (2015) ke 70,17% (2021), tetapi Papua tetap terendah (30,58% pada
        2021). Jawaban 4: telepon seluler dipakai 99,15% rumah tangga pengguna internet pada 2021;
        komputer meja turun dari 41,5% (2015) ke 3,53%. Jika peserta memilih provinsi baru di
        Papua, penjelajah menjelaskan mengapa tak ada angka. Tanpa kernel (halaman HTML atau
        slide) hanya tampilan awal yang terlihat.
        """,
        """
        ⏱ 6 min. Let participants try it in pairs. Answer to 3: nationally, ICT skills rose from
        27.04% (2015) to 70.17% (2021), but Papua stays lowest (30.58% in 2021). Answer to 4:
        mobile phones were used by 99.15% of households online in 2021; desktop computers fell
        from 41.5% (2015) to 3.53%. If participants choose a new Papuan province, the explorer
        explains why there is no figure. Without a kernel (HTML page or slides) only the first
        view shows.
        """,
    ),
    code('ms.indonesia_ranking("devices", year=2021)', slide="fragment"),
    md(
        """
        ## Apa kata bukti?

        - **"Siapa saja dengan koneksi internet"**: pada 2022 hampir dua pertiga rumah tangga
          di Papua belum daring, dan pada 2021 masih ada 5.158 desa tanpa sinyal seluler.
          Akses informasi di Indonesia belum merata.
        - **Tagar ramai belum tentu kebijakan berubah.** Menurut Carnegie, protes UU Cipta Kerja
          2020 tidak menghasilkan perubahan kebijakan; protes RKUHP 2019 hanya menunda
          pengesahan sampai Desember 2022.
        - **Linimasa bukan cermin seluruh warga.** Angka tagar mengukur mereka yang daring dan
          bersuara, sebagian besar di tempat yang sinyalnya baik.
        - **Platform dipakai kedua belah pihak.** #PolriSesuaiProsedur menunjukkan bahwa
          lembaga yang dikritik juga bisa memakai tagar.
        - **Angka punya asal-usul.** Netray, Twitter, detikNews, BPS, APJII dan ITU menghitung
          hal yang berbeda dengan cara berbeda.
        """,
        """
        ## What the evidence says

        - **"Anyone with an internet connection"**: in 2022 almost two-thirds of households in
          Papua were not yet online, and in 2021 there were still 5,158 villages without mobile
          signal. Access to information in Indonesia is not equal yet.
        - **A loud hashtag is not a policy change.** According to Carnegie, the 2020 jobs bill
          protests brought no policy change; the 2019 criminal code protests delayed the law
          only until December 2022.
        - **The timeline is not a mirror of all citizens.** Hashtag counts measure people who are
          online and speak up, mostly where the signal is good.
        - **Platforms cut both ways.** #PolriSesuaiProsedur shows that the institution being
          criticised can use hashtags too.
        - **Numbers have an origin.** Netray, Twitter, detikNews, BPS, APJII and ITU count
          different things in different ways.
        """,
        slide="slide",
    ),
    notes(
        """
        ⏱ 3 menit. Ini bagian "apa kata bukti". Hindari kesimpulan "media sosial tak berguna":
        #GejayanMemanggil jelas membantu mengumpulkan orang. Intinya, artikel mengabaikan siapa
        yang tidak terhubung, dan menyamakan ramai di linimasa dengan perubahan.
        """,
        """
        ⏱ 3 min. This is the "what the evidence says" part. Avoid concluding "social media is
        useless": #GejayanMemanggil clearly helped bring people together. The point is that the
        article ignores who is not connected, and equates a loud timeline with change.
        """,
    ),
    md(
        """
        ## Diskusi (berpasangan, 5 menit)

        > Pada 2021 sekitar 60% desa tanpa sinyal di Indonesia ada di Papua.
        >
        > 1. Jika sebuah masalah terjadi di desa tanpa sinyal, bagaimana ceritanya bisa sampai ke
        >    linimasa? Siapa yang menjadi perantaranya?
        > 2. Polisi membalas #PercumaLaporPolisi dengan #PolriSesuaiProsedur. Apa bedanya tagar
        >    warga dan tagar lembaga?
        > 3. Rancang kampanye untuk isu di daerah Anda: saluran apa selain media sosial yang Anda
        >    perlukan?
        """,
        """
        ## Discussion (in pairs, 5 minutes)

        > In 2021 about 60% of Indonesia's villages without signal were in Papua.
        >
        > 1. If a problem happens in a village without signal, how can its story reach the
        >    timeline? Who carries it there?
        > 2. The police answered #PercumaLaporPolisi with #PolriSesuaiProsedur. How does a
        >    citizens' hashtag differ from an institution's?
        > 3. Design a campaign for an issue in your area: which channels besides social media
        >    would you need?
        """,
        slide="subslide",
    ),
    notes(
        """
        ⏱ 5 menit. Untuk pertanyaan 1, arahkan ke perantara: jurnalis lokal, LSM, keluarga di
        kota, radio komunitas. Pertanyaan 3 menjembatani ke pelajaran 6 (proyek akhir).
        """,
        """
        ⏱ 5 min. For question 1, steer towards intermediaries: local journalists, NGOs, family in
        town, community radio. Question 3 bridges to lesson 6 (the capstone).
        """,
    ),
    md(
        """
        ## Kuis

        **1.** APJII mencatat 79,5% (2024), ITU mencatat 69,2% (2023). Kesimpulan terbaik:
        a) ITU salah · b) pengguna internet melonjak 10 poin dalam setahun · c) kedua sumber
        mengukur dengan cara berbeda; bandingkan tiap sumber dengan dirinya sendiri · d) APJII
        hanya menghitung kota

        <details><summary>Jawaban</summary>

        **c.** Survei APJII dan data ITU/Bank Dunia mengukur secara berbeda; selisihnya bukan
        bukti lonjakan.
        </details>

        **2.** Menurut Carnegie, apa hasil protes RKUHP September 2019?
        a) RKUHP dibatalkan selamanya · b) pemungutan suara ditunda, tetapi KUHP disahkan pada
        6 Desember 2022 · c) tidak ada yang terjadi · d) DPR dibubarkan

        <details><summary>Jawaban</summary>

        **b.** Protes menunda pemungutan suara; DPR mengesahkan KUHP baru pada 6 Desember 2022.
        </details>

        **3.** Di tabel BPS 2022, kolom perdesaan DKI Jakarta bernilai 0. Artinya:
        a) tak satu pun rumah tangga desa di Jakarta daring · b) Jakarta tidak punya rumah tangga
        perdesaan dalam tabel itu (totalnya sama dengan angka perkotaan) · c) BPS lupa mengisi ·
        d) Jakarta terendah di Indonesia

        <details><summary>Jawaban</summary>

        **b.** Total Jakarta (95,39%) sama persis dengan angka perkotaannya: angka 0 berarti "tidak
        ada wilayah perdesaan", bukan 0% daring.
        </details>
        """,
        """
        ## Quiz

        **1.** APJII records 79.5% (2024), the ITU 69.2% (2023). The best conclusion:
        a) the ITU is wrong · b) internet use jumped 10 points in a year · c) the two sources
        measure differently; compare each with itself · d) APJII counts only cities

        <details><summary>Answer</summary>

        **c.** APJII's survey and the ITU/World Bank data measure differently; the gap is not
        evidence of a jump.
        </details>

        **2.** According to Carnegie, what was the outcome of the September 2019 criminal code
        protests?
        a) the code was dropped for good · b) the vote was delayed, but the code was passed on
        6 December 2022 · c) nothing happened · d) parliament was dissolved

        <details><summary>Answer</summary>

        **b.** The protests delayed the vote; parliament passed the new criminal code on
        6 December 2022.
        </details>

        **3.** In BPS's 2022 table, DKI Jakarta's rural column is 0. This means:
        a) no rural household in Jakarta is online · b) Jakarta has no rural households in that
        table (its total equals its urban figure) · c) BPS forgot to fill it in · d) Jakarta is
        the lowest in Indonesia

        <details><summary>Answer</summary>

        **b.** Jakarta's total (95.39%) equals its urban figure exactly: the 0 means "no rural
        area", not 0% online.
        </details>
        """,
        slide="subslide",
    ),
    notes(
        """
        ⏱ 3 menit. Minta peserta menjawab dengan jari (1–4) sebelum membuka jawaban. Jika banyak
        yang salah di nomor 3, kembali ke penjelajah dan pilih kelompok "perdesaan".
        """,
        """
        ⏱ 3 min. Ask participants to answer with their fingers (1–4) before opening the answers.
        If many get question 3 wrong, go back to the explorer and choose the "rural" group.
        """,
    ),
    md(
        """
        ## Glosarium

        | Istilah Indonesia | Istilah Inggris | Arti |
        |---|---|---|
        | tagar | hashtag | kata berawalan # yang mengelompokkan unggahan |
        | tagar tandingan | counter-hashtag | tagar yang dibuat untuk melawan tagar lain |
        | warganet | netizen | warga yang aktif di internet |
        | cuitan | tweet | unggahan di Twitter (kini X) |
        | rekonstruksi | reconstruction | seri harian yang dibangun ulang dari beberapa angka yang dipublikasikan |
        | penetrasi internet | internet penetration | persentase penduduk yang memakai internet |
        | kesenjangan digital | digital divide | perbedaan akses internet antarkelompok atau antarwilayah |
        | perkotaan / perdesaan | urban / rural | klasifikasi wilayah menurut BPS |
        | desa tanpa sinyal | village without signal | desa/kelurahan yang tidak terjangkau sinyal telepon seluler |
        | keterampilan TIK | ICT skills | kemampuan memakai teknologi informasi dan komunikasi |
        """,
        """
        ## Glossary

        | Indonesian term | English term | Meaning |
        |---|---|---|
        | tagar | hashtag | a word starting with # that groups posts together |
        | tagar tandingan | counter-hashtag | a hashtag made to push back against another one |
        | warganet | netizen | a citizen who is active online |
        | cuitan | tweet | a post on Twitter (now X) |
        | rekonstruksi | reconstruction | a daily series rebuilt from a few published figures |
        | penetrasi internet | internet penetration | the share of people who use the internet |
        | kesenjangan digital | digital divide | differences in internet access between groups or places |
        | perkotaan / perdesaan | urban / rural | BPS's classification of areas |
        | desa tanpa sinyal | village without signal | a village that mobile phone signal does not reach |
        | keterampilan TIK | ICT skills | the ability to use information and communication technology |
        """,
        slide="subslide",
    ),
    md(
        """
        ## Sumber

        **Artikel yang dibahas:** Rumah Produksi Indonesia, *Bagaimana Media Sosial Membantu
        Perubahan Sosial*.

        **Kampanye dan angka yang dipublikasikan:**
        - #ReformasiDikorupsi dan #GejayanMemanggil (21.581 cuitan; 848,9 ribu akun; 85,8 juta
          impresi; puncak 24 September 2019): Netray — https://analysis.netray.id/reformasi-dikorupsi
        - #PercumaLaporPolisi (130.000 cuitan sampai 17 Oktober 2021): Tribun Kaltim —
          https://kaltim.tribunnews.com/2021/10/17/tagar-percumalaporpolisi-redup-topik-satpam-bca-meroket-warga-kaltim-diimbau-tidak-memperkeruh
        - #PolriSesuaiProsedur (14.700 cuitan): detikNews —
          https://news.detik.com/berita/d-5762516/polisi-lawan-tagar-percumalaporpolisi-dengan-polrisesuaiprosedur?single=1
        - #TolakOmnibusLaw dan hasil protes di Indonesia: Carnegie Endowment, Global Protest
          Tracker — https://carnegieendowment.org/features/global-protest-tracker

        **Siapa yang daring:**
        - Rumah tangga pengguna internet 2022, desa tanpa sinyal, keterampilan TIK, perangkat:
          Sumber: Badan Pusat Statistik — https://www.bps.go.id/
        - Pengguna internet per negara (ITU melalui Bank Dunia, diolah Our World in Data) —
          https://ourworldindata.org/internet
        - Survei APJII 2024 dan tahun-tahun sebelumnya —
          https://apjii.or.id/berita/d/apjii-jumlah-pengguna-internet-indonesia-tembus-221-juta-orang ;
          https://tajukflores.com/data-apjii-jumlah-pengguna-internet-di-indonesia-capai-2215-juta-jiwa

        Rincian setiap tabel ada di `data/README.md`.
        """,
        """
        ## Sources

        **The article discussed:** Rumah Produksi Indonesia, *Bagaimana Media Sosial Membantu
        Perubahan Sosial* ("How Social Media Helps Social Change", in Indonesian).

        **Campaigns and published figures:**
        - #ReformasiDikorupsi and #GejayanMemanggil (21,581 tweets; 848.9 thousand accounts;
          85.8 million impressions; peak on 24 September 2019): Netray —
          https://analysis.netray.id/reformasi-dikorupsi
        - #PercumaLaporPolisi (130,000 tweets by 17 October 2021): Tribun Kaltim —
          https://kaltim.tribunnews.com/2021/10/17/tagar-percumalaporpolisi-redup-topik-satpam-bca-meroket-warga-kaltim-diimbau-tidak-memperkeruh
        - #PolriSesuaiProsedur (14,700 tweets): detikNews —
          https://news.detik.com/berita/d-5762516/polisi-lawan-tagar-percumalaporpolisi-dengan-polrisesuaiprosedur?single=1
        - #TolakOmnibusLaw and the outcomes of Indonesian protests: Carnegie Endowment, Global
          Protest Tracker — https://carnegieendowment.org/features/global-protest-tracker

        **Who is online:**
        - Households using the internet 2022, villages without signal, ICT skills, devices:
          Badan Pusat Statistik (BPS, "Sumber: Badan Pusat Statistik") — https://www.bps.go.id/
        - Internet use by country (ITU via the World Bank, processed by Our World in Data) —
          https://ourworldindata.org/internet
        - APJII survey 2024 and earlier years —
          https://apjii.or.id/berita/d/apjii-jumlah-pengguna-internet-indonesia-tembus-221-juta-orang ;
          https://tajukflores.com/data-apjii-jumlah-pengguna-internet-di-indonesia-capai-2215-juta-jiwa

        Details of every table are in `data/README.md`.
        """,
        slide="slide",
    ),
    md(
        """
        ## Berikutnya

        - **Latihan:** `exercises/id/05-indonesia-exercises.ipynb` (sekitar 30 menit; setiap
          jawaban langsung diperiksa).
        - **Pelajaran 6:** proyek akhir: rencanakan kampanye Anda sendiri, dengan memikirkan
          siapa yang bisa Anda jangkau secara daring dan siapa yang tidak.
        """,
        """
        ## Next

        - **Exercises:** `exercises/en/05-indonesia-exercises.ipynb` (about 30 minutes; every
          answer is checked right away).
        - **Lesson 6:** the capstone: plan your own campaign, thinking about who you can reach
          online and who you cannot.
        """,
        slide="subslide",
    ),
]

EXERCISES = [
    md(
        """
        # 05 · Latihan: Indonesia

        Delapan tugas singkat dengan data pelajaran 5 (sekitar 30 menit). Untuk setiap tugas:

        1. tulis jawaban Anda di sel yang berisi `= None`, lalu jalankan sel itu;
        2. jalankan sel `ms.check(...)` di bawahnya: jawabannya ✔ benar, ✘ belum tepat (dengan
           petunjuk), atau "belum dijawab".

        Buntu? Jalankan `ms.hint("05-papua-gap")` (dengan nama tugasnya). Salah itu biasa:
        periksa sesering yang Anda mau.
        """,
        """
        # 05 · Exercises: Indonesia

        Eight short tasks on the data of lesson 5 (about 30 minutes). For each task:

        1. write your answer in the cell that says `= None`, then run that cell;
        2. run the `ms.check(...)` cell below it: it answers ✔ correct, ✘ not yet (with a hint),
           or "not answered yet".

        Stuck? Run `ms.hint("05-papua-gap")` (with the task's name). Being wrong is normal: check
        as often as you like.
        """,
        slide="slide",
    ),
    code("import medsos as ms"),
    code(
        """
        bps = ms.load("indonesia_internet_2022")
        bps.head()
        """
    ),
    md(
        """
        ## Tugas 1 · Kesenjangan kota–desa di Papua

        Tabel `bps` punya satu baris per provinsi: `urban_pct` (rumah tangga perkotaan yang
        memakai internet, %), `rural_pct` (perdesaan) dan `total_pct`.

        Berapa **poin persentase** selisih antara rumah tangga perkotaan dan perdesaan di
        **Papua** pada 2022? (perkotaan dikurangi perdesaan)
        """,
        """
        ## Task 1 · Papua's urban–rural gap

        The `bps` table has one row per province: `urban_pct` (urban households using the
        internet, %), `rural_pct` (rural) and `total_pct`.

        How many **percentage points** apart were urban and rural households in **Papua** in
        2022? (urban minus rural)
        """,
        slide="subslide",
    ),
    answer("answer_papua_gap = None  # a number, e.g. 12.5", task="05-papua-gap"),
    code('ms.check("05-papua-gap", answer_papua_gap)'),
    md(
        """
        ## Tugas 2 · Desa tanpa sinyal

        Muat `ms.load("indonesia_no_signal")`. Baris dengan `is_national` bernilai `True` berisi
        **total Indonesia**. Berapa desa **lebih sedikit** yang tanpa sinyal seluler pada 2021
        dibanding 2014?
        """,
        """
        ## Task 2 · Villages without signal

        Load `ms.load("indonesia_no_signal")`. The rows where `is_national` is `True` hold the
        **total for Indonesia**. How many **fewer** villages were without mobile signal in 2021
        than in 2014?
        """,
        slide="subslide",
    ),
    answer("answer_no_signal_drop = None  # a whole number", task="05-no-signal-drop"),
    code('ms.check("05-no-signal-drop", answer_no_signal_drop)'),
    md(
        """
        ## Tugas 3 · Bereksperimen dengan penjelajah

        Di penjelajah, pilih ukuran **Desa tanpa sinyal telepon seluler** dan tahun **2021**.
        Kira-kira berapa bagian dari seluruh desa tanpa sinyal di Indonesia yang berada di
        Papua?

        a) sekitar 10% · b) sekitar 25% · c) sekitar 60% · d) sekitar 90%
        """,
        """
        ## Task 3 · Experimenting with the explorer

        In the explorer, choose the measure **Villages without mobile signal** and the year
        **2021**. Roughly what share of all of Indonesia's villages without signal are in Papua?

        a) about 10% · b) about 25% · c) about 60% · d) about 90%
        """,
        slide="slide",
    ),
    code('ms.indonesia_explorer("no_signal")'),
    answer('answer_papua_share = None  # "a", "b", "c" or "d"', task="05-papua-share"),
    code('ms.check("05-papua-share", answer_papua_share)'),
    md(
        """
        ## Tugas 4 · Membaca grafik APJII

        Grafik di bawah memuat angka APJII 2024 per kelompok dan garis keseluruhan 79,5%. Pasangan
        kelompok mana yang **tidak mungkin** dihitung dengan dasar yang sama dengan angka
        keseluruhan?

        a) perdesaan dan perkotaan · b) laki-laki dan perempuan · c) kedua pasangan · d) tidak ada
        """,
        """
        ## Task 4 · Reading the APJII chart

        The chart below shows APJII's 2024 figures by group and the overall line at 79.5%. Which
        pair of groups **cannot** have been computed on the same base as the overall figure?

        a) rural and urban · b) men and women · c) both pairs · d) neither
        """,
        slide="slide",
    ),
    code("ms.plot_apjii_groups()"),
    answer('answer_apjii_base = None  # "a", "b", "c" or "d"', task="05-apjii-base"),
    code('ms.check("05-apjii-base", answer_apjii_base)'),
    md(
        """
        ## Tugas 5 · Terukur atau direkonstruksi?

        Lihat grafik dua tagar Indonesia di bawah. Pernyataan mana yang benar?

        a) Netray dan Twitter menghitung kedua garis hari demi hari.
        b) Yang dipublikasikan hanya totalnya (dan tanggal puncak 2019); bentuk hariannya adalah
           asumsi.
        c) Menurut Twitter, #PercumaLaporPolisi memuncak pada 6 Oktober 2021.
        d) Kedua garis berasal dari survei BPS.
        """,
        """
        ## Task 5 · Measured or reconstructed?

        Look at the chart of two Indonesian hashtags below. Which statement is true?

        a) Netray and Twitter counted both lines day by day.
        b) Only the totals (and the 2019 peak day) were published; the daily shapes are
           assumptions.
        c) According to Twitter, #PercumaLaporPolisi peaked on 6 October 2021.
        d) Both lines come from a BPS survey.
        """,
        slide="slide",
    ),
    code("ms.plot_indonesian_campaigns()"),
    answer('answer_reconstructed = None  # "a", "b", "c" or "d"', task="05-reconstructed"),
    code('ms.check("05-reconstructed", answer_reconstructed)'),
    md(
        """
        ## Tugas 6 · Refleksi

        Artikel menulis bahwa "siapa saja dengan koneksi internet" bisa mengakses informasi.
        Tulis 3–5 kalimat (minimal 25 kata): kelompok atau wilayah mana yang menurut data
        pelajaran ini lebih jarang daring, dan apa artinya bagi siapa yang terdengar dalam hitungan
        cuitan sebuah tagar?

        Tidak ada satu jawaban yang paling benar; bandingkan dengan teman di sebelah Anda.
        """,
        """
        ## Task 6 · Reflection

        The article says that "anyone with an internet connection" can reach information. Write
        3–5 sentences (at least 25 words): which group or region is less often online according
        to this lesson's data, and what does that mean for who is heard in a hashtag's tweet
        count?

        There is no single right answer; compare yours with a neighbour.
        """,
        slide="slide",
    ),
    answer('answer_reflection = None  # "..." (25+ words / kata)', task="05-reflection"),
    code('ms.check("05-reflection", answer_reflection)'),
    md(
        """
        ## Kuis

        **Kuis 1.** APJII mencatat 79,5% (2024), ITU mencatat 69,2% (2023). Kesimpulan terbaik:
        a) ITU salah · b) pengguna internet melonjak 10 poin dalam setahun · c) kedua sumber
        mengukur dengan cara berbeda; bandingkan tiap sumber dengan dirinya sendiri · d) APJII
        hanya menghitung kota
        """,
        """
        ## Quiz

        **Quiz 1.** APJII records 79.5% (2024), the ITU 69.2% (2023). The best conclusion:
        a) the ITU is wrong · b) internet use jumped 10 points in a year · c) the two sources
        measure differently; compare each with itself · d) APJII counts only cities
        """,
        slide="slide",
    ),
    answer('answer_quiz_1 = None  # "a", "b", "c" or "d"', task="05-quiz-1"),
    code('ms.check("05-quiz-1", answer_quiz_1)'),
    md(
        """
        **Kuis 2.** Menurut Global Protest Tracker Carnegie (`ms.load("protests")`), apa hasil
        protes RKUHP September 2019?
        a) RKUHP dibatalkan selamanya · b) pemungutan suara ditunda, tetapi KUHP disahkan pada
        6 Desember 2022 · c) tidak ada yang terjadi · d) DPR dibubarkan
        """,
        """
        **Quiz 2.** According to Carnegie's Global Protest Tracker (`ms.load("protests")`), what
        was the outcome of the September 2019 criminal code protests?
        a) the code was dropped for good · b) the vote was delayed, but the code was passed on
        6 December 2022 · c) nothing happened · d) parliament was dissolved
        """,
        slide="subslide",
    ),
    answer('answer_quiz_2 = None  # "a", "b", "c" or "d"', task="05-quiz-2"),
    code('ms.check("05-quiz-2", answer_quiz_2)'),
    md(
        """
        ## Selesai

        Kerja bagus! Anda menghitung kesenjangan dengan pandas, menjelajahi provinsi, memeriksa
        dasar sebuah persentase, dan membedakan data terukur dari rekonstruksi. Di pelajaran 6
        Anda merancang kampanye sendiri.
        """,
        """
        ## Done

        Well done! You computed gaps with pandas, explored provinces, checked the base of a
        percentage, and told measured data from reconstructions. In lesson 6 you design your own
        campaign.
        """,
        slide="slide",
    ),
]


if __name__ == "__main__":
    for path in write(LESSON, META, "notebooks", "05-indonesia.ipynb"):
        print(path)
    for path in write(EXERCISES, EX_META, "exercises", "05-indonesia-exercises.ipynb"):
        print(path)
