"""Lesson 6 · Capstone (Proyek akhir): plan and analyse a campaign, and its exercises, in both languages.

Run ``.venv/bin/python lessons/l06_capstone.py`` to rewrite notebooks/{id,en}/06-capstone.ipynb and
exercises/{id,en}/06-capstone-exercises.ipynb.
"""

from nbgen import answer, code, md, notes, write

META = {
    "lesson": 6,
    "minutes": 90,
    "title": {
        "id": "Proyek akhir: rancang dan analisis kampanye Anda",
        "en": "Capstone: plan and analyse your campaign",
    },
    "objectives": {
        "id": [
            "Merancang kampanye media sosial untuk isu yang Anda pedulikan, lengkap dengan tujuan, sasaran, pesan, tagar, platform, ajakan bertindak, dan ukuran keberhasilan",
            "Memilih ukuran keberhasilan yang melampaui jumlah unggahan",
            "Memuat berkas CSV tanggal dan jumlah milik Anda sendiri, lalu membaca linimasa, puncak, dan waktu paruh perhatiannya",
            "Menjelaskan apa yang bisa dan tidak bisa disimpulkan dari data kampanye Anda",
        ],
        "en": [
            "Plan a social media campaign for an issue you care about: goal, audience, message, hashtag, platforms, call to action and measures of success",
            "Choose measures of success that go beyond counting posts",
            "Load your own CSV of dates and counts and read its timeline, peak and attention half-life",
            "Explain what your campaign data can and cannot tell you",
        ],
    },
}

C = []
C.append(
    md(
        """
# 06 · Proyek akhir: rancang dan analisis kampanye Anda

Saatnya memakai semua yang sudah dipelajari: Anda merancang kampanye sendiri, lalu menganalisis data kampanye (data Anda sendiri atau contoh dari kursus ini).

⏱ Sekitar 90 menit · Pelajaran 6 dari 6
""",
        """
# 06 · Capstone: plan and analyse your campaign

Time to use everything from the course: you plan a campaign of your own, then analyse campaign data (your own, or an example from the course).

⏱ About 90 minutes · Lesson 6 of 6
""",
        slide="slide",
    )
)
C.append(
    md(
        """
## Tujuan belajar

Setelah pelajaran ini, Anda dapat:

1. merancang kampanye media sosial untuk isu yang Anda pedulikan: tujuan, sasaran, pesan, tagar, platform, ajakan bertindak, dan ukuran keberhasilan;
2. memilih ukuran keberhasilan yang melampaui jumlah unggahan;
3. memuat berkas CSV berisi tanggal dan jumlah milik Anda sendiri, lalu membaca linimasa, puncak, dan waktu paruh perhatiannya;
4. menjelaskan apa yang bisa dan tidak bisa disimpulkan dari data kampanye Anda.

Artikel sumber kursus ini menutup dengan ajakan memanfaatkan media sosial untuk perubahan sosial. Di sini kita melakukannya dengan rencana yang bisa diuji dan data yang bisa diperiksa.
""",
        """
## Learning objectives

By the end of this lesson you can:

1. plan a social media campaign for an issue you care about: goal, audience, message, hashtag, platforms, call to action and measures of success;
2. choose measures of success that go beyond counting posts;
3. load your own CSV of dates and counts and read its timeline, peak and attention half-life;
4. explain what your campaign data can and cannot tell you.

The article this course starts from ends by inviting readers to use social media for social change. Here we do it with a plan that can be tested and data that can be checked.
""",
        slide="subslide",
    )
)
C.append(
    notes(
        """
⏱ 5 menit. Ingatkan peserta bahwa proyek ini merangkum pelajaran 1–5. Minta mereka memilih isu sekarang juga (boleh isu kampus, lingkungan sekitar, atau isu nasional). Kelompok 2–3 orang bekerja paling baik.
""",
        """
⏱ 5 min. Remind participants that this project pulls lessons 1–5 together. Ask them to pick an issue now (a campus issue, a neighbourhood one or a national one). Groups of 2–3 work best.
""",
    )
)
C.append(code("import medsos as ms", slide="skip"))
C.append(
    md(
        """
## Bagian A · Rancang kampanye

Setiap rencana kampanye perlu menjawab tujuh pertanyaan:

| Pertanyaan | Contoh |
|---|---|
| **Tujuan**: kesadaran, dukungan, mobilisasi, atau inklusi? | mobilisasi |
| **Sasaran**: siapa yang ingin dijangkau? | mahasiswa di Yogyakarta |
| **Pesan utama**: satu kalimat | Sungai kita sumber air kampung, bukan tempat limbah |
| **Tagar**: pendek, mudah diingat, belum dipakai kampanye lain | #SungaiKitaBersih |
| **Platform**: di mana sasaran Anda berada? | Instagram, WhatsApp |
| **Ajakan bertindak**: apa yang diminta? | ikut bersih-bersih sungai Sabtu ini |
| **Ukuran keberhasilan**: bagaimana Anda tahu berhasil? | jumlah peserta aksi luring |
""",
        """
## Part A · Plan a campaign

Every campaign plan has to answer seven questions:

| Question | Example |
|---|---|
| **Goal**: awareness, support, mobilisation or inclusion? | mobilisation |
| **Audience**: whom do you want to reach? | university students in Yogyakarta |
| **Key message**: one sentence | Our river feeds the village; it is not a drain |
| **Hashtag**: short, memorable, not used by another campaign | #CleanRiverNow |
| **Platforms**: where is your audience? | Instagram, WhatsApp |
| **Call to action**: what do you ask people to do? | join the river clean-up on Saturday |
| **Measures of success**: how will you know it worked? | people at the offline action |
""",
        slide="slide",
    )
)
C.append(
    md(
        """
Isi perencana di bawah. Rencana satu halaman muncul saat Anda mengetik, dengan daftar yang masih perlu dilengkapi dan saran yang terkait dengan pelajaran sebelumnya.
""",
        """
Fill in the planner below. A one-page plan appears as you type, with what is still missing and advice tied to the earlier lessons.
""",
        slide="subslide",
    )
)
C.append(code("planner = ms.campaign_planner()\nplanner"))
C.append(
    notes(
        """
⏱ 20 menit. Beri waktu mengisi. Keliling dan tanyakan: "Bagaimana Anda tahu kampanye ini berhasil?" Banyak kelompok hanya memilih jumlah unggahan; arahkan ke saran di bawah rencana (aktivisme klik, pelajaran 4). Untuk tujuan mobilisasi, ingatkan tentang penularan kompleks (pelajaran 2).
""",
        """
⏱ 20 min. Give time to fill it in. Walk around and ask: "How will you know it worked?" Many groups pick only post counts; point them to the advice under the plan (slacktivism, lesson 4). For a mobilisation goal, recall complex contagion (lesson 2).
""",
    )
)
C.append(
    md(
        """
### Diskusi: tukar rencana

Tukar rencana dengan kelompok lain. Berikan satu pujian dan satu pertanyaan:

- Siapa yang *tidak* akan terjangkau oleh platform yang dipilih? (Ingat kesenjangan digital di pelajaran 3 dan 5.)
- Apa yang terjadi setelah puncak perhatian pertama? (Pelajaran 4: perhatian memudar dengan cepat.)
- Bagaimana kampanye ini bisa dibajak atau dilawan dengan tagar tandingan?
""",
        """
### Discussion: swap plans

Swap plans with another group. Give one compliment and one question:

- Who will your chosen platforms *not* reach? (Recall the digital divide in lessons 3 and 5.)
- What happens after the first peak of attention? (Lesson 4: attention fades fast.)
- How could the campaign be hijacked, or met with a counter-hashtag?
""",
        slide="subslide",
    )
)
C.append(
    notes(
        """
⏱ 10 menit. Dua kelompok saling membaca rencana. Kumpulkan dua atau tiga pertanyaan terbaik untuk seluruh kelas.
""",
        """
⏱ 10 min. Pairs of groups read each other's plans. Collect two or three of the best questions for the whole room.
""",
    )
)
C.append(
    md(
        """
## Bagian B · Analisis data kampanye

Data yang paling sederhana dari sebuah kampanye adalah **tanggal** dan **jumlah** (misalnya jumlah unggahan bertagar per hari, tanda tangan petisi per hari, atau kunjungan ke situs). Berkas CSV Anda cukup berisi dua kolom itu:

```
tanggal;jumlah
23/09/2019;1250
24/09/2019;4310
```

Titik koma dan tanggal hari-bulan-tahun (seperti hasil ekspor Excel berbahasa Indonesia) bisa dibaca, begitu juga koma dan tanggal ISO (`2019-09-24`). Kolom ketiga `kampanye` boleh ditambahkan bila berkas berisi lebih dari satu kampanye.
""",
        """
## Part B · Analyse campaign data

The simplest data a campaign produces are **dates** and **counts** (posts with the hashtag per day, petition signatures per day, visits to a website). Your CSV needs just those two columns:

```
date,count
2019-09-23,1250
2019-09-24,4310
```

Commas and ISO dates work, and so do semicolons and day-first dates as Excel writes them in Indonesian (`23/09/2019`). A third column, `campaign`, is allowed when a file holds more than one campaign.
""",
        slide="slide",
    )
)
C.append(
    md(
        """
Kita mulai dengan contoh dari data kursus: jumlah kunjungan harian ke artikel Wikipedia bahasa Inggris tentang protes Hong Kong 2019 (data teramati, Wikimedia, CC0), disimpan seperti ekspor Excel berbahasa Indonesia.
""",
        """
We start with an example from the course's data: daily views of the English Wikipedia article on the 2019 Hong Kong protests (observed data, Wikimedia, CC0), saved the way Indonesian-locale Excel exports a CSV.
""",
        slide="subslide",
    )
)
C.append(code('example = ms.example_counts_csv()\nprint(example.decode("utf-8")[:120])'))
C.append(code('report = ms.analyse_counts(example, name="contoh.csv")\nreport'))
C.append(
    md(
        """
Laporan itu menunjukkan banyaknya baris, rentang tanggal, total, **puncak**, dan **waktu paruh**: berapa hari sampai perhatian harian turun ke separuh puncaknya, menurut model peluruhan eksponensial yang dicocokkan pada hari-hari setelah puncak (pelajaran 4). Garis model ditandai sebagai model, bukan pengukuran.
""",
        """
The report shows the number of rows, the date range, the total, the **peak** and the **half-life**: how many days it takes daily attention to fall to half its peak, according to an exponential decay model fitted to the days after the peak (lesson 4). The model line is marked as a model, not a measurement.
""",
        slide="subslide",
    )
)
C.append(
    notes(
        """
⏱ 10 menit. Jelaskan waktu paruh dengan bahasa sehari-hari: "setelah sekian hari, separuh perhatian hilang". Tanyakan: apakah waktu paruh yang pendek berarti kampanye gagal? (Tidak selalu: tujuan kampanye menentukan.)
""",
        """
⏱ 10 min. Explain half-life in everyday words: "after this many days, half the attention is gone". Ask: does a short half-life mean the campaign failed? (Not necessarily: it depends on the goal.)
""",
    )
)
C.append(
    md(
        """
### Berkas yang bermasalah

Berkas dari Excel atau Google Sheets sering bermasalah: tanggal yang tidak terbaca, angka negatif, tanggal ganda, atau nama kolom yang salah ketik. Pemeriksa kursus ini menyebutkan **setiap** masalah beserta baris atau kolomnya dan cara memperbaikinya, tanpa mengubah berkas Anda.
""",
        """
### A file with problems

Files from Excel or Google Sheets often have problems: dates that cannot be read, negative numbers, repeated dates, or a misspelt column name. The course's checker names **every** problem with its row or column and how to fix it, and never changes your file.
""",
        slide="subslide",
    )
)
C.append(
    code(
        'broken = b"tangal;jumlah\\n23/09/2019;1250\\n31/02/2019;-4\\n23/09/2019;800\\n"\nms.check_counts_csv(broken, name="rusak.csv")'
    )
)
C.append(
    md(
        """
Di terminal, perintah yang sama memeriksa berkas sebelum Anda membukanya di notebook:

```
python -m medsos check data_saya.csv --lang id
```
""",
        """
In a terminal, the same check runs on a file before you open it in a notebook:

```
python -m medsos check my_data.csv --lang en
```
""",
        slide="fragment",
    )
)
C.append(
    md(
        """
### Data Anda sendiri

Unggah berkas CSV Anda (atau tulis jalurnya), pilih kampanye bila ada beberapa, dan baca hasilnya. Bila berkas bermasalah, pesan di bawah menjelaskan apa yang perlu diperbaiki.
""",
        """
### Your own data

Upload your CSV (or type its path), pick a campaign if there are several, and read the result. If the file has problems, the message below says what to fix.
""",
        slide="slide",
    )
)
C.append(code("ms.my_data_explorer()"))
C.append(
    notes(
        """
⏱ 20 menit. Bila peserta belum punya data, mereka bisa memakai `ms.example_counts_csv("blm2020_protest_events")` atau mengetik data harian dari akun kampanye mereka sendiri di spreadsheet. Tanpa internet di lokasi? Semua berjalan luring.
""",
        """
⏱ 20 min. Participants without data can use `ms.example_counts_csv("blm2020_protest_events")`, or type daily numbers from their own campaign account into a spreadsheet. No internet at the venue? Everything runs offline.
""",
    )
)
C.append(
    md(
        """
## Apa yang tidak bisa ditunjukkan data Anda

- **Perhatian bukan perubahan.** Jumlah unggahan mengukur perhatian; keberhasilan kampanye diukur dari apa yang berubah (pelajaran 4).
- **Siapa yang tidak terlihat.** Orang yang tidak daring, atau tidak memakai platform itu, tidak muncul di data (pelajaran 3 dan 5).
- **Akun palsu dan pendengung.** Lonjakan bisa berasal dari akun bot atau pendengung bayaran; jumlah saja tidak membedakannya (pelajaran 4).
- **Sebab dan akibat.** Puncak yang bersamaan dengan sebuah peristiwa belum membuktikan bahwa peristiwa itu penyebabnya.
""",
        """
## What your data cannot show

- **Attention is not change.** Post counts measure attention; a campaign succeeds when something changes (lesson 4).
- **Who is invisible.** People who are offline, or not on that platform, do not appear in the data (lessons 3 and 5).
- **Fake accounts and paid amplifiers.** A spike may come from bots or paid buzzers; counts alone cannot tell them apart (lesson 4).
- **Cause and effect.** A peak that coincides with an event does not prove that the event caused it.
""",
        slide="slide",
    )
)
C.append(
    md(
        """
## Kuis

**1.** Kelompok Anda ingin mengajak warga ikut aksi bersih-bersih sungai. Ukuran keberhasilan mana yang paling tepat?

a) jumlah unggahan bertagar  b) jumlah akun yang terjangkau  c) jumlah warga yang datang ke aksi

<details><summary>Jawaban</summary>

**c.** Tujuannya mobilisasi, jadi ukurlah tindakan luring. Unggahan dan jangkauan hanya mengukur perhatian.
</details>

**2.** Waktu paruh perhatian kampanye Anda 3 hari. Artinya…

a) kampanye berakhir setelah 3 hari  b) 3 hari setelah puncak, perhatian harian tinggal sekitar separuhnya  c) puncak terjadi pada hari ke-3

<details><summary>Jawaban</summary>

**b.** Waktu paruh mengukur seberapa cepat perhatian harian turun setelah puncak.
</details>
""",
        """
## Quiz

**1.** Your group wants residents to join a river clean-up. Which measure of success fits best?

a) posts with the hashtag  b) accounts reached  c) residents who come to the clean-up

<details><summary>Answer</summary>

**c.** The goal is mobilisation, so measure the offline action. Posts and reach only measure attention.
</details>

**2.** Your campaign's attention half-life is 3 days. This means…

a) the campaign ends after 3 days  b) 3 days after the peak, daily attention is down to about half  c) the peak came on day 3

<details><summary>Answer</summary>

**b.** The half-life measures how fast daily attention falls after the peak.
</details>
""",
        slide="slide",
    )
)
C.append(
    notes(
        """
⏱ 5 menit. Kuis bisa dijawab bersama dengan mengangkat tangan (a/b/c).
""",
        """
⏱ 5 min. Run the quiz with a show of hands (a/b/c).
""",
    )
)
C.append(
    md(
        """
## Glosarium

| Bahasa Indonesia | English | Artinya |
|---|---|---|
| sasaran | audience | orang yang ingin dijangkau kampanye |
| pesan utama | key message | satu kalimat yang ingin diingat sasaran |
| ajakan bertindak | call to action | hal konkret yang diminta dari sasaran |
| ukuran keberhasilan | measure of success | cara mengetahui apakah kampanye mengubah sesuatu |
| jangkauan | reach | banyaknya akun yang melihat unggahan |
| puncak | peak | hari dengan angka tertinggi |
| waktu paruh perhatian | attention half-life | hari sampai perhatian harian tinggal separuh puncaknya |
| CSV | CSV | berkas teks berisi tabel, satu baris per hari |
""",
        """
## Glossary

| Bahasa Indonesia | English | Meaning |
|---|---|---|
| sasaran | audience | the people a campaign wants to reach |
| pesan utama | key message | one sentence the audience should remember |
| ajakan bertindak | call to action | the concrete thing the audience is asked to do |
| ukuran keberhasilan | measure of success | how you will know whether the campaign changed something |
| jangkauan | reach | how many accounts saw the posts |
| puncak | peak | the day with the highest count |
| waktu paruh perhatian | attention half-life | days until daily attention is half its peak |
| CSV | CSV | a text file holding a table, one row per day |
""",
        slide="slide",
    )
)
C.append(
    md(
        """
## Sumber

- Data contoh: Wikimedia Foundation pageviews (CC0), dikumpulkan oleh Chan, Gardner, Min & Mitchell (Carleton College, 2020). Lihat `data/README.md`.
- Waktu paruh dan model peluruhan: pelajaran 4 dan `src/medsos/models/attention.py`.
- Penularan sederhana dan kompleks: pelajaran 2 (Centola & Macy 2007; Centola 2010).
- Kesenjangan digital di Indonesia: pelajaran 3 dan 5 (BPS; ITU melalui World Bank/Our World in Data; APJII 2024).
""",
        """
## Sources

- Example data: Wikimedia Foundation pageviews (CC0), collected by Chan, Gardner, Min & Mitchell (Carleton College, 2020). See `data/README.md`.
- Half-life and the decay model: lesson 4 and `src/medsos/models/attention.py`.
- Simple and complex contagion: lesson 2 (Centola & Macy 2007; Centola 2010).
- The digital divide in Indonesia: lessons 3 and 5 (BPS; ITU via World Bank/Our World in Data; APJII 2024).
""",
        slide="slide",
    )
)

# EXERCISES

E = []
E.append(
    md(
        """
# 06 · Latihan: rancang dan analisis kampanye

Enam tugas untuk proyek akhir (sekitar 40 menit). Untuk setiap tugas, tulis jawaban di sel yang berisi `= None`, jalankan, lalu jalankan sel `ms.check(...)` di bawahnya. Buntu? `ms.hint("06-...")`.

Data latihan: kunjungan harian ke artikel Wikipedia bahasa Inggris tentang protes Hong Kong 2019 (teramati, Wikimedia, CC0), dalam bentuk CSV seperti ekspor Excel berbahasa Indonesia.
""",
        """
# 06 · Exercises: plan and analyse a campaign

Six tasks for the capstone (about 40 minutes). For each task, write your answer in the cell that says `= None`, run it, then run the `ms.check(...)` cell below it. Stuck? `ms.hint("06-...")`.

Practice data: daily views of the English Wikipedia article on the 2019 Hong Kong protests (observed, Wikimedia, CC0), as a CSV like an Indonesian-locale Excel export.
""",
        slide="slide",
    )
)
E.append(code("import medsos as ms"))
E.append(
    code("example = ms.example_counts_csv()\nframe = ms.read_counts_csv(example)\nframe.head()")
)
E.append(
    md(
        """
## Tugas 1 · Hari puncak

`frame` punya kolom `date` dan `count`. **Pada tanggal berapa jumlah kunjungan tertinggi?**
""",
        """
## Task 1 · The peak day

`frame` has the columns `date` and `count`. **On which date was the count highest?**
""",
        slide="subslide",
    )
)
E.append(answer('answer_peak_day = None  # a date such as "2019-06-12"', task="06-peak-day"))
E.append(code('ms.check("06-peak-day", answer_peak_day)'))
E.append(
    md(
        """
## Tugas 2 · Hari-hari ramai

**Pada berapa hari kunjungan mencapai paling sedikit 50.000?**
""",
        """
## Task 2 · Busy days

**On how many days did the count reach at least 50,000?**
""",
        slide="subslide",
    )
)
E.append(answer("answer_busy_days = None  # a whole number", task="06-busy-days"))
E.append(code('ms.check("06-busy-days", answer_busy_days)'))
E.append(
    md(
        """
## Tugas 3 · Perbaiki berkas

Berkas di bawah punya tiga masalah. Jalankan pemeriksa, baca pesannya, lalu tulis versi yang sudah diperbaiki sebagai `answer_fixed` (tiga hari, 23–25 September 2019, tanpa angka negatif).
""",
        """
## Task 3 · Fix a file

The file below has three problems. Run the checker, read its messages, then write the corrected version as `answer_fixed` (three days, 23–25 September 2019, no negative counts).
""",
        slide="subslide",
    )
)
E.append(
    code(
        'broken = b"tangal;jumlah\\n23/09/2019;1250\\n31/02/2019;-4\\n23/09/2019;800\\n"\nms.check_counts_csv(broken, name="rusak.csv")'
    )
)
E.append(answer('answer_fixed = None  # b"tanggal;jumlah\\n..."', task="06-fix-file"))
E.append(code('ms.check("06-fix-file", answer_fixed)'))
E.append(
    md(
        """
## Tugas 4 · Ukuran keberhasilan

Kelompok Anda ingin warga ikut aksi bersih-bersih sungai. **Ukuran mana yang paling tepat?** a) jumlah unggahan bertagar  b) jumlah akun yang terjangkau  c) jumlah warga yang datang
""",
        """
## Task 4 · Measuring success

Your group wants residents to join a river clean-up. **Which measure fits best?** a) posts with the hashtag  b) accounts reached  c) residents who turn up
""",
        slide="subslide",
    )
)
E.append(answer('answer_measure = None  # "a", "b" or "c"', task="06-measure"))
E.append(code('ms.check("06-measure", answer_measure)'))
E.append(
    md(
        """
## Tugas 5 · Rencana Anda (widget)

Isi setiap kolom perencana sampai rencananya tidak lagi mencantumkan kekurangan. Lalu simpan rencana itu: `answer_plan = ms.plan_from(planner)`.
""",
        """
## Task 5 · Your plan (widget)

Fill in every field of the planner until the plan lists nothing missing. Then keep it: `answer_plan = ms.plan_from(planner)`.
""",
        slide="subslide",
    )
)
E.append(code("planner = ms.campaign_planner()\nplanner"))
E.append(answer("answer_plan = None  # ms.plan_from(planner)", task="06-plan"))
E.append(code('ms.check("06-plan", answer_plan)'))
E.append(
    md(
        """
## Tugas 6 · Refleksi

Dalam paling sedikit 25 kata: apa yang bisa ditunjukkan data kampanye Anda (atau data latihan), apa yang tidak bisa, dan bukti lain apa yang akan Anda kumpulkan?
""",
        """
## Task 6 · Reflection

In at least 25 words: what can your campaign data (or the practice data) show, what can it not show, and what other evidence would you collect?
""",
        slide="subslide",
    )
)
E.append(answer("answer_reflection = None  # your text between quotes", task="06-reflection"))
E.append(code('ms.check("06-reflection", answer_reflection)'))

EMETA = dict(
    META,
    minutes=40,
    title={
        "id": "Latihan: rancang dan analisis kampanye",
        "en": "Exercises: plan and analyse a campaign",
    },
)

if __name__ == "__main__":
    write(C, META, "notebooks", "06-capstone.ipynb")
    write(E, EMETA, "exercises", "06-capstone-exercises.ipynb")
