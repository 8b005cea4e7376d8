"""What the facilitator's kit says (handouts, search box, downloads), in both languages.

Kept apart from :mod:`.text` (the site's prose) so that the kit's words and the site's can
change without touching each other.
"""

from __future__ import annotations

KIT_TEXT = {
    "id": {
        "student": "Lembar peserta",
        "facilitator": "Edisi fasilitator",
        "about": "sekitar {minutes} menit",
        "exercises": "Latihan",
        "solutions": "Kunci jawaban (hanya untuk fasilitator)",
        "search": "Cari",
        "search_label": "Cari di kursus",
        "search_placeholder": "mis. tagar, Chibok, rekonstruksi",
        "search_none": "Tidak ada hasil.",
        "search_loading": "Memuat indeks…",
        "downloads": "Unduhan",
        "dl_notebook": "Notebook pelajaran (.ipynb)",
        "dl_exercises": "Notebook latihan (.ipynb)",
        "dl_handout": "Lembar peserta (PDF)",
        "dl_data": "Paket data (zip: CSV dan datapackage.json)",
        "page": "halaman {page}/{pages}",
    },
    "en": {
        "student": "Student handout",
        "facilitator": "Facilitator edition",
        "about": "about {minutes} minutes",
        "exercises": "Exercises",
        "solutions": "Solutions (for the facilitator only)",
        "search": "Search",
        "search_label": "Search the course",
        "search_placeholder": "e.g. hashtag, Chibok, reconstructed",
        "search_none": "No results.",
        "search_loading": "Loading the index…",
        "downloads": "Downloads",
        "dl_notebook": "Lesson notebook (.ipynb)",
        "dl_exercises": "Exercises notebook (.ipynb)",
        "dl_handout": "Student handout (PDF)",
        "dl_data": "Data package (zip: CSVs and datapackage.json)",
        "page": "page {page}/{pages}",
    },
}
