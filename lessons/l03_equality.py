"""Lesson 3 · A platform for equality / Platform untuk kesetaraan (both languages, one source).

Run ``.venv/bin/python lessons/l03_equality.py`` to rewrite
notebooks/{id,en}/03-equality.ipynb and exercises/{id,en}/03-equality-exercises.ipynb.
Every number in the prose is computed in a cell or comes from data/published_figures.csv
or ../shared/facts/checked-facts.md; tests/test_l03_equality.py pins them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from nbgen import answer, code, md, notes, write  # noqa: E402

META = {
    "lesson": 3,
    "minutes": 55,
    "title": {
        "id": "Platform untuk kesetaraan: suara, akses, dan #LoveWins",
        "en": "A platform for equality: voice, access and #LoveWins",
    },
    "objectives": {
        "id": [
            "Menjelaskan apa yang diberikan media sosial kepada kelompok terpinggirkan, dan risikonya",
            "Membaca perubahan opini publik (Gallup) di samping lonjakan tagar #LoveWins",
            "Mengukur kesenjangan digital antarnegara, antara perempuan dan laki-laki, dan antarprovinsi",
            "Membandingkan dua sumber angka internet Indonesia (APJII dan ITU) dan menjelaskan bedanya",
        ],
        "en": [
            "Explain what social media gives marginalised groups, and what it risks",
            "Read the shift in public opinion (Gallup) beside the #LoveWins burst",
            "Measure the digital divide between countries, women and men, and provinces",
            "Compare two sources of Indonesia's internet figures (APJII and ITU) and explain the gap",
        ],
    },
}

EX_META = {
    "lesson": 3,
    "minutes": 30,
    "title": {
        "id": "Latihan: platform untuk kesetaraan",
        "en": "Exercises: a platform for equality",
    },
    "objectives": {
        "id": [
            "Menjawab pertanyaan tentang kesenjangan digital dengan pandas",
            "Membaca grafik opini publik dan penjelajah kesenjangan",
            "Menulis refleksi singkat tentang siapa yang terdengar di media sosial",
        ],
        "en": [
            "Answer questions about the digital divide with pandas",
            "Read a public-opinion chart and the divide explorer",
            "Write a short reflection on who gets heard on social media",
        ],
    },
}

LESSON = [
    md(
        """
        # 03 · Platform untuk kesetaraan: suara, akses, dan #LoveWins

        **Benarkah media sosial memberi suara yang sama kepada semua orang?** Kita menguji tiga klaim artikel: media sosial memberi panggung bagi kaum marginal, membuat akses informasi merata, dan mendorong inklusi, dengan data opini publik dan data akses internet dari dunia hingga provinsi di Indonesia.

        ⏱ sekitar 55 menit · data nyata, lengkap dengan sumbernya
        """,
        """
        # 03 · A platform for equality: voice, access and #LoveWins

        **Does social media really give everyone an equal voice?** We test three claims of the article (a platform for marginalised groups, equal access to information, a push for inclusion) with public-opinion data and internet-access data from the whole world down to Indonesia's provinces.

        ⏱ about 55 minutes · real data, with its sources
        """,
        slide="slide",
    ),
    notes(
        """
        ⏱ 2 menit. Buka dengan pertanyaan: "Siapa yang *tidak* ada di linimasa kalian?" Kumpulkan 2–3 jawaban (orang tua di desa, teman tanpa kuota, dll.). Topik hari ini menyentuh identitas seksual: sampaikan sejak awal bahwa tidak ada yang perlu menceritakan hal pribadi, dan kita membahas data, bukan orang di ruangan ini.
        """,
        """
        ⏱ 2 min. Open with a question: "Who is *missing* from your timeline?" Collect 2–3 answers (parents in a village, a friend without a data plan, ...). Today's topic touches sexual identity: say from the start that nobody has to share anything personal, and that we discuss data, not people in the room.
        """,
    ),
    md(
        """
        ## Tujuan pembelajaran

        Setelah pelajaran ini, kamu bisa:

        1. **Menjelaskan** apa yang diberikan media sosial kepada kelompok terpinggirkan, misalnya komunitas LGBTQ+ (visibilitas, komunitas, rasa aman karena tidak sendirian) dan risikonya (perundungan, identitas dibuka tanpa izin).
        2. **Membaca** perubahan opini publik AS tentang pernikahan sesama jenis (Gallup) di samping lonjakan tagar #LoveWins, dan menjelaskan mengapa urutan waktu itu penting.
        3. **Mengukur** kesenjangan digital antarnegara, antara perempuan dan laki-laki, serta antara kota dan desa di Indonesia.
        4. **Membandingkan** dua sumber angka pengguna internet Indonesia (APJII dan ITU) dan menjelaskan mengapa angkanya berbeda.

        **Kaitannya dengan artikel.** Bagian ketiga artikel *Bagaimana Media Sosial Membantu Perubahan Sosial* (Rumah Produksi Indonesia) menyebut media sosial sebagai "platform kesetaraan": memberi panggung kepada kaum marginal, menyediakan akses informasi yang merata "tanpa diskriminasi" bagi siapa saja yang punya koneksi internet, dan mendorong inklusi, dengan #LoveWins sebagai contoh. Kita akan melihat seberapa jauh klaim itu didukung data.
        """,
        """
        ## Learning objectives

        By the end of this lesson you can:

        1. **Explain** what social media gives marginalised groups such as LGBTQ+ communities (visibility, community, safety in numbers) and what it risks (harassment, being outed).
        2. **Read** the shift in US public opinion on same-sex marriage (Gallup) beside the #LoveWins burst, and explain why the order of events matters.
        3. **Measure** the digital divide between countries, between women and men, and between cities and villages in Indonesia.
        4. **Compare** two sources of Indonesia's internet figures (APJII and ITU) and explain why they differ.

        **How this connects to the article.** The third part of the article *How Social Media Helps Social Change* (Rumah Produksi Indonesia, in Indonesian) calls social media "a platform for equality": a stage for marginalised groups, access to information for anyone with an internet connection "without discrimination", and a push for inclusion, with #LoveWins as its example. We check how far the data support each claim.
        """,
        slide="subslide",
    ),
    code("import medsos as ms"),
    notes(
        """
        ⏱ 3 menit. Bacakan tujuan dengan cepat. Tekankan frasa artikel "siapa saja dengan koneksi internet": separuh kedua pelajaran ini membahas siapa yang *tidak* punya koneksi itu.
        """,
        """
        ⏱ 3 min. Read the objectives quickly. Stress the article's phrase "anyone with an internet connection": the second half of the lesson is about who does *not* have that connection.
        """,
    ),
    # --- 1. voice -----------------------------------------------------------------
    md(
        """
        ## 1. Suara bagi kelompok terpinggirkan

        Artikel menyebut komunitas LGBTQ+ memakai Twitter dan Instagram untuk berbagi pengalaman dan mengadvokasi hak yang sering diabaikan media arus utama. Apa yang sebenarnya bisa diberikan media sosial?

        | yang diberikan | contoh bentuknya |
        |---|---|
        | **visibilitas** | cerita orang pertama yang tidak ditulis oleh media arus utama |
        | **komunitas** | menemukan orang dengan pengalaman serupa, juga di kota kecil |
        | **rasa aman karena tidak sendirian** | dukungan dan solidaritas ketika seseorang diserang |

        Tetapi panggung yang sama juga membawa **risiko**:

        - **perundungan dan ujaran kebencian**: terlihat berarti juga bisa ditemukan oleh orang yang memusuhi;
        - **identitas dibuka tanpa izin** (*outing*): tangkapan layar, nama akun, atau foto bisa menyebar ke keluarga, sekolah, atau tempat kerja;
        - **jejak digital**: unggahan lama tetap bisa dicari bertahun-tahun kemudian.
        """,
        """
        ## 1. A voice for marginalised groups

        The article says LGBTQ+ communities use Twitter and Instagram to share their experiences and advocate for rights that mainstream media often ignore. What can social media actually give?

        | what it gives | what that looks like |
        |---|---|
        | **visibility** | first-person stories that mainstream media did not write |
        | **community** | finding people with similar experiences, also in a small town |
        | **safety in numbers** | support and solidarity when someone is attacked |

        But the same stage also brings **risks**:

        - **harassment and hate speech**: being visible also means being findable by people who are hostile;
        - **being outed**: a screenshot, an account name or a photo can reach family, school or work;
        - **a digital trail**: old posts can still be searched years later.
        """,
        slide="slide",
    ),
    md(
        """
        ### Yang tidak kita punya: angka

        Kursus ini **tidak** punya data terukur tentang berapa banyak orang LGBTQ+ yang menemukan komunitas atau mengalami perundungan di media sosial, jadi kita tidak akan menebak angkanya. Yang bisa kita ukur adalah dua hal yang dibicarakan artikel: **opini publik** (dengan #LoveWins sebagai contoh) dan **siapa yang bisa masuk ke platform sama sekali** (akses internet).
        """,
        """
        ### What we do not have: numbers

        This course has **no** measured data on how many LGBTQ+ people found community or faced harassment on social media, so we will not guess a number. What we can measure are two things the article talks about: **public opinion** (with #LoveWins as the example) and **who can get onto the platforms at all** (internet access).
        """,
        slide="subslide",
    ),
    notes(
        """
        ⏱ 7 menit. Minta peserta menambahkan satu manfaat dan satu risiko lain ke tabel, secara lisan. Jaga nada: di Indonesia topik ini sensitif dan bisa berisiko bagi peserta, jadi bahas pola umum, jangan meminta cerita pribadi. Poin kuncinya: visibilitas adalah pedang bermata dua, dan angka yang tidak kita punya tidak boleh kita karang.
        """,
        """
        ⏱ 7 min. Ask participants to add one more benefit and one more risk to the table, out loud. Keep the tone careful: in Indonesia this topic is sensitive and can be risky for participants, so discuss general patterns and never ask for personal stories. Key point: visibility cuts both ways, and a number we do not have is a number we must not make up.
        """,
    ),
    # --- 2. #LoveWins -------------------------------------------------------------
    md(
        """
        ## 2. #LoveWins: hari ketika linimasa berwarna pelangi

        Pada **26 Juni 2015** Mahkamah Agung AS memutus perkara *Obergefell v. Hodges*: pernikahan sesama jenis sah di seluruh negara bagian. Tagar #LoveWins langsung meledak. Angka-angka yang dipublikasikan pada hari itu:
        """,
        """
        ## 2. #LoveWins: the day timelines turned rainbow

        On **26 June 2015** the US Supreme Court decided *Obergefell v. Hodges*: same-sex marriage became legal in every state. The hashtag #LoveWins exploded at once. The figures published for that day:
        """,
        slide="slide",
    ),
    code(
        """
        figures = ms.load("published_figures").set_index("figure_id")
        lovewins = figures.loc[["lovewins-01", "lovewins-02", "lovewins-03", "lovewins-04"]]
        lovewins[["metric", "value", "source"]]
        """
    ),
    md(
        """
        Menurut Pew Research Center, #LoveWins dipakai sekitar **7 juta** kali pada hari putusan dan **3 juta** kali sehari sesudahnya; akun resmi Twitter Data mencatat **6,2 juta** cuitan tentang putusan itu, dan di Facebook ada **10,1 juta** interaksi dari 3,8 juta orang di AS dalam satu jam pertama. Pew tidak menerbitkan data harian lengkap: garis putus-putus di bawah ini **direkonstruksi** dari dua angka Pew, dan bentuk dua hari terakhirnya adalah asumsi.
        """,
        """
        According to the Pew Research Center, #LoveWins was used about **7 million** times on the day of the ruling and **3 million** times the day after; Twitter's own Twitter Data account counted **6.2 million** tweets about the decision, and on Facebook there were **10.1 million** interactions by 3.8 million people in the US in the first hour. Pew published no full daily series: the dashed line below is **reconstructed** from the two Pew figures, and the shape of its last two days is an assumption.
        """,
        slide="subslide",
    ),
    code('ms.plot_attention("lovewins2015_tweets")'),
    md(
        """
        ### Apakah tagar itu mengubah opini publik?

        Artikel menulis bahwa #LoveWins menunjukkan bagaimana media sosial "dapat membantu mengubah opini publik". Gallup menanyakan warga AS apakah pernikahan sesama jenis sebaiknya sah. Lihat **kapan** dukungan naik, dibandingkan dengan garis putusan.
        """,
        """
        ### Did the hashtag change public opinion?

        The article writes that #LoveWins shows how social media "can help change public opinion". Gallup asks Americans whether same-sex marriage should be legal. Look at **when** support rose, compared with the line of the ruling.
        """,
        slide="subslide",
    ),
    code("ms.plot_samesex_opinion()"),
    code("ms.samesex_opinion()", slide="fragment"),
    md(
        """
        ## Apa kata bukti: tagar merayakan perubahan yang sudah berjalan

        - Dukungan naik dari **27%** (1996, pertama kali ditanyakan) menjadi **53%** pada 2011, dan **60%** pada Mei 2015, sebulan **sebelum** putusan dan sebelum #LoveWins meledak.
        - Sesudahnya dukungan terus naik: **70%** pada 2021 dan **71%** pada 2022 (rekor).
        - Jadi opini sudah bergeser selama hampir dua dekade sebelum tagar itu ada. #LoveWins **merayakan dan menyebarkan** perubahan yang sudah berjalan; data ini tidak menunjukkan bahwa tagar itu sendiri yang menyebabkannya.

        Yang kita lihat adalah **urutan waktu**, bukan sebab-akibat. Untuk mengatakan media sosial ikut mendorong pergeseran opini, kita butuh data lain, misalnya survei yang menanyakan dari mana orang mendengar cerita pasangan sesama jenis.
        """,
        """
        ## What the evidence says: the hashtag celebrated a shift already under way

        - Support rose from **27%** (1996, the first time Gallup asked) to **53%** in 2011 and **60%** in May 2015, a month **before** the ruling and before #LoveWins exploded.
        - Afterwards it kept rising: **70%** in 2021 and **71%** in 2022 (a record).
        - So opinion had been shifting for nearly two decades before the hashtag existed. #LoveWins **celebrated and spread** a change already under way; these data do not show that the hashtag itself caused it.

        What we see is an **order in time**, not cause and effect. To claim that social media helped shift opinion we would need other data, such as surveys asking where people heard the stories of same-sex couples.
        """,
        slide="slide",
    ),
    notes(
        """
        ⏱ 10 menit untuk bagian #LoveWins. (1) Tabel: tunjukkan bahwa tiap angka punya sumber dan bahwa dua sumber (Pew, Twitter Data) sedikit berbeda. (2) Grafik rekonstruksi: tunjuk lencana RECONSTRUCTED. (3) Grafik Gallup: minta peserta menunjuk tahun ketika dukungan melewati garis 50% (2011), lalu tanyakan: "Apa yang datang lebih dulu, opini atau tagar?" Jangan sampai kesimpulannya menjadi "media sosial tidak berpengaruh": yang benar adalah "data ini tidak bisa memisahkan pengaruhnya".
        """,
        """
        ⏱ 10 min for the #LoveWins part. (1) Table: show that every figure has a source and that two sources (Pew, Twitter Data) differ slightly. (2) Reconstructed chart: point at the RECONSTRUCTED badge. (3) Gallup chart: ask participants to point at the year support crossed the 50% line (2011), then ask: "What came first, opinion or hashtag?" Do not let the conclusion become "social media had no effect": the right one is "these data cannot separate its effect".
        """,
    ),
    # --- 3. access ------------------------------------------------------------------
    md(
        """
        ## 3. Akses informasi yang merata?

        Artikel menulis bahwa "siapa saja dengan koneksi internet" bisa mengakses berita dan edukasi "tanpa diskriminasi". Masalahnya ada di syarat itu sendiri. Menurut *Facts and Figures 2024* dari ITU (badan telekomunikasi PBB), sekitar **5,5 miliar** orang (**68%** penduduk dunia) sudah berinternet, tetapi sekitar **2,6 miliar** (32%) belum.
        """,
        """
        ## 3. Equal access to information?

        The article writes that "anyone with an internet connection" can reach news and education "without discrimination". The problem is the condition itself. According to ITU's *Facts and Figures 2024* (the UN's telecommunications agency), about **5.5 billion** people (**68%** of the world) were online, but about **2.6 billion** (32%) were not.
        """,
        slide="slide",
    ),
    code("ms.plot_world_divide()"),
    md(
        """
        Di negara berpendapatan tinggi **93%** penduduk berinternet, di negara berpendapatan rendah hanya **27%**, dan di negara kurang berkembang **35%**. Sebuah platform tidak bisa memberi suara kepada orang yang tidak bisa masuk ke dalamnya.

        Bagaimana dengan Indonesia? Grafik di bawah memakai data ITU lewat Bank Dunia dan Our World in Data (OWID): persentase **orang** yang menggunakan internet.
        """,
        """
        In high-income countries **93%** of people were online, in low-income countries only **27%**, and in the least developed countries **35%**. A platform cannot give a voice to people who cannot get onto it.

        And Indonesia? The chart below uses ITU data via the World Bank and Our World in Data (OWID): the share of **people** using the internet.
        """,
        slide="subslide",
    ),
    code('ms.plot_internet_use(["Indonesia", "World", "Malaysia", "India", "Nigeria"])'),
    code(
        """
        use = ms.load("internet_use")
        idn = use[use["iso3"] == "IDN"].set_index("year")["internet_pct"]
        idn.loc[[2010, 2019, 2020, 2023]].round(1)
        """,
        slide="fragment",
    ),
    md(
        """
        Indonesia melonjak dari **10,9%** (2010) ke **69,2%** (2023), dan baru melewati separuh penduduk pada **2020** (53,7%). Pertumbuhan yang cepat, tetapi pada 2023 masih hampir sepertiga penduduk belum berinternet menurut sumber ini.
        """,
        """
        Indonesia leapt from **10.9%** (2010) to **69.2%** (2023), and passed half of its people only in **2020** (53.7%). Fast growth, but in 2023 nearly a third of the population was still offline according to this source.
        """,
    ),
    md(
        """
        ### Dua sumber, dua angka

        Survei APJII (Asosiasi Penyelenggara Jasa Internet Indonesia) 2024 menyebut **79,5%** penduduk Indonesia berinternet (221.563.479 dari 278.696.200 orang), berdasarkan **8.720 wawancara tatap muka di 38 provinsi**. ITU/OWID memberi **69,2%** untuk 2023, sementara APJII memberi **78,19%** untuk tahun yang sama.

        Keduanya tidak harus salah: **APJII dan ITU mengukur dengan cara berbeda** (siapa yang ditanya, apa yang dihitung sebagai "pengguna"). Aturannya: bandingkan tiap sumber dengan dirinya sendiri, dan selalu sebutkan sumber mana yang dipakai sebuah grafik.
        """,
        """
        ### Two sources, two numbers

        The 2024 survey of APJII (the Indonesian Internet Service Providers Association) puts **79.5%** of Indonesians online (221,563,479 of 278,696,200 people), based on **8,720 face-to-face interviews in 38 provinces**. ITU/OWID give **69.2%** for 2023, while APJII gives **78.19%** for the same year.

        Neither has to be wrong: **APJII and ITU measure differently** (who is asked, what counts as a "user"). The rule: compare each source with itself, and always say which source a chart uses.
        """,
        slide="subslide",
    ),
    code("ms.plot_internet_sources()"),
    notes(
        """
        ⏱ 8 menit. Grafik ITU 2024: minta peserta membaca selisih negara kaya dan miskin (93 vs 27). Grafik negara: Indonesia (garis oranye tebal) sempat tertinggal dari rata-rata dunia lalu menyusul. Bagian "dua sumber" penting untuk pelajaran 5: angka APJII sering dikutip media Indonesia; ajarkan untuk selalu bertanya "menurut siapa, diukur bagaimana?"
        """,
        """
        ⏱ 8 min. ITU 2024 chart: ask participants to read the gap between rich and poor countries (93 vs 27). Country chart: Indonesia (thick orange line) lagged behind the world average, then caught up. The "two sources" part matters for lesson 5: Indonesian media often quote APJII's figure; teach people to always ask "according to whom, measured how?"
        """,
    ),
    # --- 4. inside Indonesia -------------------------------------------------------------
    md(
        """
        ## 4. Di dalam Indonesia: kota, desa, dan Papua

        Badan Pusat Statistik (BPS) menghitung **rumah tangga** yang mengakses internet dalam 3 bulan terakhir, per provinsi, di perkotaan dan perdesaan (2022). Perhatikan: ini ukuran ketiga lagi, rumah tangga, bukan orang.
        """,
        """
        ## 4. Inside Indonesia: cities, villages and Papua

        Statistics Indonesia (BPS) counts **households** that used the internet in the last 3 months, by province, in urban and rural areas (2022). Note: this is yet another measure, households rather than people.
        """,
        slide="slide",
    ),
    code("ms.plot_urban_rural()"),
    code(
        """
        bps = ms.load("indonesia_internet_2022").set_index("province")
        bps.loc[["Indonesia", "Papua", "DKI Jakarta"], ["urban_pct", "rural_pct", "total_pct"]]
        """,
        slide="fragment",
    ),
    md(
        """
        Secara nasional **90,9%** rumah tangga perkotaan dan **80,54%** rumah tangga perdesaan berinternet. Di **Papua** jaraknya sangat jauh: **84,93%** di kota tetapi hanya **17,25%** di desa. Hati-hati dengan DKI Jakarta: angka perdesaannya 0 karena Jakarta **tidak punya** rumah tangga perdesaan, bukan karena tidak ada yang berinternet.

        Salah satu penyebabnya adalah sinyal. Menurut BPS, **5.158** desa/kelurahan di Indonesia masih tanpa sinyal telepon seluler pada 2021 (turun dari 7.717 pada 2014), dan **3.099** di antaranya ada di Provinsi Papua.
        """,
        """
        Nationally, **90.9%** of urban and **80.54%** of rural households were online. In **Papua** the gap is huge: **84.93%** in towns but only **17.25%** in villages. Careful with DKI Jakarta: its rural figure is 0 because Jakarta **has no** rural households, not because nobody there is online.

        One cause is signal. According to BPS, **5,158** villages and urban wards in Indonesia still had no mobile phone signal in 2021 (down from 7,717 in 2014), and **3,099** of them were in Papua province.
        """,
        slide="subslide",
    ),
    code(
        """
        signal = ms.load("indonesia_no_signal")
        both = signal[signal["province"].isin(["Indonesia", "Papua"])]
        both.pivot(index="year", columns="province", values="villages")
        """
    ),
    md(
        """
        ### Perempuan dan laki-laki

        Menurut ITU, di seluruh dunia **70%** laki-laki dan **65%** perempuan berinternet (2023). Untuk Indonesia, survei APJII 2024 mencatat **87,6%** laki-laki dan **85,5%** perempuan. Tabel kesenjangan gender di bawah menunjukkan sesuatu yang lebih menarik: dua sumber untuk Indonesia memberi arah yang **berlawanan**.
        """,
        """
        ### Women and men

        According to ITU, **70%** of men and **65%** of women worldwide were online (2023). For Indonesia, APJII's 2024 survey found **87.6%** of men and **85.5%** of women online. The gender-gap chart below shows something more interesting: two sources for Indonesia point in **opposite** directions.
        """,
        slide="subslide",
    ),
    code("ms.plot_gender_gap()"),
    md(
        """
        Survei DHS 2017 mencatat lebih banyak perempuan (48,2%) daripada laki-laki (42,5%) yang berinternet di Indonesia, sedangkan angka ITU 2022 mencatat sebaliknya (perempuan 64,2%, laki-laki 69,9%). Tahun, cara bertanya, dan kelompok umur yang disurvei berbeda. Di negara lain kesenjangannya jauh lebih lebar: di Pakistan (DHS 2017) hanya 12% perempuan berinternet, dibanding 28,4% laki-laki.
        """,
        """
        The 2017 DHS survey found more women (48.2%) than men (42.5%) online in Indonesia, while ITU's 2022 figure found the opposite (women 64.2%, men 69.9%). The years, the questions and the age groups surveyed differ. Elsewhere the gap is far wider: in Pakistan (DHS 2017) only 12% of women were online, against 28.4% of men.
        """,
    ),
    notes(
        """
        ⏱ 8 menit. Grafik kota–desa: Papua di baris paling atas adalah pesan utamanya. Jebakan Jakarta (0 = tidak ada desa) akan muncul lagi di latihan. Untuk gender, jangan menyimpulkan "Indonesia tidak punya kesenjangan gender": dua sumber berbeda arah, dan itu sendiri pelajaran tentang data. Jika waktu tersisa, tampilkan `ms.plot_devices()`: hampir semua rumah tangga berinternet lewat ponsel (99,15% pada 2021).
        """,
        """
        ⏱ 8 min. Urban–rural chart: Papua in the top row is the main message. The Jakarta trap (0 = no villages) comes back in the exercises. On gender, do not conclude "Indonesia has no gender gap": two sources point in different directions, and that is itself a lesson about data. If time allows, show `ms.plot_devices()`: almost every household goes online by mobile phone (99.15% in 2021).
        """,
    ),
    # --- widget ---------------------------------------------------------------------------
    md(
        """
        ## Coba sendiri: penjelajah kesenjangan digital

        Pilih **Tampilan**, lalu coba:

        1. **Negara dari tahun ke tahun**: tambahkan negara tetangga (Filipina, Vietnam, Thailand) ke Indonesia. Siapa yang lebih dulu melewati 50%?
        2. **Negara dalam satu tahun**: geser tahun ke 2023. Mengapa beberapa negara hilang?
        3. **Indonesia per provinsi**: pilih ukuran "perdesaan", lalu "keterampilan TIK". Apakah provinsi yang sama selalu berada di bawah?
        4. **Perempuan vs laki-laki**: hapus centang "Semua negara yang disurvei" dan pilih negara yang tidak ada surveinya. Apa kata penjelajah?
        """,
        """
        ## Try it yourself: the digital divide explorer

        Choose a **View**, then try:

        1. **Countries over time**: add neighbours (Philippines, Vietnam, Thailand) to Indonesia. Who passed 50% first?
        2. **Countries in one year**: move the year to 2023. Why do some countries disappear?
        3. **Indonesia by province**: choose the measure "rural", then "ICT skills". Is the same province always at the bottom?
        4. **Women vs men**: untick "Every country with a survey" and choose a country without a survey. What does the explorer say?
        """,
        slide="slide",
    ),
    code("ms.divide_explorer()"),
    notes(
        """
        ⏱ 7 menit. Peserta mencoba berpasangan. Jawaban 2: data 2023 baru tersedia untuk sebagian negara, jadi penjelajah menyebut negara yang tidak punya angka. Jawaban 3: Papua berada di bawah untuk rumah tangga perdesaan dan keterampilan TIK. Tanpa kernel (halaman HTML atau slide) penjelajah hanya menampilkan keadaan awalnya.
        """,
        """
        ⏱ 7 min. Participants try it in pairs. Answer to 2: 2023 data exist for only some countries, so the explorer names those without a figure. Answer to 3: Papua is at the bottom for rural households and for ICT skills. Without a kernel (HTML page or slides) the explorer shows its first state only.
        """,
    ),
    # --- summary, discussion, quiz ----------------------------------------------------------
    md(
        """
        ## Apa kata bukti: ringkasan

        - **Panggung, dengan risiko.** Media sosial bisa memberi visibilitas dan komunitas kepada kelompok terpinggirkan, tetapi visibilitas yang sama membuka jalan bagi perundungan dan *outing*.
        - **Akses belum merata.** "Siapa saja dengan koneksi internet" belum berarti semua orang: 2,6 miliar orang di dunia belum berinternet (ITU 2024), dan di perdesaan Papua hanya 17,25% rumah tangga yang berinternet (BPS 2022).
        - **Tagar merayakan, opini sudah bergerak.** Dukungan warga AS untuk pernikahan sesama jenis sudah di atas 50% sejak 2011, empat tahun sebelum #LoveWins.
        - **Angka punya asal.** APJII, ITU, dan BPS mengukur hal yang berbeda (orang atau rumah tangga, survei atau estimasi): sebutkan selalu sumbernya.
        """,
        """
        ## What the evidence says: summary

        - **A stage, with risks.** Social media can give marginalised groups visibility and community, but the same visibility opens the way to harassment and outing.
        - **Access is not equal yet.** "Anyone with an internet connection" is not everyone: 2.6 billion people worldwide were offline (ITU 2024), and in rural Papua only 17.25% of households were online (BPS 2022).
        - **The hashtag celebrated; opinion had already moved.** US support for same-sex marriage had been above 50% since 2011, four years before #LoveWins.
        - **Numbers have an origin.** APJII, ITU and BPS measure different things (people or households, surveys or estimates): always name the source.
        """,
        slide="slide",
    ),
    md(
        """
        ## Diskusi (berpasangan, 5 menit)

        > Artikel menulis bahwa media sosial "membantu mengurangi kesenjangan informasi antara kelompok sosial yang berbeda".
        >
        > 1. Jika separuh warga sebuah desa belum berinternet, suara siapa yang paling keras dalam sebuah kampanye tagar tentang desa itu?
        > 2. Apa yang bisa dilakukan pegiat agar kampanye daring juga menjangkau orang yang tidak daring?
        > 3. Bagaimana kelompok terpinggirkan bisa terlihat di media sosial tanpa menanggung risiko *outing* atau perundungan?
        """,
        """
        ## Discussion (in pairs, 5 minutes)

        > The article writes that social media "helps reduce the information gap between different social groups".
        >
        > 1. If half of a village's people are not online, whose voice is loudest in a hashtag campaign about that village?
        > 2. What can activists do so that an online campaign also reaches people who are offline?
        > 3. How can marginalised groups be visible on social media without bearing the risk of being outed or harassed?
        """,
        slide="subslide",
    ),
    notes(
        """
        ⏱ 7 menit (ringkasan + diskusi). Untuk pertanyaan 2, arahkan ke gagasan "daring + luring": radio komunitas, pertemuan warga, perantara lokal. Untuk pertanyaan 3: akun anonim, grup tertutup, moderasi, tetapi juga batasnya. Pertanyaan 1 menjembatani ke pelajaran 4 (batas dan risiko).
        """,
        """
        ⏱ 7 min (summary + discussion). For question 2, steer towards "online + offline": community radio, village meetings, local intermediaries. For question 3: anonymous accounts, closed groups, moderation, and also their limits. Question 1 bridges to lesson 4 (limits and risks).
        """,
    ),
    md(
        """
        ## Kuis

        **1.** Menurut Gallup, dukungan warga AS untuk pernikahan sesama jenis melewati 50% pada:
        a) hari putusan, 26 Juni 2015 · b) 2011, empat tahun sebelum #LoveWins · c) 2021 · d) tidak pernah

        <details><summary>Jawaban</summary>

        **b.** 53% pada 2011; 60% pada Mei 2015, sebulan sebelum putusan.
        </details>

        **2.** Dalam tabel BPS 2022, angka perdesaan DKI Jakarta adalah 0. Artinya:
        a) tidak ada warga desa Jakarta yang berinternet · b) datanya hilang · c) Jakarta tidak punya rumah tangga perdesaan · d) sinyal di Jakarta mati

        <details><summary>Jawaban</summary>

        **c.** Jakarta seluruhnya perkotaan; angka 0 di sini bukan "0% berinternet".
        </details>

        **3.** Pada 2022, BPS mencatat 86,54% rumah tangga berinternet, sedangkan ITU/OWID mencatat 66,5% penduduk. Penjelasan yang paling tepat:
        a) salah satunya pasti keliru · b) BPS menghitung rumah tangga, ITU menghitung orang: satu anggota yang berinternet sudah membuat rumah tangganya terhitung · c) penduduk Indonesia turun · d) ITU hanya menghitung kota

        <details><summary>Jawaban</summary>

        **b.** Ukurannya berbeda, jadi angkanya berbeda. Bandingkan tiap sumber dengan dirinya sendiri.
        </details>
        """,
        """
        ## Quiz

        **1.** According to Gallup, US support for same-sex marriage passed 50% in:
        a) the day of the ruling, 26 June 2015 · b) 2011, four years before #LoveWins · c) 2021 · d) never

        <details><summary>Answer</summary>

        **b.** 53% in 2011; 60% in May 2015, a month before the ruling.
        </details>

        **2.** In the BPS 2022 table, DKI Jakarta's rural figure is 0. This means:
        a) no rural Jakartan is online · b) the data are missing · c) Jakarta has no rural households · d) Jakarta has no signal

        <details><summary>Answer</summary>

        **c.** Jakarta is entirely urban; this 0 does not mean "0% online".
        </details>

        **3.** For 2022, BPS counts 86.54% of households online, while ITU/OWID count 66.5% of people. The best explanation:
        a) one of them must be wrong · b) BPS counts households and ITU counts people: one member online is enough for a household to count · c) Indonesia's population fell · d) ITU counts only cities

        <details><summary>Answer</summary>

        **b.** Different measures give different numbers. Compare each source with itself.
        </details>
        """,
        slide="subslide",
    ),
    notes(
        """
        ⏱ 3 menit. Minta peserta menjawab dengan jari (1–4) sebelum membuka jawaban. Jika banyak yang salah di soal 3, kembali ke bagian "dua sumber, dua angka".
        """,
        """
        ⏱ 3 min. Ask participants to answer with their fingers (1–4) before opening the answers. If many miss question 3, go back to "two sources, two numbers".
        """,
    ),
    md(
        """
        ## Glosarium

        | Istilah Indonesia | English term | arti |
        |---|---|---|
        | kesenjangan digital | digital divide | perbedaan antara kelompok yang bisa dan tidak bisa mengakses serta memakai internet |
        | kelompok terpinggirkan / marginal | marginalised group | kelompok yang suaranya jarang didengar di media arus utama atau di ruang publik |
        | *outing* (identitas dibuka tanpa izin) | outing | membuka orientasi seksual atau identitas gender seseorang tanpa persetujuannya |
        | penetrasi internet | internet penetration | persentase penduduk (atau rumah tangga) yang menggunakan internet |
        | perkotaan / perdesaan | urban / rural | klasifikasi wilayah menurut BPS |
        | kesenjangan gender | gender gap | selisih antara perempuan dan laki-laki, di sini dalam penggunaan internet |
        | opini publik | public opinion | pandangan penduduk yang diukur lewat survei, misalnya oleh Gallup |
        """,
        """
        ## Glossary

        | Indonesian term | English term | meaning |
        |---|---|---|
        | kesenjangan digital | digital divide | the difference between groups who can and cannot get online and use the internet |
        | kelompok terpinggirkan / marginal | marginalised group | a group whose voice is rarely heard in mainstream media or public life |
        | *outing* (identitas dibuka tanpa izin) | outing | revealing someone's sexual orientation or gender identity without their consent |
        | penetrasi internet | internet penetration | the share of people (or households) using the internet |
        | perkotaan / perdesaan | urban / rural | BPS's classification of areas |
        | kesenjangan gender | gender gap | the difference between women and men, here in internet use |
        | opini publik | public opinion | what a population thinks, measured by surveys such as Gallup's |
        """,
        slide="slide",
    ),
    md(
        """
        ## Sumber

        **Artikel yang dibahas:** Rumah Produksi Indonesia, *Bagaimana Media Sosial Membantu Perubahan Sosial*.

        **Data (semuanya di folder `data/`, lihat `data/README.md`):**
        - Pengguna internet per negara: ITU lewat Bank Dunia (WDI IT.NET.USER.ZS), diolah Our World in Data — https://ourworldindata.org/internet
        - Kesenjangan gender: Digital Gender Gaps (Leasure dkk. 2023; survei DHS/MICS dan ITU) — https://github.com/OxfordDemSci/dgg-www
        - Akses internet rumah tangga per provinsi 2022, desa tanpa sinyal, keterampilan TIK, perangkat: Badan Pusat Statistik — https://www.bps.go.id/

        **Angka yang dipublikasikan:**
        - Gallup, dukungan untuk pernikahan sesama jenis (27%, 53%, 60%, 70%, 71%), lewat joemygod.com — https://www.joemygod.com/2022/06/gallup-same-sex-marriage-support-at-record-71/ ; https://meaws.com/news/same-sex-marriage-is-supported-by-more/56682
        - Putusan *Obergefell v. Hodges* (26 Juni 2015) — https://en.wikipedia.org/wiki/Obergefell_v._Hodges
        - #LoveWins: 7 juta dan 3 juta cuitan (Pew Research Center 2018, lewat Adweek) — https://www.adweek.com/digital/the-blacklivesmatter-hashtag-has-been-used-on-twitter-almost-30-million-times/
        - 6,2 juta cuitan (Twitter Data, lewat RT) — https://rt.com/usa/270028-scotus-gay-social-media
        - 10,1 juta interaksi Facebook (Facebook Insights, lewat MSNBC) — https://www.msnbc.com/msnbc/love-wins-the-internet-msna627586
        - ITU Facts and Figures 2024 (68%, 5,5 miliar; 2,6 miliar belum terhubung; 93% vs 27%; 35%) — https://dailypulsereport.com/2024/11/29/itu-report-internet-users-reached-5-5-billion-in-2024/ ; https://www.cajnewsafrica.com/2024/11/28/more-now-online-but-digital-gap-remains-globally/
        - ITU Facts and Figures 2023, kesenjangan gender (laki-laki 70%, perempuan 65%) — https://www.itu.int/itu-d/reports/statistics/2023/10/10/ff23-the-gender-digital-divide/
        - Survei APJII 2024 (79,5%; 8.720 wawancara; laki-laki 87,6%, perempuan 85,5%) dan tahun-tahun sebelumnya — https://apjii.or.id/berita/d/apjii-jumlah-pengguna-internet-indonesia-tembus-221-juta-orang ; https://tajukflores.com/data-apjii-jumlah-pengguna-internet-di-indonesia-capai-2215-juta-jiwa
        """,
        """
        ## Sources

        **The article discussed:** Rumah Produksi Indonesia, *Bagaimana Media Sosial Membantu Perubahan Sosial* ("How Social Media Helps Social Change", in Indonesian).

        **Data (all in the `data/` folder, see `data/README.md`):**
        - Internet use by country: ITU via World Bank (WDI IT.NET.USER.ZS), processed by Our World in Data — https://ourworldindata.org/internet
        - Gender gap: Digital Gender Gaps (Leasure et al. 2023; DHS/MICS surveys and ITU) — https://github.com/OxfordDemSci/dgg-www
        - Household internet access by province 2022, villages without signal, ICT skills, devices: Statistics Indonesia (BPS) — https://www.bps.go.id/

        **Published figures:**
        - Gallup, support for same-sex marriage (27%, 53%, 60%, 70%, 71%), via joemygod.com — https://www.joemygod.com/2022/06/gallup-same-sex-marriage-support-at-record-71/ ; https://meaws.com/news/same-sex-marriage-is-supported-by-more/56682
        - The *Obergefell v. Hodges* ruling (26 June 2015) — https://en.wikipedia.org/wiki/Obergefell_v._Hodges
        - #LoveWins: 7 million and 3 million tweets (Pew Research Center 2018, via Adweek) — https://www.adweek.com/digital/the-blacklivesmatter-hashtag-has-been-used-on-twitter-almost-30-million-times/
        - 6.2 million tweets (Twitter Data, via RT) — https://rt.com/usa/270028-scotus-gay-social-media
        - 10.1 million Facebook interactions (Facebook Insights, via MSNBC) — https://www.msnbc.com/msnbc/love-wins-the-internet-msna627586
        - ITU Facts and Figures 2024 (68%, 5.5 billion; 2.6 billion offline; 93% vs 27%; 35%) — https://dailypulsereport.com/2024/11/29/itu-report-internet-users-reached-5-5-billion-in-2024/ ; https://www.cajnewsafrica.com/2024/11/28/more-now-online-but-digital-gap-remains-globally/
        - ITU Facts and Figures 2023, gender gap (men 70%, women 65%) — https://www.itu.int/itu-d/reports/statistics/2023/10/10/ff23-the-gender-digital-divide/
        - APJII survey 2024 (79.5%; 8,720 interviews; men 87.6%, women 85.5%) and earlier years — https://apjii.or.id/berita/d/apjii-jumlah-pengguna-internet-indonesia-tembus-221-juta-orang ; https://tajukflores.com/data-apjii-jumlah-pengguna-internet-di-indonesia-capai-2215-juta-jiwa
        """,
        slide="slide",
    ),
    md(
        """
        ## Selanjutnya

        - **Latihan:** `exercises/id/03-equality-exercises.ipynb` (sekitar 30 menit; setiap jawaban langsung diperiksa).
        - **Pelajaran 4:** batas dan risiko media sosial untuk perubahan sosial.
        """,
        """
        ## Next

        - **Exercises:** `exercises/en/03-equality-exercises.ipynb` (about 30 minutes; every answer is checked right away).
        - **Lesson 4:** the limits and risks of social media for social change.
        """,
        slide="subslide",
    ),
]

EXERCISES = [
    md(
        """
        # 03 · Latihan: platform untuk kesetaraan

        Tujuh tugas singkat tentang data pelajaran 3 (sekitar 30 menit). Untuk setiap tugas:

        1. tulis jawabanmu di sel yang berisi `= None`, lalu jalankan sel itu;
        2. jalankan sel `ms.check(...)` di bawahnya: hasilnya ✔ benar, ✘ belum tepat (dengan petunjuk), atau "belum dijawab".

        Buntu? Jalankan `ms.hint("03-idn-half")` (dengan nama tugasnya). Salah itu biasa: periksa sesering yang kamu mau.
        """,
        """
        # 03 · Exercises: a platform for equality

        Seven short tasks on the data of lesson 3 (about 30 minutes). For each task:

        1. write your answer in the cell that says `= None`, then run that cell;
        2. run the `ms.check(...)` cell below it: it answers ✔ correct, ✘ not yet (with a hint), or "not answered yet".

        Stuck? Run `ms.hint("03-idn-half")` (with the task's name). Being wrong is normal: check as often as you like.
        """,
        slide="slide",
    ),
    code("import medsos as ms"),
    code(
        """
        use = ms.load("internet_use")
        use.head()
        """
    ),
    md(
        """
        ## Tugas 1 · Kapan separuh penduduk Indonesia berinternet?

        Tabel `use` berisi satu baris per negara per tahun: `country`, `iso3`, `year`, `internet_pct` (persen penduduk yang berinternet, menurut ITU/OWID), `mobile_per_100`.

        Pada tahun berapa `internet_pct` Indonesia (`iso3 == "IDN"`) **pertama kali** mencapai 50 atau lebih? Jawab dengan tahun, misalnya `2015`.
        """,
        """
        ## Task 1 · When were half of Indonesians online?

        The table `use` has one row per country per year: `country`, `iso3`, `year`, `internet_pct` (share of people online, according to ITU/OWID), `mobile_per_100`.

        In which year did Indonesia's `internet_pct` (`iso3 == "IDN"`) **first** reach 50 or more? Answer with a year, such as `2015`.
        """,
        slide="subslide",
    ),
    answer("answer_idn_half = None  # e.g. 2015", task="03-idn-half"),
    code('ms.check("03-idn-half", answer_idn_half)'),
    md(
        """
        ## Tugas 2 · Provinsi dengan kesenjangan kota–desa terbesar

        Tabel BPS `indonesia_internet_2022` berisi persentase rumah tangga yang berinternet per provinsi: `urban_pct` (perkotaan), `rural_pct` (perdesaan), `total_pct`, dan `is_national` (baris Indonesia).

        Provinsi mana yang punya selisih **perkotaan dikurangi perdesaan** terbesar? Jawab dengan nama provinsinya sebagai teks. Awas jebakan: lihat dulu baris DKI Jakarta.
        """,
        """
        ## Task 2 · The province with the biggest urban–rural gap

        The BPS table `indonesia_internet_2022` holds the share of households online by province: `urban_pct`, `rural_pct`, `total_pct`, and `is_national` (the Indonesia row).

        Which province has the largest gap **urban minus rural**? Answer with the province's name as text. Watch out for a trap: look at the DKI Jakarta row first.
        """,
        slide="subslide",
    ),
    code(
        """
        bps = ms.load("indonesia_internet_2022")
        bps.head()
        """
    ),
    answer('answer_biggest_gap = None  # e.g. "Aceh"', task="03-biggest-gap"),
    code('ms.check("03-biggest-gap", answer_biggest_gap)'),
    md(
        """
        ## Tugas 3 · Membaca grafik Gallup

        Lihat grafik di bawah. Berapa **poin persentase** kenaikan dukungan warga AS untuk pernikahan sesama jenis antara 1996 dan Mei 2015 (sebulan sebelum putusan)? Jawab dengan angka.
        """,
        """
        ## Task 3 · Reading the Gallup chart

        Look at the chart below. By how many **percentage points** did US support for same-sex marriage rise between 1996 and May 2015 (a month before the ruling)? Answer with a number.
        """,
        slide="slide",
    ),
    code("ms.plot_samesex_opinion()"),
    answer("answer_gallup_rise = None  # a number of percentage points", task="03-gallup-rise"),
    code('ms.check("03-gallup-rise", answer_gallup_rise)'),
    md(
        """
        ## Tugas 4 · Bereksperimen dengan penjelajah

        Penjelajah di bawah dimulai pada tampilan **Perempuan vs laki-laki**. Cari dua baris Indonesia (tercetak tebal). Pernyataan mana yang benar?

        a) Di kedua sumber, lebih sedikit perempuan daripada laki-laki yang berinternet.
        b) Survei DHS 2017 mencatat lebih banyak perempuan yang berinternet; angka ITU 2022 mencatat lebih sedikit.
        c) Di kedua sumber, lebih banyak perempuan yang berinternet.
        d) DHS 2017 mencatat lebih sedikit perempuan; ITU 2022 mencatat lebih banyak.
        """,
        """
        ## Task 4 · Experimenting with the explorer

        The explorer below starts on the view **Women vs men**. Find the two rows for Indonesia (in bold). Which statement is true?

        a) In both sources, fewer women than men are online.
        b) The 2017 DHS survey found more women online; ITU's 2022 figure found fewer.
        c) In both sources, more women are online.
        d) DHS 2017 found fewer women; ITU 2022 found more.
        """,
        slide="slide",
    ),
    code('ms.divide_explorer("gender")'),
    answer('answer_gender = None  # "a", "b", "c" or "d"', task="03-gender-indonesia"),
    code('ms.check("03-gender-indonesia", answer_gender)'),
    md(
        """
        ## Tugas 5 · Refleksi

        Artikel menulis bahwa media sosial memberi akses informasi yang merata "tanpa diskriminasi". Pilih **satu** grafik dari pelajaran ini dan tulis 3–5 kalimat (minimal 25 kata): kelompok mana yang lebih jarang berinternet, dan apa artinya bagi siapa yang terdengar dalam sebuah kampanye tagar?

        Tidak ada satu jawaban yang benar; bandingkan jawabanmu dengan teman di sebelahmu.
        """,
        """
        ## Task 5 · Reflection

        The article writes that social media gives equal access to information "without discrimination". Choose **one** chart from this lesson and write 3–5 sentences (at least 25 words): which group is less often online, and what does that mean for who gets heard in a hashtag campaign?

        There is no single right answer; compare yours with a neighbour.
        """,
        slide="slide",
    ),
    answer('answer_reflection = None  # "..." (25+ words / kata)', task="03-reflection"),
    code('ms.check("03-reflection", answer_reflection)'),
    md(
        """
        ## Kuis

        **Kuis 1.** Pernyataan mana yang didukung data Gallup?

        a) Dukungan baru melewati 50% setelah #LoveWins.
        b) Dukungan sudah melewati separuh orang dewasa empat tahun sebelum putusan.
        c) Dukungan turun setelah putusan.
        d) Tidak ada data sebelum 2015.
        """,
        """
        ## Quiz

        **Quiz 1.** Which statement do Gallup's figures support?

        a) Support passed 50% only after #LoveWins.
        b) Support had passed half of adults four years before the ruling.
        c) Support fell after the ruling.
        d) There are no data before 2015.
        """,
        slide="slide",
    ),
    answer('answer_quiz_1 = None  # "a", "b", "c" or "d"', task="03-quiz-1"),
    code('ms.check("03-quiz-1", answer_quiz_1)'),
    md(
        """
        **Kuis 2.** Untuk 2023, APJII mencatat 78,19% penduduk Indonesia berinternet, sedangkan ITU/OWID mencatat 69,2%. Mengapa?

        a) Salah satunya pasti keliru.
        b) Penduduk Indonesia bertambah di tengah tahun.
        c) Kedua sumber mengukur dengan cara berbeda (survei APJII sendiri vs angka ITU).
        d) APJII hanya menghitung kota besar.
        """,
        """
        **Quiz 2.** For 2023, APJII puts 78.19% of Indonesians online, while ITU/OWID put 69.2%. Why?

        a) One of them must be wrong.
        b) Indonesia's population grew in the middle of the year.
        c) The two sources measure differently (APJII's own survey vs ITU's figures).
        d) APJII counts only big cities.
        """,
        slide="subslide",
    ),
    answer('answer_quiz_2 = None  # "a", "b", "c" or "d"', task="03-quiz-2"),
    code('ms.check("03-quiz-2", answer_quiz_2)'),
    md(
        """
        ## Selesai

        Bagus! Kamu sudah memakai pandas untuk mengukur kesenjangan digital, membaca grafik opini publik, dan membandingkan sumber data. Di pelajaran 4 kita membahas batas dan risiko media sosial.
        """,
        """
        ## Done

        Well done! You used pandas to measure the digital divide, read a public-opinion chart, and compared data sources. In lesson 4 we look at the limits and risks of social media.
        """,
        slide="slide",
    ),
]


if __name__ == "__main__":
    for path in write(LESSON, META, "notebooks", "03-equality.ipynb"):
        print(path)
    for path in write(EXERCISES, EX_META, "exercises", "03-equality-exercises.ipynb"):
        print(path)
