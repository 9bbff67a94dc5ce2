## Reach boîte de réception du personnel — Français (French)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.

-locale-name = Français
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

inbox-title = Boîte de réception Reach
skip-to-main = Aller au contenu principal

## Login
login-title = Connexion du personnel
login-name = Nom
login-password = Mot de passe
login-code = Code de votre application d’authentification
login-submit = Se connecter
login-failed = Nom, mot de passe ou code incorrect.
login-locked = Trop d’échecs de connexion. Réessayez dans { $seconds } secondes.
login-expired = Votre session est terminée. Veuillez vous reconnecter.
logout = Se déconnecter
logged-in-as = Connecté·e : { $name } ({ $role })

## Roles
role-operator = opérateur·rice
role-supervisor = superviseur·e
role-admin = administrateur·rice

## List
list-title = Demandes
list-empty = Aucune demande ne correspond à ces filtres.
list-count = { $count ->
    [one] Une demande
   *[other] { $count } demandes
}
filter-title = Filtres
filter-state = État
filter-language = Langue
filter-need = Besoin
filter-urgency = Urgence
filter-assignee = Attribuée à
filter-any = Tous
filter-unassigned = Personne
filter-apply = Afficher
flag-danger = Danger immédiat
flag-child = Enfant
flag-assisted = Accompagnée
col-request = Demande
col-received = Reçue
col-state = État
col-language = Langue
col-needs = Besoins
col-assignee = Attribuée à
not-answered = sans réponse
set-aside = { $count ->
    [one] Une demande enregistrée n’a pas pu être ouverte. Demandez à un administrateur de l’examiner.
   *[other] { $count } demandes enregistrées n’ont pas pu être ouvertes. Demandez à un administrateur de les examiner.
}

pages = Pages de la liste
page-of = Page { $page } sur { $pages }
page-previous = Page précédente
page-next = Page suivante

## States
state-received = Nouvelle
state-in_review = En cours d’examen
state-answered = Répondue
state-closed = Clôturée
state-contact_planned = Contact planifié
state-needs_interpreter = Interprète nécessaire
state-referred = Orientée vers un partenaire

## Urgency
urgency-now = Maintenant
urgency-today = Aujourd’hui
urgency-this_week = Cette semaine
urgency-not_urgent = Pas urgent

## Needs
need-safety_now = Sécurité immédiate
need-shelter = Hébergement sûr
need-medical = Aide médicale
need-legal_immigration = Papiers, aide juridique
need-labour_exploitation = Travail forcé ou exploité
need-sexual_exploitation = Exploitation sexuelle
need-child_at_risk = Un enfant en danger
need-money_debt = Dettes, argent dû
need-going_home = Rentrer chez soi
need-interpreter = Interprète
need-other = Autre chose

## Request page
request-title = Demande { $id }
back-to-list = Retour à la liste
safe-contact-title = Contact sûr : à lire avant tout contact
safe-methods = Moyens de réponse autorisés
method-check_back_in_app = Seulement dans l’application : la personne y regardera. N’appelez pas, n’écrivez pas.
method-call = Appeler le { $phone }
method-sms = SMS au { $phone }
method-messaging_app = { $app } : { $handle }
method-email = Courriel à { $address }
method-in_person_via_outreach = En personne, par l’intervenant·e de terrain
voicemail-no = Ne laissez pas de message vocal.
voicemail-yes = Un message vocal est permis.
code-word = Mot de code : { $word }
someone-else = Si quelqu’un d’autre répond :
someone-else-hang_up = Raccrocher sans un mot.
someone-else-say_wrong_number = Dire que c’est un faux numéro.
someone-else-ask_for_code_word = Demander le mot de code avant de dire quoi que ce soit.
someone-else-other = Selon les mots de la personne : { $text }
responder = Réponse par : { $gender }
responder-woman = une femme
responder-man = un homme
responder-any_gender = n’importe qui
safe-times = Heures sûres, dans votre fuseau horaire ({ $zone })
safe-times-none = La personne n’a indiqué aucune heure sûre : préférez l’application ou un SMS.
safe-time-row = { $days } { $start }–{ $end } (son heure : { $theirs })
any-day = Tous les jours
now-safe = C’est maintenant un moment sûr pour un contact.
now-not-safe = Ce n’est PAS maintenant un moment sûr pour un contact.
request-details = Ce que la personne a écrit
field-needs = Besoins
field-urgency = Urgence
field-for-whom = Pour qui
field-age = Âge
field-language = Langue
field-place = Lieu
field-message = Message
field-consent = Consentement
for-whom-self = La personne elle-même
for-whom-someone_else = Quelqu’un d’autre
for-whom-assisted_by_outreach = Avec un·e intervenant·e de terrain
age-under_18 = Moins de 18 ans
age-18_to_25 = 18 à 25 ans
age-26_to_59 = 26 à 59 ans
age-60_plus = 60 ans ou plus
consent-hotline_only = Seulement la ligne d’écoute
consent-may_refer_to_services = La ligne d’écoute et les services d’aide
consent-may_involve_police = Les services et la police
child-warning = Un enfant peut être concerné : suivez la procédure de protection de l’enfance.
assisted-by = Avec l’aide d’un·e intervenant·e de terrain :
consent-assisted = Donné par la personne, avec l’aide de l’intervenant·e de terrain

## Notes
notes-title = Notes pour les collègues
notes-none = Pas encore de notes.
note-by = { $author }, { $day }
note-add = Ajouter une note (seul le personnel la voit ; enregistrée chiffrée)
note-submit = Enregistrer la note
note-unreadable = Cette note n’a pas pu être ouverte.
done-note = Note enregistrée.

## Replies to the person
reply-title = Répondre à la personne
reply-intro = La personne lit votre réponse dans sa propre langue ({ $language }) : son téléphone traduit le message que vous choisissez. Les heures sont celles du fuseau horaire de la personne.
reply-template = Message
reply-day = Jour
reply-from = De (heure de la personne)
reply-to = À (heure de la personne)
reply-text = Note courte (facultative ; affichée exactement comme vous l’écrivez, sans traduction)
reply-text-hint = { $max } caractères au maximum. N’écrivez rien qui pourrait nuire à la personne si quelqu’un d’autre lit son téléphone.
reply-submit = Chiffrer et envoyer la réponse
reply-sent-title = Réponses envoyées
reply-none = Pas encore de réponse.
reply-by = Réponse { $seq }, { $author }, { $day }
reply-unreadable = Cette réponse n’a pas pu être ouverte.
reply-no-key = Cette demande vient d’une ancienne version de l’application, sans clé de réponse : aucune réponse ne peut arriver sur le téléphone. Contactez la personne comme l’indique son plan de contact sûr.
reply-note-label = Note :
done-reply = Réponse chiffrée. Le téléphone de la personne la récupérera à sa prochaine connexion.
error-reply-params = Ce message demande un jour et une plage horaire (un début et une fin différents).
error-reply-text = La note a au maximum { $max } caractères.
error-reply-limit = Cette demande a déjà le nombre maximal de réponses permises ({ $max }).
error-reply-no-key = Cette demande n’a pas de clé de réponse.

## Replies as the person reads them (in the person's language on their phone)
reply-received = Nous avons lu votre demande. Nous allons vous contacter de la façon que vous avez choisie.
reply-call_planned = Nous allons vous appeler { $day }, entre { $from } et { $to } (votre heure locale).
reply-message_planned = Nous allons vous envoyer un message { $day }, entre { $from } et { $to } (votre heure locale).
reply-interpreter = Nous cherchons un interprète qui parle votre langue. Nous allons vous contacter bientôt.
reply-referred = Nous avons demandé à une organisation partenaire près de chez vous de vous aider. Elle va vous contacter de la façon que vous avez choisie.
reply-call_us = Merci de nous appeler quand c’est sans danger pour vous. C’est vous qui choisissez le moment.
reply-danger = Si vous êtes en danger maintenant, appelez le numéro d’urgence. Vous le trouvez dans cette appli.
reply-closed = Nous avons fermé votre demande. Vous pouvez en envoyer une nouvelle à tout moment.

## Actions
actions-title = Traiter cette demande
assign-me = Me l’attribuer
assign-to = Attribuer à
assign-submit = Attribuer
unassign = Retirer l’attribution
state-set = Changer l’état
state-submit = Enregistrer l’état
done-assigned = Attribuée.
done-state = État enregistré.

## Errors
error-forbidden = Votre rôle ne permet pas cela.
error-csrf = Ce formulaire n’est plus à jour. Veuillez réessayer.
error-not-found = Cette demande n’existe pas.
error-bad-input = Ce n’était pas un choix valable.
error-note-length = Une note a de 1 à 2000 caractères.
weekday-monday = lun.
weekday-tuesday = mar.
weekday-wednesday = mer.
weekday-thursday = jeu.
weekday-friday = ven.
weekday-saturday = sam.
weekday-sunday = dim.

## Staff accounts (admins only)
nav-staff = Comptes du personnel
staff-title = Comptes du personnel
staff-add-title = Ajouter un compte
staff-name = Identifiant
staff-name-help = De 1 à 64 caractères : lettres minuscules a–z, chiffres 0–9, point (.), tiret bas (_) ou tiret (-).
staff-role = Rôle
staff-add-submit = Ajouter et afficher ses accès
staff-list-title = Comptes
staff-enabled = peut se connecter
staff-disabled = désactivé : ne peut pas se connecter
staff-locked = Bloqué pour le moment après des échecs de connexion. Le blocage se lève tout seul, ou avec un nouveau mot de passe.
staff-you = C’est votre compte. Seul·e un·e autre administrateur·rice peut le modifier.
staff-role-of = Rôle de { $name }
staff-role-submit = Changer le rôle
staff-disable = Désactiver { $name }
staff-enable = Réactiver { $name }
staff-reset = Nouveau mot de passe et nouveau code pour { $name }
staff-reset-help = En cas de mot de passe oublié, de téléphone perdu ou d’accès qu’une autre personne pourrait connaître : l’ancien mot de passe et l’ancien authentificateur ne fonctionnent plus, et les sessions ouvertes se ferment.
staff-done-role = Le rôle de { $name } a été changé.
staff-done-disabled = Le compte de { $name } est désactivé et ses sessions sont fermées.
staff-done-enabled = { $name } peut de nouveau se connecter.
staff-error-own = Personne ne peut modifier son propre compte. Demandez à un·e autre administrateur·rice.
staff-error-bad-name = Ce nom ne peut pas être utilisé. Un nom a de 1 à 64 caractères : lettres minuscules a–z, chiffres 0–9, point (.), tiret bas (_) ou tiret (-).
staff-error-taken = Un compte porte déjà ce nom. Choisissez un autre nom.
staff-error-unknown = Aucun compte ne porte ce nom.

## A new login, shown once
creds-title-added = Nouveau compte : { $name }
creds-title-reset = Nouveaux accès pour { $name }
creds-once = Affiché cette seule fois : impossible de l’afficher à nouveau. Remettez-le maintenant à { $name }, en personne. Le mot de passe se garde dans un gestionnaire de mots de passe ; le code se scanne avec l’application d’authentification.
creds-password = Mot de passe
creds-authenticator = Application d’authentification
creds-qr-label = Code QR à scanner avec l’application d’authentification de { $name }
creds-uri = Si le code ne peut pas être scanné, saisissez ce lien dans l’application d’authentification :
creds-done = Terminé : retour aux comptes du personnel

## Export pour le système de dossiers d'un partenaire
export-title = Exporter pour un partenaire
export-help = Cochez dans la liste ci-dessous les demandes à exporter, choisissez un format et la protection du fichier, puis téléchargez-le. N'exportez que ce dont le partenaire a besoin.
export-hotline-only = Une demande dont le consentement est « Seulement la ligne d’écoute » n’a pas de case à cocher : la personne a été informée que la ligne d’écoute ne la partage pas.
export-select = Sélectionner la demande { $id }
export-format = Format
export-format-json = JSON (pour les systèmes de dossiers)
export-format-csv = CSV (pour les tableurs)
export-protect = Protéger le fichier par
export-protect-passphrase = Une phrase secrète
export-protect-key = La clé publique du partenaire
export-passphrase = Phrase secrète (au moins 12 caractères)
export-passphrase-hint = Donnez la phrase secrète au partenaire par un autre moyen, par exemple par téléphone. Ne l'envoyez jamais avec le fichier.
export-recipient = La clé publique du partenaire (commence par age1)
export-recipient-hint = Le partenaire vous donne cette clé. Lui seul peut ouvrir le fichier.
export-submit = Télécharger le fichier chiffré
export-error-none = Rien n'a été exporté : sélectionnez au moins une demande.
export-error-too-many = Rien n'a été exporté : { $max } demandes au plus à la fois.
export-error-passphrase = Rien n'a été exporté : la phrase secrète doit avoir au moins 12 caractères.
export-error-recipient = Rien n'a été exporté : ce n'est pas une clé publique. Elle commence par age1.
export-error-unknown = Rien n'a été exporté : une des demandes sélectionnées n'existe pas.
export-error-hotline-only = Rien n'a été exporté : une des demandes sélectionnées a le consentement « Seulement la ligne d’écoute ». La personne a été informée que la ligne d’écoute ne la partage pas.

## Survivors' voices
nav-label = Sections de la boîte
voices-title = Paroles des personnes survivantes
voices-intro = Quand une demande est close, l’app pose à la personne, une seule fois et seulement si elle le veut, trois questions sur l’aide reçue. Les réponses arrivent sans la demande ni aucun nom, et ne sont montrées ici qu’en totaux mensuels.
voices-rules = Seuls les mois terminés sont montrés, chacun avec au moins { $min } réponses ; un nombre inférieur à { $min } est masqué, avec un autre quand il pourrait s’en déduire.
voices-none = Aucun mois n’a encore assez de réponses pour être montré.
voices-month = { $month } : { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
voices-question = Question
voices-q-helped = Avez-vous reçu l’aide dont vous aviez besoin ?
voices-q-safe = Vous êtes-vous senti·e en sécurité quand nous vous avons contacté·e ?
voices-q-recommend = Parleriez-vous de nous à un ami ou une amie ?
voices-a-yes = Oui
voices-a-partly = En partie
voices-a-no = Non
voices-a-none = Sans réponse
voices-hidden = masqué (moins de { $min })
voices-withheld = { $count ->
    [one] Un mois terminé n’est pas montré : il a moins de { $min } réponses.
   *[other] { $count } mois terminés ne sont pas montrés : chacun a moins de { $min } réponses.
}
voices-unreadable = { $count ->
    [one] Une réponse n’a pas pu être lue et n’est pas comptée.
   *[other] { $count } réponses n’ont pas pu être lues et ne sont pas comptées.
}
