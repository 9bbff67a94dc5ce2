## Reach — Türkçe (Turkish)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Türkçe
# The language's name in English, for the language search.
-locale-english = Turkish
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Hesap Makinesi
quick-exit = Hızlı çıkış
quick-exit-hint = Bu uygulamayı hemen gizler
back = Geri
next = İleri
skip = Bunu geç
save = Kaydet
cancel = İptal
close = Kapat
done = Tamam
optional = isteğe bağlı
step-of = Adım { $current } / { $total }
saved-locked = Bu telefona kaydedildi ve kilitlendi

## Calculator (the app's disguise)

calc-label = Hesap Makinesi
calc-display-label = Sonuç
calc-clear = C
calc-equals = =
calc-error = Hata

## First use: a private PIN

setup-title = Bu uygulamayı size özel yapın
setup-intro = Gizli bir numara (PIN) seçin. Bunu yalnızca siz bilmelisiniz.
setup-how = Bu uygulamayı daha sonra açmak için hesap makinesine PIN'inizi yazın, sonra = tuşuna basın.
setup-pin-label = PIN'iniz (6 ile 12 arası rakam)
setup-pin-repeat-label = PIN'inizi tekrar yazın
setup-duress-title = Acil durum PIN'i (bunu geçebilirsiniz)
setup-duress-intro = Biri sizi bu uygulamayı açmaya zorlarsa, onun yerine bu diğer PIN'i yazın. Uygulama boş görünür ve içindeki her şey hiçbir iz bırakmadan silinir.
setup-duress-label = Acil durum PIN'i
setup-submit = PIN'imi kaydet
setup-mismatch = İki PIN aynı değil. Lütfen tekrar deneyin.

## Language

lang-title = Dilinizi seçin
lang-intro = Bunu daha sonra Ayarlar'dan değiştirebilirsiniz.
lang-search-label = Dilinizi bulun
lang-search-hint = Dilinizin adını herhangi bir dilde yazın
lang-search-none = Buna uyan bir dil yok. Daha az harf deneyin.
lang-yours = Bu telefondaki diller
lang-all = Tüm diller
lang-load-failed = Bu dil açılamadı, bu yüzden uygulama İngilizce gösteriliyor.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Kaç yaşındasınız?
age-intro = Bunu geçebilirsiniz. 18 yaşından küçükseniz uygulama daha basit kelimeler kullanır ve çocuklar için yardımı gösterir.
age-under_18 = 18 yaşından küçük
age-18_to_25 = 18 ile 25 arası
age-26_to_59 = 26 ile 59 arası
age-60_plus = 60 veya daha büyük

## Danger check and emergency numbers

danger-title = Şu anda tehlikede misiniz?
danger-yes = Evet, şu anda tehlikedeyim
danger-no = Hayır, şu anda değil
emergency-title = Acil durum numaraları
emergency-intro = Bu numaraları internet olmadan arayabilirsiniz.
emergency-country-label = Ülkeniz
emergency-police = Polis ve acil durum
emergency-hotline = İnsan ticaretine uğrayan veya zorla çalıştırılan kişiler için yardım
emergency-children = Çocuklar ve gençler için yardım
emergency-call = { $number } numarasını ara
emergency-source = Kaynak: { $source }
emergency-checked = Kontrol tarihi: { $date }
emergency-not-checked = Henüz tekrar kontrol edilmedi. Numara çalışmazsa acil durum numarasını arayın.
emergency-call-trace = Aramalar ve kısa mesajlar telefonunuzdaki listelerde kalır. Biri telefonunuzu kontrol ediyorsa, bunları sonradan silebilirsiniz.
emergency-none = Bu ülke için henüz numaramız yok. Tehlikedeyseniz yerel acil durum numarasını arayın.
emergency-continue = Devam et ve yardım iste

## What help is needed

needs-title = Nasıl bir yardıma ihtiyacınız var?
needs-intro = Size uyan her şeyi seçin. Bunu geçebilirsiniz.
need-safety_now = Şimdi güvende olmak
need-shelter = Kalacak güvenli bir yer
need-medical = Doktor veya ilaç
need-legal_immigration = Belgeler, vize veya yasalar konusunda yardım
need-labour_exploitation = İşte sorunlar veya ödenmeyen para
need-sexual_exploitation = Seks yapmaya zorlanmak
need-child_at_risk = Bir çocuk tehlikede
need-money_debt = Para veya borç
need-going_home = Eve dönmek veya ailemi bulmak
need-interpreter = Benim dilimi konuşan biri
need-other = Başka bir şey
urgency-title = Yardıma ne kadar çabuk ihtiyacınız var?
urgency-now = Hemen
urgency-today = Bugün
urgency-this_week = Bu hafta
urgency-not_urgent = Bekleyebilir
for-whom-title = Bu istek kimin için?
for-whom-self = Benim için
for-whom-someone_else = Başka biri için
for-whom-assisted_by_outreach = Birine yardım eden bir saha çalışanıyım

## Safe contact

contact-title = Yardım hattı size nasıl güvenle ulaşabilir?
contact-intro = En az bir yol seçin. Yalnızca sizin için güvenli olan yolları seçin.
contact-call = Telefon araması
contact-sms = Kısa mesaj (SMS)
contact-messaging_app = Mesajlaşma uygulaması
contact-email = E-posta
contact-in_person_via_outreach = Yüz yüze, bir saha çalışanı aracılığıyla
contact-check_back_in_app = Cevap için bu uygulamaya bakacağım
contact-phone-label = Telefon numarası, ülke koduyla (örneğin +44…)
contact-app-label = Hangi uygulama? (örneğin WhatsApp, Signal)
contact-handle-label = O uygulamadaki adınız veya numaranız
contact-email-label = E-posta adresi
times-title = Size ne zaman ulaşmak güvenli?
times-intro = Bunu geçebilirsiniz. O zaman yardım hattı daha da dikkatli olur.
times-add = Güvenli bir zaman ekle
times-remove = Bu zamanı kaldır
times-from = Başlangıç
times-to = Bitiş
times-days = Günler
times-any-day = Herhangi bir gün
times-zone = Saat dilimi
weekday-mon = Pazartesi
weekday-tue = Salı
weekday-wed = Çarşamba
weekday-thu = Perşembe
weekday-fri = Cuma
weekday-sat = Cumartesi
weekday-sun = Pazar
voicemail-title = Yardım hattı sesli mesaj bırakabilir mi?
voicemail-yes = Evet, sesli mesaj güvenli
voicemail-no = Hayır, asla sesli mesaj bırakmayın
voicemail-unsaid = Cevap vermezseniz yardım hattı sesli mesaj bırakmaz.
code-word-label = Gizli kelime
code-word-hint = Yardım hattı bu kelimeyi söyler, böylece gerçekten onlar olduğunu bilirsiniz.
someone-else-title = Telefonu başka biri açarsa yardım hattı…
someone-else-hang_up = Telefonu kapatmalı
someone-else-say_wrong_number = Yanlış numara olduğunu söylemeli
someone-else-ask_for_code_word = Gizli kelimeyi sormalı
someone-else-other = Başka bir şey
someone-else-other-label = Ne yapmalılar?
responder-title = Kiminle konuşmak istersiniz?
responder-woman = Bir kadın
responder-man = Bir erkek
responder-any_gender = Fark etmez
responder-language-label = Size hangi dilde cevap verilsin?

## More (all optional)

more-title = Sizin hakkınızda biraz daha
more-intro = Bunların hepsi isteğe bağlı.
place-label = Neredesiniz? Bir kasaba veya bölge yeterli.
place-hint = Yalnızca istediğinizi paylaşın. Bu uygulama konumunuzu asla kullanmaz.
message-label = Mesajınız
message-hint = Herhangi bir dilde yazabilirsiniz.
message-left =
    { $count ->
        [one] { $count } harf kaldı
       *[other] { $count } harf kaldı
    }

## Consent

consent-title = İsteğinizi kimler görebilir?
consent-intro = Siz karar verirsiniz. En gizli seçenek zaten seçili.
consent-hotline_only = Yalnızca yardım hattı
consent-hotline_only-desc = Yalnızca yardım hattı ekibi okur. Kimseyle paylaşmazlar.
consent-may_refer_to_services = Yardım hattı ve yardım edebilecek kurumlar
consent-may_refer_to_services-desc = Yardım hattı, size yardım etmek için bunu barınaklar, doktorlar veya avukatlarla paylaşabilir.
consent-may_involve_police = Yardım hattı, kurumlar ve polis
consent-may_involve_police-desc = Yardım hattı polise de haber verebilir.
consent-child-note = 18 yaşından küçük olduğun için, yardım hattı seni güvende tutmak için çocukları korumakla görevli kişilere haber vermek zorunda kalabilir.

## Review and send

review-title = İsteğinizi kontrol edin
review-intro = İsteğiniz kilitlenecek, böylece onu yalnızca yardım hattı açabilecek. Gönderdikten sonra bu telefonda kimse onu okuyamaz, siz bile.
review-not-answered = Cevaplanmadı
review-change = Değiştir
review-needs = Gereken yardım
review-contact = Size nasıl ulaşılır
review-times = Güvenli zamanlar
review-more = Sizin hakkınızda daha fazlası
review-consent = Kimler görebilir
submit = Kilitle ve yardım hattına gönder
submit-working = İsteğiniz kilitleniyor…
submit-done = İsteğiniz bu telefonda kilitlendi. İnternet olduğunda gönderilecek.

## Status

status-title = İstekleriniz
status-intro = Burada her isteğin ne durumda olduğunu görebilirsiniz.
status-empty = Henüz istek yok.
status-saved = Bu telefona kaydedildi ve kilitlendi. İnternet olduğunda gönderilecek.
status-sending = Şimdi gönderiliyor…
status-received = Yardım hattı bunu aldı. Yardım hattından gelen alındı bilgisini kontrol ettik.
status-needs_attention = Bu istekle ilgilenmeniz gerekiyor.
status-attempts =
    { $count ->
        [one] Bir kez denendi
       *[other] { $count } kez denendi
    }
status-hotline-received = Yardım hattında birinin okuması bekleniyor.
status-hotline-in_review = Yardım hattında biri bunu okuyor.
status-hotline-answered = Yardım hattı bunun için bir şey yaptı.
status-hotline-closed = Yardım hattı bunu kapattı.
status-hotline-contact_planned = Yardım hattında biri size nasıl güvenle ulaşacağını planlıyor.
status-hotline-needs_interpreter = Yardım hattı sizin dilinizi konuşan birini arıyor.
status-hotline-referred = Yardım hattı, size yardım etmesi için ortak bir kuruluştan destek istedi.
status-hotline-unknown = Yardım hattının bununla ilgili bir haberi var. Daha fazlasını görmek için güvenli olduğunda uygulamayı güncelleyin.
status-replies = Yardım hattından mesajlar
status-reply-note = Yardım hattı ayrıca şunu yazdı (belki sizin dilinizde değil):
status-reply-unreadable = Bu uygulamanın kontrol edemediği bir mesaj geldi, bu yüzden gösterilmiyor.
status-offline = Şu anda internet yok. İstekleriniz bu telefonda güvende.
status-send-now = Şimdi gönder
status-retry = Tekrar dene
status-check = Yardım hattına haber sor
status-new = Yeni bir istek başlat

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = İsteğinizi okuduk. Sizinle seçtiğiniz yoldan iletişime geçeceğiz.
reply-call_planned = Sizi { $day } günü { $from } ile { $to } arasında (sizin saatinizle) arayacağız.
reply-message_planned = Size { $day } günü { $from } ile { $to } arasında (sizin saatinizle) bir mesaj göndereceğiz.
reply-interpreter = Sizin dilinizi konuşan bir tercüman arıyoruz. Yakında sizinle iletişime geçeceğiz.
reply-referred = Size yakın bir ortak kuruluştan yardım etmesini istedik. Sizinle seçtiğiniz yoldan iletişime geçecekler.
reply-call_us = Sizin için güvenli olduğunda lütfen bizi arayın. Zamanı siz seçin.
reply-danger = Şu anda tehlikedeyseniz acil durum numarasını arayın. Numarayı bu uygulamada bulabilirsiniz.
reply-closed = İsteğinizi kapattık. İstediğiniz zaman yeni bir istek gönderebilirsiniz.
reply-unknown = Yardım hattı, uygulamanın bu sürümünün gösteremediği bir mesaj gönderdi. Güvenli olduğunda lütfen uygulamayı güncelleyin.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = İsteğiniz kapatıldı. Yardımın nasıl geçtiğini bize anlatır mısınız? Üç kısa soru. Bunları geçebilirsiniz.
feedback-private = Cevaplarınız, isteğiniz ve adınız olmadan gönderilir. Yardım hattı yalnızca toplamları görür.
feedback-start = Cevapla
feedback-skip = Hayır, teşekkürler
feedback-send = Cevapları gönder
feedback-q-helped = İhtiyacınız olan yardımı aldınız mı?
feedback-q-safe = Sizinle iletişime geçtiğimizde kendinizi güvende hissettiniz mi?
feedback-q-recommend = Bir arkadaşınıza bizden bahseder misiniz?
feedback-a-yes = Evet
feedback-a-partly = Kısmen
feedback-a-no = Hayır
feedback-thanks = Teşekkürler. Cevaplarınız gönderilecek.
feedback-declined = Tamam. Bir daha sormayacağız.
feedback-failed = Bu olmadı. Lütfen tekrar deneyin.
problem-unknown_key = Bu isteğin gönderilebilmesi için uygulamanın güncellenmesi gerekiyor.
problem-conflict = Yardım hattında aynı numarayla başka bir istek var. Lütfen yardım hattına başka bir yoldan ulaşın.
problem-malformed = Yardım hattı bu isteği okuyamadı. Lütfen yeni bir istek başlatın.
problem-too_large = Bu istek çok uzun. Lütfen daha kısa bir mesajla yeni bir istek başlatın.
problem-unsupported_media_type = Bu isteğin gönderilebilmesi için uygulamanın güncellenmesi gerekiyor.
problem-other = Ağ veya yardım hattı bu isteği kabul etmedi. Tekrar deneyebilir veya başka bir ağ deneyebilirsiniz.

## Several people on one device (outreach)

drafts-title = Henüz gönderilmemiş istekler
drafts-continue = Devam et
drafts-delete = Sil
drafts-none = Bekleyen bir şey yok.
review-reference = Bu kişi bu telefonu yanında tutmayacak: ona bir kod verin
review-reference-hint = Kodla, bu uygulamanın olduğu herhangi bir telefonda yardım hattının cevaplarını okuyabilir. Bu telefon yalnızca yardım hattının isteği alıp almadığını gösterir.
assisted-organisation-label = Kurumunuz (siz, saha çalışanı)
assisted-hint = Yardım hattı, bu kişiye yardım ettiğinizi ve kiminle çalıştığınızı görecek.
assisted-channel-label = Yardım hattı size nasıl ulaşabilir (isteğe bağlı)
reference-title = Kişinin kodu
reference-intro = Bu kelimeleri kişiye verin. Bunlarla, bu uygulamanın olduğu herhangi bir telefonda yardım hattının cevaplarını okuyabilir. Bu telefon onları hiçbir yere yazmaz ve kişi onları aldığında unutur.
reference-for-person = Bu kelimeler sizin. Bunlarla yardım hattının cevaplarını okuyabilirsiniz. Bu uygulamanın olduğu herhangi bir telefonda önce “{ $requests }”, sonra “{ $check }” düğmesine dokunun ve kelimeleri veya rakamları yazın. Onları iyi saklayın: onları bilen herkes cevapları okuyabilir.
reference-words = Kelimeler
reference-digits = Aynı kod rakamlarla
reference-request = İstek { $number }
reference-done = Kişi kodunu aldı
reference-again = Kod gösterilirken uygulama kilitlendi. İşte kod yeniden: onu şimdi kişiye verin.
status-check-reference = Kodu kontrol et
check-reference-title = Kodu kontrol et
check-reference-intro = Size verilen kelimeleri veya rakamları yazın. Bu telefon onları da cevapları da saklamaz.
check-reference-no-hotline = Bu uygulama henüz bir yardım hattına bağlı değil, bu yüzden burada kod kontrol edemez. Lütfen bu uygulamanın olduğu başka bir telefonda deneyin.
check-reference-label = Kelimeler veya rakamlar
check-reference-submit = Kontrol et
check-reference-working = Kontrol ediliyor. Birkaç saniye sürebilir…
check-reference-no-replies = Yardım hattından henüz mesaj yok.
check-reference-show-in = { $language } dilinde göster
worker-title = Saha çalışması
worker-working-as = Şu adla çalışıyorsunuz: { $organisation }
worker-intro = Yardım ettiğiniz her kişi kendi dilinde cevap verir. Cevapları bu telefondan mühürlü çıkar ve kişi yanında bir kod götürür. Burada yalnızca her talebin numarası ve durumu kalır.
worker-new-person = Yeni bir kişiye yardım edin
handover-title = Yalnızca sizin için sorular
handover-worker = Şimdi telefonu kişiye verin. Sonraki soruları tek başına cevaplar ve siz cevaplarını görmezsiniz.
handover-person = Sonraki sorular yalnızca sizin için. Size yardım eden kişi cevaplarınızı görmeyecek.
handover-start = Başla
giveback-title = Teşekkürler
giveback-intro = Cevaplarınız mühürlendi. Size yardım eden kişi onları göremez. Şimdi telefonu geri verin.
giveback-button = Telefonu geri verin
review-private = Kişi bunu tek başına cevapladı. Gösterilmez.
review-assisted-as = Yardım hattı yardım ettiğinizi şu adla görecek: { $organisation }
review-later = Şimdi değil: “Henüz gönderilmemiş istekler” listesinde beklet
review-hand-again = Telefonu kişiye yeniden ver
review-hand-again-hint = Kişi tek başına verdiği cevapları değiştirmek isterse ya da orada düzeltilmesi gereken bir şey varsa bunu kullanın. “Kimler görebilir” sorusunu yeniden görecek ve yeniden seçecek.
review-private-fix = Kişinin tek başına cevapladığı bir şeyin düzeltilmesi gerekiyor. Bunu yalnızca kişi düzeltebilir: telefonu ona yeniden verin.
age-given-back-worker = Yaşı “18 yaşından küçük” olarak ya da bundan başka bir yaşa değiştirirseniz, kişi “Kimler görebilir” sorusunu yeniden görmeli: telefonu ona bir kez daha vereceksiniz.
age-reopened-worker = Yaş, kişinin “Kimler görebilir” seçimini değiştirdi. Devam edin: telefonu ona yeniden vereceksiniz ve o yeniden seçecek.
setup-worker = Saha çalışanıyım: başkalarının yardım istemesine yardım ediyorum
setup-worker-hint = Yardım hattı, yardım ettiğiniz her talepte kurumunuzu görecek.
worker-org-needed = Kuruluşunuzun adını yazın ya da saha çalışanı modunu kapatın.
settings-worker-title = Saha çalışanı modu
settings-worker-intro = Başkalarının bu telefondan talep göndermesine yardım edin. Cevapları mühürlenir ve her kişi yanında bir kod götürür.
settings-worker-on = Aç
settings-worker-save = Değişiklikleri kaydet
settings-worker-off = Kapat
settings-worker-saved = Tamam. Saha çalışanı modu açık.
settings-worker-removed = Tamam. Saha çalışanı modu kapalı.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Sesli oku: { $text }
speak-stop = Okumayı durdur
speak-no-voice = Bu telefonda bu dil için bir ses yok.
speak-unavailable = Sesli okuma şu anda bu telefonda çalışmıyor.
speak-headphones = Yakınınızdaki biri duyabilecekse kulaklık kullanın.

## Settings

settings-title = Ayarlar
settings-language = Dil
settings-read-aloud = Her ekran açıldığında sesli oku
settings-lock = Şimdi kilitle
settings-less-protected = Bu cihazda koruma daha az: burada güvenli bir anahtar deposu yok, bu yüzden uygulamanın dosyalarını kopyalayan biri PIN'inizi tahmin etmeye çalışabilir. Daha uzun bir PIN sizi daha iyi korur.
settings-duress-title = Acil durum PIN'i
settings-duress-intro = Biri sizi uygulamayı açmaya zorladığında kullanılacak ikinci bir PIN. Her şeyi hiçbir iz bırakmadan siler.
settings-current-pin = PIN'iniz
settings-duress-save = Acil durum PIN'ini kaydet
settings-duress-remove = Acil durum PIN'ini kaldır
settings-pin-title = PIN'inizi değiştirin
settings-new-pin = Yeni PIN (6 ile 12 arası rakam)
settings-new-pin-again = Yeni PIN'i tekrar yazın
settings-pin-save = PIN'i değiştir
settings-pin-changed = PIN'iniz değişti. Bundan sonra yeni PIN'i kullanın.
settings-duress-saved = Tamam. Acil durum PIN'iniz kaydedildi.
settings-duress-removed = Tamam. Artık acil durum PIN'i yok.
pin-wrong-left =
    { $count ->
        [one] Bu PIN doğru değil. Bir kez daha yanlış PIN girilirse bu telefondaki her şey silinir.
       *[other] Bu PIN doğru değil. { $count } kez daha yanlış PIN girilirse bu telefondaki her şey silinir.
    }
settings-wipe-title = Her şeyi sil
settings-wipe-intro = Bu, bu telefondaki tüm istekleri ve taslakları siler. Geri alınamaz. Yardım hattının zaten aldığı istekler yardım hattında kalır.
settings-wipe-confirm = Evet, her şeyi sil

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Şu an tehlikede misin?
danger-yes-child = Evet, tehlikedeyim
danger-no-child = Hayır, şimdi değil
emergency-intro-child = Bu numaraları arayabilirsin. İnternete gerek yok.
emergency-call-trace-child = Telefonun, aramaların ve mesajların bir listesini tutar. Birinin bunu görmesinden endişeleniyorsan, onları sonra silebilirsin.
needs-title-child = Ne için yardıma ihtiyacın var?
needs-intro-child = Senin için doğru olan her şeye dokun. Bunu geçebilirsin.
need-legal_immigration-child = Kâğıtlar veya belgelerle ilgili yardım
need-labour_exploitation-child = Biri beni zorla çalıştırıyor
need-sexual_exploitation-child = Biri bana cinsel şeyler yaptırıyor
need-money_debt-child = Biri ona borçlu olduğumu söylüyor
need-going_home-child = Eve gitmek veya ailemi bulmak istiyorum
need-child_at_risk-child = Başka bir çocuk tehlikede
urgency-title-child = Yardıma ne zaman ihtiyacın var?
for-whom-title-child = Kimin yardıma ihtiyacı var?
for-whom-self-child = Benim
contact-title-child = Seninle nasıl güvenle konuşabiliriz?
contact-intro-child = Senin için güvenli olan bir yol seç. Başka kimse görmemeli.
times-title-child = Seni aramamız veya sana yazmamız ne zaman güvenli?
times-intro-child = Bunu geçebilirsin. O zaman çok dikkatli oluruz.
voicemail-title-child = Sesli mesaj bırakabilir miyiz?
someone-else-title-child = Telefonu başka biri açarsa ne yapalım?
responder-title-child = Kiminle konuşmak istersin?
more-title-child = Başka bir şey var mı?
more-intro-child = Cevap vermek zorunda değilsin.
place-label-child = Neredesin? Bir kasabanın adı yeterli.
message-label-child = İstersen, neler olduğunu bize anlat
consent-title-child = Yazdıklarını kim okuyabilir?
consent-intro-child = Sen seçersin. En güvenli seçenek zaten seçili.
consent-hotline_only-desc-child = Yalnızca yardım hattındaki yardımcılar okur. Bunu gizli tutarlar.
consent-may_refer_to_services-desc-child = Yardım hattı, çocukları güvende tutan kişilere, örneğin bir doktora, güvenli bir eve veya bir avukata haber verebilir.
consent-may_involve_police-desc-child = Yardım hattı polise de haber verebilir, böylece polis sana zarar veren kişileri durdurabilir.
review-title-child = Cevaplarına bak
review-intro-child = Bunu gönderdiğinde kilitlenir. Yalnızca yardım hattı açabilir. Bu telefonda kimse okuyamaz, sen bile.
submit-done-child = Mesajın bu telefonda kilitlendi. İnternet olduğunda gönderilecek.
handover-title-child = Sadece senin için sorular
handover-person-child = Sonraki soruları yalnızca sen cevaplarsın. Sana yardım eden kişi yazdıklarını görmeyecek.
giveback-intro-child = Cevapların kilitlendi. Sana yardım eden kişi onları göremez. Şimdi telefonu sana yardım eden kişiye geri ver.
reference-for-person-child = Bu kelimeler yalnızca senin için. Onlarla yardım hattının sana yazdığı cevapları okuyabilirsin. Bu uygulamanın olduğu herhangi bir telefonda önce “{ $requests }”, sonra “{ $check }” düğmesine dokun ve kelimeleri veya rakamları yaz. Onları gizli tut: onları bilen herkes cevapları okuyabilir.

## Errors (codes come from the app's core)

error-wrong_pin = Bu PIN doğru değil.
error-locked = Lütfen önce uygulamayı PIN'inizle açın.
error-no_hotline = Bu uygulama henüz bir yardım hattına bağlı değil. Taslağınız kaydedildi.
error-invalid = Bazı cevapların değişmesi gerekiyor. Lütfen işaretli sorulara bakın.
error-pin_too_short = PIN 6 ile 12 arası rakamdan oluşur.
error-duress_same_as_pin = Acil durum PIN'i sizin PIN'inizden farklı olmalı.
error-worker_drafts_open = Yardım ettiğiniz kişilerin istekleri gönderilmediği sürece saha çalışanı modu açık kalır. Lütfen onları gönderin veya “Henüz gönderilmemiş istekler” bölümünden silin, sonra modu kapatın.
error-already_set_up = Bu uygulama zaten kurulu.
error-not_found = Bu bulunamadı. Silinmiş olabilir.
error-internal = Bir şeyler ters gitti. Kaydedilmiş istekleriniz güvende. Lütfen tekrar deneyin.
error-not_set_up = Bu uygulama henüz kurulmadı. Lütfen önce bir PIN seçin.
error-busy = Uygulama şu anda gönderim yapıyor. Lütfen biraz sonra tekrar deneyin.
error-status_unavailable = Şu anda yardım hattına sorulamadı. İsteğiniz güvende. Lütfen daha sonra tekrar deneyin.
error-malformed = Bazı cevaplar okunamadı. Lütfen kontrol edip tekrar deneyin.
error-too_large = Bu, gönderilemeyecek kadar uzun. Lütfen mesajınızı kısaltın.
error-unsupported_version = Bu uygulamanın güncellenmesi gerekiyor.
error-profile = Bu uygulamadaki yardım hattı bilgileri doğru değil. Taslağınız kaydedildi. Lütfen uygulamanın yeni sürümünü edinin.
error-sync_client = Uygulama şu anda güvenli bağlantı kuramıyor. İsteğiniz kaydedildi ve daha sonra gönderilecek.
error-already_exists = Bu zaten kaydedilmiş.
error-empty_pin = Lütfen PIN'inizi yazın.
error-invalid_kdf_params = Bu uygulamanın ayarları doğru değil. Lütfen uygulamanın yeni sürümünü edinin.
error-device_secret_unavailable = Uygulama bu telefonun güvenli depolama alanına ulaşamıyor. Lütfen telefonu yeniden başlatıp tekrar deneyin.
error-envelope = İsteğiniz yardım hattı için mühürlenemedi. Hâlâ taslak olarak kayıtlı.
error-receipt_mismatch = Yardım hattının cevabı kontrol edilemedi. İsteğiniz tekrar gönderilecek.
error-corrupt = Uygulamanın kayıtlı verileri bozulmuş. Açılamıyor.
error-io = Telefon bunu kaydedemedi. Hafıza dolu olabilir. Lütfen biraz yer açıp tekrar deneyin.
error-database = Uygulama verilerini okuyamadı veya kaydedemedi. Kaydedilmiş istekleriniz güvende. Lütfen tekrar deneyin.
error-pin_too_long = PIN 6 ile 12 arası rakamdan oluşur.
error-pin_not_digits = PIN yalnızca rakamlardan oluşur.
error-reference_word_count = Kodda 9 kelime var. Hepsini yazdığınızı kontrol edin.
error-reference_unknown_word = Kelimelerden biri doğru değil. Yazılışını kontrol edin.
check-reference-wrong-word = { $number }. kelime doğru değil. Yazılışını kontrol edin.
error-reference_digits = Kodda 22 rakam var. Hepsini yazdığınızı kontrol edin.
error-reference_check = Bir kelime veya rakam doğru değil. Her birini kontrol edip tekrar deneyin.
error-reference_not_found = Yardım hattında bu kodla henüz bir istek yok. İstek internetsiz bir telefondan gönderildiyse, o telefon yeniden internete bağlandığında ulaşır: lütfen daha sonra tekrar deneyin. Yine bulunamazsa, her kelimeyi veya rakamı kontrol edin.
field-error-empty = Lütfen burayı doldurun veya soruyu geçin.
field-error-not_trimmed = Lütfen baştaki veya sondaki boşlukları silin.
field-error-too_long = Bu çok uzun. En fazla { $max } harf.
field-error-too_many_bytes = Bu çok uzun.
field-error-too_many = Çok fazla. En fazla { $max }.
field-error-duplicate = Bu listede iki kez var.
field-error-control_characters = Burada kullanılamayan karakterler var.
field-error-invalid_phone = Bu telefon numarası doğru görünmüyor. + ve ülke koduyla başlayın.
field-error-invalid_region = Bu ülke bilinmiyor.
field-error-invalid_email = Bu e-posta adresi doğru görünmüyor.
field-error-invalid_language = Bu dil bilinmiyor.
field-error-invalid_time_zone = Bu saat dilimi bilinmiyor.
field-error-invalid_time = Lütfen birbirinden farklı bir başlangıç ve bitiş saati seçin.
field-error-no_contact_method = Lütfen size ulaşmak için en az bir yol seçin. "Cevap için bu uygulamaya bakacağım" yeterli.
field-error-unsupported_version = Bu uygulamanın güncellenmesi gerekiyor.
