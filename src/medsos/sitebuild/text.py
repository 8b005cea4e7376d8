"""What the site says around the notebooks, in both languages.

Prose of the site (titles, link texts, the data page's introduction), not labels of the
library: the library's labels go through gettext (``medsos.i18n``), these are chosen per
page language by the build.
"""

from __future__ import annotations

SITE_TEXT = {
    "id": {
        "course": "Media Sosial untuk Perubahan Sosial",
        "tagline": "Kursus terbuka dengan data nyata dan widget interaktif, dari artikel Rumah Produksi Indonesia "
        '"Bagaimana Media Sosial Membantu Perubahan Sosial".',
        "lessons": "Pelajaran",
        "page": "Halaman",
        "slides": "Salindia",
        "exercises": "Latihan",
        "minutes": "menit",
        "objectives": "Tujuan belajar",
        "home": "Beranda",
        "nav": "Navigasi",
        "skip": "Lompat ke isi",
        "notes": "Catatan fasilitator",
        "guide": "Panduan fasilitator",
        "data": "Data dan lisensi",
        "other": "English",
        "offline": "Seluruh situs ini berjalan tanpa internet.",
        "kind": "Jenis",
        "rows": "Baris",
        "source": "Sumber",
        "licence": "Lisensi",
        "table": "Tabel",
        "data_intro": "Setiap angka dalam kursus berasal dari tabel berikut beserta sumbernya. Data *teramati* diukur "
        "pihak lain; angka yang *dipublikasikan* berasal dari laporan; *rekonstruksi* dibangun ulang agar "
        "tepat melewati angka yang dipublikasikan dan selalu ditandai demikian.",
    },
    "en": {
        "course": "Social Media for Social Change",
        "tagline": "An open course with real data and interactive widgets, built from the Indonesian article "
        '"How Social Media Helps Social Change" (Rumah Produksi Indonesia).',
        "lessons": "Lessons",
        "page": "Page",
        "slides": "Slides",
        "exercises": "Exercises",
        "minutes": "min",
        "objectives": "Learning objectives",
        "home": "Home",
        "nav": "Navigation",
        "skip": "Skip to content",
        "notes": "Facilitator's notes",
        "guide": "Facilitator guide",
        "data": "Data and licences",
        "other": "Bahasa Indonesia",
        "offline": "This whole site works without internet.",
        "kind": "Kind",
        "rows": "Rows",
        "source": "Source",
        "licence": "Licence",
        "table": "Table",
        "data_intro": "Every number in the course comes from these tables, with their sources. *Observed* data were "
        "measured by others; *published* figures come from reports; *reconstructed* series are rebuilt "
        "to pass exactly through published figures, and are always labelled so.",
    },
}
