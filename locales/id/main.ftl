## Reach — Bahasa Indonesia (Indonesian)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Bahasa Indonesia
# The language's name in English, for the language search.
-locale-english = Indonesian
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Kalkulator
quick-exit = Keluar cepat
quick-exit-hint = Langsung menyembunyikan aplikasi ini
back = Kembali
next = Lanjut
skip = Lewati
save = Simpan
cancel = Batal
close = Tutup
done = Selesai
optional = tidak wajib
step-of = Langkah { $current } dari { $total }
saved-locked = Tersimpan dan terkunci di HP ini

## Calculator (the app's disguise)

calc-label = Kalkulator
calc-display-label = Hasil
calc-clear = C
calc-equals = =
calc-error = Error

## First use: a private PIN

setup-title = Jaga aplikasi ini tetap rahasia
setup-intro = Pilih angka rahasia (PIN). Hanya Anda yang boleh tahu.
setup-how = Untuk membuka aplikasi ini nanti, ketik PIN Anda di kalkulator, lalu tekan =.
setup-pin-label = PIN Anda (6 sampai 12 angka)
setup-pin-repeat-label = Ketik PIN Anda sekali lagi
setup-duress-title = PIN darurat (boleh dilewati)
setup-duress-intro = Jika ada orang yang memaksa Anda membuka aplikasi ini, ketik PIN lain ini. Aplikasi akan terlihat kosong, dan semua isinya akan terhapus tanpa tanda apa pun.
setup-duress-label = PIN darurat
setup-submit = Simpan PIN saya
setup-mismatch = Kedua PIN tidak sama. Silakan coba lagi.

## Language

lang-title = Pilih bahasa Anda
lang-intro = Anda bisa menggantinya nanti di Pengaturan.
lang-search-label = Cari bahasa Anda
lang-search-hint = Ketik nama bahasa Anda, dalam bahasa apa saja
lang-search-none = Tidak ada bahasa yang cocok. Coba dengan lebih sedikit huruf.
lang-yours = Bahasa di HP ini
lang-all = Semua bahasa
lang-load-failed = Bahasa ini tidak bisa dibuka, jadi aplikasi ditampilkan dalam bahasa Inggris.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Berapa umur Anda?
age-intro = Anda boleh melewati ini. Jika umur Anda di bawah 18 tahun, aplikasi ini memakai kata-kata yang lebih sederhana dan menampilkan bantuan untuk anak-anak.
age-under_18 = Di bawah 18
age-18_to_25 = 18 sampai 25
age-26_to_59 = 26 sampai 59
age-60_plus = 60 atau lebih

## Danger check and emergency numbers

danger-title = Apakah Anda dalam bahaya sekarang?
danger-yes = Ya, saya dalam bahaya sekarang
danger-no = Tidak, tidak sekarang
emergency-title = Nomor darurat
emergency-intro = Anda bisa menelepon nomor-nomor ini tanpa internet.
emergency-country-label = Negara Anda
emergency-police = Polisi dan darurat
emergency-hotline = Bantuan bagi orang yang diperdagangkan atau dipaksa bekerja
emergency-children = Bantuan untuk anak-anak dan remaja
emergency-call = Telepon { $number }
emergency-source = Sumber: { $source }
emergency-checked = Diperiksa: { $date }
emergency-not-checked = Belum diperiksa lagi. Jika nomor ini tidak bisa dihubungi, telepon nomor darurat.
emergency-call-trace = Panggilan telepon dan pesan teks tetap tersimpan di daftar HP Anda. Jika ada orang yang memeriksa HP Anda, Anda bisa menghapusnya setelah itu.
emergency-none = Kami belum punya nomor untuk negara ini. Jika Anda dalam bahaya, telepon nomor darurat setempat.
emergency-continue = Lanjut dan minta bantuan

## What help is needed

needs-title = Bantuan apa yang Anda perlukan?
needs-intro = Pilih semua yang sesuai. Anda boleh melewati ini.
need-safety_now = Aman sekarang juga
need-shelter = Tempat tinggal yang aman
need-medical = Dokter atau obat
need-legal_immigration = Bantuan soal dokumen, visa, atau hukum
need-labour_exploitation = Masalah di tempat kerja atau tidak digaji
need-sexual_exploitation = Dipaksa berhubungan seks
need-child_at_risk = Ada anak dalam bahaya
need-money_debt = Uang atau utang
need-going_home = Pulang atau mencari keluarga
need-interpreter = Orang yang bisa bahasa saya
need-other = Lainnya
urgency-title = Seberapa cepat Anda perlu bantuan?
urgency-now = Sekarang
urgency-today = Hari ini
urgency-this_week = Minggu ini
urgency-not_urgent = Bisa menunggu
for-whom-title = Permintaan ini untuk siapa?
for-whom-self = Untuk saya
for-whom-someone_else = Untuk orang lain
for-whom-assisted_by_outreach = Saya petugas lapangan yang sedang membantu seseorang

## Safe contact

contact-title = Bagaimana layanan bantuan bisa menghubungi Anda dengan aman?
contact-intro = Pilih paling sedikit satu cara. Pilih hanya cara yang aman untuk Anda.
contact-call = Telepon
contact-sms = Pesan teks (SMS)
contact-messaging_app = Aplikasi chat
contact-email = Email
contact-in_person_via_outreach = Bertemu langsung, lewat petugas lapangan
contact-check_back_in_app = Saya akan melihat jawabannya di aplikasi ini
contact-phone-label = Nomor telepon, dengan kode negara (contoh: +62…)
contact-app-label = Aplikasi apa? (contoh: WhatsApp, Signal)
contact-handle-label = Nama atau nomor Anda di aplikasi itu
contact-email-label = Alamat email
times-title = Kapan aman untuk menghubungi Anda?
times-intro = Anda boleh melewati ini. Jika begitu, layanan bantuan akan ekstra hati-hati.
times-add = Tambah waktu yang aman
times-remove = Hapus waktu ini
times-from = Dari
times-to = Sampai
times-days = Hari
times-any-day = Hari apa saja
times-zone = Zona waktu
weekday-mon = Senin
weekday-tue = Selasa
weekday-wed = Rabu
weekday-thu = Kamis
weekday-fri = Jumat
weekday-sat = Sabtu
weekday-sun = Minggu
voicemail-title = Bolehkah layanan bantuan meninggalkan pesan suara?
voicemail-yes = Ya, pesan suara aman
voicemail-no = Tidak, jangan pernah meninggalkan pesan suara
voicemail-unsaid = Jika Anda tidak menjawab, layanan bantuan tidak akan meninggalkan pesan suara.
code-word-label = Kata rahasia
code-word-hint = Layanan bantuan akan mengucapkan kata ini, supaya Anda tahu itu benar-benar mereka.
someone-else-title = Jika orang lain yang menjawab, layanan bantuan sebaiknya…
someone-else-hang_up = Menutup telepon
someone-else-say_wrong_number = Bilang salah sambung
someone-else-ask_for_code_word = Menanyakan kata rahasia
someone-else-other = Lainnya
someone-else-other-label = Apa yang harus mereka lakukan?
responder-title = Anda ingin bicara dengan siapa?
responder-woman = Perempuan
responder-man = Laki-laki
responder-any_gender = Siapa saja boleh
responder-language-label = Bahasa yang Anda inginkan untuk jawaban

## More (all optional)

more-title = Sedikit lagi tentang Anda
more-intro = Semua ini tidak wajib.
place-label = Anda di mana? Nama kota atau daerah sudah cukup.
place-hint = Bagikan hanya yang Anda mau. Aplikasi ini tidak pernah memakai lokasi Anda.
message-label = Pesan Anda
message-hint = Anda bisa menulis dalam bahasa apa saja.
message-left =
    { $count ->
       *[other] Sisa { $count } huruf
    }

## Consent

consent-title = Siapa yang boleh melihat permintaan Anda?
consent-intro = Anda yang memutuskan. Pilihan yang paling rahasia sudah dipilih.
consent-hotline_only = Hanya layanan bantuan
consent-hotline_only-desc = Hanya tim layanan bantuan yang membacanya. Mereka tidak membagikannya.
consent-may_refer_to_services = Layanan bantuan dan lembaga yang bisa membantu
consent-may_refer_to_services-desc = Layanan bantuan boleh membagikannya kepada rumah aman, dokter, atau pengacara, untuk membantu Anda.
consent-may_involve_police = Layanan bantuan, lembaga lain, dan polisi
consent-may_involve_police-desc = Layanan bantuan juga boleh memberi tahu polisi.
consent-child-note = Karena umurmu di bawah 18 tahun, layanan bantuan mungkin harus memberi tahu orang yang tugasnya melindungi anak-anak, supaya kamu tetap aman.

## Review and send

review-title = Periksa permintaan Anda
review-intro = Permintaan Anda akan dikunci sehingga hanya layanan bantuan yang bisa membukanya. Setelah Anda kirim, tidak ada yang bisa membacanya di HP ini, bahkan Anda sendiri.
review-not-answered = Belum dijawab
review-change = Ubah
review-needs = Bantuan yang diperlukan
review-contact = Cara menghubungi Anda
review-times = Waktu yang aman
review-more = Lebih lanjut tentang Anda
review-consent = Siapa yang boleh melihat
submit = Kunci dan kirim ke layanan bantuan
submit-working = Mengunci permintaan Anda…
submit-done = Permintaan Anda sudah terkunci di HP ini. Permintaan akan terkirim saat ada internet.

## Status

status-title = Permintaan Anda
status-intro = Di sini Anda bisa melihat sampai mana setiap permintaan.
status-empty = Belum ada permintaan.
status-saved = Tersimpan di HP ini dan terkunci. Akan terkirim saat ada internet.
status-sending = Sedang mengirim…
status-received = Layanan bantuan sudah menerimanya. Kami sudah memeriksa tanda terima dari layanan bantuan.
status-needs_attention = Permintaan ini perlu Anda periksa.
status-attempts =
    { $count ->
       *[other] Sudah dicoba { $count } kali
    }
status-hotline-received = Menunggu petugas layanan bantuan membacanya.
status-hotline-in_review = Petugas layanan bantuan sedang membacanya.
status-hotline-answered = Layanan bantuan sudah menindaklanjutinya.
status-hotline-closed = Layanan bantuan sudah menutupnya.
status-hotline-contact_planned = Petugas layanan bantuan sedang merencanakan cara yang aman untuk menghubungi Anda.
status-hotline-needs_interpreter = Layanan bantuan sedang mencari orang yang bisa bahasa Anda.
status-hotline-referred = Layanan bantuan sudah meminta organisasi mitra untuk membantu Anda.
status-hotline-unknown = Layanan bantuan punya kabar tentang permintaan ini. Perbarui aplikasi saat aman, untuk melihat lebih banyak.
status-replies = Pesan dari layanan bantuan
status-reply-note = Layanan bantuan juga menulis (mungkin tidak dalam bahasa Anda):
status-reply-unreadable = Ada pesan masuk yang tidak bisa diperiksa oleh aplikasi ini, jadi pesan itu tidak ditampilkan.
status-offline = Tidak ada internet sekarang. Permintaan Anda aman di HP ini.
status-send-now = Kirim sekarang
status-retry = Coba lagi
status-check = Tanya kabar ke layanan bantuan
status-new = Buat permintaan baru

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Kami sudah membaca permintaan Anda. Kami akan menghubungi Anda dengan cara yang Anda pilih.
reply-call_planned = Kami akan menelepon Anda pada hari { $day }, antara pukul { $from } dan { $to } (waktu di tempat Anda).
reply-message_planned = Kami akan mengirim pesan kepada Anda pada hari { $day }, antara pukul { $from } dan { $to } (waktu di tempat Anda).
reply-interpreter = Kami sedang mencari penerjemah yang bisa bahasa Anda. Kami akan segera menghubungi Anda.
reply-referred = Kami sudah meminta organisasi mitra di dekat Anda untuk membantu. Mereka akan menghubungi Anda dengan cara yang Anda pilih.
reply-call_us = Silakan telepon kami saat aman bagi Anda. Anda yang memilih waktunya.
reply-danger = Jika Anda dalam bahaya sekarang, telepon nomor darurat. Nomornya ada di aplikasi ini.
reply-closed = Kami sudah menutup permintaan Anda. Anda bisa mengirim permintaan baru kapan saja.
reply-unknown = Layanan bantuan mengirim pesan yang tidak bisa ditampilkan oleh versi aplikasi ini. Silakan perbarui aplikasi saat aman.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Permintaan Anda sudah ditutup. Maukah Anda memberi tahu kami bagaimana bantuannya? Tiga pertanyaan singkat. Anda boleh melewatinya.
feedback-private = Jawaban Anda dikirim tanpa permintaan dan tanpa nama Anda. Hotline hanya melihat jumlah totalnya.
feedback-start = Jawab
feedback-skip = Tidak, terima kasih
feedback-send = Kirim jawaban
feedback-q-helped = Apakah Anda mendapat bantuan yang Anda butuhkan?
feedback-q-safe = Apakah Anda merasa aman saat kami menghubungi Anda?
feedback-q-recommend = Apakah Anda akan menceritakan kami kepada teman?
feedback-a-yes = Ya
feedback-a-partly = Sebagian
feedback-a-no = Tidak
feedback-thanks = Terima kasih. Jawaban Anda akan dikirim.
feedback-declined = Baik. Kami tidak akan bertanya lagi.
feedback-failed = Itu tidak berhasil. Silakan coba lagi.
problem-unknown_key = Aplikasi ini perlu diperbarui sebelum permintaan ini bisa dikirim.
problem-conflict = Layanan bantuan punya permintaan lain dengan nomor yang sama. Silakan hubungi layanan bantuan dengan cara lain.
problem-malformed = Layanan bantuan tidak bisa membaca permintaan ini. Silakan buat permintaan baru.
problem-too_large = Permintaan ini terlalu panjang. Silakan buat yang baru dengan pesan yang lebih pendek.
problem-unsupported_media_type = Aplikasi ini perlu diperbarui sebelum permintaan ini bisa dikirim.
problem-other = Jaringan atau layanan bantuan menolak permintaan ini. Anda bisa coba lagi, atau coba jaringan lain.

## Several people on one device (outreach)

drafts-title = Permintaan yang belum dikirim
drafts-continue = Lanjutkan
drafts-delete = Hapus
drafts-none = Tidak ada yang menunggu.
review-reference = Orang ini tidak akan membawa ponsel ini: beri dia kode
review-reference-hint = Dengan kode ini, dia bisa membaca jawaban layanan bantuan di ponsel mana pun yang punya aplikasi ini. Ponsel ini hanya akan menunjukkan apakah layanan bantuan sudah menerima permintaannya.
assisted-organisation-label = Organisasi Anda (Anda, petugas lapangan)
assisted-hint = Layanan bantuan akan melihat bahwa Anda membantu orang ini, dan dengan siapa Anda bekerja.
assisted-channel-label = Cara layanan bantuan menghubungi Anda (tidak wajib)
reference-title = Kode orang ini
reference-intro = Berikan kata-kata ini kepada orang itu. Dengan kata-kata ini, dia bisa membaca jawaban layanan bantuan di ponsel mana pun yang punya aplikasi ini. Ponsel ini tidak menulisnya di mana pun, dan melupakannya begitu orang itu sudah punya kata-kata ini.
reference-for-person = Kata-kata ini milik Anda. Dengan kata-kata ini, Anda bisa membaca jawaban layanan bantuan. Di ponsel mana pun yang punya aplikasi ini, buka “{ $requests }”, lalu “{ $check }”, kemudian ketik kata atau angkanya. Simpan baik-baik: siapa pun yang memilikinya bisa membaca jawabannya.
reference-words = Kata-kata
reference-digits = Kode yang sama dalam angka
reference-request = Permintaan { $number }
reference-done = Orang itu sudah punya kodenya
reference-again = Aplikasi terkunci saat kode ini sedang ditampilkan. Ini kodenya lagi: berikan kepada orang itu sekarang.
status-check-reference = Periksa kode
check-reference-title = Periksa kode
check-reference-intro = Ketik kata atau angka yang diberikan kepada Anda. Ponsel ini tidak menyimpannya, juga tidak menyimpan jawabannya.
check-reference-no-hotline = Aplikasi ini belum terhubung ke layanan bantuan, jadi tidak bisa memeriksa kode di sini. Silakan coba di ponsel lain yang punya aplikasi ini.
check-reference-label = Kata atau angka
check-reference-submit = Periksa
check-reference-working = Sedang memeriksa. Ini bisa makan waktu beberapa detik…
check-reference-no-replies = Belum ada pesan dari layanan bantuan.
check-reference-show-in = Tampilkan dalam { $language }
worker-title = Kerja lapangan
worker-working-as = Anda bekerja sebagai: { $organisation }
worker-intro = Setiap orang yang Anda bantu menjawab dalam bahasanya sendiri. Jawabannya keluar dari ponsel ini dalam keadaan tersegel, dan orang itu membawa sebuah kode. Di sini hanya tersisa nomor dan status setiap permintaan.
worker-new-person = Bantu orang baru
handover-title = Pertanyaan hanya untuk Anda
handover-worker = Sekarang berikan ponsel kepada orang itu. Dia menjawab pertanyaan berikutnya sendiri, dan Anda tidak akan melihat jawabannya.
handover-person = Pertanyaan berikutnya hanya untuk Anda. Orang yang membantu Anda tidak akan melihat jawaban Anda.
handover-start = Mulai
giveback-title = Terima kasih
giveback-intro = Jawaban Anda sudah disegel. Orang yang membantu Anda tidak bisa melihatnya. Sekarang kembalikan ponselnya.
giveback-button = Kembalikan ponsel
review-private = Orang itu menjawab ini sendiri. Tidak ditampilkan.
review-assisted-as = Layanan bantuan akan melihat bahwa Anda membantu, sebagai: { $organisation }
review-later = Nanti saja: biarkan di “Permintaan yang belum dikirim”
review-hand-again = Berikan lagi ponsel kepada orang itu
review-hand-again-hint = Gunakan ini jika orang itu ingin mengubah apa yang dia jawab sendiri, atau ada yang harus diperbaiki di sana. Dia akan melihat lagi pertanyaan siapa yang boleh melihat permintaannya, lalu memilih lagi.
review-private-fix = Ada yang dijawab orang itu sendiri yang harus diperbaiki. Hanya dia yang bisa memperbaikinya: berikan lagi ponsel kepadanya.
age-given-back-worker = Jika Anda mengubah umur menjadi di bawah 18, atau mengubah umur yang tadinya di bawah 18, orang itu harus melihat lagi pertanyaan siapa yang boleh melihat permintaannya: Anda akan memberikan ponsel kepadanya sekali lagi.
age-reopened-worker = Perubahan umur memengaruhi pilihan orang itu tentang siapa yang boleh melihat permintaannya. Lanjutkan: Anda akan memberikan ponsel kepadanya lagi, dan dia memilih lagi.
setup-worker = Saya petugas lapangan: saya membantu orang lain meminta bantuan
setup-worker-hint = Layanan bantuan akan melihat organisasi Anda di setiap permintaan yang Anda bantu.
worker-org-needed = Tulis nama organisasi Anda, atau matikan mode pekerja lapangan.
settings-worker-title = Mode petugas lapangan
settings-worker-intro = Bantu orang lain mengirim permintaan dari ponsel ini. Jawaban mereka disegel, dan setiap orang membawa sebuah kode.
settings-worker-on = Nyalakan
settings-worker-save = Simpan perubahan
settings-worker-off = Matikan
settings-worker-saved = Selesai. Mode petugas lapangan menyala.
settings-worker-removed = Selesai. Mode petugas lapangan mati.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Bacakan: { $text }
speak-stop = Berhenti membaca
speak-no-voice = Tidak ada suara untuk bahasa ini di HP ini.
speak-unavailable = Membaca dengan suara tidak bisa dipakai di HP ini sekarang.
speak-headphones = Pakai earphone jika ada orang di dekat Anda yang bisa mendengar.

## Settings

settings-title = Pengaturan
settings-language = Bahasa
settings-read-aloud = Bacakan setiap layar saat dibuka
settings-lock = Kunci sekarang
settings-less-protected = Kurang terlindungi di perangkat ini: tidak ada tempat aman untuk kunci di sini, jadi orang yang menyalin file aplikasi bisa mencoba menebak PIN Anda. PIN yang lebih panjang lebih melindungi Anda.
settings-duress-title = PIN darurat
settings-duress-intro = PIN kedua untuk saat ada orang yang memaksa Anda membuka aplikasi. PIN ini menghapus semuanya tanpa tanda apa pun.
settings-current-pin = PIN Anda
settings-duress-save = Simpan PIN darurat
settings-duress-remove = Hapus PIN darurat
settings-pin-title = Ganti PIN Anda
settings-new-pin = PIN baru (6 sampai 12 angka)
settings-new-pin-again = Ketik PIN baru sekali lagi
settings-pin-save = Ganti PIN
settings-pin-changed = PIN Anda sudah diganti. Mulai sekarang, pakai PIN yang baru.
settings-duress-saved = Selesai. PIN darurat Anda sudah disimpan.
settings-duress-removed = Selesai. Sekarang tidak ada PIN darurat.
pin-wrong-left =
    { $count ->
       *[other] PIN itu tidak benar. Jika PIN salah { $count } kali lagi, semua yang ada di HP ini akan terhapus.
    }
settings-wipe-title = Hapus semuanya
settings-wipe-intro = Ini menghapus semua permintaan dan draf di HP ini. Tidak bisa dibatalkan. Permintaan yang sudah diterima layanan bantuan tetap ada di layanan bantuan.
settings-wipe-confirm = Ya, hapus semuanya

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Apakah kamu dalam bahaya sekarang?
danger-yes-child = Ya, aku dalam bahaya
danger-no-child = Tidak, sekarang aku baik-baik saja
emergency-intro-child = Kamu bisa menelepon nomor-nomor ini. Kamu tidak perlu internet.
emergency-call-trace-child = HP-mu menyimpan daftar panggilan dan pesan. Kalau kamu khawatir ada yang melihatnya, kamu bisa menghapusnya nanti.
needs-title-child = Kamu perlu bantuan untuk apa?
needs-intro-child = Sentuh semua yang benar tentang kamu. Kamu boleh melewati ini.
need-legal_immigration-child = Bantuan soal surat-surat atau dokumen
need-labour_exploitation-child = Ada orang yang memaksaku bekerja
need-sexual_exploitation-child = Ada orang yang memaksaku melakukan hal-hal seksual
need-money_debt-child = Ada orang yang bilang aku berutang uang kepadanya
need-going_home-child = Aku ingin pulang atau mencari keluargaku
need-child_at_risk-child = Ada anak lain dalam bahaya
urgency-title-child = Kapan kamu perlu bantuan?
for-whom-title-child = Siapa yang perlu bantuan?
for-whom-self-child = Aku
contact-title-child = Bagaimana kami bisa bicara denganmu dengan aman?
contact-intro-child = Pilih cara yang aman untukmu. Orang lain tidak boleh melihatnya.
times-title-child = Kapan aman bagi kami untuk menelepon atau menulis pesan kepadamu?
times-intro-child = Kamu boleh melewati ini. Kalau begitu, kami akan sangat berhati-hati.
voicemail-title-child = Bolehkah kami meninggalkan pesan suara untukmu?
someone-else-title-child = Kalau orang lain yang menjawab, apa yang harus kami lakukan?
responder-title-child = Kamu mau bicara dengan siapa?
more-title-child = Ada lagi?
more-intro-child = Kamu tidak harus menjawab.
place-label-child = Kamu di mana? Nama kota saja sudah cukup.
message-label-child = Ceritakan apa yang sedang terjadi, kalau kamu mau
consent-title-child = Siapa yang boleh membaca tulisanmu?
consent-intro-child = Kamu yang memilih. Pilihan yang paling aman sudah dipilih.
consent-hotline_only-desc-child = Hanya para penolong di layanan bantuan yang membacanya. Mereka merahasiakannya.
consent-may_refer_to_services-desc-child = Layanan bantuan boleh memberi tahu orang yang menjaga anak-anak tetap aman, seperti dokter, rumah aman, atau pengacara.
consent-may_involve_police-desc-child = Layanan bantuan juga boleh memberi tahu polisi, supaya polisi bisa menghentikan orang yang menyakitimu.
review-title-child = Lihat jawaban-jawabanmu
review-intro-child = Saat kamu mengirimnya, pesan ini dikunci. Hanya layanan bantuan yang bisa membukanya. Tidak ada yang bisa membacanya di HP ini, bahkan kamu sendiri.
submit-done-child = Pesanmu sudah terkunci di HP ini. Pesan akan terkirim saat ada internet.
handover-title-child = Pertanyaan khusus untukmu
handover-person-child = Hanya kamu yang menjawab pertanyaan berikutnya. Orang yang membantumu tidak akan melihat apa yang kamu katakan.
giveback-intro-child = Jawabanmu sudah terkunci. Orang yang membantumu tidak bisa melihatnya. Sekarang kembalikan HP ini kepada orang yang membantumu.
reference-for-person-child = Kata-kata ini hanya untukmu. Dengan kata-kata ini, kamu bisa membaca balasan layanan bantuan untukmu. Di HP mana pun yang punya aplikasi ini, sentuh “{ $requests }”, lalu “{ $check }”, kemudian ketik kata atau angkanya. Rahasiakan kata-kata ini: siapa pun yang memilikinya bisa membaca jawabannya.

## Errors (codes come from the app's core)

error-wrong_pin = PIN itu tidak benar.
error-locked = Silakan buka aplikasi dengan PIN Anda dulu.
error-no_hotline = Aplikasi ini belum terhubung ke layanan bantuan. Draf Anda sudah disimpan.
error-invalid = Beberapa jawaban perlu diubah. Silakan lihat pertanyaan yang ditandai.
error-pin_too_short = PIN terdiri dari 6 sampai 12 angka.
error-duress_same_as_pin = PIN darurat harus berbeda dari PIN Anda.
error-worker_drafts_open = Mode petugas lapangan tetap menyala selama masih ada permintaan orang yang Anda bantu yang belum dikirim. Silakan kirim permintaan itu, atau hapus di “Permintaan yang belum dikirim”, lalu matikan mode ini.
error-already_set_up = Aplikasi ini sudah diatur.
error-not_found = Ini tidak ditemukan. Mungkin sudah dihapus.
error-internal = Ada yang tidak beres. Permintaan yang Anda simpan tetap aman. Silakan coba lagi.
error-not_set_up = Aplikasi ini belum diatur. Silakan pilih PIN dulu.
error-busy = Aplikasi sedang mengirim. Silakan coba lagi sebentar lagi.
error-status_unavailable = Layanan bantuan tidak bisa ditanya sekarang. Permintaan Anda aman. Silakan coba lagi nanti.
error-malformed = Beberapa jawaban tidak bisa dibaca. Silakan periksa lagi lalu coba lagi.
error-too_large = Ini terlalu panjang untuk dikirim. Silakan buat pesan Anda lebih pendek.
error-unsupported_version = Aplikasi ini perlu diperbarui.
error-profile = Data layanan bantuan di aplikasi ini tidak benar. Draf Anda sudah disimpan. Silakan pasang aplikasi versi terbaru.
error-sync_client = Aplikasi tidak bisa terhubung dengan aman sekarang. Permintaan Anda sudah disimpan dan akan dikirim nanti.
error-already_exists = Ini sudah disimpan.
error-empty_pin = Silakan ketik PIN Anda.
error-invalid_kdf_params = Pengaturan aplikasi ini tidak benar. Silakan pasang aplikasi versi terbaru.
error-device_secret_unavailable = Aplikasi tidak bisa memakai penyimpanan aman di HP ini. Silakan nyalakan ulang HP lalu coba lagi.
error-envelope = Permintaan Anda tidak bisa dikunci untuk layanan bantuan. Permintaan ini tetap tersimpan sebagai draf.
error-receipt_mismatch = Jawaban layanan bantuan tidak bisa diperiksa. Permintaan Anda akan dikirim lagi.
error-corrupt = Data yang disimpan aplikasi rusak. Data ini tidak bisa dibuka.
error-io = HP tidak bisa menyimpan ini. Mungkin memorinya penuh. Silakan kosongkan sedikit ruang lalu coba lagi.
error-database = Aplikasi tidak bisa membaca atau menyimpan datanya. Permintaan yang Anda simpan tetap aman. Silakan coba lagi.
error-pin_too_long = PIN terdiri dari 6 sampai 12 angka.
error-pin_not_digits = PIN hanya terdiri dari angka.
error-reference_word_count = Kode terdiri dari 9 kata. Silakan periksa apakah Anda sudah mengetik semuanya.
error-reference_unknown_word = Salah satu kata tidak benar. Silakan periksa ejaannya.
check-reference-wrong-word = Kata nomor { $number } tidak benar. Silakan periksa ejaannya.
error-reference_digits = Kode terdiri dari 22 angka. Silakan periksa apakah Anda sudah mengetik semuanya.
error-reference_check = Ada kata atau angka yang tidak benar. Silakan periksa satu per satu lalu coba lagi.
error-reference_not_found = Layanan bantuan belum punya permintaan dengan kode ini. Jika permintaan dikirim dari ponsel tanpa internet, permintaan akan sampai saat ponsel itu tersambung ke internet lagi. Silakan coba lagi nanti. Jika masih tidak ditemukan, silakan periksa setiap kata atau angka.
field-error-empty = Silakan isi ini, atau lewati pertanyaannya.
field-error-not_trimmed = Silakan hapus spasi di awal atau di akhir.
field-error-too_long = Ini terlalu panjang. Paling banyak { $max } huruf.
field-error-too_many_bytes = Ini terlalu panjang.
field-error-too_many = Terlalu banyak. Paling banyak { $max }.
field-error-duplicate = Ini ada dua kali di daftar.
field-error-control_characters = Ada karakter yang tidak bisa dipakai.
field-error-invalid_phone = Nomor telepon ini sepertinya tidak benar. Mulai dengan + dan kode negara.
field-error-invalid_region = Negara ini tidak dikenal.
field-error-invalid_email = Alamat email ini sepertinya tidak benar.
field-error-invalid_language = Bahasa ini tidak dikenal.
field-error-invalid_time_zone = Zona waktu ini tidak dikenal.
field-error-invalid_time = Silakan pilih waktu mulai dan waktu selesai yang berbeda.
field-error-no_contact_method = Silakan pilih paling sedikit satu cara untuk menghubungi Anda. "Saya akan melihat jawabannya di aplikasi ini" sudah cukup.
field-error-unsupported_version = Aplikasi ini perlu diperbarui.
