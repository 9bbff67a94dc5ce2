## Reach — Bahasa Melayu (Malay)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Bahasa Melayu
# The language's name in English, for the language search.
-locale-english = Malay
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Kalkulator
quick-exit = Keluar cepat
quick-exit-hint = Sembunyikan aplikasi ini dengan segera
back = Kembali
next = Seterusnya
skip = Langkau ini
save = Simpan
cancel = Batal
close = Tutup
done = Selesai
optional = tidak wajib
step-of = Langkah { $current } daripada { $total }
saved-locked = Disimpan dan dikunci pada telefon ini

## Calculator (the app's disguise)

calc-label = Kalkulator
calc-display-label = Jawapan
calc-clear = C
calc-equals = =
calc-error = Ralat

## First use: a private PIN

setup-title = Jadikan aplikasi ini peribadi
setup-intro = Pilih satu nombor rahsia (PIN). Hanya anda yang patut tahu nombor ini.
setup-how = Untuk membuka aplikasi ini nanti, taip PIN anda pada kalkulator, kemudian tekan =.
setup-pin-label = PIN anda (6 hingga 12 nombor)
setup-pin-repeat-label = Taip PIN anda sekali lagi
setup-duress-title = PIN kecemasan (anda boleh langkau ini)
setup-duress-intro = Jika seseorang memaksa anda membuka aplikasi ini, taip PIN lain ini. Aplikasi akan kelihatan kosong, dan semua di dalamnya akan dipadam tanpa sebarang tanda.
setup-duress-label = PIN kecemasan
setup-submit = Simpan PIN saya
setup-mismatch = Kedua-dua PIN tidak sama. Sila cuba lagi.

## Language

lang-title = Pilih bahasa anda
lang-intro = Anda boleh menukarnya nanti dalam Tetapan.
lang-search-label = Cari bahasa anda
lang-search-hint = Taip nama bahasa anda, dalam apa-apa bahasa
lang-search-none = Tiada bahasa yang sepadan. Cuba taip lebih sedikit huruf.
lang-yours = Bahasa pada telefon ini
lang-all = Semua bahasa
lang-load-failed = Bahasa ini tidak dapat dibuka, jadi aplikasi ditunjukkan dalam bahasa Inggeris.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Berapa umur anda?
age-intro = Anda boleh langkau ini. Jika umur anda bawah 18 tahun, aplikasi ini menggunakan perkataan yang lebih mudah dan menunjukkan bantuan untuk kanak-kanak.
age-under_18 = Bawah 18
age-18_to_25 = 18 hingga 25
age-26_to_59 = 26 hingga 59
age-60_plus = 60 atau lebih

## Danger check and emergency numbers

danger-title = Adakah anda dalam bahaya sekarang?
danger-yes = Ya, saya dalam bahaya sekarang
danger-no = Tidak, bukan sekarang
emergency-title = Nombor kecemasan
emergency-intro = Anda boleh menelefon nombor ini tanpa internet.
emergency-country-label = Negara anda
emergency-police = Polis dan kecemasan
emergency-hotline = Bantuan untuk orang yang diperdagangkan atau dipaksa bekerja
emergency-children = Bantuan untuk kanak-kanak dan remaja
emergency-call = Telefon { $number }
emergency-source = Sumber: { $source }
emergency-checked = Disemak: { $date }
emergency-not-checked = Belum disemak semula. Jika nombor ini tidak berfungsi, telefon nombor kecemasan.
emergency-call-trace = Panggilan dan mesej teks kekal dalam senarai pada telefon anda. Jika ada orang yang memeriksa telefon anda, anda boleh memadamnya selepas itu.
emergency-none = Kami belum ada nombor untuk negara ini. Jika anda dalam bahaya, telefon nombor kecemasan tempatan.
emergency-continue = Teruskan dan minta bantuan

## What help is needed

needs-title = Apakah bantuan yang anda perlukan?
needs-intro = Pilih semua yang sesuai. Anda boleh langkau ini.
need-safety_now = Keselamatan saya sekarang
need-shelter = Tempat tinggal yang selamat
need-medical = Doktor atau ubat
need-legal_immigration = Bantuan tentang dokumen, visa atau undang-undang
need-labour_exploitation = Masalah di tempat kerja atau tidak dibayar gaji
need-sexual_exploitation = Dipaksa melakukan seks
need-child_at_risk = Seorang kanak-kanak dalam bahaya
need-money_debt = Wang atau hutang
need-going_home = Pulang ke rumah atau mencari keluarga
need-interpreter = Seseorang yang bercakap bahasa saya
need-other = Perkara lain
urgency-title = Berapa cepat anda perlukan bantuan?
urgency-now = Sekarang
urgency-today = Hari ini
urgency-this_week = Minggu ini
urgency-not_urgent = Boleh tunggu
for-whom-title = Permintaan ini untuk siapa?
for-whom-self = Untuk saya
for-whom-someone_else = Untuk orang lain
for-whom-assisted_by_outreach = Saya petugas lapangan yang sedang membantu seseorang

## Safe contact

contact-title = Bagaimana talian bantuan boleh menghubungi anda dengan selamat?
contact-intro = Pilih sekurang-kurangnya satu cara. Pilih hanya cara yang selamat untuk anda.
contact-call = Panggilan telefon
contact-sms = Mesej teks (SMS)
contact-messaging_app = Aplikasi mesej
contact-email = E-mel
contact-in_person_via_outreach = Bersemuka, melalui petugas lapangan
contact-check_back_in_app = Saya akan lihat jawapan dalam aplikasi ini
contact-phone-label = Nombor telefon, dengan kod negara (contohnya +44…)
contact-app-label = Aplikasi apa? (contohnya WhatsApp, Signal)
contact-handle-label = Nama atau nombor anda dalam aplikasi itu
contact-email-label = Alamat e-mel
times-title = Bila selamat untuk menghubungi anda?
times-intro = Anda boleh langkau ini. Jika begitu, talian bantuan akan lebih berhati-hati.
times-add = Tambah masa yang selamat
times-remove = Buang masa ini
times-from = Dari
times-to = Hingga
times-days = Hari
times-any-day = Mana-mana hari
times-zone = Zon waktu
weekday-mon = Isnin
weekday-tue = Selasa
weekday-wed = Rabu
weekday-thu = Khamis
weekday-fri = Jumaat
weekday-sat = Sabtu
weekday-sun = Ahad
voicemail-title = Bolehkah talian bantuan tinggalkan mesej suara?
voicemail-yes = Ya, mesej suara selamat
voicemail-no = Tidak, jangan sekali-kali tinggalkan mesej suara
voicemail-unsaid = Jika anda tidak menjawab, talian bantuan tidak akan tinggalkan mesej.
code-word-label = Kata rahsia
code-word-hint = Talian bantuan akan sebut kata ini, supaya anda tahu itu memang mereka.
someone-else-title = Jika orang lain menjawab, talian bantuan patut…
someone-else-hang_up = Letak telefon
someone-else-say_wrong_number = Kata tersalah nombor
someone-else-ask_for_code_word = Minta kata rahsia
someone-else-other = Perkara lain
someone-else-other-label = Apa yang patut mereka buat?
responder-title = Anda mahu bercakap dengan siapa?
responder-woman = Seorang wanita
responder-man = Seorang lelaki
responder-any_gender = Sesiapa pun boleh
responder-language-label = Bahasa yang anda mahu untuk jawapan

## More (all optional)

more-title = Sedikit lagi tentang anda
more-intro = Semua ini tidak wajib.
place-label = Di mana anda? Nama bandar atau kawasan sudah cukup.
place-hint = Kongsi hanya apa yang anda mahu. Aplikasi ini tidak pernah menggunakan lokasi anda.
message-label = Mesej anda
message-hint = Anda boleh menulis dalam apa-apa bahasa.
message-left =
    { $count ->
       *[other] Tinggal { $count } huruf
    }

## Consent

consent-title = Siapa boleh melihat permintaan anda?
consent-intro = Anda yang tentukan. Pilihan yang paling peribadi sudah dipilih.
consent-hotline_only = Hanya talian bantuan
consent-hotline_only-desc = Hanya pasukan talian bantuan yang membacanya. Mereka tidak berkongsinya.
consent-may_refer_to_services = Talian bantuan dan perkhidmatan yang boleh membantu
consent-may_refer_to_services-desc = Talian bantuan boleh berkongsinya dengan rumah perlindungan, doktor atau peguam, untuk membantu anda.
consent-may_involve_police = Talian bantuan, perkhidmatan dan polis
consent-may_involve_police-desc = Talian bantuan juga boleh memberitahu polis.
consent-child-note = Oleh sebab umur anda bawah 18 tahun, talian bantuan mungkin perlu memberitahu orang yang bertugas melindungi kanak-kanak, supaya anda selamat.

## Review and send

review-title = Semak permintaan anda
review-intro = Permintaan anda akan dikunci supaya hanya talian bantuan boleh membukanya. Selepas anda menghantarnya, tiada siapa boleh membacanya pada telefon ini, termasuk anda.
review-not-answered = Tidak dijawab
review-change = Tukar
review-needs = Bantuan yang diperlukan
review-contact = Cara menghubungi anda
review-times = Masa yang selamat
review-more = Lagi tentang anda
review-consent = Siapa boleh melihatnya
submit = Kunci dan hantar kepada talian bantuan
submit-working = Sedang mengunci permintaan anda…
submit-done = Permintaan anda dikunci pada telefon ini. Ia akan dihantar apabila ada internet.

## Status

status-title = Permintaan anda
status-intro = Di sini anda boleh lihat keadaan setiap permintaan.
status-empty = Belum ada permintaan.
status-saved = Disimpan pada telefon ini dan dikunci. Ia akan dihantar apabila ada internet.
status-sending = Sedang dihantar…
status-received = Talian bantuan sudah menerimanya. Kami sudah menyemak resit daripada talian bantuan.
status-needs_attention = Permintaan ini perlukan perhatian anda.
status-attempts =
    { $count ->
       *[other] Dicuba { $count } kali
    }
status-hotline-received = Menunggu seseorang di talian bantuan membacanya.
status-hotline-in_review = Seseorang di talian bantuan sedang membacanya.
status-hotline-answered = Talian bantuan sudah mengambil tindakan.
status-hotline-closed = Talian bantuan sudah menutupnya.
status-hotline-contact_planned = Seseorang di talian bantuan sedang merancang cara menghubungi anda dengan selamat.
status-hotline-needs_interpreter = Talian bantuan sedang mencari seseorang yang bercakap bahasa anda.
status-hotline-referred = Talian bantuan sudah meminta sebuah organisasi rakan untuk membantu anda.
status-hotline-unknown = Talian bantuan ada berita tentangnya. Kemas kini aplikasi apabila selamat untuk melihat lebih lanjut.
status-replies = Mesej daripada talian bantuan
status-reply-note = Talian bantuan juga menulis (mungkin bukan dalam bahasa anda):
status-reply-unreadable = Satu mesej tiba tetapi aplikasi ini tidak dapat menyemaknya, jadi ia tidak ditunjukkan.
status-offline = Tiada internet sekarang. Permintaan anda selamat pada telefon ini.
status-send-now = Hantar sekarang
status-retry = Cuba lagi
status-check = Tanya talian bantuan jika ada berita
status-new = Mulakan permintaan baharu

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Kami sudah membaca permintaan anda. Kami akan menghubungi anda dengan cara yang anda pilih.
reply-call_planned = Kami akan menelefon anda pada { $day } antara { $from } dan { $to } (waktu tempat anda).
reply-message_planned = Kami akan menghantar mesej kepada anda pada { $day } antara { $from } dan { $to } (waktu tempat anda).
reply-interpreter = Kami sedang mencari jurubahasa yang bercakap bahasa anda. Kami akan menghubungi anda tidak lama lagi.
reply-referred = Kami sudah meminta sebuah organisasi rakan berdekatan anda untuk membantu. Mereka akan menghubungi anda dengan cara yang anda pilih.
reply-call_us = Sila telefon kami apabila selamat untuk anda. Anda yang pilih masanya.
reply-danger = Jika anda dalam bahaya sekarang, telefon nombor kecemasan. Anda boleh mencarinya dalam aplikasi ini.
reply-closed = Kami sudah menutup permintaan anda. Anda boleh hantar permintaan baharu pada bila-bila masa.
reply-unknown = Talian bantuan menghantar mesej yang tidak boleh ditunjukkan oleh versi aplikasi ini. Sila kemas kini aplikasi apabila selamat.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Permintaan anda sudah ditutup. Sudikah anda beritahu kami bagaimana bantuan itu? Tiga soalan pendek. Anda boleh langkau.
feedback-private = Jawapan anda dihantar tanpa permintaan atau nama anda. Talian bantuan hanya melihat jumlah keseluruhan.
feedback-start = Jawab
feedback-skip = Tidak, terima kasih
feedback-send = Hantar jawapan
feedback-q-helped = Adakah anda dapat bantuan yang anda perlukan?
feedback-q-safe = Adakah anda berasa selamat semasa kami menghubungi anda?
feedback-q-recommend = Adakah anda akan memberitahu kawan tentang kami?
feedback-a-yes = Ya
feedback-a-partly = Sebahagian
feedback-a-no = Tidak
feedback-thanks = Terima kasih. Jawapan anda akan dihantar.
feedback-declined = Baiklah. Kami tidak akan bertanya lagi.
feedback-failed = Itu tidak berjaya. Sila cuba lagi.
problem-unknown_key = Aplikasi ini perlu dikemas kini sebelum permintaan ini boleh dihantar.
problem-conflict = Talian bantuan ada permintaan lain dengan nombor yang sama. Sila hubungi talian bantuan dengan cara lain.
problem-malformed = Talian bantuan tidak dapat membaca permintaan ini. Sila mulakan permintaan baharu.
problem-too_large = Permintaan ini terlalu panjang. Sila mulakan permintaan baharu dengan mesej yang lebih pendek.
problem-unsupported_media_type = Aplikasi ini perlu dikemas kini sebelum permintaan ini boleh dihantar.
problem-other = Rangkaian atau talian bantuan menolak permintaan ini. Anda boleh cuba lagi, atau cuba rangkaian lain.

## Several people on one device (outreach)

drafts-title = Permintaan yang belum dihantar
drafts-continue = Teruskan
drafts-delete = Padam
drafts-none = Tiada apa-apa yang menunggu.
review-reference = Orang ini tidak akan menyimpan telefon ini: beri dia satu kod
review-reference-hint = Dengan kod itu, dia boleh membaca jawapan talian bantuan pada mana-mana telefon yang ada aplikasi ini. Telefon ini hanya akan menunjukkan sama ada talian bantuan sudah menerima permintaan itu.
assisted-organisation-label = Organisasi anda (anda, pekerja lapangan)
assisted-hint = Talian bantuan akan nampak bahawa anda membantu orang ini, dan dengan siapa anda bekerja.
assisted-channel-label = Cara talian bantuan boleh menghubungi anda (pilihan)
reference-title = Kod orang ini
reference-intro = Berikan perkataan ini kepada orang itu. Dengan perkataan ini, dia boleh membaca jawapan talian bantuan pada mana-mana telefon yang ada aplikasi ini. Telefon ini tidak menyimpan perkataan ini di mana-mana, dan akan melupakannya sebaik sahaja orang itu menerimanya.
reference-for-person = Perkataan ini milik anda. Dengan perkataan ini, anda boleh membaca jawapan talian bantuan. Pada mana-mana telefon yang ada aplikasi ini, buka “{ $requests }”, kemudian “{ $check }”, dan taip perkataan atau nombor itu. Simpan baik-baik: sesiapa yang memilikinya boleh membaca jawapan itu.
reference-words = Perkataan
reference-digits = Kod yang sama dalam nombor
reference-request = Permintaan { $number }
reference-done = Orang itu sudah ada kodnya
reference-again = Aplikasi dikunci semasa kod ditunjukkan. Ini kodnya sekali lagi: berikan kod ini kepada orang itu sekarang.
status-check-reference = Semak kod
check-reference-title = Semak kod
check-reference-intro = Taip perkataan atau nombor yang diberikan kepada anda. Telefon ini tidak menyimpannya, dan tidak menyimpan jawapannya.
check-reference-no-hotline = Aplikasi ini belum disambungkan kepada talian bantuan, jadi ia tidak dapat menyemak kod di sini. Sila cuba pada telefon lain yang ada aplikasi ini.
check-reference-label = Perkataan atau nombor
check-reference-submit = Semak
check-reference-working = Sedang menyemak. Ini mungkin ambil beberapa saat…
check-reference-no-replies = Belum ada mesej daripada talian bantuan.
check-reference-show-in = Papar dalam { $language }
worker-title = Kerja lapangan
worker-working-as = Anda bekerja sebagai: { $organisation }
worker-intro = Setiap orang yang anda bantu menjawab dalam bahasanya sendiri. Jawapannya keluar dari telefon ini dalam keadaan dimeterai, dan orang itu membawa satu kod. Di sini hanya tinggal nombor dan status setiap permintaan.
worker-new-person = Bantu orang baharu
handover-title = Soalan untuk anda sahaja
handover-worker = Sekarang berikan telefon kepada orang itu. Dia menjawab soalan seterusnya sendiri, dan anda tidak akan melihat jawapannya.
handover-person = Soalan seterusnya untuk anda sahaja. Orang yang membantu anda tidak akan melihat jawapan anda.
handover-start = Mula
giveback-title = Terima kasih
giveback-intro = Jawapan anda sudah dimeterai. Orang yang membantu anda tidak boleh melihatnya. Sekarang pulangkan telefon.
giveback-button = Pulangkan telefon
review-private = Orang itu menjawab ini sendiri. Tidak ditunjukkan.
review-assisted-as = Talian bantuan akan melihat bahawa anda membantu, sebagai: { $organisation }
review-later = Bukan sekarang: simpan dalam “Permintaan yang belum dihantar”
review-hand-again = Berikan telefon kepada orang itu sekali lagi
review-hand-again-hint = Gunakan ini jika orang itu mahu menukar apa yang dijawabnya sendiri, atau ada sesuatu di situ yang perlu dibetulkan. Dia akan melihat “Siapa boleh melihatnya” sekali lagi dan memilih semula.
review-private-fix = Ada sesuatu yang dijawab sendiri oleh orang itu perlu dibetulkan. Hanya dia boleh membetulkannya: berikan telefon kepadanya sekali lagi.
age-given-back-worker = Jika anda menukar umur kepada atau daripada “Bawah 18”, orang itu perlu melihat “Siapa boleh melihatnya” sekali lagi: anda akan memberikan telefon kepadanya sekali lagi.
age-reopened-worker = Perubahan umur menjejaskan pilihan orang itu untuk “Siapa boleh melihatnya”. Teruskan: anda akan memberikan telefon kepadanya sekali lagi, dan dia memilih semula.
setup-worker = Saya pekerja lapangan: saya membantu orang lain meminta bantuan
setup-worker-hint = Talian bantuan akan melihat organisasi anda pada setiap permintaan yang anda bantu.
worker-org-needed = Tulis nama organisasi anda, atau matikan mod pekerja lapangan.
settings-worker-title = Mod pekerja lapangan
settings-worker-intro = Bantu orang lain menghantar permintaan dari telefon ini. Jawapan mereka dimeterai, dan setiap orang membawa satu kod.
settings-worker-on = Hidupkan
settings-worker-save = Simpan perubahan
settings-worker-off = Matikan
settings-worker-saved = Selesai. Mod pekerja lapangan dihidupkan.
settings-worker-removed = Selesai. Mod pekerja lapangan dimatikan.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Baca dengan kuat: { $text }
speak-stop = Berhenti membaca
speak-no-voice = Tiada suara untuk bahasa ini pada telefon ini.
speak-unavailable = Bacaan dengan kuat tidak berfungsi pada telefon ini sekarang.
speak-headphones = Gunakan fon kepala jika ada orang berdekatan yang mungkin mendengar.

## Settings

settings-title = Tetapan
settings-language = Bahasa
settings-read-aloud = Baca setiap skrin dengan kuat apabila dibuka
settings-lock = Kunci sekarang
settings-less-protected = Kurang dilindungi pada peranti ini: tiada tempat simpan kunci yang selamat di sini, jadi sesiapa yang menyalin fail aplikasi ini boleh cuba meneka PIN anda. PIN yang lebih panjang melindungi anda dengan lebih baik.
settings-duress-title = PIN kecemasan
settings-duress-intro = PIN kedua untuk digunakan jika seseorang memaksa anda membuka aplikasi. Ia memadam semuanya tanpa sebarang tanda.
settings-current-pin = PIN anda
settings-duress-save = Simpan PIN kecemasan
settings-duress-remove = Buang PIN kecemasan
settings-pin-title = Tukar PIN anda
settings-new-pin = PIN baharu (6 hingga 12 nombor)
settings-new-pin-again = PIN baharu sekali lagi
settings-pin-save = Tukar PIN
settings-pin-changed = PIN anda sudah ditukar. Mulai sekarang, gunakan PIN baharu.
settings-duress-saved = Selesai. PIN kecemasan anda sudah disimpan.
settings-duress-removed = Selesai. Sekarang tiada PIN kecemasan.
pin-wrong-left =
    { $count ->
       *[other] PIN itu tidak betul. Jika PIN salah { $count } kali lagi, semua pada telefon ini akan dipadam.
    }
settings-wipe-title = Padam semuanya
settings-wipe-intro = Ini memadam semua permintaan dan draf pada telefon ini. Ia tidak boleh dibatalkan. Permintaan yang sudah diterima oleh talian bantuan kekal di talian bantuan.
settings-wipe-confirm = Ya, padam semuanya

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Adakah anda dalam bahaya sekarang?
danger-yes-child = Ya, saya dalam bahaya
danger-no-child = Tidak, bukan sekarang
emergency-intro-child = Anda boleh telefon nombor ini. Anda tidak perlu internet.
emergency-call-trace-child = Telefon anda menyimpan senarai panggilan dan mesej. Jika anda risau orang lain akan nampak, anda boleh padamkannya selepas itu.
needs-title-child = Anda perlukan bantuan tentang apa?
needs-intro-child = Tekan semua yang betul tentang diri anda. Anda boleh langkau ini.
need-legal_immigration-child = Bantuan tentang kertas atau dokumen
need-labour_exploitation-child = Ada orang paksa saya bekerja
need-sexual_exploitation-child = Ada orang paksa saya buat perkara seksual
need-money_debt-child = Ada orang kata saya berhutang wang dengan mereka
need-going_home-child = Saya mahu pulang atau cari keluarga saya
need-child_at_risk-child = Ada kanak-kanak lain dalam bahaya
urgency-title-child = Bila anda perlukan bantuan?
for-whom-title-child = Siapa yang perlukan bantuan?
for-whom-self-child = Saya
contact-title-child = Bagaimana kami boleh bercakap dengan anda dengan selamat?
contact-intro-child = Pilih cara yang selamat untuk anda. Orang lain tidak patut nampak.
times-title-child = Bila selamat untuk kami telefon atau tulis?
times-intro-child = Anda boleh langkau ini. Jika begitu, kami akan sangat berhati-hati.
voicemail-title-child = Bolehkah kami tinggalkan mesej suara?
someone-else-title-child = Jika orang lain menjawab, apa yang patut kami buat?
responder-title-child = Anda mahu bercakap dengan siapa?
more-title-child = Ada apa-apa lagi?
more-intro-child = Anda tidak perlu menjawab.
place-label-child = Di mana anda? Nama bandar sudah cukup.
message-label-child = Ceritakan apa yang berlaku, jika anda mahu
consent-title-child = Siapa boleh baca apa yang anda tulis?
consent-intro-child = Anda pilih. Pilihan yang paling selamat sudah dipilih.
consent-hotline_only-desc-child = Hanya para pembantu di talian bantuan yang membacanya. Mereka simpan rahsia.
consent-may_refer_to_services-desc-child = Talian bantuan boleh memberitahu orang yang menjaga keselamatan kanak-kanak, seperti doktor, rumah selamat atau peguam.
consent-may_involve_police-desc-child = Talian bantuan juga boleh memberitahu polis, supaya polis boleh hentikan orang yang menyakiti anda.
review-title-child = Lihat jawapan anda
review-intro-child = Apabila anda hantar ini, ia dikunci. Hanya talian bantuan boleh membukanya. Tiada siapa boleh membacanya pada telefon ini, termasuk anda.
submit-done-child = Mesej anda dikunci pada telefon ini. Ia akan dihantar apabila ada internet.
handover-title-child = Soalan khas untuk anda
handover-person-child = Hanya anda yang menjawab soalan seterusnya. Orang yang membantu anda tidak akan nampak apa yang anda katakan.
giveback-intro-child = Jawapan anda sudah dikunci. Orang yang membantu anda tidak boleh melihatnya. Sekarang berikan telefon itu semula kepada orang yang membantu anda.
reference-for-person-child = Perkataan ini untuk anda sahaja. Dengan perkataan ini, anda boleh baca apa yang talian bantuan tulis kepada anda. Pada mana-mana telefon yang ada aplikasi ini, tekan “{ $requests }”, kemudian tekan “{ $check }”, dan taip perkataan atau nombor itu. Rahsiakan perkataan ini: sesiapa yang memilikinya boleh membaca jawapan itu.

## Errors (codes come from the app's core)

error-wrong_pin = PIN itu tidak betul.
error-locked = Sila buka aplikasi dengan PIN anda dahulu.
error-no_hotline = Aplikasi ini belum disambungkan kepada talian bantuan. Draf anda sudah disimpan.
error-invalid = Beberapa jawapan perlu ditukar. Sila lihat soalan yang bertanda.
error-pin_too_short = PIN mempunyai 6 hingga 12 nombor.
error-duress_same_as_pin = PIN kecemasan mesti berbeza daripada PIN anda.
error-worker_drafts_open = Mod pekerja lapangan kekal hidup selagi permintaan orang yang anda bantu belum dihantar. Hantar atau padam permintaan itu dalam “Permintaan yang belum dihantar”, kemudian matikan mod ini.
error-already_set_up = Aplikasi ini sudah disediakan.
error-not_found = Ini tidak dijumpai. Mungkin ia sudah dipadam.
error-internal = Ada sesuatu yang tidak kena. Permintaan anda yang disimpan masih selamat. Sila cuba lagi.
error-not_set_up = Aplikasi ini belum disediakan. Sila pilih PIN dahulu.
error-busy = Aplikasi sedang sibuk menghantar. Sila cuba lagi sebentar lagi.
error-status_unavailable = Talian bantuan tidak dapat ditanya sekarang. Permintaan anda selamat. Sila cuba lagi nanti.
error-malformed = Beberapa jawapan tidak dapat dibaca. Sila semak dan cuba lagi.
error-too_large = Ini terlalu panjang untuk dihantar. Sila pendekkan mesej anda.
error-unsupported_version = Aplikasi ini perlu dikemas kini.
error-profile = Maklumat talian bantuan dalam aplikasi ini tidak betul. Draf anda sudah disimpan. Sila dapatkan aplikasi yang dikemas kini.
error-sync_client = Aplikasi tidak dapat bersambung dengan selamat sekarang. Permintaan anda sudah disimpan dan akan dihantar nanti.
error-already_exists = Ini sudah disimpan.
error-empty_pin = Sila taip PIN anda.
error-invalid_kdf_params = Tetapan aplikasi ini tidak betul. Sila dapatkan aplikasi yang dikemas kini.
error-device_secret_unavailable = Aplikasi tidak dapat mencapai storan selamat telefon ini. Sila mulakan semula telefon dan cuba lagi.
error-envelope = Permintaan anda tidak dapat dimeterai untuk talian bantuan. Ia masih disimpan sebagai draf.
error-receipt_mismatch = Jawapan talian bantuan tidak dapat disemak. Permintaan anda akan dihantar semula.
error-corrupt = Data yang disimpan oleh aplikasi ini rosak. Ia tidak boleh dibuka.
error-io = Telefon tidak dapat menyimpan ini. Mungkin storan sudah penuh. Sila kosongkan sedikit ruang dan cuba lagi.
error-database = Aplikasi tidak dapat membaca atau menyimpan datanya. Permintaan anda yang disimpan masih selamat. Sila cuba lagi.
error-pin_too_long = PIN mempunyai 6 hingga 12 nombor.
error-pin_not_digits = PIN hanya mengandungi nombor.
error-reference_word_count = Kod ada 9 perkataan. Sila pastikan anda menaip semuanya.
error-reference_unknown_word = Satu perkataan tidak betul. Sila semak ejaannya.
check-reference-wrong-word = Perkataan ke-{ $number } tidak betul. Sila semak ejaannya.
error-reference_digits = Kod ada 22 nombor. Sila pastikan anda menaip semuanya.
error-reference_check = Satu perkataan atau nombor tidak betul. Sila semak setiap satu dan cuba lagi.
error-reference_not_found = Talian bantuan belum ada permintaan dengan kod ini. Jika ia dihantar dari telefon tanpa internet, ia akan sampai apabila telefon itu ada internet semula: sila cuba lagi nanti. Jika masih tidak dijumpai, sila semak setiap perkataan atau nombor.
field-error-empty = Sila isi ini, atau langkau soalan ini.
field-error-not_trimmed = Sila buang ruang kosong di awal atau di hujung.
field-error-too_long = Ini terlalu panjang. Paling banyak { $max } huruf.
field-error-too_many_bytes = Ini terlalu panjang.
field-error-too_many = Terlalu banyak. Paling banyak { $max }.
field-error-duplicate = Ini ada dua kali dalam senarai.
field-error-control_characters = Ini ada aksara yang tidak boleh digunakan.
field-error-invalid_phone = Nombor telefon ini nampaknya tidak betul. Mulakan dengan + dan kod negara.
field-error-invalid_region = Negara ini tidak dikenali.
field-error-invalid_email = Alamat e-mel ini nampaknya tidak betul.
field-error-invalid_language = Bahasa ini tidak dikenali.
field-error-invalid_time_zone = Zon waktu ini tidak dikenali.
field-error-invalid_time = Sila pilih masa mula dan masa tamat yang berbeza.
field-error-no_contact_method = Sila pilih sekurang-kurangnya satu cara untuk menghubungi anda. "Saya akan lihat jawapan dalam aplikasi ini" sudah cukup.
field-error-unsupported_version = Aplikasi ini perlu dikemas kini.
