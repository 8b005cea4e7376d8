"""Lesson 4 · Limits and risks (Batas dan risiko): the lesson and its exercises, in both languages.

Run ``.venv/bin/python lessons/l04_limits.py`` to rewrite notebooks/{id,en}/04-limits-and-risks.ipynb
and exercises/{id,en}/04-limits-and-risks-exercises.ipynb.
"""

from nbgen import answer, code, md, notes, write

META = {
    "lesson": 4,
    "minutes": 60,
    "title": {
        "id": "Batas dan risiko: ketika tagar saja tidak cukup",
        "en": "Limits and risks: when a hashtag is not enough",
    },
    "objectives": {
        "id": [
            "Mengukur seberapa cepat perhatian memudar dengan waktu paruh, dan tahu kapan ukuran itu menyesatkan",
            "Membandingkan perhatian daring dengan aksi luring tanpa menyimpulkan sebab-akibat",
            "Mengenali pembajakan tagar, tagar tandingan, dan misinformasi",
            "Menjelaskan risiko pengawasan, akun yang didukung negara, dan ketergantungan pada platform",
        ],
        "en": [
            "Measure how fast attention fades with a half-life, and know when that measure misleads",
            "Compare online attention with offline action without concluding cause and effect",
            "Recognise hashtag hijacking, counter-hashtags and misinformation",
            "Explain the risks of surveillance, state-backed accounts and dependence on platforms",
        ],
    },
}

L = []
L.append(
    md(
        """
# 04 · Batas dan risiko: ketika tagar saja tidak cukup

Artikel sumber kursus ini menceritakan keberhasilan media sosial. Pelajaran ini menanyakan sisi lainnya: seberapa cepat perhatian hilang, apakah klik berubah menjadi aksi, dan siapa lagi yang memakai platform yang sama.

⏱ Sekitar 60 menit · Pelajaran 4 dari 6
""",
        """
# 04 · Limits and risks: when a hashtag is not enough

The article this course starts from tells stories of success. This lesson asks about the other side: how fast attention disappears, whether clicks turn into action, and who else uses the same platforms.

⏱ About 60 minutes · Lesson 4 of 6
""",
        slide="slide",
    )
)
L.append(
    notes(
        """
⏱ 3 menit. Buka dengan pertanyaan: "Tagar apa yang ramai bulan lalu? Apakah masih dibicarakan sekarang?" Biarkan peserta menyadari sendiri bahwa perhatian cepat berpindah.
""",
        """
⏱ 3 min. Open with a question: "Which hashtag was everywhere last month? Is anyone still talking about it?" Let participants notice for themselves how quickly attention moves on.
""",
    )
)
L.append(
    md(
        """
## Tujuan belajar

Setelah pelajaran ini, Anda dapat:

1. **mengukur** seberapa cepat perhatian memudar dengan *waktu paruh*, dan tahu kapan ukuran itu menyesatkan;
2. **membandingkan** perhatian daring dengan aksi luring tanpa buru-buru menyimpulkan sebab-akibat;
3. **mengenali** pembajakan tagar, tagar tandingan, dan misinformasi;
4. **menjelaskan** risiko pengawasan, akun yang didukung negara, dan ketergantungan pada platform.
""",
        """
## Learning objectives

By the end of this lesson you can:

1. **measure** how fast attention fades with a *half-life*, and know when that measure misleads;
2. **compare** online attention with offline action without jumping to cause and effect;
3. **recognise** hashtag hijacking, counter-hashtags and misinformation;
4. **explain** the risks of surveillance, state-backed accounts and dependence on platforms.
""",
        slide="subslide",
    )
)
L.append(code("import medsos as ms"))

# --- 1. attention fades ---------------------------------------------------------------------
L.append(
    md(
        """
## 1 · Perhatian memudar

Setelah puncak, perhatian harian biasanya turun cepat. **Waktu paruh** menyatakan berapa hari yang dibutuhkan sampai perhatian harian tinggal separuh puncaknya. Kita menghitungnya dengan dua cara:

- **teramati**: hari pertama setelah puncak ketika angkanya sudah di bawah separuh puncak;
- **hasil pencocokan**: model peluruhan eksponensial yang dicocokkan pada hari-hari setelah puncak (garis titik-titik).

Contoh pertama: jumlah aksi protes #BlackLivesMatter per hari di kota-kota AS setelah George Floyd dibunuh (data teramati).
""",
        """
## 1 · Attention fades

After a peak, daily attention usually falls fast. The **half-life** says how many days it takes daily attention to fall to half its peak. We measure it two ways:

- **observed**: the first day after the peak when the count is at or below half the peak;
- **fitted**: an exponential decay model fitted to the days after the peak (the dotted line).

First example: #BlackLivesMatter protest events per day in US cities after George Floyd was killed (observed data).
""",
        slide="slide",
    )
)
L.append(code('ms.plot_half_life("blm2020_protest_events", window=21)'))
L.append(
    md(
        """
Puncaknya 6 Juni 2020. Dua hari kemudian jumlah aksi sudah di bawah separuh puncak, tetapi aksi tidak berhenti: ada gelombang-gelombang kecil sesudahnya. Model eksponensial merangkum penurunan itu dalam satu angka, dan satu angka selalu menyederhanakan.
""",
        """
The peak was on 6 June 2020. Two days later the count was already below half the peak, but protest did not stop: smaller waves followed. The exponential model sums up the fall in one number, and one number always simplifies.
""",
        slide="fragment",
    )
)
L.append(
    notes(
        """
⏱ 7 menit. Jelaskan waktu paruh dengan bahasa sehari-hari: "setelah sekian hari, separuh perhatian hilang." Tunjukkan garis putus-putus abu-abu (separuh puncak) dan garis titik-titik oranye (model). Tanyakan: mengapa ada lonjakan kecil sesudah puncak? (Peristiwa baru, misalnya pemakaman atau aksi akhir pekan.)
""",
        """
⏱ 7 min. Explain the half-life in everyday words: "after this many days, half the attention is gone." Point to the grey dashed line (half the peak) and the dotted orange line (the model). Ask: why are there small bursts after the peak? (New events, such as a funeral or weekend marches.)
""",
    )
)
L.append(
    md(
        """
Tabel berikut menghitung waktu paruh setiap deret hitungan di kursus ini (peringkat tidak diikutkan: peringkat tidak bisa "separuh"). Perhatikan kolom `kind`: untuk deret **rekonstruksi**, bentuk penurunannya adalah asumsi rekonstruksi, bukan hasil pengukuran.
""",
        """
The table below computes the half-life of every count series in the course (ranks are left out: a rank cannot "halve"). Watch the `kind` column: for **reconstructed** series, the shape of the fall is an assumption of the reconstruction, not a measurement.
""",
        slide="subslide",
    )
)
L.append(code("ms.half_lives(window=21)"))
L.append(
    md(
        """
Deret teramati yang paling panjang, kunjungan ke artikel Wikipedia tentang protes Hong Kong, punya waktu paruh teramati **satu hari** tetapi waktu paruh hasil pencocokan yang jauh lebih panjang. Keduanya benar: perhatian umum jatuh dalam sehari, sementara pembaca setia tetap datang dan peristiwa baru memicu lonjakan baru. Inilah saatnya mencoba sendiri.
""",
        """
The longest observed series, views of the Wikipedia article on the Hong Kong protests, has an observed half-life of **one day** but a much longer fitted half-life. Both are true: general attention dropped within a day, while a core of readers kept coming and new events set off new bursts. Time to try it yourself.
""",
        slide="fragment",
    )
)
L.append(
    md(
        """
### Coba sendiri: penjelajah waktu paruh

Pilih deret dan berapa hari setelah puncak yang dipakai untuk mencocokkan model. Yang perlu dicoba:

1. Pilih kunjungan Wikipedia Hong Kong; ubah **Hari sesudah** dari 7 ke 30. Apa yang terjadi dengan waktu paruh?
2. Pindah ke skala **log**: peluruhan eksponensial tampak sebagai garis lurus.
3. Bandingkan artikel Wikipedia tentang satu peristiwa (misalnya pemilu lokal November 2019) dengan deret rekonstruksi.
""",
        """
### Try it: the half-life explorer

Pick a series and how many days after the peak the model is fitted to. Things to try:

1. Choose the Hong Kong Wikipedia views; move **Days after** from 7 to 30. What happens to the half-life?
2. Switch to the **log** scale: an exponential decay shows as a straight line.
3. Compare a Wikipedia article on a single event (for example the November 2019 local elections) with a reconstructed series.
""",
        slide="slide",
    )
)
L.append(code("ms.halflife_explorer()"))
L.append(
    notes(
        """
⏱ 8 menit. Biarkan peserta bermain dua atau tiga menit, lalu minta satu orang menjelaskan mengapa waktu paruh Hong Kong berubah banyak saat jendela diperpanjang (lonjakan kedua sekitar aksi di bandara, 12 Agustus; lihat milestones). Pesan utamanya: waktu paruh bergantung pada pilihan analis; selalu laporkan jendelanya. Bila widget tidak jalan di proyektor, pakai gambar statis di atas.
""",
        """
⏱ 8 min. Let participants play for two or three minutes, then ask one person to explain why the Hong Kong half-life changes so much when the window grows (a second burst around the airport sit-in of 12 August; see the milestones). The key message: the half-life depends on the analyst's choice; always report the window. If the widget will not run on the projector, use the static chart above.
""",
    )
)

# --- 2. slacktivism ---------------------------------------------------------------------------
L.append(
    md(
        """
## 2 · Klik dan jalanan: slaktivisme?

**Slaktivisme** (aktivisme klik) adalah dukungan yang berhenti di layar: menyukai, membagikan, atau memakai tagar tanpa tindakan lain. Kritik ini penting, tetapi datanya lebih rumit.

Pada #BlackLivesMatter 2020, Pew Research Center menghitung sekitar 47,8 juta pemakaian tagar di Twitter antara 26 Mei dan 7 Juni 2020, dengan puncak 8,8 juta pada 28 Mei. Di jalanan, daftar aksi yang dihimpun Neal Caren mencatat aksi protes di kota-kota AS hari demi hari.
""",
        """
## 2 · Clicks and streets: slacktivism?

**Slacktivism** is support that stops at the screen: liking, sharing or using a hashtag and doing nothing else. The criticism matters, but the data are more complicated.

For #BlackLivesMatter in 2020, Pew Research Center counted about 47.8 million uses of the hashtag on Twitter between 26 May and 7 June 2020, with a peak of 8.8 million on 28 May. On the streets, the event list compiled by Neal Caren records protest events in US cities day by day.
""",
        slide="slide",
    )
)
L.append(code("ms.plot_online_offline()"))
L.append(
    md(
        """
Cuitan memuncak lebih dulu (28 Mei), aksi jalanan memuncak sembilan hari kemudian (6 Juni) dan bertahan beberapa minggu. Ingat: deret cuitan adalah **rekonstruksi** yang melewati angka-angka Pew, sedangkan deret aksi **teramati**. Grafik ini tidak membuktikan bahwa cuitan *menyebabkan* aksi; ia menunjukkan bahwa keduanya berjalan bersama dengan irama berbeda.
""",
        """
Tweets peaked first (28 May); street protest peaked nine days later (6 June) and lasted for weeks. Remember: the tweet series is a **reconstruction** that passes through Pew's figures, while the protest series is **observed**. The chart does not prove that tweets *caused* protest; it shows that the two moved together, at different rhythms.
""",
        slide="fragment",
    )
)
L.append(
    code(
        'events = ms.load("attention").query("series_id == \'blm2020_protest_events\'")\nint(events["value"].sum())'
    )
)
L.append(
    md(
        """
Dalam 42 hari data, tercatat 7.737 aksi protes. Penelitian *Beyond the Hashtags* (Freelon, McIlwain & Clark, 2016) tentang #BlackLivesMatter 2014–2015 menemukan bahwa unggahan para pegiat sangat penting untuk menyebarkan kisah Michael Brown, dan bahwa pengunjuk rasa bisa menyebarkan cerita mereka sendiri tanpa media arus utama. Daring dan luring bukan lawan: yang menentukan adalah apakah perhatian daring diorganisasi menjadi tindakan.
""",
        """
In the 42 days of data, 7,737 protest events were recorded. The study *Beyond the Hashtags* (Freelon, McIlwain & Clark, 2016) on #BlackLivesMatter in 2014–2015 found that activists' posts were essential in spreading Michael Brown's story, and that protesters could circulate their own narratives without mainstream news outlets. Online and offline are not opposites: what matters is whether online attention is organised into action.
""",
        slide="subslide",
    )
)
L.append(
    notes(
        """
⏱ 8 menit. Tanyakan: "Apakah memakai tagar itu sia-sia?" Kumpulkan pendapat pro dan kontra. Tekankan dua hal: (1) korelasi bukan sebab-akibat, (2) satu deret di grafik adalah rekonstruksi. Angka 7.737 dihitung dari data di sel sebelumnya.
""",
        """
⏱ 8 min. Ask: "Is using a hashtag pointless?" Collect views for and against. Stress two things: (1) correlation is not causation, (2) one line in the chart is a reconstruction. The 7,737 comes from the data in the cell before.
""",
    )
)

# --- 3. hijacking and misinformation -------------------------------------------------------------
L.append(
    md(
        """
## 3 · Pembajakan tagar, tagar tandingan, dan misinformasi

Tagar adalah ruang terbuka: siapa pun bisa memakainya. **Pembajakan tagar** terjadi ketika pihak lain memakai tagar sebuah kampanye untuk pesan yang berlawanan atau untuk menenggelamkannya. **Tagar tandingan** adalah tagar baru yang dibuat untuk melawan narasi kampanye.

Contoh dari Indonesia: pada Oktober 2021, #PercumaLaporPolisi ramai sebagai kritik atas cara polisi menangani laporan kekerasan, setelah kasus Luwu Timur. Polisi membalas dengan #PolriSesuaiProsedur.
""",
        """
## 3 · Hashtag hijacking, counter-hashtags and misinformation

A hashtag is an open space: anyone can use it. **Hashtag hijacking** is when others use a campaign's hashtag for the opposite message, or to drown it out. A **counter-hashtag** is a new hashtag made to push back against a campaign's story.

An Indonesian example: in October 2021, #PercumaLaporPolisi ("no use reporting to the police") trended as criticism of how police handle reports of abuse, after the Luwu Timur case. The police answered with #PolriSesuaiProsedur ("the police followed procedure").
""",
        slide="slide",
    )
)
L.append(code("ms.plot_counter_hashtag()"))
L.append(
    md(
        """
Hati-hati membaca grafik ini: kedua angka berasal dari sumber dan hari yang berbeda (hitungan Twitter per 17 Oktober menurut Tribun Kaltim; hitungan 11 Oktober menurut detikNews). Grafik ini menunjukkan besaran, bukan perlombaan yang adil.

**Misinformasi** (informasi keliru yang disebarkan tanpa niat jahat) dan **disinformasi** (yang disebarkan dengan sengaja) menumpang pada kecepatan yang sama yang membuat kampanye viral. Kebiasaan kecil membantu: periksa sumber sebelum membagikan, cari tanggal asli sebuah foto, dan bedakan angka teramati dari angka perkiraan, seperti yang dilakukan kursus ini.
""",
        """
Read this chart with care: the two figures come from different sources and days (Twitter's count as of 17 October reported by Tribun Kaltim; a count on 11 October reported by detikNews). The chart shows orders of magnitude, not a fair race.

**Misinformation** (false information spread without bad intent) and **disinformation** (spread on purpose) ride on the same speed that makes campaigns go viral. Small habits help: check the source before sharing, look for the original date of a photo, and tell observed figures from estimates, as this course does.
""",
        slide="subslide",
    )
)
L.append(
    notes(
        """
⏱ 7 menit. Tanyakan apakah peserta pernah melihat tagar tandingan dalam isu lokal. Ingatkan bahwa grafik batang ini membandingkan angka dari hari berbeda; ajak peserta menemukan keterangan itu sendiri di bawah grafik.
""",
        """
⏱ 7 min. Ask whether participants have seen a counter-hashtag on a local issue. Remind them that this bar chart compares figures from different days; let them find that caveat themselves under the chart.
""",
    )
)

# --- 4. surveillance and state-backed accounts ------------------------------------------------------
L.append(
    md(
        """
## 4 · Pengawasan dan akun yang didukung negara

Platform yang sama yang dipakai untuk mengorganisasi juga bisa dipakai untuk mengawasi dan memanipulasi. Dalam protes Hong Kong 2019, pengunjuk rasa banyak berkoordinasi lewat grup Telegram (satu grup protes punya sekitar 100.000 pelanggan pada Agustus 2019, menurut The Times).

Pada 19 Agustus 2019 Twitter mengungkap operasi informasi yang didukung negara Tiongkok dan ditujukan pada protes itu: **936 akun** yang "sengaja menabur perpecahan politik", bagian paling aktif dari jaringan sekitar **200.000 akun**. Semuanya ditangguhkan; Facebook juga menghapus akun-akun pada waktu yang sama.
""",
        """
## 4 · Surveillance and state-backed accounts

The platforms used to organise can also be used to watch and to manipulate. In the 2019 Hong Kong protests, protesters coordinated largely through Telegram groups (one protest group had about 100,000 subscribers in August 2019, according to The Times).

On 19 August 2019 Twitter disclosed a state-backed information operation from China aimed at the protests: **936 accounts** "deliberately and specifically attempting to sow political discord", the most active part of a network of about **200,000 accounts**. All were suspended; Facebook removed accounts at the same time.
""",
        slide="slide",
    )
)
L.append(code("ms.plot_hong_kong_accounts()"))
L.append(
    md(
        """
Pelajarannya bagi kampanye: jejak digital bisa dibaca pihak lain, dan tidak setiap akun yang ramai adalah warganet sungguhan. Di Indonesia, istilah **pendengung** (*buzzer*) dipakai untuk akun-akun yang dibayar atau dikoordinasi untuk meramaikan suatu narasi.
""",
        """
The lesson for campaigns: digital traces can be read by others, and not every loud account is a real netizen. In Indonesia the word **pendengung** (*buzzer*) is used for accounts paid or coordinated to amplify a story.
""",
        slide="fragment",
    )
)
L.append(
    notes(
        """
⏱ 6 menit. Jangan menakut-nakuti; tekankan kebiasaan aman: pikirkan siapa yang bisa membaca grup Anda, jangan menyebarkan wajah atau data pribadi peserta aksi tanpa izin.
""",
        """
⏱ 6 min. Do not scare people; stress safe habits: think about who can read your group, and do not share faces or personal data of people at an action without consent.
""",
    )
)

# --- 5. platform dependence -------------------------------------------------------------------------
L.append(
    md(
        """
## 5 · Bergantung pada platform

Kampanye tagar meminjam rumah orang lain. Platform menentukan aturan, algoritma yang memilih apa yang dilihat orang, dan siapa yang boleh mengakses data. Akun bisa ditangguhkan; fitur bisa berubah.

Kursus ini sendiri merasakannya: jumlah cuitan harian untuk banyak kampanye tidak pernah diterbitkan sebagai data terbuka, sehingga beberapa deret di sini harus **direkonstruksi** dari angka-angka yang dipublikasikan (lihat `ms.describe("attention")`). Kampanye yang kuat menyimpan daftar kontak, dokumentasi, dan jaringan luring sendiri.
""",
        """
## 5 · Depending on platforms

A hashtag campaign borrows someone else's house. The platform sets the rules, the algorithm that chooses what people see, and who may access the data. Accounts can be suspended; features can change.

This course felt it too: daily tweet counts for many campaigns were never published as open data, so several series here had to be **reconstructed** from published figures (see `ms.describe("attention")`). Strong campaigns keep their own contact lists, records and offline networks.
""",
        slide="slide",
    )
)
L.append(code('ms.describe("attention")'))

# --- evidence, discussion, quiz ---------------------------------------------------------------------
L.append(
    md(
        """
## Apa kata bukti

Artikel sumber menyebut media sosial "memungkinkan" perubahan sosial. Bukti dalam kursus ini menunjukkan gambaran yang lebih hati-hati:

- perhatian daring memuncak cepat dan turun dalam hitungan hari (bagian 1);
- aksi luring bisa bertahan lebih lama, tetapi data tidak membuktikan bahwa cuitanlah penyebabnya (bagian 2);
- kampanye bisa dilawan atau dibajak, dan tidak semua keramaian berasal dari warga sungguhan (bagian 3 dan 4);
- hasil nyata sering datang lambat: ingat #MeToo di pengadilan (pelajaran 1) dan anak-anak Chibok (pelajaran 2).
""",
        """
## What the evidence says

The source article says social media "makes possible" social change. The evidence in this course paints a more careful picture:

- online attention peaks fast and falls within days (section 1);
- offline action can last longer, but the data do not prove that tweets caused it (section 2);
- campaigns can be countered or hijacked, and not every crowd online is made of real people (sections 3 and 4);
- real outcomes often come slowly: recall #MeToo in court (lesson 1) and the Chibok girls (lesson 2).
""",
        slide="slide",
    )
)
L.append(
    md(
        """
### Diskusi

Pilih satu kampanye yang Anda kenal. Risiko mana dari pelajaran ini yang paling mengancamnya: perhatian yang cepat hilang, klik tanpa aksi, tagar tandingan, pendengung, pengawasan, atau ketergantungan pada platform? Apa satu langkah yang bisa mengurangi risiko itu?
""",
        """
### Discussion

Pick a campaign you know. Which risk from this lesson threatens it most: attention that fades fast, clicks without action, a counter-hashtag, paid amplifiers, surveillance, or dependence on a platform? What is one step that could reduce that risk?
""",
        slide="subslide",
    )
)
L.append(
    notes(
        """
⏱ 10 menit. Diskusi berpasangan 5 menit, lalu tiga pasangan berbagi. Catat langkah-langkah yang diusulkan di papan: itu bahan untuk proyek akhir (pelajaran 6).
""",
        """
⏱ 10 min. Five minutes in pairs, then three pairs share. Write the proposed steps on the board: they feed the capstone (lesson 6).
""",
    )
)
L.append(
    md(
        """
## Kuis

**1.** Waktu paruh teramati aksi protes BLM 2020 adalah 2 hari. Artinya…

a) aksi berhenti setelah 2 hari  b) 2 hari setelah puncak, jumlah aksi harian sudah di bawah separuh puncak  c) puncak terjadi pada hari ke-2

<details><summary>Jawaban</summary>

**b.** Waktu paruh mengukur seberapa cepat angka harian turun setelah puncak; aksi tetap berlanjut berminggu-minggu.
</details>

**2.** Grafik cuitan #BlackLivesMatter dan aksi protes menunjukkan cuitan memuncak lebih dulu. Kesimpulan mana yang tepat?

a) cuitan menyebabkan aksi  b) keduanya bergerak bersama dengan irama berbeda; grafik ini tidak membuktikan sebab-akibat  c) aksi jalanan tidak penting

<details><summary>Jawaban</summary>

**b.** Lagi pula deret cuitan adalah rekonstruksi dari angka Pew.
</details>

**3.** Apa yang diungkap Twitter pada 19 Agustus 2019?

a) 936 akun yang didukung negara menabur perpecahan tentang protes Hong Kong  b) 936 grup Telegram pengunjuk rasa  c) 936 cuitan palsu

<details><summary>Jawaban</summary>

**a.** Akun-akun itu bagian paling aktif dari jaringan sekitar 200.000 akun, dan semuanya ditangguhkan.
</details>
""",
        """
## Quiz

**1.** The observed half-life of BLM protest events in 2020 is 2 days. This means…

a) the protests stopped after 2 days  b) 2 days after the peak, daily events were below half the peak  c) the peak came on day 2

<details><summary>Answer</summary>

**b.** The half-life measures how fast the daily count falls after the peak; protest went on for weeks.
</details>

**2.** The chart of #BlackLivesMatter tweets and protest events shows tweets peaking first. Which conclusion holds?

a) tweets caused the protests  b) the two moved together at different rhythms; the chart does not prove cause and effect  c) street protest did not matter

<details><summary>Answer</summary>

**b.** Besides, the tweet series is a reconstruction from Pew's figures.
</details>

**3.** What did Twitter disclose on 19 August 2019?

a) 936 state-backed accounts sowing discord about the Hong Kong protests  b) 936 protesters' Telegram groups  c) 936 fake tweets

<details><summary>Answer</summary>

**a.** They were the most active part of a network of about 200,000 accounts, all suspended.
</details>
""",
        slide="slide",
    )
)
L.append(
    notes(
        """
⏱ 5 menit. Kuis dengan mengangkat tangan (a/b/c). Untuk soal 2, minta satu peserta menjelaskan mengapa (a) keliru.
""",
        """
⏱ 5 min. Quiz by show of hands (a/b/c). For question 2, ask one participant to explain why (a) is wrong.
""",
    )
)
L.append(
    md(
        """
## Glosarium

| Bahasa Indonesia | English | Artinya |
|---|---|---|
| waktu paruh perhatian | attention half-life | hari sampai perhatian harian tinggal separuh puncaknya |
| slaktivisme, aktivisme klik | slacktivism | dukungan yang berhenti di layar |
| pembajakan tagar | hashtag hijacking | memakai tagar kampanye untuk pesan lain atau untuk menenggelamkannya |
| tagar tandingan | counter-hashtag | tagar baru untuk melawan narasi kampanye |
| misinformasi / disinformasi | misinformation / disinformation | informasi keliru tanpa / dengan sengaja |
| akun yang didukung negara | state-backed account | akun yang dijalankan atau dibiayai pemerintah untuk memengaruhi opini |
| pendengung | buzzer, paid amplifier | akun yang dibayar atau dikoordinasi untuk meramaikan narasi |
| rekonstruksi | reconstruction | deret yang dibangun ulang dari angka yang dipublikasikan |
""",
        """
## Glossary

| Bahasa Indonesia | English | Meaning |
|---|---|---|
| waktu paruh perhatian | attention half-life | days until daily attention is half its peak |
| slaktivisme, aktivisme klik | slacktivism | support that stops at the screen |
| pembajakan tagar | hashtag hijacking | using a campaign's hashtag for another message, or to drown it out |
| tagar tandingan | counter-hashtag | a new hashtag made to push back against a campaign |
| misinformasi / disinformasi | misinformation / disinformation | false information spread without / with intent |
| akun yang didukung negara | state-backed account | an account run or paid by a government to sway opinion |
| pendengung | buzzer, paid amplifier | an account paid or coordinated to amplify a story |
| rekonstruksi | reconstruction | a series rebuilt from published figures |
""",
        slide="slide",
    )
)
L.append(
    md(
        """
## Sumber

- Aksi protes BLM 2020 per hari: Neal Caren, *Black Lives Matter events* (lihat `ms.describe("attention")` dan `data/README.md`).
- Pemakaian #BlackLivesMatter 2020 (47,8 juta; 8,8 juta pada 28 Mei): Pew Research Center, melalui https://www.edbaig.net/post/blacklivesmatter-hashtag-surges-on-twitter-pew-study
- Freelon, McIlwain & Clark (2016), *Beyond the Hashtags*, Center for Media & Social Impact: https://cmsimpact.org/resource/beyond-hashtags-ferguson-blacklivesmatter-online-struggle-offline-justice/
- #PercumaLaporPolisi: Tribun Kaltim, https://kaltim.tribunnews.com/2021/10/17/tagar-percumalaporpolisi-redup-topik-satpam-bca-meroket-warga-kaltim-diimbau-tidak-memperkeruh ; #PolriSesuaiProsedur: detikNews, https://news.detik.com/berita/d-5762516/polisi-lawan-tagar-percumalaporpolisi-dengan-polrisesuaiprosedur?single=1
- Akun yang didukung negara (Hong Kong, 2019): https://seekingalpha.com/news/3493000-twitter-charges-china-hong-kong-disinfo-operation ; grup Telegram: The Times, https://www.thetimes.co.uk/article/protesters-use-chat-groups-to-organise-hong-kong-rebellion-xh3cq965h
- Kunjungan Wikipedia: Wikimedia Foundation pageviews (CC0).
""",
        """
## Sources

- BLM protest events per day, 2020: Neal Caren, *Black Lives Matter events* (see `ms.describe("attention")` and `data/README.md`).
- Uses of #BlackLivesMatter in 2020 (47.8 million; 8.8 million on 28 May): Pew Research Center, via https://www.edbaig.net/post/blacklivesmatter-hashtag-surges-on-twitter-pew-study
- Freelon, McIlwain & Clark (2016), *Beyond the Hashtags*, Center for Media & Social Impact: https://cmsimpact.org/resource/beyond-hashtags-ferguson-blacklivesmatter-online-struggle-offline-justice/
- #PercumaLaporPolisi: Tribun Kaltim, https://kaltim.tribunnews.com/2021/10/17/tagar-percumalaporpolisi-redup-topik-satpam-bca-meroket-warga-kaltim-diimbau-tidak-memperkeruh ; #PolriSesuaiProsedur: detikNews, https://news.detik.com/berita/d-5762516/polisi-lawan-tagar-percumalaporpolisi-dengan-polrisesuaiprosedur?single=1
- State-backed accounts (Hong Kong, 2019): https://seekingalpha.com/news/3493000-twitter-charges-china-hong-kong-disinfo-operation ; Telegram group: The Times, https://www.thetimes.co.uk/article/protesters-use-chat-groups-to-organise-hong-kong-rebellion-xh3cq965h
- Wikipedia views: Wikimedia Foundation pageviews (CC0).
""",
        slide="slide",
    )
)

# --- exercises -------------------------------------------------------------------------------------
E = []
E.append(
    md(
        """
# 04 · Latihan: batas dan risiko

Enam tugas singkat tentang data pelajaran 4 (sekitar 30 menit). Untuk setiap tugas:

1. tulis jawaban Anda di sel yang berisi `= None`, lalu jalankan sel itu;
2. jalankan sel `ms.check(...)` di bawahnya: hasilnya ✔ benar, ✘ belum (dengan petunjuk), atau "belum dijawab".

Buntu? Jalankan `ms.hint("04-...")` dengan nama tugasnya.
""",
        """
# 04 · Exercises: limits and risks

Six short tasks on the data of lesson 4 (about 30 minutes). For each task:

1. write your answer in the cell that says `= None`, then run that cell;
2. run the `ms.check(...)` cell below it: it answers ✔ correct, ✘ not yet (with a hint), or "not answered yet".

Stuck? Run `ms.hint("04-...")` with the task's name.
""",
        slide="slide",
    )
)
E.append(code("import medsos as ms"))
E.append(
    code(
        'attention = ms.load("attention")\nevents = attention[attention["series_id"] == "blm2020_protest_events"].set_index("date")["value"]\nevents.head()'
    )
)
E.append(
    md(
        """
## Tugas 1 · Hari-hari yang ramai

`events` berisi jumlah aksi protes BLM per hari (Mei–Juli 2020). **Pada berapa hari jumlah aksi paling sedikit separuh dari hari tertinggi?**
""",
        """
## Task 1 · The busy days

`events` holds the number of BLM protest events per day (May–July 2020). **On how many days was the count at least half that of the highest day?**
""",
        slide="subslide",
    )
)
E.append(answer("answer_days_above_half = None  # a whole number", task="04-days-above-half"))
E.append(code('ms.check("04-days-above-half", answer_days_above_half)'))
E.append(
    md(
        """
## Tugas 2 · Waktu paruh hasil pencocokan

Pakai `ms.fit_half_life(events, window=21)`. Hasilnya punya atribut `.half_life` (hari). **Berapa waktu paruh hasil pencocokan, dibulatkan ke satu desimal?**
""",
        """
## Task 2 · The fitted half-life

Use `ms.fit_half_life(events, window=21)`. The result has an attribute `.half_life` (in days). **What is the fitted half-life, rounded to one decimal?**
""",
        slide="subslide",
    )
)
E.append(answer("answer_half_life = None  # e.g. 3.2", task="04-half-life"))
E.append(code('ms.check("04-half-life", answer_half_life)'))
E.append(
    md(
        """
## Tugas 3 · Membaca grafik: mana yang lebih dulu?

Lihat grafik di bawah. **Mana yang memuncak lebih dulu?** a) cuitan #BlackLivesMatter  b) aksi protes  c) keduanya pada hari yang sama
""",
        """
## Task 3 · Reading a chart: which came first?

Look at the chart below. **Which peaked first?** a) tweets with #BlackLivesMatter  b) protest events  c) both on the same day
""",
        slide="subslide",
    )
)
E.append(code("ms.plot_online_offline()"))
E.append(answer('answer_which_first = None  # "a", "b" or "c"', task="04-which-first"))
E.append(code('ms.check("04-which-first", answer_which_first)'))
E.append(
    md(
        """
## Tugas 4 · Percobaan dengan widget: panjang jendela

Di penjelajah, pilih kunjungan Wikipedia Hong Kong. Set **Hari sesudah** ke 7, baca waktu paruhnya di legenda; lalu set ke 30. **Apa yang terjadi dengan waktu paruh hasil pencocokan?** a) menjadi lebih pendek  b) menjadi lebih panjang  c) tetap sama
""",
        """
## Task 4 · A widget experiment: the window

In the explorer, choose the Hong Kong Wikipedia views. Set **Days after** to 7 and read the half-life in the legend; then set it to 30. **What happens to the fitted half-life?** a) it gets shorter  b) it gets longer  c) it stays the same
""",
        slide="subslide",
    )
)
E.append(code('ms.halflife_explorer("hongkong2019_pageviews", window=7)'))
E.append(answer('answer_window = None  # "a", "b" or "c"', task="04-window"))
E.append(code('ms.check("04-window", answer_window)'))
E.append(
    md(
        """
## Tugas 5 · Tagar tandingan

Tabel `published_figures` memuat dua angka: `percumalaporpolisi-01` (cuitan #PercumaLaporPolisi) dan `percumalaporpolisi-02` (cuitan #PolriSesuaiProsedur). **Angka tagar tandingan itu berapa persen dari angka #PercumaLaporPolisi?** Bulatkan ke satu desimal. (Ingat: keduanya dihitung pada hari berbeda.)
""",
        """
## Task 5 · The counter-hashtag

The `published_figures` table holds two figures: `percumalaporpolisi-01` (tweets with #PercumaLaporPolisi) and `percumalaporpolisi-02` (tweets with #PolriSesuaiProsedur). **The counter-hashtag's figure is what percentage of the #PercumaLaporPolisi figure?** Round to one decimal. (Remember: they were counted on different days.)
""",
        slide="subslide",
    )
)
E.append(
    code(
        'figures = ms.load("published_figures").set_index("figure_id")\nfigures.loc[["percumalaporpolisi-01", "percumalaporpolisi-02"], ["metric", "value", "source"]]'
    )
)
E.append(answer("answer_counter_share = None  # a percentage, e.g. 25.0", task="04-counter-share"))
E.append(code('ms.check("04-counter-share", answer_counter_share)'))
E.append(
    md(
        """
## Tugas 6 · Refleksi

Pilih satu risiko dari pelajaran ini (perhatian memudar, slaktivisme, pembajakan tagar, akun yang didukung negara, pengawasan, ketergantungan pada platform). Dalam paling sedikit 20 kata: bagaimana risiko itu bisa mengenai kampanye yang Anda pedulikan, dan apa satu cara menguranginya?
""",
        """
## Task 6 · Reflection

Pick one risk from this lesson (fading attention, slacktivism, hashtag hijacking, state-backed accounts, surveillance, dependence on platforms). In at least 20 words: how could it hit a campaign you care about, and what is one way to reduce it?
""",
        slide="subslide",
    )
)
E.append(answer("answer_reflection = None  # your text between quotes", task="04-reflection"))
E.append(code('ms.check("04-reflection", answer_reflection)'))

EMETA = dict(
    META,
    minutes=30,
    title={
        "id": "Latihan: batas dan risiko",
        "en": "Exercises: limits and risks",
    },
)

if __name__ == "__main__":
    write(L, META, "notebooks", "04-limits-and-risks.ipynb")
    write(E, EMETA, "exercises", "04-limits-and-risks-exercises.ipynb")
