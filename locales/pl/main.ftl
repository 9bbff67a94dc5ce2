## Reach — Polski (Polish)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Polski
# The language's name in English, for the language search.
-locale-english = Polish
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Kalkulator
quick-exit = Szybkie wyjście
quick-exit-hint = Od razu ukrywa tę aplikację
back = Wstecz
next = Dalej
skip = Pomiń
save = Zapisz
cancel = Anuluj
close = Zamknij
done = Gotowe
optional = nieobowiązkowe
step-of = Krok { $current } z { $total }
saved-locked = Zapisane i zablokowane na tym telefonie

## Calculator (the app's disguise)

calc-label = Kalkulator
calc-display-label = Wynik
calc-clear = C
calc-equals = =
calc-error = Błąd

## First use: a private PIN

setup-title = Zabezpiecz tę aplikację
setup-intro = Wybierz tajny numer (PIN). Nikt poza tobą nie powinien go znać.
setup-how = Aby później otworzyć tę aplikację, wpisz swój PIN na kalkulatorze i naciśnij =.
setup-pin-label = Twój PIN (od 6 do 12 cyfr)
setup-pin-repeat-label = Wpisz PIN jeszcze raz
setup-duress-title = PIN awaryjny (możesz to pominąć)
setup-duress-intro = Jeśli ktoś zmusi cię do otwarcia tej aplikacji, wpisz zamiast tego ten drugi PIN. Aplikacja będzie wyglądać na pustą, a wszystko w niej zostanie usunięte bez żadnego śladu.
setup-duress-label = PIN awaryjny
setup-submit = Zapisz mój PIN
setup-mismatch = Te dwa PIN-y nie są takie same. Spróbuj jeszcze raz.

## Language

lang-title = Wybierz swój język
lang-intro = Możesz go później zmienić w Ustawieniach.
lang-search-label = Znajdź swój język
lang-search-hint = Wpisz nazwę swojego języka, w dowolnym języku
lang-search-none = Żaden język do tego nie pasuje. Spróbuj wpisać mniej liter.
lang-yours = Języki na tym telefonie
lang-all = Wszystkie języki
lang-load-failed = Nie udało się otworzyć tego języka, więc aplikacja jest po angielsku.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Ile masz lat?
age-intro = Możesz to pominąć. Jeśli masz mniej niż 18 lat, aplikacja używa prostszych słów i pokazuje pomoc dla dzieci.
age-under_18 = Poniżej 18
age-18_to_25 = Od 18 do 25
age-26_to_59 = Od 26 do 59
age-60_plus = 60 lub więcej

## Danger check and emergency numbers

danger-title = Czy jesteś teraz w niebezpieczeństwie?
danger-yes = Tak, jestem teraz w niebezpieczeństwie
danger-no = Nie, nie w tej chwili
emergency-title = Numery alarmowe
emergency-intro = Możesz dzwonić na te numery bez internetu.
emergency-country-label = Twój kraj
emergency-police = Policja i pomoc w nagłych wypadkach
emergency-hotline = Pomoc dla osób, które są ofiarami handlu ludźmi lub są zmuszane do pracy
emergency-children = Pomoc dla dzieci i młodzieży
emergency-call = Zadzwoń pod { $number }
emergency-source = Źródło: { $source }
emergency-checked = Sprawdzono: { $date }
emergency-not-checked = Jeszcze nie sprawdzono ponownie. Jeśli numer nie działa, zadzwoń na numer alarmowy.
emergency-call-trace = Połączenia i wiadomości tekstowe zostają na listach w twoim telefonie. Jeśli ktoś sprawdza twój telefon, możesz je potem usunąć.
emergency-none = Nie mamy jeszcze numerów dla tego kraju. Jeśli jesteś w niebezpieczeństwie, zadzwoń na miejscowy numer alarmowy.
emergency-continue = Dalej: poproś o pomoc

## What help is needed

needs-title = Jakiej pomocy potrzebujesz?
needs-intro = Wybierz wszystko, co pasuje. Możesz to pominąć.
need-safety_now = Bezpieczeństwo teraz
need-shelter = Bezpieczne miejsce, w którym można zostać
need-medical = Lekarz lub lekarstwa
need-legal_immigration = Pomoc z dokumentami, wizą lub prawem
need-labour_exploitation = Problemy w pracy lub brak zapłaty
need-sexual_exploitation = Zmuszanie do seksu
need-child_at_risk = Dziecko jest w niebezpieczeństwie
need-money_debt = Pieniądze lub długi
need-going_home = Powrót do domu lub odnalezienie rodziny
need-interpreter = Ktoś, kto mówi w moim języku
need-other = Coś innego
urgency-title = Jak szybko potrzebujesz pomocy?
urgency-now = Teraz
urgency-today = Dzisiaj
urgency-this_week = W tym tygodniu
urgency-not_urgent = Może poczekać
for-whom-title = Dla kogo jest ta prośba?
for-whom-self = Dla mnie
for-whom-someone_else = Dla kogoś innego
for-whom-assisted_by_outreach = Pomagam komuś w ramach pracy w terenie

## Safe contact

contact-title = Jak linia pomocy może się z tobą bezpiecznie skontaktować?
contact-intro = Wybierz co najmniej jeden sposób. Wybieraj tylko sposoby, które są dla ciebie bezpieczne.
contact-call = Rozmowa telefoniczna
contact-sms = Wiadomość tekstowa (SMS)
contact-messaging_app = Komunikator
contact-email = E-mail
contact-in_person_via_outreach = Osobiście, przez pracownika terenowego
contact-check_back_in_app = Sprawdzę odpowiedź w tej aplikacji
contact-phone-label = Numer telefonu z numerem kierunkowym kraju (na przykład +44…)
contact-app-label = Jaki komunikator? (na przykład WhatsApp, Signal)
contact-handle-label = Twoja nazwa lub numer w tym komunikatorze
contact-email-label = Adres e-mail
times-title = Kiedy można się z tobą bezpiecznie skontaktować?
times-intro = Możesz to pominąć. Wtedy linia pomocy będzie szczególnie ostrożna.
times-add = Dodaj bezpieczną porę
times-remove = Usuń tę porę
times-from = Od
times-to = Do
times-days = Dni
times-any-day = Dowolny dzień
times-zone = Strefa czasowa
weekday-mon = Poniedziałek
weekday-tue = Wtorek
weekday-wed = Środa
weekday-thu = Czwartek
weekday-fri = Piątek
weekday-sat = Sobota
weekday-sun = Niedziela
voicemail-title = Czy linia pomocy może zostawić wiadomość głosową?
voicemail-yes = Tak, wiadomość głosowa jest bezpieczna
voicemail-no = Nie, nigdy nie zostawiajcie wiadomości głosowej
voicemail-unsaid = Jeśli nie odbierzesz, linia pomocy nie zostawi wiadomości.
code-word-label = Hasło
code-word-hint = Linia pomocy powie to słowo, więc będziesz wiedzieć, że to naprawdę ona.
someone-else-title = Jeśli odbierze ktoś inny, linia pomocy powinna…
someone-else-hang_up = Rozłączyć się
someone-else-say_wrong_number = Powiedzieć, że to pomyłka
someone-else-ask_for_code_word = Zapytać o hasło
someone-else-other = Coś innego
someone-else-other-label = Co powinna zrobić?
responder-title = Z kim chcesz rozmawiać?
responder-woman = Z kobietą
responder-man = Z mężczyzną
responder-any_gender = Obojętnie
responder-language-label = Język, w którym chcesz dostać odpowiedź

## More (all optional)

more-title = Trochę więcej o tobie
more-intro = Wszystko to jest nieobowiązkowe.
place-label = Gdzie jesteś? Wystarczy miasto lub okolica.
place-hint = Podaj tylko tyle, ile chcesz. Ta aplikacja nigdy nie używa twojej lokalizacji.
message-label = Twoja wiadomość
message-hint = Możesz pisać w dowolnym języku.
message-left =
    { $count ->
        [one] Została { $count } litera
        [few] Zostały { $count } litery
        [many] Zostało { $count } liter
       *[other] Zostało { $count } litery
    }

## Consent

consent-title = Kto może zobaczyć twoją prośbę?
consent-intro = Ty decydujesz. Najbardziej prywatny wybór jest już zaznaczony.
consent-hotline_only = Tylko linia pomocy
consent-hotline_only-desc = Czyta ją tylko zespół linii pomocy. Nikomu jej nie przekazuje.
consent-may_refer_to_services = Linia pomocy i służby, które mogą pomóc
consent-may_refer_to_services-desc = Linia pomocy może ją przekazać schroniskom, lekarzom lub prawnikom, żeby ci pomóc.
consent-may_involve_police = Linia pomocy, służby i policja
consent-may_involve_police-desc = Linia pomocy może też powiadomić policję.
consent-child-note = Ponieważ masz mniej niż 18 lat, linia pomocy może musieć powiadomić osoby, które zawodowo chronią dzieci, żeby zapewnić ci bezpieczeństwo.

## Review and send

review-title = Sprawdź swoją prośbę
review-intro = Twoja prośba zostanie zablokowana tak, że otworzyć ją może tylko linia pomocy. Po wysłaniu nikt nie przeczyta jej na tym telefonie, nawet ty.
review-not-answered = Bez odpowiedzi
review-change = Zmień
review-needs = Potrzebna pomoc
review-contact = Jak się z tobą skontaktować
review-times = Bezpieczne pory
review-more = Więcej o tobie
review-consent = Kto może ją zobaczyć
submit = Zablokuj i wyślij do linii pomocy
submit-working = Blokowanie prośby…
submit-done = Twoja prośba jest zablokowana na tym telefonie. Zostanie wysłana, gdy będzie internet.

## Status

status-title = Twoje prośby
status-intro = Tutaj widzisz, co dzieje się z każdą prośbą.
status-empty = Nie ma jeszcze żadnych próśb.
status-saved = Zapisana na tym telefonie i zablokowana. Zostanie wysłana, gdy będzie internet.
status-sending = Wysyłanie…
status-received = Linia pomocy ją otrzymała. Sprawdziliśmy potwierdzenie od linii pomocy.
status-needs_attention = Ta prośba wymaga twojej uwagi.
status-attempts =
    { $count ->
        [one] Jedna próba
        [few] { $count } próby
        [many] { $count } prób
       *[other] { $count } próby
    }
status-hotline-received = Czeka, aż ktoś z linii pomocy ją przeczyta.
status-hotline-in_review = Ktoś z linii pomocy ją czyta.
status-hotline-answered = Linia pomocy już się nią zajęła.
status-hotline-closed = Linia pomocy ją zamknęła.
status-hotline-contact_planned = Ktoś z linii pomocy planuje, jak bezpiecznie się z tobą skontaktować.
status-hotline-needs_interpreter = Linia pomocy szuka kogoś, kto mówi w twoim języku.
status-hotline-referred = Linia pomocy poprosiła organizację partnerską, żeby ci pomogła.
status-hotline-unknown = Linia pomocy ma nowe informacje. Zaktualizuj aplikację, gdy będzie to bezpieczne, aby zobaczyć więcej.
status-replies = Wiadomości od linii pomocy
status-reply-note = Linia pomocy napisała też (może nie w twoim języku):
status-reply-unreadable = Przyszła wiadomość, której ta aplikacja nie mogła sprawdzić, więc nie jest pokazana.
status-offline = Teraz nie ma internetu. Twoje prośby są bezpieczne na tym telefonie.
status-send-now = Wyślij teraz
status-retry = Spróbuj ponownie
status-check = Zapytaj linię pomocy o nowe informacje
status-new = Zacznij nową prośbę

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Przeczytaliśmy twoją prośbę. Skontaktujemy się z tobą w wybrany przez ciebie sposób.
reply-call_planned = Zadzwonimy między { $from } a { $to } (twój czas). Dzień: { $day }.
reply-message_planned = Wyślemy ci wiadomość między { $from } a { $to } (twój czas). Dzień: { $day }.
reply-interpreter = Szukamy tłumacza, który mówi w twoim języku. Wkrótce się z tobą skontaktujemy.
reply-referred = Poprosiliśmy organizację partnerską w twojej okolicy o pomoc. Skontaktuje się z tobą w wybrany przez ciebie sposób.
reply-call_us = Zadzwoń do nas, gdy będzie to dla ciebie bezpieczne. Ty wybierasz porę.
reply-danger = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń na numer alarmowy. Znajdziesz go w tej aplikacji.
reply-closed = Zamknęliśmy twoją prośbę. W każdej chwili możesz wysłać nową.
reply-unknown = Linia pomocy wysłała wiadomość, której ta wersja aplikacji nie może pokazać. Zaktualizuj aplikację, gdy będzie to bezpieczne.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Twoja prośba jest zamknięta. Czy powiesz nam, jak poszła pomoc? Trzy krótkie pytania. Możesz je pominąć.
feedback-private = Twoje odpowiedzi są wysyłane bez twojej prośby i bez twojego imienia. Linia pomocy widzi tylko sumy.
feedback-start = Odpowiedz
feedback-skip = Nie, dziękuję
feedback-send = Wyślij odpowiedzi
feedback-q-helped = Czy udało się otrzymać potrzebną pomoc?
feedback-q-safe = Czy kontakt z nami był dla ciebie bezpieczny?
feedback-q-recommend = Czy opowiesz o nas komuś znajomemu?
feedback-a-yes = Tak
feedback-a-partly = Częściowo
feedback-a-no = Nie
feedback-thanks = Dziękujemy. Twoje odpowiedzi zostaną wysłane.
feedback-declined = Dobrze. Nie zapytamy ponownie.
feedback-failed = Nie udało się. Spróbuj ponownie.
problem-unknown_key = Ta aplikacja wymaga aktualizacji, zanim będzie można wysłać tę prośbę.
problem-conflict = Linia pomocy ma inną prośbę o tym samym numerze. Skontaktuj się z linią pomocy w inny sposób.
problem-malformed = Linia pomocy nie mogła odczytać tej prośby. Zacznij nową prośbę.
problem-too_large = Ta prośba jest za długa. Zacznij nową, z krótszą wiadomością.
problem-unsupported_media_type = Ta aplikacja wymaga aktualizacji, zanim będzie można wysłać tę prośbę.
problem-other = Sieć albo linia pomocy odrzuciła tę prośbę. Możesz spróbować ponownie albo użyć innej sieci.

## Several people on one device (outreach)

drafts-title = Prośby jeszcze niewysłane
drafts-continue = Kontynuuj
drafts-delete = Usuń
drafts-none = Nic nie czeka.
review-reference = Ta osoba nie zatrzyma tego telefonu: daj jej kod
review-reference-hint = Z kodem może czytać odpowiedzi linii pomocy na każdym telefonie z tą aplikacją. Ten telefon pokaże tylko, czy linia pomocy dostała prośbę.
assisted-organisation-label = Twoja organizacja (ty, osoba pracująca w terenie)
assisted-hint = Linia pomocy zobaczy, że pomagasz tej osobie i z kim pracujesz.
assisted-channel-label = Jak linia pomocy może się z tobą skontaktować (nieobowiązkowe)
reference-title = Kod tej osoby
reference-intro = Daj te słowa tej osobie. Dzięki nim może czytać odpowiedzi linii pomocy na każdym telefonie z tą aplikacją. Ten telefon nigdzie ich nie zapisuje i zapomina o nich, gdy ta osoba już je ma.
reference-for-person = Te słowa są twoje. Dzięki nim możesz czytać odpowiedzi linii pomocy. Na każdym telefonie z tą aplikacją otwórz „{ $requests }”, potem „{ $check }” i wpisz słowa albo cyfry. Trzymaj je w bezpiecznym miejscu: każdy, kto je ma, może czytać odpowiedzi.
reference-words = Słowa
reference-digits = Ten sam kod w cyfrach
reference-request = Prośba { $number }
reference-done = Ta osoba ma swój kod
reference-again = Aplikacja zablokowała się, gdy kod był pokazany. Oto on znowu: daj go teraz tej osobie.
status-check-reference = Sprawdź kod
check-reference-title = Sprawdź kod
check-reference-intro = Wpisz słowa albo cyfry, które dostałeś. Ten telefon nie zapisuje ani ich, ani odpowiedzi.
check-reference-no-hotline = Ta aplikacja nie jest jeszcze połączona z linią pomocy, więc nie może tu sprawdzić kodu. Spróbuj na innym telefonie z tą aplikacją.
check-reference-label = Słowa albo cyfry
check-reference-submit = Sprawdź
check-reference-working = Sprawdzanie. Może to potrwać kilka sekund…
check-reference-no-replies = Nie ma jeszcze wiadomości od linii pomocy.
check-reference-show-in = Pokaż w języku: { $language }
worker-title = Praca w terenie
worker-working-as = Pracujesz jako: { $organisation }
worker-intro = Każda osoba, której pomagasz, odpowiada w swoim języku. Jej odpowiedzi wychodzą z tego telefonu zapieczętowane, a ona zabiera ze sobą kod. Tutaj zostaje tylko numer i stan każdej prośby.
worker-new-person = Pomóż nowej osobie
handover-title = Pytania tylko dla ciebie
handover-worker = Teraz daj telefon tej osobie. Na kolejne pytania odpowiada sama i nie zobaczysz jej odpowiedzi.
handover-person = Kolejne pytania są tylko dla ciebie. Osoba, która ci pomaga, nie zobaczy twoich odpowiedzi.
handover-start = Zacznij
giveback-title = Dziękujemy
giveback-intro = Twoje odpowiedzi są zapieczętowane. Osoba, która ci pomaga, nie może ich zobaczyć. Teraz oddaj telefon.
giveback-button = Oddaj telefon
review-private = Ta osoba odpowiedziała na to sama. Nie jest to pokazane.
review-assisted-as = Telefon zaufania zobaczy, że pomogłeś, jako: { $organisation }
review-later = Nie teraz: zostaw w „Prośby jeszcze niewysłane”
review-hand-again = Daj telefon tej osobie jeszcze raz
review-hand-again-hint = Użyj, jeśli ta osoba chce zmienić to, na co odpowiedziała sama, albo coś tam trzeba poprawić. Znów zobaczy pytanie, kto może zobaczyć prośbę, i wybierze od nowa.
review-private-fix = Coś, na co ta osoba odpowiedziała sama, trzeba poprawić. Tylko ona może to poprawić: daj jej telefon jeszcze raz.
age-given-back-worker = Jeśli zmienisz wiek na „Poniżej 18” lub z „Poniżej 18” na inny, ta osoba musi znów zobaczyć pytanie, kto może zobaczyć prośbę: dasz jej telefon jeszcze raz.
age-reopened-worker = Zmiana wieku dotyczy wyboru tej osoby, kto może zobaczyć prośbę. Kontynuuj: dasz jej telefon jeszcze raz, a ona wybierze od nowa.
setup-worker = Pracuję w terenie: pomagam innym prosić o pomoc
setup-worker-hint = Telefon zaufania zobaczy twoją organizację przy każdej prośbie, w której pomagasz.
worker-org-needed = Wpisz nazwę swojej organizacji albo wyłącz tryb pracownika terenowego.
settings-worker-title = Tryb pracy w terenie
settings-worker-intro = Pomagaj innym wysyłać prośby z tego telefonu. Ich odpowiedzi są zapieczętowane, a każda osoba zabiera ze sobą kod.
settings-worker-on = Włącz
settings-worker-save = Zapisz zmiany
settings-worker-off = Wyłącz
settings-worker-saved = Gotowe. Tryb pracy w terenie jest włączony.
settings-worker-removed = Gotowe. Tryb pracy w terenie jest wyłączony.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Przeczytaj na głos: { $text }
speak-stop = Zatrzymaj czytanie
speak-no-voice = Na tym telefonie nie ma głosu dla tego języka.
speak-unavailable = Czytanie na głos nie działa teraz na tym telefonie.
speak-headphones = Użyj słuchawek, jeśli ktoś w pobliżu mógłby usłyszeć.

## Settings

settings-title = Ustawienia
settings-language = Język
settings-read-aloud = Czytaj na głos każdy ekran po otwarciu
settings-lock = Zablokuj teraz
settings-less-protected = Słabsza ochrona na tym urządzeniu: nie ma tu bezpiecznego miejsca na klucze, więc ktoś, kto skopiuje pliki aplikacji, może próbować odgadnąć twój PIN. Dłuższy PIN chroni lepiej.
settings-duress-title = PIN awaryjny
settings-duress-intro = Drugi PIN na wypadek, gdy ktoś zmusi cię do otwarcia aplikacji. Usuwa wszystko bez żadnego śladu.
settings-current-pin = Twój PIN
settings-duress-save = Zapisz PIN awaryjny
settings-duress-remove = Usuń PIN awaryjny
settings-pin-title = Zmień swój PIN
settings-new-pin = Nowy PIN (od 6 do 12 cyfr)
settings-new-pin-again = Nowy PIN jeszcze raz
settings-pin-save = Zmień PIN
settings-pin-changed = Twój PIN został zmieniony. Od teraz używaj nowego PIN-u.
settings-duress-saved = Gotowe. Twój PIN awaryjny jest zapisany.
settings-duress-removed = Gotowe. Teraz nie ma PIN-u awaryjnego.
pin-wrong-left =
    { $count ->
        [one] Ten PIN jest nieprawidłowy. Po jeszcze jednym złym PIN-ie wszystko na tym telefonie zostanie usunięte.
        [few] Ten PIN jest nieprawidłowy. Po jeszcze { $count } złych PIN-ach wszystko na tym telefonie zostanie usunięte.
        [many] Ten PIN jest nieprawidłowy. Po jeszcze { $count } złych PIN-ach wszystko na tym telefonie zostanie usunięte.
       *[other] Ten PIN jest nieprawidłowy. Po jeszcze { $count } złych PIN-ach wszystko na tym telefonie zostanie usunięte.
    }
settings-wipe-title = Usuń wszystko
settings-wipe-intro = To usuwa wszystkie prośby i wersje robocze na tym telefonie. Nie da się tego cofnąć. Prośby, które linia pomocy już otrzymała, zostają w linii pomocy.
settings-wipe-confirm = Tak, usuń wszystko

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Czy coś ci teraz grozi?
danger-yes-child = Tak, coś mi grozi
danger-no-child = Nie, nie teraz
emergency-intro-child = Możesz zadzwonić pod te numery. Nie potrzebujesz internetu.
emergency-call-trace-child = Twój telefon zapisuje listę połączeń i wiadomości. Jeśli martwisz się, że ktoś ją zobaczy, możesz je potem usunąć.
needs-title-child = W czym potrzebujesz pomocy?
needs-intro-child = Dotknij wszystkiego, co cię dotyczy. Możesz to pominąć.
need-legal_immigration-child = Pomoc z papierami lub dokumentami
need-labour_exploitation-child = Ktoś zmusza mnie do pracy
need-sexual_exploitation-child = Ktoś zmusza mnie do rzeczy związanych z seksem
need-money_debt-child = Ktoś mówi, że mam u niego dług
need-going_home-child = Chcę wrócić do domu albo znaleźć rodzinę
need-child_at_risk-child = Inne dziecko jest w niebezpieczeństwie
urgency-title-child = Kiedy potrzebujesz pomocy?
for-whom-title-child = Kto potrzebuje pomocy?
for-whom-self-child = Ja
contact-title-child = Jak możemy bezpiecznie z tobą porozmawiać?
contact-intro-child = Wybierz sposób, który jest dla ciebie bezpieczny. Nikt inny nie powinien go widzieć.
times-title-child = Kiedy możemy bezpiecznie do ciebie zadzwonić albo napisać?
times-intro-child = Możesz to pominąć. Wtedy będziemy bardzo ostrożni.
voicemail-title-child = Czy możemy zostawić wiadomość głosową?
someone-else-title-child = Jeśli odbierze ktoś inny, co mamy zrobić?
responder-title-child = Z kim chcesz porozmawiać?
more-title-child = Coś jeszcze?
more-intro-child = Nie musisz odpowiadać.
place-label-child = Gdzie jesteś? Wystarczy nazwa miasta.
message-label-child = Napisz nam, co się dzieje, jeśli chcesz
consent-title-child = Kto może przeczytać to, co piszesz?
consent-intro-child = Ty wybierasz. Najbezpieczniejszy wybór jest już zaznaczony.
consent-hotline_only-desc-child = Czytają to tylko osoby, które pomagają w linii pomocy. Zachowują to w tajemnicy.
consent-may_refer_to_services-desc-child = Linia pomocy może powiedzieć osobom, które dbają o bezpieczeństwo dzieci, na przykład lekarzowi, prawnikowi albo osobom z bezpiecznego domu.
consent-may_involve_police-desc-child = Linia pomocy może też powiedzieć policji, żeby policja zatrzymała ludzi, którzy cię krzywdzą.
review-title-child = Zobacz swoje odpowiedzi
review-intro-child = Kiedy to wyślesz, zostanie zablokowane. Otworzyć to może tylko linia pomocy. Nikt nie przeczyta tego na tym telefonie, nawet ty.
submit-done-child = Twoja wiadomość jest zablokowana na tym telefonie. Zostanie wysłana, gdy będzie internet.
handover-title-child = Te pytania są tylko dla ciebie
handover-person-child = Na kolejne pytania odpowiadasz tylko ty. Osoba, która ci pomaga, nie zobaczy, co odpowiesz.
giveback-intro-child = Twoje odpowiedzi są zablokowane. Osoba, która ci pomaga, nie może ich zobaczyć. Teraz oddaj jej telefon.
reference-for-person-child = Te słowa są tylko dla ciebie. Dzięki nim przeczytasz, co linia pomocy ci odpisze. Na każdym telefonie z tą aplikacją dotknij „{ $requests }”, potem „{ $check }” i wpisz słowa albo cyfry. Zachowaj je w tajemnicy: każdy, kto je ma, może przeczytać odpowiedzi.

## Errors (codes come from the app's core)

error-wrong_pin = Ten PIN jest nieprawidłowy.
error-locked = Najpierw otwórz aplikację swoim PIN-em.
error-no_hotline = Ta aplikacja nie jest jeszcze połączona z linią pomocy. Twoja wersja robocza jest zapisana.
error-invalid = Niektóre odpowiedzi trzeba zmienić. Zobacz zaznaczone pytania.
error-pin_too_short = PIN ma od 6 do 12 cyfr.
error-duress_same_as_pin = PIN awaryjny musi być inny niż twój PIN.
error-worker_drafts_open = Tryb pracy w terenie pozostaje włączony, dopóki prośby osób, którym pomagasz, nie zostaną wysłane. Wyślij je albo usuń w „Prośby jeszcze niewysłane”, a potem wyłącz ten tryb.
error-already_set_up = Ta aplikacja jest już skonfigurowana.
error-not_found = Nie znaleziono tego. Mogło zostać usunięte.
error-internal = Coś poszło nie tak. Twoje zapisane prośby są bezpieczne. Spróbuj ponownie.
error-not_set_up = Ta aplikacja nie jest jeszcze skonfigurowana. Najpierw wybierz PIN.
error-busy = Aplikacja właśnie wysyła. Spróbuj ponownie za chwilę.
error-status_unavailable = Nie udało się teraz zapytać linii pomocy. Twoja prośba jest bezpieczna. Spróbuj ponownie później.
error-malformed = Nie udało się odczytać niektórych odpowiedzi. Sprawdź je i spróbuj ponownie.
error-too_large = To jest za długie, żeby wysłać. Skróć swoją wiadomość.
error-unsupported_version = Ta aplikacja wymaga aktualizacji.
error-profile = Dane linii pomocy w tej aplikacji są nieprawidłowe. Twoja wersja robocza jest zapisana. Pobierz nowszą wersję aplikacji.
error-sync_client = Aplikacja nie może się teraz bezpiecznie połączyć. Twoja prośba jest zapisana i zostanie wysłana później.
error-already_exists = To jest już zapisane.
error-empty_pin = Wpisz swój PIN.
error-invalid_kdf_params = Ustawienia tej aplikacji są nieprawidłowe. Pobierz nowszą wersję aplikacji.
error-device_secret_unavailable = Aplikacja nie ma dostępu do bezpiecznej pamięci tego telefonu. Uruchom telefon ponownie i spróbuj jeszcze raz.
error-envelope = Nie udało się zapieczętować prośby dla linii pomocy. Nadal jest zapisana jako wersja robocza.
error-receipt_mismatch = Nie udało się sprawdzić odpowiedzi linii pomocy. Twoja prośba zostanie wysłana ponownie.
error-corrupt = Zapisane dane aplikacji są uszkodzone. Nie można ich otworzyć.
error-io = Telefon nie mógł tego zapisać. Może pamięć jest pełna. Zwolnij trochę miejsca i spróbuj ponownie.
error-database = Aplikacja nie mogła odczytać ani zapisać swoich danych. Twoje zapisane prośby są bezpieczne. Spróbuj ponownie.
error-pin_too_long = PIN ma od 6 do 12 cyfr.
error-pin_not_digits = PIN składa się tylko z cyfr.
error-reference_word_count = Kod ma 9 słów. Sprawdź, czy wpisałeś wszystkie.
error-reference_unknown_word = Jedno ze słów jest błędne. Sprawdź pisownię.
check-reference-wrong-word = Słowo numer { $number } jest błędne. Sprawdź pisownię.
error-reference_digits = Kod ma 22 cyfry. Sprawdź, czy wpisałeś wszystkie.
error-reference_check = Jedno słowo albo cyfra jest błędna. Sprawdź każde i spróbuj jeszcze raz.
error-reference_not_found = Linia pomocy nie ma jeszcze prośby z tym kodem. Jeśli wysłano ją z telefonu bez internetu, dotrze, gdy ten telefon znowu będzie miał internet. Spróbuj ponownie później. Jeśli nadal jej nie ma, sprawdź każde słowo albo każdą cyfrę.
field-error-empty = Wypełnij to pole albo pomiń pytanie.
field-error-not_trimmed = Usuń spacje na początku lub na końcu.
field-error-too_long = To jest za długie. Limit liter: { $max }.
field-error-too_many_bytes = To jest za długie.
field-error-too_many = Za dużo. Najwyżej { $max }.
field-error-duplicate = To jest na liście dwa razy.
field-error-control_characters = Tu są znaki, których nie można użyć.
field-error-invalid_phone = Ten numer telefonu wygląda na błędny. Zacznij od + i numeru kierunkowego kraju.
field-error-invalid_region = Ten kraj jest nieznany.
field-error-invalid_email = Ten adres e-mail wygląda na błędny.
field-error-invalid_language = Ten język jest nieznany.
field-error-invalid_time_zone = Ta strefa czasowa jest nieznana.
field-error-invalid_time = Wybierz różne godziny początku i końca.
field-error-no_contact_method = Wybierz co najmniej jeden sposób kontaktu. Wystarczy „Sprawdzę odpowiedź w tej aplikacji”.
field-error-unsupported_version = Ta aplikacja wymaga aktualizacji.
