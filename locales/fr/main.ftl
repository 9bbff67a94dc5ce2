## Reach — Français
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Français
# The language's name in English, for the language search.
-locale-english = French
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Calculatrice
quick-exit = Sortie rapide
quick-exit-hint = Cache cette appli tout de suite
back = Retour
next = Suivant
skip = Passer
save = Enregistrer
cancel = Annuler
close = Fermer
done = Terminé
optional = facultatif
step-of = Étape { $current } sur { $total }
saved-locked = Enregistré et verrouillé sur ce téléphone

## Calculator (the app's disguise)

calc-label = Calculatrice
calc-display-label = Résultat
calc-clear = C
calc-equals = =
calc-error = Erreur

## First use: a private PIN

setup-title = Rendre cette appli privée
setup-intro = Choisissez un code secret (un code PIN). Personne d'autre ne doit le connaître.
setup-how = Pour ouvrir cette appli plus tard, tapez votre code PIN sur la calculatrice, puis appuyez sur =.
setup-pin-label = Votre code PIN (6 à 12 chiffres)
setup-pin-repeat-label = Tapez encore une fois votre code PIN
setup-duress-title = Code PIN d'urgence (vous pouvez passer cette étape)
setup-duress-intro = Si quelqu'un vous force à ouvrir cette appli, tapez plutôt cet autre code PIN. L'appli aura l'air vide, et tout ce qu'elle contient sera effacé sans laisser de trace.
setup-duress-label = Code PIN d'urgence
setup-submit = Enregistrer mon code PIN
setup-mismatch = Les deux codes PIN ne sont pas les mêmes. Merci de réessayer.

## Language

lang-title = Choisissez votre langue
lang-intro = Vous pourrez la changer plus tard dans les Paramètres.
lang-search-label = Trouvez votre langue
lang-search-hint = Tapez le nom de votre langue, dans n'importe quelle langue
lang-search-none = Aucune langue ne correspond. Essayez avec moins de lettres.
lang-yours = Langues de ce téléphone
lang-all = Toutes les langues
lang-load-failed = Cette langue n'a pas pu être ouverte, l'appli est donc affichée en anglais.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Quel âge avez-vous ?
age-intro = Vous pouvez passer cette étape. Si vous avez moins de 18 ans, l'appli utilise des mots plus simples et montre de l'aide pour les enfants.
age-under_18 = Moins de 18 ans
age-18_to_25 = 18 à 25 ans
age-26_to_59 = 26 à 59 ans
age-60_plus = 60 ans ou plus

## Danger check and emergency numbers

danger-title = Êtes-vous en danger en ce moment ?
danger-yes = Oui, je suis en danger maintenant
danger-no = Non, pas en ce moment
emergency-title = Numéros d'urgence
emergency-intro = Vous pouvez appeler ces numéros sans internet.
emergency-country-label = Votre pays
emergency-police = Police et urgences
emergency-hotline = Aide contre la traite des personnes et le travail forcé
emergency-children = Aide pour les enfants et les jeunes
emergency-call = Appeler le { $number }
emergency-source = Source : { $source }
emergency-checked = Vérifié : { $date }
emergency-not-checked = Pas encore vérifié de nouveau. Si le numéro ne marche pas, appelez le numéro d'urgence.
emergency-call-trace = Les appels et les messages texte restent dans les listes de votre téléphone. Si quelqu'un contrôle votre téléphone, vous pouvez les effacer ensuite.
emergency-none = Nous n'avons pas encore de numéros pour ce pays. Si vous êtes en danger, appelez le numéro d'urgence local.
emergency-continue = Continuer et demander de l'aide

## What help is needed

needs-title = De quelle aide avez-vous besoin ?
needs-intro = Choisissez tout ce qui correspond. Vous pouvez passer cette étape.
need-safety_now = Être en sécurité maintenant
need-shelter = Un endroit sûr où rester
need-medical = Des soins ou des médicaments
need-legal_immigration = De l'aide pour les papiers, le visa ou la loi
need-labour_exploitation = Des problèmes au travail ou pas de salaire
need-sexual_exploitation = Relations sexuelles forcées
need-child_at_risk = Un enfant est en danger
need-money_debt = Argent ou dettes
need-going_home = Rentrer chez soi ou retrouver sa famille
need-interpreter = Quelqu'un qui parle ma langue
need-other = Autre chose
urgency-title = Quand avez-vous besoin d'aide ?
urgency-now = Maintenant
urgency-today = Aujourd'hui
urgency-this_week = Cette semaine
urgency-not_urgent = Ça peut attendre
for-whom-title = Pour qui est cette demande ?
for-whom-self = Pour moi
for-whom-someone_else = Pour une autre personne
for-whom-assisted_by_outreach = Je travaille pour une association et j'aide quelqu'un

## Safe contact

contact-title = Comment la ligne d'aide peut-elle vous joindre sans danger ?
contact-intro = Choisissez au moins un moyen. Choisissez seulement des moyens sans danger pour vous.
contact-call = Appel téléphonique
contact-sms = Message texte (SMS)
contact-messaging_app = Appli de messagerie
contact-email = E-mail
contact-in_person_via_outreach = En personne, avec l'aide d'une association
contact-check_back_in_app = Je regarderai la réponse dans cette appli
contact-phone-label = Numéro de téléphone, avec l'indicatif du pays (par exemple +33…)
contact-app-label = Quelle appli ? (par exemple WhatsApp, Signal)
contact-handle-label = Votre nom ou numéro dans cette appli
contact-email-label = Adresse e-mail
times-title = Quand peut-on vous contacter sans danger ?
times-intro = Vous pouvez passer cette étape. La ligne d'aide fera alors encore plus attention.
times-add = Ajouter un horaire sûr
times-remove = Enlever cet horaire
times-from = De
times-to = À
times-days = Jours
times-any-day = N'importe quel jour
times-zone = Fuseau horaire
weekday-mon = Lundi
weekday-tue = Mardi
weekday-wed = Mercredi
weekday-thu = Jeudi
weekday-fri = Vendredi
weekday-sat = Samedi
weekday-sun = Dimanche
voicemail-title = La ligne d'aide peut-elle laisser un message vocal ?
voicemail-yes = Oui, un message vocal est sans danger
voicemail-no = Non, ne jamais laisser de message vocal
voicemail-unsaid = Si vous ne répondez pas, la ligne d'aide n'en laissera pas.
code-word-label = Mot secret
code-word-hint = La ligne d'aide dira ce mot. Ainsi, vous saurez que c'est vraiment elle.
someone-else-title = Si une autre personne répond, la ligne d'aide doit…
someone-else-hang_up = Raccrocher
someone-else-say_wrong_number = Dire que c'est une erreur de numéro
someone-else-ask_for_code_word = Demander le mot secret
someone-else-other = Autre chose
someone-else-other-label = Que doit faire la ligne d'aide ?
responder-title = À qui aimeriez-vous parler ?
responder-woman = À une femme
responder-man = À un homme
responder-any_gender = Peu importe
responder-language-label = Langue dans laquelle vous voulez la réponse

## More (all optional)

more-title = Un peu plus sur vous
more-intro = Tout ceci est facultatif.
place-label = Où êtes-vous ? Une ville ou un quartier suffit.
place-hint = Dites seulement ce que vous voulez. Cette appli n'utilise jamais votre position.
message-label = Votre message
message-hint = Vous pouvez écrire dans n'importe quelle langue.
message-left =
    { $count ->
        [one] Encore { $count } lettre possible
       *[other] Encore { $count } lettres possibles
    }

## Consent

consent-title = Qui peut voir votre demande ?
consent-intro = C'est vous qui décidez. Le choix le plus privé est déjà coché.
consent-hotline_only = Seulement la ligne d'aide
consent-hotline_only-desc = Seule l'équipe de la ligne d'aide la lit. Elle ne la partage pas.
consent-may_refer_to_services = La ligne d'aide et des services qui peuvent aider
consent-may_refer_to_services-desc = La ligne d'aide peut la partager avec des foyers, des services de santé ou une aide juridique, pour vous aider.
consent-may_involve_police = La ligne d'aide, les services et la police
consent-may_involve_police-desc = La ligne d'aide peut aussi prévenir la police.
consent-child-note = Comme tu as moins de 18 ans, la ligne d'aide devra peut-être prévenir des personnes dont le métier est de protéger les enfants, pour que tu sois en sécurité.

## Review and send

review-title = Vérifiez votre demande
review-intro = Votre demande sera verrouillée pour que seule la ligne d'aide puisse l'ouvrir. Une fois qu'elle est envoyée, personne ne peut la lire sur ce téléphone, pas même vous.
review-not-answered = Pas de réponse
review-change = Modifier
review-needs = Aide demandée
review-contact = Comment vous joindre
review-times = Horaires sûrs
review-more = Plus sur vous
review-consent = Qui peut la voir
submit = Verrouiller et envoyer à la ligne d'aide
submit-working = Verrouillage de votre demande…
submit-done = Votre demande est verrouillée sur ce téléphone. Elle partira quand il y aura internet.

## Status

status-title = Vos demandes
status-intro = Ici, vous pouvez voir où en est chaque demande.
status-empty = Pas encore de demande.
status-saved = Enregistrée et verrouillée sur ce téléphone. Elle partira quand il y aura internet.
status-sending = Envoi en cours…
status-received = La ligne d'aide l'a reçue. Nous avons vérifié l'accusé de réception de la ligne d'aide.
status-needs_attention = Cette demande a besoin de votre attention.
status-attempts =
    { $count ->
        [one] { $count } essai
       *[other] { $count } essais
    }
status-hotline-received = Elle attend qu'une personne de la ligne d'aide la lise.
status-hotline-in_review = Une personne de la ligne d'aide est en train de la lire.
status-hotline-answered = La ligne d'aide s'en est occupée.
status-hotline-closed = La ligne d'aide a fermé cette demande.
status-hotline-contact_planned = Une personne de la ligne d'aide prépare un moyen sûr de vous contacter.
status-hotline-needs_interpreter = La ligne d'aide cherche une personne qui parle votre langue.
status-hotline-referred = La ligne d'aide a demandé à une organisation partenaire de vous aider.
status-hotline-unknown = La ligne d'aide a des nouvelles sur cette demande. Mettez à jour l'appli quand c'est sans danger, pour en voir plus.
status-replies = Messages de la ligne d'aide
status-reply-note = La ligne d'aide a aussi écrit (peut-être pas dans votre langue) :
status-reply-unreadable = Un message est arrivé, mais cette appli n'a pas pu le vérifier. Il n'est donc pas affiché.
status-offline = Pas d'internet en ce moment. Vos demandes sont en sécurité sur ce téléphone.
status-send-now = Envoyer maintenant
status-retry = Réessayer
status-check = Demander des nouvelles à la ligne d'aide
status-new = Faire une nouvelle demande

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Nous avons lu votre demande. Nous allons vous contacter de la façon que vous avez choisie.
reply-call_planned = Nous allons vous appeler { $day }, entre { $from } et { $to } (votre heure locale).
reply-message_planned = Nous allons vous envoyer un message { $day }, entre { $from } et { $to } (votre heure locale).
reply-interpreter = Nous cherchons un interprète qui parle votre langue. Nous allons vous contacter bientôt.
reply-referred = Nous avons demandé à une organisation partenaire près de chez vous de vous aider. Elle va vous contacter de la façon que vous avez choisie.
reply-call_us = Merci de nous appeler quand c'est sans danger pour vous. C'est vous qui choisissez le moment.
reply-danger = Si vous êtes en danger maintenant, appelez le numéro d'urgence. Vous le trouvez dans cette appli.
reply-closed = Nous avons fermé votre demande. Vous pouvez en envoyer une nouvelle à tout moment.
reply-unknown = La ligne d'aide a envoyé un message que cette version de l'appli ne peut pas afficher. Merci de mettre à jour l'appli quand c'est sans danger.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Votre demande est close. Voulez-vous nous dire comment l’aide s’est passée ? Trois questions courtes. Vous pouvez les passer.
feedback-private = Vos réponses sont envoyées sans votre demande ni votre nom. La ligne d’aide ne voit que des totaux.
feedback-start = Répondre
feedback-skip = Non, merci
feedback-send = Envoyer les réponses
feedback-q-helped = Avez-vous reçu l’aide dont vous aviez besoin ?
feedback-q-safe = Vous êtes-vous senti·e en sécurité quand nous vous avons contacté·e ?
feedback-q-recommend = Parleriez-vous de nous à un ami ou une amie ?
feedback-a-yes = Oui
feedback-a-partly = En partie
feedback-a-no = Non
feedback-thanks = Merci. Vos réponses seront envoyées.
feedback-declined = D’accord. Nous ne demanderons plus.
feedback-failed = Cela n’a pas marché. Veuillez réessayer.
problem-unknown_key = Il faut mettre à jour cette appli avant de pouvoir envoyer cette demande.
problem-conflict = La ligne d'aide a une autre demande avec le même numéro. Merci de contacter la ligne d'aide d'une autre façon.
problem-malformed = La ligne d'aide n'a pas pu lire cette demande. Merci de faire une nouvelle demande.
problem-too_large = Cette demande est trop longue. Merci d'en faire une nouvelle avec un message plus court.
problem-unsupported_media_type = Il faut mettre à jour cette appli avant de pouvoir envoyer cette demande.
problem-other = Le réseau ou la ligne d'aide a refusé cette demande. Vous pouvez réessayer, ou essayer un autre réseau.

## Several people on one device (outreach)

drafts-title = Demandes pas encore envoyées
drafts-continue = Continuer
drafts-delete = Supprimer
drafts-none = Rien en attente.
review-reference = Cette personne ne gardera pas ce téléphone : donnez-lui un code de suivi
review-reference-hint = Avec ce code de suivi, elle peut lire les réponses de la ligne d'aide sur n'importe quel téléphone qui a cette appli. Ce téléphone montrera seulement si la ligne d'aide a bien reçu la demande.
assisted-organisation-label = Votre organisation (vous, l'intervenant ou l'intervenante de terrain)
assisted-hint = La ligne d'aide verra que vous avez aidé cette personne, et avec qui vous travaillez.
assisted-channel-label = Comment la ligne d'aide peut vous joindre (facultatif)
reference-title = Le code de suivi de la personne
reference-intro = Donnez ces mots à la personne. Avec eux, elle peut lire les réponses de la ligne d'aide sur n'importe quel téléphone qui a cette appli. Ce téléphone ne les écrit nulle part, et les oublie dès que la personne les a.
reference-for-person = Ces mots sont à vous. Avec eux, vous pouvez lire les réponses de la ligne d'aide. Sur n'importe quel téléphone qui a cette appli, ouvrez « { $requests } », puis « { $check } », et tapez les mots ou les chiffres. Gardez-les en lieu sûr : toute personne qui les connaît peut lire les réponses.
reference-words = Les mots
reference-digits = Le même code de suivi en chiffres
reference-request = Demande { $number }
reference-done = La personne a son code de suivi
reference-again = L'appli s'est verrouillée pendant que le code de suivi était affiché. Le voici à nouveau : donnez-le à la personne maintenant.
status-check-reference = Vérifier un code de suivi
check-reference-title = Vérifier un code de suivi
check-reference-intro = Tapez les mots ou les chiffres qu'on vous a donnés. Ce téléphone ne les garde pas, et il ne garde pas non plus les réponses.
check-reference-no-hotline = Cette appli n'est pas encore reliée à une ligne d'aide, donc elle ne peut pas vérifier un code de suivi ici. Merci d'essayer sur un autre téléphone qui a cette appli.
check-reference-label = Mots ou chiffres
check-reference-submit = Vérifier
check-reference-working = Vérification en cours. Cela peut prendre quelques secondes…
check-reference-no-replies = Pas encore de message de la ligne d'aide.
check-reference-show-in = Afficher en { $language }
worker-title = Travail de terrain
worker-working-as = Vous travaillez pour : { $organisation }
worker-intro = Chaque personne que vous aidez répond dans sa langue. Ses réponses quittent ce téléphone scellées, et elle emporte un code de suivi. Ici ne restent que le numéro et l'état de chaque demande.
worker-new-person = Aider une nouvelle personne
handover-title = Des questions pour vous seul·e
handover-worker = Donnez maintenant le téléphone à la personne. Elle répond seule aux questions suivantes, et vous ne verrez pas ses réponses.
handover-person = Les questions suivantes sont pour vous seul·e. La personne qui vous aide ne verra pas vos réponses.
handover-start = Commencer
giveback-title = Merci
giveback-intro = Vos réponses sont scellées. La personne qui vous aide ne peut pas les voir. Rendez maintenant le téléphone.
giveback-button = Rendre le téléphone
review-private = La personne a répondu seule. Ce n'est pas affiché.
review-assisted-as = La ligne d'aide verra que vous avez aidé, au nom de : { $organisation }
review-later = Pas maintenant : la garder dans « Demandes pas encore envoyées »
review-hand-again = Redonner le téléphone à la personne
review-hand-again-hint = À utiliser si la personne veut changer ce qu'elle a répondu seule, ou si quelque chose doit y être corrigé. Elle reverra la question de qui peut voir sa demande, et choisira de nouveau.
review-private-fix = Une réponse que la personne a donnée seule doit être corrigée. Elle seule peut la corriger : redonnez-lui le téléphone.
age-given-back-worker = Si vous passez l'âge à moins de 18 ans, ou si vous changez un âge de moins de 18 ans, la personne doit revoir la question de qui peut voir sa demande : vous lui redonnerez le téléphone une fois de plus.
age-reopened-worker = Le changement d'âge touche le choix de la personne sur qui peut voir sa demande. Continuez : vous lui redonnerez le téléphone, et elle choisira de nouveau.
setup-worker = Je suis intervenant·e de terrain : j'aide d'autres personnes à demander de l'aide
setup-worker-hint = La ligne d'aide verra votre organisation sur chaque demande que vous aidez à faire.
worker-org-needed = Écrivez le nom de votre organisation, ou désactivez le mode travailleur de terrain.
settings-worker-title = Mode intervenant·e de terrain
settings-worker-intro = Aidez d'autres personnes à envoyer des demandes depuis ce téléphone. Leurs réponses sont scellées, et chaque personne emporte un code de suivi.
settings-worker-on = Activer
settings-worker-save = Enregistrer les changements
settings-worker-off = Désactiver
settings-worker-saved = Terminé. Le mode intervenant·e de terrain est activé.
settings-worker-removed = Terminé. Le mode intervenant·e de terrain est désactivé.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Lire à voix haute : { $text }
speak-stop = Arrêter la lecture
speak-no-voice = Il n'y a pas de voix pour cette langue sur ce téléphone.
speak-unavailable = La lecture à voix haute ne fonctionne pas sur ce téléphone pour le moment.
speak-headphones = Utilisez des écouteurs si quelqu'un à côté pourrait entendre.

## Settings

settings-title = Paramètres
settings-language = Langue
settings-read-aloud = Lire chaque écran à voix haute à son ouverture
settings-lock = Verrouiller maintenant
settings-less-protected = Moins protégé sur cet appareil : il n'y a pas de coffre sûr pour les clés ici, donc quelqu'un qui copie les fichiers de l'application pourrait essayer de deviner votre code PIN. Un code PIN plus long vous protège mieux.
settings-duress-title = Code PIN d'urgence
settings-duress-intro = Un deuxième code PIN, pour le cas où quelqu'un vous force à ouvrir l'appli. Il efface tout sans laisser de trace.
settings-current-pin = Votre code PIN
settings-duress-save = Enregistrer le code PIN d'urgence
settings-duress-remove = Supprimer le code PIN d'urgence
settings-pin-title = Changer votre code PIN
settings-new-pin = Nouveau code PIN (6 à 12 chiffres)
settings-new-pin-again = Tapez encore une fois le nouveau code PIN
settings-pin-save = Changer le code PIN
settings-pin-changed = Votre code PIN a changé. À partir de maintenant, utilisez le nouveau code PIN.
settings-duress-saved = Terminé. Votre code PIN d'urgence est enregistré.
settings-duress-removed = Terminé. Il n'y a plus de code PIN d'urgence.
pin-wrong-left =
    { $count ->
        [one] Ce code PIN n'est pas le bon. Après encore { $count } code PIN faux, tout ce qui est sur ce téléphone sera effacé.
       *[other] Ce code PIN n'est pas le bon. Après encore { $count } codes PIN faux, tout ce qui est sur ce téléphone sera effacé.
    }
settings-wipe-title = Tout effacer
settings-wipe-intro = Cela efface toutes les demandes et tous les brouillons sur ce téléphone. On ne peut pas revenir en arrière. Les demandes déjà reçues par la ligne d'aide restent à la ligne d'aide.
settings-wipe-confirm = Oui, tout effacer

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Es-tu en danger maintenant ?
danger-yes-child = Oui, je suis en danger
danger-no-child = Non, ça va pour l'instant
emergency-intro-child = Tu peux appeler ces numéros. Tu n'as pas besoin d'internet.
emergency-call-trace-child = Ton téléphone garde une liste des appels et des messages. Si tu as peur que quelqu'un la voie, tu peux les effacer après.
needs-title-child = Pour quoi as-tu besoin d'aide ?
needs-intro-child = Touche tout ce qui est vrai pour toi. Tu peux passer cette étape.
need-legal_immigration-child = De l'aide pour les papiers ou les documents
need-labour_exploitation-child = Quelqu'un me force à travailler
need-sexual_exploitation-child = Quelqu'un me force à faire des choses sexuelles
need-money_debt-child = Quelqu'un dit que je lui dois de l'argent
need-going_home-child = Je veux rentrer chez moi ou retrouver ma famille
need-child_at_risk-child = Un autre enfant est en danger
urgency-title-child = Quand as-tu besoin d'aide ?
for-whom-title-child = Qui a besoin d'aide ?
for-whom-self-child = Moi
contact-title-child = Comment pouvons-nous te parler sans danger ?
contact-intro-child = Choisis un moyen sans danger pour toi. Personne d'autre ne doit le voir.
times-title-child = Quand pouvons-nous t'appeler ou t'écrire sans danger ?
times-intro-child = Tu peux passer cette étape. Alors nous ferons très attention.
voicemail-title-child = Pouvons-nous te laisser un message vocal ?
someone-else-title-child = Si une autre personne répond, que devons-nous faire ?
responder-title-child = À qui veux-tu parler ?
more-title-child = Autre chose ?
more-intro-child = Tu n'as pas besoin de répondre.
place-label-child = Où es-tu ? Le nom d'une ville ou d'un village suffit.
message-label-child = Raconte-nous ce qui se passe, si tu veux
consent-title-child = Qui peut lire ce que tu as écrit ?
consent-intro-child = C'est toi qui choisis. Le choix le plus sûr est déjà coché.
consent-hotline_only-desc-child = Seules les personnes qui aident à la ligne d'aide le lisent. Elles le gardent secret.
consent-may_refer_to_services-desc-child = La ligne d'aide peut prévenir des personnes qui protègent les enfants, comme un médecin, une maison sûre ou un avocat.
consent-may_involve_police-desc-child = La ligne d'aide peut aussi prévenir la police, pour qu'elle arrête les personnes qui te font du mal.
review-title-child = Regarde tes réponses
review-intro-child = Quand tu l'envoies, il est verrouillé. Seule la ligne d'aide peut l'ouvrir. Personne ne peut le lire sur ce téléphone, même pas toi.
submit-done-child = Ton message est verrouillé sur ce téléphone. Il partira quand il y aura internet.
handover-title-child = Des questions juste pour toi
handover-person-child = C'est toi qui réponds aux prochaines questions, personne d'autre. La personne qui t'aide ne verra pas ce que tu dis.
giveback-intro-child = Tes réponses sont verrouillées. La personne qui t'aide ne peut pas les voir. Maintenant, rends le téléphone à la personne qui t'aide.
reference-for-person-child = Ces mots sont juste pour toi. Avec eux, tu peux lire ce que la ligne d'aide t'écrit. Sur n'importe quel téléphone qui a cette appli, touche « { $requests } », puis « { $check } », et tape les mots ou les chiffres. Garde-les secrets : toute personne qui les connaît peut lire les réponses.

## Errors (codes come from the app's core)

error-wrong_pin = Ce code PIN n'est pas le bon.
error-locked = Merci d'ouvrir d'abord l'appli avec votre code PIN.
error-no_hotline = Cette appli n'est pas encore reliée à une ligne d'aide. Votre brouillon est enregistré.
error-invalid = Certaines réponses doivent être changées. Merci de regarder les questions marquées.
error-pin_too_short = Un code PIN a de 6 à 12 chiffres.
error-duress_same_as_pin = Le code PIN d'urgence doit être différent de votre code PIN.
error-worker_drafts_open = Le mode intervenant·e de terrain reste activé tant que des demandes de personnes que vous aidez ne sont pas envoyées. Merci de les envoyer, ou de les supprimer dans « Demandes pas encore envoyées », puis de désactiver le mode.
error-already_set_up = Cette appli est déjà configurée.
error-not_found = Introuvable. Cela a peut-être été effacé.
error-internal = Un problème est survenu. Vos demandes enregistrées sont en sécurité. Merci de réessayer.
error-not_set_up = Cette appli n'est pas encore configurée. Merci de choisir d'abord un code PIN.
error-busy = L'appli est en train d'envoyer. Merci de réessayer dans un moment.
error-status_unavailable = La ligne d'aide n'a pas pu être contactée pour le moment. Votre demande est en sécurité. Merci de réessayer plus tard.
error-malformed = Certaines réponses n'ont pas pu être lues. Merci de les vérifier et de réessayer.
error-too_large = C'est trop long pour être envoyé. Merci d'écrire un message plus court.
error-unsupported_version = Il faut mettre à jour cette appli.
error-profile = Les informations de la ligne d'aide dans cette appli ne sont pas correctes. Votre brouillon est enregistré. Merci d'installer une appli à jour.
error-sync_client = L'appli ne peut pas se connecter de façon sûre pour le moment. Votre demande est enregistrée et partira plus tard.
error-already_exists = C'est déjà enregistré.
error-empty_pin = Merci de taper votre code PIN.
error-invalid_kdf_params = Les réglages de cette appli ne sont pas corrects. Merci d'installer une appli à jour.
error-device_secret_unavailable = L'appli n'arrive pas à utiliser le coffre sûr de ce téléphone. Merci de redémarrer le téléphone et de réessayer.
error-envelope = Votre demande n'a pas pu être verrouillée pour la ligne d'aide. Elle reste enregistrée comme brouillon.
error-receipt_mismatch = La réponse de la ligne d'aide n'a pas pu être vérifiée. Votre demande sera envoyée de nouveau.
error-corrupt = Les données enregistrées de l'appli sont abîmées. Elles ne peuvent pas être ouvertes.
error-io = Le téléphone n'a pas pu enregistrer cela. Il est peut-être plein. Merci de libérer un peu de place et de réessayer.
error-database = L'appli n'a pas pu lire ou enregistrer ses données. Vos demandes enregistrées sont en sécurité. Merci de réessayer.
error-pin_too_long = Un code PIN a de 6 à 12 chiffres.
error-pin_not_digits = Un code PIN n'a que des chiffres.
error-reference_word_count = Un code de suivi a 9 mots. Merci de vérifier que vous les avez tous tapés.
error-reference_unknown_word = Un des mots n'est pas juste. Merci de vérifier comment il est écrit.
check-reference-wrong-word = Le mot numéro { $number } n'est pas juste. Merci de vérifier comment il est écrit.
error-reference_digits = Un code de suivi a 22 chiffres. Merci de vérifier que vous les avez tous tapés.
error-reference_check = Un mot ou un chiffre n'est pas juste. Merci de vérifier chacun et de réessayer.
error-reference_not_found = La ligne d'aide n'a pas encore de demande avec ce code de suivi. Si elle a été envoyée depuis un téléphone sans internet, elle arrivera quand ce téléphone aura de nouveau internet. Merci de réessayer plus tard. Si elle est toujours introuvable, merci de vérifier chaque mot ou chiffre.
field-error-empty = Merci de remplir ce champ, ou de passer la question.
field-error-not_trimmed = Merci d'enlever les espaces au début ou à la fin.
field-error-too_long = C'est trop long. { $max } lettres au maximum.
field-error-too_many_bytes = C'est trop long.
field-error-too_many = Il y en a trop. { $max } au maximum.
field-error-duplicate = C'est deux fois dans la liste.
field-error-control_characters = Il y a des caractères qui ne peuvent pas être utilisés.
field-error-invalid_phone = Ce numéro de téléphone ne semble pas correct. Commencez par + et l'indicatif du pays.
field-error-invalid_region = Ce pays n'est pas connu.
field-error-invalid_email = Cette adresse e-mail ne semble pas correcte.
field-error-invalid_language = Cette langue n'est pas connue.
field-error-invalid_time_zone = Ce fuseau horaire n'est pas connu.
field-error-invalid_time = Merci de choisir une heure de début et une heure de fin différentes.
field-error-no_contact_method = Merci de choisir au moins un moyen de vous joindre. « Je regarderai la réponse dans cette appli » suffit.
field-error-unsupported_version = Il faut mettre à jour cette appli.
