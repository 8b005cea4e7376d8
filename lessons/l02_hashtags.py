"""Lesson 2 · What hashtag campaigns do (Apa yang dilakukan kampanye tagar): lesson and exercises.

Run ``.venv/bin/python lessons/l02_hashtags.py`` to rewrite notebooks/{id,en}/02-hashtag-campaigns.ipynb
and exercises/{id,en}/02-hashtag-campaigns-exercises.ipynb.

Every number in the prose comes from data/published_figures.csv (figure ids climatestrike-01..05,
bringbackourgirls-02..06 and -abducted/-escaped/-released-2017/-missing-2019/-held-2023,
occupywallstreet-01..04) or from ../shared/facts/checked-facts.md; tests/test_l02_hashtags.py pins them.
The simulator's numbers are never quoted in prose: the charts and their captions state them.
"""

from nbgen import answer, code, md, notes, write

META = {
    "lesson": 2,
    "minutes": 60,
    "title": {
        "id": "Apa yang dilakukan kampanye tagar: kesadaran, dukungan, mobilisasi",
        "en": "What hashtag campaigns do: awareness, support, mobilisation",
    },
    "objectives": {
        "id": [
            "Menjelaskan tiga peran tagar menurut artikel (kesadaran, dukungan, mobilisasi) dengan satu kasus nyata dan angkanya untuk masing-masing",
            "Membedakan angka yang diukur, angka terbitan, angka rekonstruksi, dan angka simulasi",
            "Memakai simulator difusi untuk membandingkan penularan sederhana dan penularan kompleks di tiga bentuk jaringan",
            "Menguji klaim artikel tentang #BringBackOurGirls dengan bukti tentang nasib siswi Chibok",
        ],
        "en": [
            "Explain the article's three roles of a hashtag (awareness, support, mobilisation) with one real case and its figures for each",
            "Tell measured, published, reconstructed and simulated numbers apart",
            "Use the diffusion simulator to compare simple and complex contagion on three shapes of network",
            "Test the article's claim about #BringBackOurGirls against the evidence about the Chibok girls",
        ],
    },
}

L = []
L.append(
    md(
        """
# 02 · Apa yang dilakukan kampanye tagar

**Tagar bisa membuat jutaan orang tahu. Tetapi apakah tahu sama dengan ikut turun tangan?** Kita menelusuri tiga kampanye yang disebut artikel, lalu bermain dengan model penyebaran untuk melihat mengapa *berbagi* jauh lebih mudah daripada *bergabung*.

⏱ Sekitar 60 menit · Pelajaran 2 dari 6 · data terbitan, data rekonstruksi, dan simulasi
""",
        """
# 02 · What hashtag campaigns do

**A hashtag can make millions of people aware. But is being aware the same as taking part?** We follow the three campaigns the article names, then play with a model of spreading to see why *sharing* is so much easier than *joining*.

⏱ About 60 minutes · Lesson 2 of 6 · published data, reconstructed data and a simulation
""",
        slide="slide",
    )
)
L.append(
    notes(
        """
⏱ 3 menit. Tanyakan: "Tagar apa yang terakhir kali Anda bagikan? Apakah Anda juga ikut aksi luringnya?" Catat dua-tiga jawaban di papan. Sebagian besar peserta biasanya pernah membagikan, jauh lebih sedikit yang pernah ikut aksi: itulah pertanyaan pelajaran ini.
""",
        """
⏱ 3 min. Ask: "Which hashtag did you last share? Did you also join its offline action?" Write two or three answers on the board. Most people have shared; far fewer have joined: that gap is the question of this lesson.
""",
    )
)
L.append(
    md(
        """
## Tujuan pembelajaran

Setelah pelajaran ini Anda dapat:

1. **Menjelaskan** tiga peran tagar menurut artikel, yaitu meningkatkan kesadaran, menggalang dukungan, serta mengorganisasi dan memobilisasi, masing-masing dengan satu kasus nyata beserta angkanya.
2. **Membedakan** angka yang diukur, angka terbitan (dari laporan), angka rekonstruksi, dan angka simulasi.
3. **Memakai** simulator difusi untuk membandingkan *penularan sederhana* dan *penularan kompleks* di tiga bentuk jaringan.
4. **Menguji** klaim artikel bahwa #BringBackOurGirls "membantu mengatasi isu tersebut" dengan bukti tentang nasib siswi Chibok.

**Kaitannya dengan artikel.** Bagian "Peran Kampanye Hashtag" dalam artikel Rumah Produksi Indonesia menyebut tiga peran dengan tiga contoh: #ClimateStrike, #BringBackOurGirls, dan #OccupyWallStreet. Kita periksa ketiganya dengan angka, lalu bertanya: apa yang *tidak* bisa dilakukan tagar sendirian?
""",
        """
## Learning objectives

By the end of this lesson you can:

1. **Explain** the article's three roles of a hashtag (raising awareness, gathering support, organising and mobilising), each with one real case and its figures.
2. **Tell apart** measured numbers, published figures (from reports), reconstructed numbers and simulated numbers.
3. **Use** the diffusion simulator to compare *simple* and *complex contagion* on three shapes of network.
4. **Test** the article's claim that #BringBackOurGirls "helped address the issue" against the evidence about the Chibok girls.

**How this connects to the article.** The section "The role of hashtag campaigns" in Rumah Produksi Indonesia's article names three roles with three examples: #ClimateStrike, #BringBackOurGirls and #OccupyWallStreet. We check all three with numbers, then ask: what can a hashtag *not* do on its own?
""",
        slide="subslide",
    )
)
L.append(code("import medsos as ms"))
L.append(
    md(
        """
## Tiga kampanye, tiga peran

Tabel kampanye kursus mencatat peran utama setiap kampanye. Ketiga kampanye pelajaran ini lahir di tiga negara, pada tiga tahun yang berbeda.
""",
        """
## Three campaigns, three roles

The course's campaign table records each campaign's main role. This lesson's three campaigns started in three countries, in three different years.
""",
        slide="slide",
    )
)
L.append(
    code(
        """
campaigns = ms.load("campaigns")
campaigns[campaigns["lesson"] == 2][["hashtag", "role", "country", "start_date"]]
"""
    )
)
L.append(
    notes(
        """
⏱ 3 menit. Tunjukkan kolom `role`: *awareness* (kesadaran), *support* (dukungan), *mobilisation* (mobilisasi). Tekankan bahwa pembagian ini berasal dari artikel; kampanye nyata biasanya menjalankan ketiganya sekaligus.
""",
        """
⏱ 3 min. Point at the `role` column: awareness, support, mobilisation. Stress that this split comes from the article; real campaigns usually do all three at once.
""",
    )
)

# --- 1. ClimateStrike ---------------------------------------------------------------
L.append(
    md(
        """
## 1. Meningkatkan kesadaran: #ClimateStrike 2019

Artikel menyebut Greta Thunberg dan tagar #ClimateStrike yang "memobilisasi jutaan orang". Angka yang dilaporkan untuk aksi mogok iklim global 2019:

- **15 Maret**: sekitar **1,6 juta** peserta dari lebih dari 125 negara (mogok global pertama).
- **24 Mei**: lebih dari **1.600 aksi** di 125 negara.
- **20–27 September** (*Global Week for Future*): sekitar **4.500 lokasi** di 150 negara; **4 juta** peserta pada 20 September menurut penyelenggara dan **2 juta** pada 27 September.
- Total sepekan itu berbeda menurut sumber: **6 juta** (The Guardian) atau **7,6 juta** (350.org).
""",
        """
## 1. Raising awareness: #ClimateStrike 2019

The article names Greta Thunberg and the #ClimateStrike hashtag that "mobilised millions". The figures reported for the global climate strikes of 2019:

- **15 March**: about **1.6 million** participants from more than 125 countries (the first global strike).
- **24 May**: more than **1,600 events** in 125 countries.
- **20–27 September** (Global Week for Future): about **4,500 locations** in 150 countries; **4 million** participants on 20 September according to the organisers, and **2 million** on 27 September.
- Totals for that week differ by source: **6 million** (The Guardian) or **7.6 million** (350.org).
""",
        slide="slide",
    )
)
L.append(code('ms.plot_climate_strikes("people")'))
L.append(
    md(
        """
Banyaknya orang dan banyaknya tempat adalah dua ukuran berbeda, jadi keduanya digambar terpisah. Tempat pun dihitung dengan dua cara: *aksi* pada Mei, *lokasi* pada September. Bandingkan dengan hati-hati.
""",
        """
People and places are two different measures, so they get separate charts. Even the places are counted in two ways: *events* in May, *locations* in September. Compare them with care.
""",
        slide="subslide",
    )
)
L.append(code('ms.plot_climate_strikes("places")'))
L.append(
    md(
        """
**Cara membaca angka ini.** Ini jumlah orang di *jalan*, bukan jumlah unggahan bertagar: data cuitan #ClimateStrike tidak ada dalam kursus ini. Angka peserta adalah perkiraan, dan angka 20 September berasal dari penyelenggara. Kesadaran yang tumbuh juga belum berarti kebijakan iklim berubah: itu pertanyaan lain yang butuh data lain.
""",
        """
**How to read these figures.** These count people in the *streets*, not posts with the hashtag: the course has no tweet data for #ClimateStrike. Participant numbers are estimates, and the 20 September figure comes from the organisers. Growing awareness does not yet mean climate policy changed: that is a different question needing different data.
""",
        slide="fragment",
    )
)
L.append(
    notes(
        """
⏱ 8 menit. Tanyakan: "Siapa yang menghitung 4 juta orang?" (penyelenggara). Tunjukkan bahwa dua media memberi total sepekan yang berbeda (6 vs 7,6 juta): bukan berarti salah satu bohong, tetapi cara menghitungnya berbeda. Kesadaran di sini terlihat dari jumlah kota dan negara yang ikut, bukan dari jumlah cuitan.
""",
        """
⏱ 8 min. Ask: "Who counted the 4 million?" (the organisers). Show that two outlets give different totals for the week (6 vs 7.6 million): not that one lies, but that they counted differently. Awareness shows here in how many cities and countries joined, not in a tweet count.
""",
    )
)

# --- 2. BringBackOurGirls ------------------------------------------------------------
L.append(
    md(
        """
## 2. Menggalang dukungan: #BringBackOurGirls

Pada malam **14 April 2014**, Boko Haram menculik **276 siswi** dari sekolah menengah putri di Chibok, Nigeria. Tagar #BringBackOurGirls pertama kali dipakai di Nigeria pada **23 April**:

- hari pertama: **738 cuitan**; pekan pertama: 56.725 cuitan dari Nigeria dan 20.340 dari AS (Crimson Hexagon);
- sampai 9 Mei: **2.451.529 cuitan**; sampai 13 Mei: **3,3 juta** (BBC Trending), terbanyak dari Nigeria (27 %), AS (26 %), dan Inggris (11 %);
- tokoh dunia ikut bersuara: cuitan **Michelle Obama** dicuit ulang **57.000** kali (BBC Trending);
- sepanjang 2014, menurut Twitter, lebih dari **4,5 juta** cuitan: tagar politik yang paling banyak dibagikan tahun itu.
""",
        """
## 2. Gathering support: #BringBackOurGirls

On the night of **14 April 2014**, Boko Haram abducted **276 schoolgirls** from the girls' secondary school in Chibok, Nigeria. The hashtag #BringBackOurGirls was first used in Nigeria on **23 April**:

- day one: **738 tweets**; first week: 56,725 tweets from Nigeria and 20,340 from the USA (Crimson Hexagon);
- by 9 May: **2,451,529 tweets**; by 13 May: **3.3 million** (BBC Trending), most from Nigeria (27%), the USA (26%) and the UK (11%);
- prominent voices joined: **Michelle Obama**'s tweet was retweeted **57,000** times (BBC Trending);
- over 2014 as a whole, according to Twitter, more than **4.5 million** tweets: the most shared political hashtag of the year.
""",
        slide="slide",
    )
)
L.append(
    md(
        """
Tidak ada yang menerbitkan jumlah cuitan harian. Garis putus-putus di bawah **direkonstruksi** agar melewati tepat tiga angka terbitan (titik putih); bentuk di antaranya adalah asumsi.
""",
        """
Nobody published the daily tweet counts. The dashed line below is **reconstructed** to pass exactly through three published figures (white dots); its shape in between is an assumption.
""",
        slide="subslide",
    )
)
L.append(code("ms.plot_bbog()"))
L.append(
    code(
        """
tweets = ms.load("attention").query("series_id == 'bringbackourgirls2014_tweets'")
tweets["value"].sum()
""",
        slide="fragment",
    )
)
L.append(
    md(
        """
Jumlah seluruh hari memang tepat 3,3 juta: rekonstruksi dibuat agar cocok dengan angka BBC. **Pelajaran tentang penguatan (amplifikasi):** tagar ini dimulai oleh warganet dan pegiat Nigeria, lalu meledak ketika akun-akun dengan banyak pengikut ikut menyebarkannya. Di simulator nanti, akun seperti itu adalah "pusat" (*hub*) dalam jaringan bebas skala.
""",
        """
The days add up to exactly 3.3 million: the reconstruction was built to match the BBC's figure. **A lesson about amplification:** the hashtag was started by Nigerian users and activists, then exploded when accounts with huge followings spread it. In the simulator later, such accounts are the "hubs" of a scale-free network.
""",
        slide="fragment",
    )
)
L.append(
    notes(
        """
⏱ 8 menit. Tunjuk lencana RECONSTRUCTED dan baca keterangan di bawah diagram. Hanya tiga titik yang berasal dari laporan; puncak 9 Mei adalah hasil asumsi pertumbuhan eksponensial. Tekankan bahwa pekan pertama didominasi akun dari Nigeria: kampanye ini bukan ciptaan selebritas Barat, walau mereka yang membuatnya mendunia.
""",
        """
⏱ 8 min. Point at the RECONSTRUCTED badge and read the caption under the chart. Only three points come from reports; the 9 May peak is the result of an assumption of exponential growth. Stress that the first week was dominated by accounts in Nigeria: Western celebrities did not invent this campaign, though they made it global.
""",
    )
)
L.append(
    md(
        """
## Apa kata bukti: nasib siswi Chibok

Artikel menulis bahwa tagar ini "membantu mengumpulkan dukungan dan tekanan internasional untuk mengatasi isu tersebut". Perhatian dunia memang besar. Tetapi lihat apa yang terjadi pada para siswi:
""",
        """
## What the evidence says: what happened to the Chibok girls

The article writes that the hashtag "helped gather international support and pressure to address the issue". World attention was indeed huge. But look at what happened to the girls:
""",
        slide="slide",
    )
)
L.append(code("ms.plot_chibok_outcomes()"))
L.append(
    md(
        """
- **57** siswi berhasil kabur tak lama setelah penculikan, sebagian dengan melompat dari truk: jauh sebelum tagarnya mendunia.
- **82** dibebaskan pada **Mei 2017**, setelah tiga tahun ditawan, lewat negosiasi.
- Lima tahun kemudian (**April 2019**), **112** masih hilang; sembilan tahun kemudian (**April 2023**), Amnesty International menyebut **98** masih ditawan.

Jutaan cuitan pada Mei 2014 tidak memulangkan para siswi dengan cepat. Pembebasan datang bertahun-tahun kemudian, lewat perundingan. Tagar menggalang *perhatian*; mengubah perhatian itu menjadi hasil membutuhkan kerja lain yang panjang.
""",
        """
- **57** girls escaped soon after the abduction, some by jumping from the trucks: long before the hashtag went global.
- **82** were released in **May 2017**, after three years in captivity, through negotiation.
- Five years on (**April 2019**), **112** were still missing; nine years on (**April 2023**), Amnesty International said **98** were still held.

Millions of tweets in May 2014 did not bring the girls home quickly. Releases came years later, through negotiation. A hashtag gathers *attention*; turning that attention into results takes other, long work.
""",
        slide="fragment",
    )
)
L.append(
    notes(
        """
⏱ 7 menit. Ini bagian "apa kata bukti". Jangan menyimpulkan tagar itu "gagal": perhatian dan tekanan bisa ikut mendorong perundingan, tetapi data kita tidak bisa membuktikan atau menyangkalnya. Angka-angka berasal dari laporan pada tanggal berbeda dan tidak genap 276; katakan terus terang bahwa kita tidak tahu nasib setiap siswi. Jaga nada: ini kisah nyata para korban.
""",
        """
⏱ 7 min. This is the "what the evidence says" part. Do not conclude that the hashtag "failed": attention and pressure may have helped push negotiations, but our data can neither prove nor disprove that. The figures come from reports at different dates and do not add up to 276; say openly that we do not know every girl's fate. Keep the tone careful: these are real victims.
""",
    )
)

# --- 3. OccupyWallStreet -------------------------------------------------------------
L.append(
    md(
        """
## 3. Mengorganisasi dan memobilisasi: #OccupyWallStreet

Tagar #OccupyWallStreet pertama kali dipakai dalam konteks gerakan pada **13 Juli 2011**, di unggahan blog Adbusters. Gerakannya menduduki taman dekat Wall Street mulai September 2011, dan tagar dipakai untuk mengoordinasi aksi. Ada empat angka terbitan:
""",
        """
## 3. Organising and mobilising: #OccupyWallStreet

The hashtag #OccupyWallStreet was first used for the movement on **13 July 2011**, in an Adbusters blog post. The movement occupied a park near Wall Street from September 2011, and the hashtag was used to coordinate actions. There are four published figures:
""",
        slide="slide",
    )
)
L.append(
    code(
        """
figures = ms.load("published_figures")
occupy = figures[figures["campaign_id"] == "occupywallstreet"]
occupy[["metric", "value", "unit", "date_start", "source"]]
"""
    )
)
L.append(
    md(
        """
- Hari tersibuk di sampel NM Incite: **13.133 cuitan** #OccupyWallStreet pada **6 Oktober 2011**.
- Menurut Twitter, pada Oktober 2011 tagar-tagar terkait *occupy* dipakai sampai **330.000 kali sehari**, dengan sampai 17 ribu tagar berbeda per hari dan lebih dari 100 ribu tagar *occupy* berbeda secara keseluruhan.
- OccupyResearch mengumpulkan **5,3 juta** cuitan #ows (Oktober–Desember 2011) dari sekitar 650 ribu pengguna.

Dua angka "per hari" berbeda sekitar 25 kali lipat karena yang dihitung berbeda: satu tagar dalam sebuah sampel, dibanding semua tagar *occupy*. Yang lebih penting: puluhan ribu tagar berbeda menunjukkan gerakan yang terpecah ke banyak kota dan kelompok. **Mengorganisasi** berarti orang mau datang, bermalam, rapat; itu jauh lebih berat daripada mencuit.
""",
        """
- Busiest day in NM Incite's sample: **13,133 tweets** with #OccupyWallStreet on **6 October 2011**.
- According to Twitter, in October 2011 occupy-related hashtags were used up to **330,000 times a day**, with up to 17 thousand different hashtags a day and more than 100 thousand different occupy hashtags overall.
- OccupyResearch collected **5.3 million** #ows tweets (October–December 2011) from about 650 thousand users.

The two "per day" numbers differ about 25-fold because they count different things: one hashtag in a sample, versus all occupy hashtags. More important: tens of thousands of different hashtags show a movement split across many cities and groups. **Organising** means people turning up, staying overnight, holding meetings; that is far heavier than tweeting.
""",
        slide="subslide",
    )
)
L.append(
    notes(
        """
⏱ 6 menit. Minta peserta menebak mengapa 13.133 dan 330.000 sama-sama disebut "per hari". Lalu jembatani ke simulator: "Membagikan cuitan cukup karena satu teman; datang ke tenda pendudukan biasanya perlu ajakan beberapa teman. Mari kita lihat apa akibatnya bagi penyebaran."
""",
        """
⏱ 6 min. Ask participants to guess why 13,133 and 330,000 are both "per day". Then bridge to the simulator: "Sharing a tweet takes one friend; coming to an occupation camp usually takes several friends asking you. Let's see what that does to spreading."
""",
    )
)

# --- 4. The simulator ----------------------------------------------------------------
L.append(
    md(
        """
## 4. Mengapa berbagi lebih mudah daripada bergabung? Sebuah model

Kita membuat jaringan tiruan berisi **400 akun**; setiap akun rata-rata berteman dengan 8 akun lain. Beberapa **akun pemicu** memulai. Di setiap langkah, akun yang baru ikut meneruskan ke tiap kontaknya dengan suatu **peluang**.

- **Penularan sederhana**: satu kontak yang membagikan sudah cukup (seperti ikut membagikan unggahan).
- **Penularan kompleks**: akun baru ikut setelah **paling sedikit 2 kontaknya** ikut (seperti datang ke aksi: kita ingin tahu teman-teman juga datang).

Gagasan "penularan kompleks" berasal dari sosiolog Damon Centola dan Michael Macy; Centola mengujinya dalam sebuah eksperimen jejaring daring (*Science*, 2010). Model kita hanya meminjam gagasannya, bukan angka-angkanya.
""",
        """
## 4. Why is sharing easier than joining? A model

We build an imaginary network of **400 accounts**; each has 8 contacts on average. A few **seed accounts** start. At each step, accounts that have just joined pass it on to each of their contacts with some **probability**.

- **Simple contagion**: one contact who shares is enough (like re-sharing a post).
- **Complex contagion**: an account joins only after **at least 2 of its contacts** have joined (like going to a protest: we want to know our friends are going too).

The idea of "complex contagion" comes from the sociologists Damon Centola and Michael Macy; Centola tested it in an online network experiment (*Science*, 2010). Our model borrows the idea only, not any of their numbers.
""",
        slide="slide",
    )
)
L.append(
    md(
        """
Tiga bentuk jaringan, dengan jumlah pertemanan yang sama:

- **dunia kecil** (Watts–Strogatz): lingkar pertemanan yang rapat (teman dari teman saling kenal), ditambah sedikit ikatan jauh;
- **acak** (Erdős–Rényi): pertemanan diacak, jarang ada teman bersama;
- **bebas skala** (Barabási–Albert): segelintir akun pusat dengan sangat banyak kontak, seperti selebritas.

Kolom `clustering` menunjukkan seberapa sering teman dari teman juga saling berteman.
""",
        """
Three shapes of network, with the same number of ties:

- **small world** (Watts–Strogatz): tight circles of friends (friends of friends know each other), plus a few long ties;
- **random** (Erdős–Rényi): ties thrown at random, so shared friends are rare;
- **scale-free** (Barabási–Albert): a few hubs with very many contacts, like celebrities.

The `clustering` column shows how often friends of friends are friends too.
""",
        slide="subslide",
    )
)
L.append(code("ms.network_summary()"))
L.append(
    notes(
        """
⏱ 4 menit. Jelaskan model dengan gambar di papan: titik = akun, garis = pertemanan. Tunjukkan bahwa ketiga jaringan punya jumlah ikatan yang hampir sama, tetapi `clustering` dunia kecil jauh lebih tinggi dan jaringan bebas skala punya satu akun dengan kontak terbanyak. Ingatkan: ini model, bukan data.
""",
        """
⏱ 4 min. Draw the model on the board: dots = accounts, lines = friendships. Show that the three networks have almost the same number of ties, but the small world's `clustering` is much higher and the scale-free network has one account with by far the most contacts. Remind everyone: this is a model, not data.
""",
    )
)
L.append(
    md(
        """
### Sederhana dan kompleks di dunia kecil

Lima akun pemicu dalam satu lingkar pertemanan, peluang meneruskan 0,5. Garis biru: penularan sederhana; garis oranye: penularan kompleks. Hasilnya rata-rata dari 20 putaran simulasi (keterangan di bawah diagram menyebut berapa putaran yang "meluas").
""",
        """
### Simple and complex in a small world

Five seed accounts in one circle of friends, a probability of passing it on of 0.5. Blue line: simple contagion; orange line: complex contagion. Each line is the average of 20 simulation runs (the caption says how many runs "took off").
""",
        slide="subslide",
    )
)
L.append(code("ms.plot_diffusion()"))
L.append(
    md(
        """
### Penularan kompleks di tiga jaringan

Sekarang penularan kompleks saja, dengan peluang 0,6, di ketiga jaringan. Di jaringan acak, hampir tak ada akun yang punya dua kontak yang sudah ikut, jadi ajakan berhenti di lingkar pemicu. Lingkar pertemanan yang rapat (dunia kecil) dan akun pusat (bebas skala) memberi ajakan yang berulang.
""",
        """
### Complex contagion on three networks

Now complex contagion only, with a probability of 0.6, on all three networks. In the random network almost no account has two contacts who have joined, so the call stops at the seeds' circle. Tight circles of friends (small world) and hubs (scale-free) give the repeated asks it needs.
""",
        slide="subslide",
    )
)
L.append(code('ms.plot_diffusion(network="all", contagion="complex", probability=0.6)'))
L.append(
    notes(
        """
⏱ 5 menit. Pesan utama: dalam model ini, penularan sederhana menyebar cepat di jaringan mana pun bila peluangnya cukup, sedangkan penularan kompleks butuh ikatan yang saling menguatkan. Ikatan jauh yang membantu kabar menyebar tidak membantu ajakan untuk bergabung. Hubungkan dengan Occupy: cuitan bisa sampai ke ratusan ribu akun, tetapi yang datang ke tenda adalah mereka yang diajak oleh beberapa teman.
""",
        """
⏱ 5 min. Main message: in this model, simple contagion spreads fast on any network once the probability is high enough, while complex contagion needs ties that reinforce each other. The long ties that help news travel do not help a call to join. Link back to Occupy: tweets could reach hundreds of thousands of accounts, but the people who came to the camp were the ones asked by several friends.
""",
    )
)
L.append(
    md(
        """
## Coba sendiri: simulator difusi

Ubah pengaturannya dan amati ujung garis:

1. Mulai dengan **penularan sederhana**, lalu ganti ke **kompleks**: seberapa jauh berkurangnya jangkauan?
2. Pilih jaringan **acak** dengan penularan kompleks: berapa akun pemicu yang dibutuhkan agar ajakan meluas?
3. Ganti letak pemicu ke **tersebar**: mengapa penularan kompleks lebih sulit dimulai?
4. Geser **akun pemicu ke 0**: apa yang terjadi?
""",
        """
## Try it yourself: the diffusion simulator

Change the settings and watch the end of the lines:

1. Start with **simple contagion**, then switch to **complex**: how much less far does it get?
2. Choose the **random** network with complex contagion: how many seed accounts does it take for the call to spread?
3. Switch the seeds to **scattered**: why is complex contagion harder to start?
4. Move the **seed accounts to 0**: what happens?
""",
        slide="slide",
    )
)
L.append(code("ms.diffusion_simulator()"))
L.append(
    notes(
        """
⏱ 6 menit. Kerjakan berpasangan. Jawaban 2: dengan akun pemicu yang jauh lebih banyak, penularan kompleks akhirnya bisa meluas bahkan di jaringan acak (banyak pemicu = banyak akun yang punya dua kontak yang sudah ikut). Jawaban 4: simulator menampilkan pesan, bukan galat. Tanpa kernel (halaman HTML atau slide) simulator hanya menampilkan keadaan awalnya.
""",
        """
⏱ 6 min. Work in pairs. Answer to 2: with many more seed accounts, complex contagion can eventually spread even on the random network (many seeds = many accounts with two contacts who have joined). Answer to 4: the simulator shows a message, not an error. Without a kernel (HTML page or slides) the simulator shows its first state only.
""",
    )
)

# --- summary, discussion, quiz -------------------------------------------------------
L.append(
    md(
        """
## Apa kata bukti: ringkasan

- **Kesadaran itu nyata dan bisa dihitung**, tetapi yang kita hitung adalah orang di jalan (#ClimateStrike), bukan perubahan kebijakan.
- **Dukungan bukan hasil.** #BringBackOurGirls mengumpulkan jutaan cuitan dalam tiga pekan; pembebasan 82 siswi baru terjadi tiga tahun kemudian lewat negosiasi, dan pada 2023 masih 98 yang ditawan.
- **Mobilisasi lebih berat daripada berbagi.** Dalam model, ajakan yang butuh beberapa teman menyebar jauh lebih lambat dan gampang terhenti. Ajakan itu butuh ikatan yang saling menguatkan (lingkar pertemanan rapat, atau akun pusat yang dikenal banyak orang); ikatan acak yang jauh tidak membantu.
- **Setiap angka punya asal-usul:** terbitan, rekonstruksi, atau simulasi. Selalu tanyakan siapa yang menghitung, dan bagaimana.
""",
        """
## What the evidence says: summary

- **Awareness is real and can be counted**, but what we counted is people in the streets (#ClimateStrike), not policy change.
- **Support is not an outcome.** #BringBackOurGirls gathered millions of tweets in three weeks; the release of 82 girls came three years later through negotiation, and in 2023 98 were still held.
- **Mobilising is harder than sharing.** In the model, a call that needs several friends spreads far more slowly and stalls easily. It needs ties that reinforce each other (tight circles of friends, or hubs that many people know); long random ties do not help.
- **Every number has an origin:** published, reconstructed or simulated. Always ask who counted, and how.
""",
        slide="slide",
    )
)
L.append(
    md(
        """
## Diskusi (berpasangan, 5 menit)

> Dalam model, penularan kompleks butuh lingkar pertemanan yang rapat.
>
> 1. Kapan terakhir kali Anda ikut sebuah aksi (luring atau daring) karena beberapa teman mengajak, bukan karena satu unggahan?
> 2. Jika Anda merancang kampanye di Indonesia yang butuh orang *datang*, di mana Anda akan menaruh akun pemicu: di satu komunitas yang rapat, atau tersebar lewat akun besar?
> 3. Apa yang seharusnya diukur untuk menilai "keberhasilan" #BringBackOurGirls?
""",
        """
## Discussion (in pairs, 5 minutes)

> In the model, complex contagion needs tight circles of friends.
>
> 1. When did you last join an action (offline or online) because several friends asked you, not because of one post?
> 2. If you designed a campaign in Indonesia that needs people to *turn up*, where would you put your seed accounts: in one tight community, or scattered through big accounts?
> 3. What should be measured to judge the "success" of #BringBackOurGirls?
""",
        slide="subslide",
    )
)
L.append(
    notes(
        """
⏱ 8 menit (ringkasan + diskusi). Untuk pertanyaan 2, tidak ada satu jawaban benar: akun besar membantu orang *tahu*, komunitas yang rapat membantu orang *datang*. Pertanyaan 3 mengarah ke gagasan ukuran hasil (siswi yang kembali, kebijakan keamanan sekolah), bukan ukuran perhatian (cuitan). Kumpulkan dua-tiga jawaban.
""",
        """
⏱ 8 min (summary + discussion). For question 2 there is no single right answer: big accounts help people *know*, tight communities help people *come*. Question 3 leads to the idea of outcome measures (girls returned, school safety policies) rather than attention measures (tweets). Collect two or three answers.
""",
    )
)
L.append(
    md(
        """
## Kuis

**1.** Menurut laporan, berapa siswi Chibok yang masih ditawan pada April 2023, sembilan tahun setelah penculikan?
a) tidak ada · b) 57 · c) 98 · d) 276

<details><summary>Jawaban</summary>

**c.** Amnesty International menyebut 98 siswi masih ditawan. Pada 2019 masih 112 yang hilang; 82 dibebaskan pada Mei 2017 lewat negosiasi.
</details>

**2.** "Penularan kompleks" berarti:
a) kabar yang menyebar lebih cepat daripada penularan sederhana · b) seseorang baru ikut setelah beberapa kontaknya ikut · c) hanya akun pusat yang bisa menyebarkannya · d) tagar dengan nama yang rumit

<details><summary>Jawaban</summary>

**b.** Dalam model kita, paling sedikit 2 kontak harus sudah ikut. Karena itu ajakan untuk bergabung butuh lingkar pertemanan yang saling menguatkan.
</details>

**3.** Untuk #OccupyWallStreet tercatat 13.133 cuitan pada hari tersibuk dan sampai 330.000 penggunaan tagar per hari. Mengapa berbeda?
a) salah satunya pasti keliru · b) yang dihitung berbeda: satu tagar dalam sampel vs. semua tagar *occupy* · c) yang satu dari 2012 · d) Twitter menghapus cuitan

<details><summary>Jawaban</summary>

**b.** NM Incite menghitung #OccupyWallStreet dalam sebuah sampel; angka Twitter mencakup semua tagar terkait *occupy*.
</details>
""",
        """
## Quiz

**1.** According to the reports, how many Chibok girls were still held in April 2023, nine years after the abduction?
a) none · b) 57 · c) 98 · d) 276

<details><summary>Answer</summary>

**c.** Amnesty International said 98 girls were still held. In 2019, 112 were still missing; 82 were released in May 2017 through negotiation.
</details>

**2.** "Complex contagion" means:
a) news that spreads faster than simple contagion · b) a person joins only after several of their contacts have joined · c) only hubs can spread it · d) a hashtag with a complicated name

<details><summary>Answer</summary>

**b.** In our model at least 2 contacts must have joined. That is why a call to join needs circles of friends that reinforce each other.
</details>

**3.** For #OccupyWallStreet, 13,133 tweets were recorded on the busiest day and up to 330,000 hashtag uses a day. Why do they differ?
a) one of them must be wrong · b) they count different things: one hashtag in a sample vs all occupy hashtags · c) one is from 2012 · d) Twitter deleted tweets

<details><summary>Answer</summary>

**b.** NM Incite counted #OccupyWallStreet in a sample; Twitter's figure covers all occupy-related hashtags.
</details>
""",
        slide="subslide",
    )
)
L.append(
    notes(
        """
⏱ 3 menit. Minta peserta menjawab dengan jari (1–4) sebelum membuka jawaban. Jika banyak yang keliru di nomor 2, buka lagi simulator dan bandingkan kedua garis.
""",
        """
⏱ 3 min. Ask participants to answer with their fingers (1–4) before opening the answers. If many miss question 2, open the simulator again and compare the two lines.
""",
    )
)
L.append(
    md(
        """
## Glosarium

| Bahasa Indonesia | English | Artinya |
|---|---|---|
| tagar | hashtag | kata berawalan # yang mengelompokkan unggahan |
| kesadaran | awareness | orang tahu dan peduli pada suatu isu |
| penguatan (amplifikasi) | amplification | akun berpengikut banyak menyebarkan pesan lebih jauh |
| mobilisasi | mobilisation | mengajak orang bertindak, misalnya datang ke aksi |
| akun pemicu | seed account | akun yang pertama memulai penyebaran |
| penularan sederhana | simple contagion | satu kontak sudah cukup untuk ikut |
| penularan kompleks | complex contagion | perlu beberapa kontak sebelum ikut |
| dunia kecil | small world | jaringan dengan lingkar pertemanan rapat dan sedikit ikatan jauh |
| akun pusat | hub | akun dengan sangat banyak kontak |
| simulasi | simulation | hasil model, bukan pengamatan |
""",
        """
## Glossary

| Bahasa Indonesia | English | Meaning |
|---|---|---|
| tagar | hashtag | a word starting with # that groups posts together |
| kesadaran | awareness | people know about and care for an issue |
| penguatan (amplifikasi) | amplification | accounts with many followers carry a message further |
| mobilisasi | mobilisation | getting people to act, e.g. to turn up at a protest |
| akun pemicu | seed account | an account that starts the spreading |
| penularan sederhana | simple contagion | one contact is enough to join |
| penularan kompleks | complex contagion | several contacts are needed before joining |
| dunia kecil | small world | a network of tight circles of friends plus a few long ties |
| akun pusat | hub | an account with very many contacts |
| simulasi | simulation | the output of a model, not an observation |
""",
        slide="slide",
    )
)
L.append(
    md(
        """
## Sumber

**Artikel yang dibahas:** Rumah Produksi Indonesia, *Bagaimana Media Sosial Membantu Perubahan Sosial*.

**#ClimateStrike** (peserta, aksi, lokasi, negara; total versi The Guardian dan 350.org): Wikipedia, *September 2019 climate strikes* — https://en.wikipedia.org/wiki/September_2019_climate_strikes

**#BringBackOurGirls:**
- BBC Trending (13 Mei 2014): tagar pertama dipakai, 3,3 juta cuitan, negara asal, cuitan Michelle Obama — http://www.bbc.com/news/blogs-trending-27392955
- reportr.net dengan Crimson Hexagon ForSight: 738 cuitan di hari pertama, 2.451.529 sampai 9 Mei, pekan pertama per negara — http://www.reportr.net/2014/05/10/anatomy-bringbackourgirls-hashtag/
- brandpowerng.com mengutip Twitter: lebih dari 4,5 juta cuitan pada 2014 — https://www.brandpowerng.com/bringbackourgirls-shared-political-hashtag-2014/
- Nasib siswi Chibok (276, 57, 82, 112): EWN — https://ewn.co.za/topic/chibok-girls ; The Standard — http://www.standardmedia.co.ke/article/2000125547/nigeria-says-more-than-200-kidnapped-schoolgirls-still-missing
- 98 siswi masih ditawan (Amnesty International, April 2023) — https://business247news.com/2023/page/286

**#OccupyWallStreet:**
- SocialFlow: penggunaan pertama (13 Juli 2011) — http://blog.socialflow.com/post/7120244404/occupywallstreet-origin-and-spread-visualized
- NM Incite via napstertech: 13.133 cuitan pada 6 Oktober 2011 — http://napstertech.blogspot.com/2011/10/twitter-buzz-builds-for-occupy-wall.html
- Twitter via The Next Web: 330.000 per hari, lebih dari 100 ribu tagar — https://thenextweb.com/news/over-100k-different-hashtags-have-been-used-to-discuss-occupy-wall-street
- OccupyResearch: 5,3 juta cuitan #ows — http://occupyresearch.net/2011/12/10/number-of-ows-participants-in-twitter/
- Occupy Wall Street (latar gerakan) — https://en.wikipedia.org/wiki/Occupy_Wall_Street

**Model difusi** (tanpa angka yang dikutip): gagasan penularan kompleks dari Damon Centola dan Michael Macy; Centola, *The spread of behavior in an online social network experiment*, *Science* (2010). Jaringan dibuat dengan pustaka networkx (model Watts–Strogatz, Erdős–Rényi, Barabási–Albert). Kode model: `src/medsos/models/diffusion.py`.
""",
        """
## Sources

**The article discussed:** Rumah Produksi Indonesia, *Bagaimana Media Sosial Membantu Perubahan Sosial* ("How Social Media Helps Social Change", in Indonesian).

**#ClimateStrike** (participants, events, locations, countries; totals by The Guardian and 350.org): Wikipedia, *September 2019 climate strikes* — https://en.wikipedia.org/wiki/September_2019_climate_strikes

**#BringBackOurGirls:**
- BBC Trending (13 May 2014): first use, 3.3 million tweets, countries, Michelle Obama's tweet — http://www.bbc.com/news/blogs-trending-27392955
- reportr.net using Crimson Hexagon ForSight: 738 tweets on day one, 2,451,529 by 9 May, first week by country — http://www.reportr.net/2014/05/10/anatomy-bringbackourgirls-hashtag/
- brandpowerng.com citing Twitter: over 4.5 million tweets in 2014 — https://www.brandpowerng.com/bringbackourgirls-shared-political-hashtag-2014/
- What happened to the Chibok girls (276, 57, 82, 112): EWN — https://ewn.co.za/topic/chibok-girls ; The Standard — http://www.standardmedia.co.ke/article/2000125547/nigeria-says-more-than-200-kidnapped-schoolgirls-still-missing
- 98 girls still held (Amnesty International, April 2023) — https://business247news.com/2023/page/286

**#OccupyWallStreet:**
- SocialFlow: first use (13 July 2011) — http://blog.socialflow.com/post/7120244404/occupywallstreet-origin-and-spread-visualized
- NM Incite via napstertech: 13,133 tweets on 6 October 2011 — http://napstertech.blogspot.com/2011/10/twitter-buzz-builds-for-occupy-wall.html
- Twitter via The Next Web: 330,000 a day, over 100 thousand hashtags — https://thenextweb.com/news/over-100k-different-hashtags-have-been-used-to-discuss-occupy-wall-street
- OccupyResearch: 5.3 million #ows tweets — http://occupyresearch.net/2011/12/10/number-of-ows-participants-in-twitter/
- Occupy Wall Street (background of the movement) — https://en.wikipedia.org/wiki/Occupy_Wall_Street

**The diffusion model** (no figures quoted): the idea of complex contagion from Damon Centola and Michael Macy; Centola, *The spread of behavior in an online social network experiment*, *Science* (2010). Networks made with the networkx library (Watts–Strogatz, Erdős–Rényi and Barabási–Albert models). The model's code: `src/medsos/models/diffusion.py`.
""",
        slide="slide",
    )
)
L.append(
    md(
        """
## Berikutnya

- **Latihan:** `exercises/id/02-hashtag-campaigns-exercises.ipynb` (sekitar 30 menit; setiap jawaban langsung diperiksa).
- **Pelajaran 3:** media sosial sebagai ruang kesetaraan: siapa yang mendapat suara, dan siapa yang masih tertinggal?
""",
        """
## Next

- **Exercises:** `exercises/en/02-hashtag-campaigns-exercises.ipynb` (about 30 minutes; every answer is checked right away).
- **Lesson 3:** social media as a platform for equality: who gets a voice, and who is still left out?
""",
        slide="subslide",
    )
)

# === exercises ========================================================================
E = []
E.append(
    md(
        """
# 02 · Latihan: apa yang dilakukan kampanye tagar

Tujuh tugas pendek tentang data dan simulator pelajaran 2 (sekitar 30 menit). Untuk setiap tugas:

1. tulis jawaban di sel yang berisi `= None`, lalu jalankan sel itu;
2. jalankan sel `ms.check(...)` di bawahnya: jawabannya ✔ benar, ✘ belum (dengan petunjuk), atau "belum dijawab".

Buntu? Jalankan `ms.hint("02-climate-growth")` (dengan nama tugasnya). Salah itu biasa: periksa sesering yang Anda mau.
""",
        """
# 02 · Exercises: what hashtag campaigns do

Seven short tasks on the data and the simulator of lesson 2 (about 30 minutes). For each task:

1. write your answer in the cell that says `= None`, then run that cell;
2. run the `ms.check(...)` cell below it: it answers ✔ correct, ✘ not yet (with a hint), or "not answered yet".

Stuck? Run `ms.hint("02-climate-growth")` (with the task's name). Being wrong is normal: check as often as you like.
""",
        slide="slide",
    )
)
E.append(code("import medsos as ms"))
E.append(
    code(
        """
figures = ms.load("published_figures").set_index("figure_id")
figures.loc[["climatestrike-01", "climatestrike-04"], ["metric", "value", "date_start"]]
"""
    )
)
E.append(
    md(
        """
## Tugas 1 · Seberapa besar pertumbuhan #ClimateStrike?

Tabel `figures` memakai `figure_id` sebagai indeks. Berapa kali lipat jumlah peserta pada 20 September 2019 (`"climatestrike-04"`) dibanding 15 Maret 2019 (`"climatestrike-01"`)? Hitung dengan pandas: `figures.loc["climatestrike-04", "value"] / ...`.
""",
        """
## Task 1 · How much did #ClimateStrike grow?

The `figures` table uses `figure_id` as its index. How many times more participants were there on 20 September 2019 (`"climatestrike-04"`) than on 15 March 2019 (`"climatestrike-01"`)? Compute it with pandas: `figures.loc["climatestrike-04", "value"] / ...`.
""",
        slide="subslide",
    )
)
E.append(answer("answer_growth = None  # a number, e.g. 1.5", task="02-climate-growth"))
E.append(code('ms.check("02-climate-growth", answer_growth)'))
E.append(
    md(
        """
## Tugas 2 · Kapan cuitan #BringBackOurGirls terkumpul?

Sampai 13 Mei 2014 ada 3,3 juta cuitan (`"bringbackourgirls-02"`). Berapa persen dari jumlah itu yang sudah terkumpul sampai 9 Mei (`"bringbackourgirls-04"`)? Jawab dalam persen (misalnya `50.0`).
""",
        """
## Task 2 · When were the #BringBackOurGirls tweets posted?

By 13 May 2014 there were 3.3 million tweets (`"bringbackourgirls-02"`). What percentage of them had already been posted by 9 May (`"bringbackourgirls-04"`)? Answer in percent (e.g. `50.0`).
""",
        slide="subslide",
    )
)
E.append(answer("answer_share = None  # a percentage, e.g. 50.0", task="02-bbog-share"))
E.append(code('ms.check("02-bbog-share", answer_share)'))
E.append(
    md(
        """
## Tugas 3 · Membaca diagram Chibok

Lihat diagram di bawah. Menurut Amnesty International, berapa siswi yang **masih ditawan pada April 2023**?
""",
        """
## Task 3 · Reading the Chibok chart

Look at the chart below. According to Amnesty International, how many girls were **still held in April 2023**?
""",
        slide="subslide",
    )
)
E.append(code("ms.plot_chibok_outcomes()"))
E.append(answer("answer_held = None  # a number of girls", task="02-chibok-held"))
E.append(code('ms.check("02-chibok-held", answer_held)'))
E.append(
    md(
        """
## Tugas 4 dan 5 · Bereksperimen dengan simulator

Simulator di bawah dimulai di jaringan dunia kecil dengan 5 akun pemicu. Ubah pengaturannya untuk menjawab dua pertanyaan berikut. Persentase di ujung garis adalah jangkauan setelah langkah terakhir.
""",
        """
## Tasks 4 and 5 · Experimenting with the simulator

The simulator below starts on the small-world network with 5 seed accounts. Change its settings to answer the next two questions. The percentage at the end of each line is the reach after the last step.
""",
        slide="slide",
    )
)
E.append(code("ms.diffusion_simulator()"))
E.append(
    md(
        """
### Tugas 4 · Penularan kompleks di tiga jaringan

Pilih **penularan kompleks**, 5 akun pemicu **berkumpul**, peluang meneruskan **0,6**. Coba ketiga jaringan. Di jaringan mana rata-rata jangkauannya mencapai **paling sedikit 50 %**?

a) hanya dunia kecil · b) hanya acak · c) dunia kecil dan bebas skala · d) ketiganya
""",
        """
### Task 4 · Complex contagion on three networks

Choose **complex contagion**, 5 seed accounts **together**, a chance of passing it on of **0.6**. Try all three networks. On which does the average reach get to **at least 50%**?

a) only the small world · b) only random · c) small world and scale-free · d) all three
""",
        slide="subslide",
    )
)
E.append(answer('answer_networks = None  # "a", "b", "c" or "d"', task="02-complex-networks"))
E.append(code('ms.check("02-complex-networks", answer_networks)'))
E.append(
    md(
        """
### Tugas 5 · Titik balik

Pilih **penularan sederhana**, jaringan **dunia kecil**, 5 akun pemicu **berkumpul**. Naikkan peluang meneruskan sedikit demi sedikit (0,05 per langkah) mulai dari 0. Berapa peluang **terkecil** yang membuat garis berakhir di **50 % atau lebih**? (Tulis angka dengan titik desimal, misalnya `0.45`.)
""",
        """
### Task 5 · The tipping point

Choose **simple contagion**, the **small world**, 5 seed accounts **together**. Raise the chance of passing it on a little at a time (0.05 a step) from 0. What is the **smallest** chance at which the line ends at **50% or more**? (Write it with a decimal point, e.g. `0.45`.)
""",
        slide="subslide",
    )
)
E.append(answer("answer_tipping = None  # e.g. 0.45", task="02-tipping-point"))
E.append(code('ms.check("02-tipping-point", answer_tipping)'))
E.append(
    md(
        """
## Tugas 6 · Refleksi

Artikel menulis bahwa #BringBackOurGirls "membantu mengumpulkan dukungan dan tekanan internasional untuk mengatasi isu tersebut". Tulis 3–5 kalimat (paling sedikit 25 kata): apa yang memang dilakukan tagar itu, apa yang tidak bisa dilakukannya sendirian, dan satu angka dari pelajaran yang mendukung pendapat Anda.
""",
        """
## Task 6 · Reflection

The article writes that #BringBackOurGirls "helped gather international support and pressure to address the issue". Write 3–5 sentences (at least 25 words): what the hashtag really did, what it could not do on its own, and one number from the lesson that supports your view.
""",
        slide="slide",
    )
)
E.append(answer("answer_reflection = None  # your text between quotes", task="02-reflection"))
E.append(code('ms.check("02-reflection", answer_reflection)'))
E.append(
    md(
        """
## Tugas 7 · Kuis

Pernyataan mana yang paling sesuai dengan bukti tentang #BringBackOurGirls?

a) Berkat 3,3 juta cuitan, semua siswi pulang dalam beberapa pekan.
b) Perhatian dunia sangat besar pada Mei 2014, tetapi pembebasan datang bertahun-tahun kemudian lewat negosiasi, dan pada 2023 masih ada siswi yang ditawan.
c) Tagar itu tidak pernah dipakai di Nigeria.
d) Tidak ada angka apa pun tentang nasib para siswi.
""",
        """
## Task 7 · Quiz

Which statement fits the evidence about #BringBackOurGirls best?

a) Thanks to 3.3 million tweets, all the girls came home within weeks.
b) World attention was huge in May 2014, but releases came years later through negotiation, and in 2023 some girls were still held.
c) The hashtag was never used in Nigeria.
d) There are no figures at all about what happened to the girls.
""",
        slide="subslide",
    )
)
E.append(answer('answer_quiz = None  # "a", "b", "c" or "d"', task="02-quiz-1"))
E.append(code('ms.check("02-quiz-1", answer_quiz)'))
E.append(
    md(
        """
## Selesai

Kerja bagus! Anda menghitung dengan angka terbitan, membaca diagram tentang nasib siswi Chibok, dan menemukan titik balik penyebaran di simulator. Di pelajaran 3 kita membahas media sosial sebagai ruang kesetaraan.
""",
        """
## Done

Well done! You computed with published figures, read a chart about what happened to the Chibok girls, and found the tipping point of spreading in the simulator. In lesson 3 we look at social media as a platform for equality.
""",
        slide="slide",
    )
)

EMETA = dict(
    META,
    minutes=30,
    title={
        "id": "Latihan: apa yang dilakukan kampanye tagar",
        "en": "Exercises: what hashtag campaigns do",
    },
    objectives={
        "id": [
            "Menghitung perbandingan dan persentase dari angka terbitan dengan pandas",
            "Membaca diagram batang angka terbitan",
            "Bereksperimen dengan simulator difusi: jaringan, peluang, dan jenis penularan",
            "Menulis refleksi singkat tentang apa yang bisa dan tidak bisa dilakukan tagar",
        ],
        "en": [
            "Compute ratios and percentages from published figures with pandas",
            "Read a bar chart of published figures",
            "Experiment with the diffusion simulator: network, probability and contagion type",
            "Write a short reflection on what a hashtag can and cannot do",
        ],
    },
)

if __name__ == "__main__":
    write(L, META, "notebooks", "02-hashtag-campaigns.ipynb")
    write(E, EMETA, "exercises", "02-hashtag-campaigns-exercises.ipynb")
