# Convene's web pages, in French. Every string a page shows lives here (and in the five
# other languages' web.ftl, with the same keys and the same variables).

app-name = Convene
skip-to-content = Aller au contenu principal
language = Langue
nav-label = Navigation principale
nav-requests = Mes demandes
nav-new-request = Nouvelle demande
nav-invoices = Factures
nav-queue = File d'attente
nav-day = Vue journalière
nav-home = Accueil
nav-directory = Annuaire
sign-out = Se déconnecter
footer-venue = Manifestations parallèles au Siège de l'Organisation des Nations Unies, à New York · les heures indiquées sont celles de New York
who-mission = Mission { $mission }
who-unit = Unité : { $unit }
who-focal-point = Bureau des points focaux
who-finance = Service financier
who-admin = Administrateur
who-system = Convene

## Connexion
sign-in-title = Connexion
sign-in-lead = Connectez-vous avec la clé d'accès attribuée à votre mission ou à votre bureau.
sign-in-key = Clé d'accès
sign-in-key-hint = Elle commence par cvn_. Gardez-la secrète : quiconque la détient peut agir en votre nom.
sign-in-button = Se connecter
sign-in-invalid = Cette clé d'accès n'est pas valide ou a été révoquée.
demo-title = Profils de démonstration
demo-lead = Ce serveur fonctionne avec des données de démonstration. Connectez-vous en un clic sous l'un de ces profils.
persona-mission = { $name } ({ $code })
persona-unit = Unité : { $name }
persona-focal-point = Bureau des points focaux
persona-finance = Service financier
persona-admin = Administrateur
role-home-title = Bienvenue
role-home-text = Les pages correspondant à votre rôle seront disponibles dans la prochaine version. En attendant, l'annuaire vous est ouvert, et l'interface de programmation GraphQL permet d'effectuer toutes les tâches.
role-home-graphiql = Interface de programmation GraphQL (GraphiQL)

## Erreurs
error-title = Une erreur s'est produite
error-title-not-found = Page introuvable
error-title-forbidden = Formulaire refusé
error-title-other-role = Page réservée à un autre rôle
error-title-bad-request = Demande incompréhensible
error-title-unavailable = Momentanément indisponible
error-title-method = Action non disponible ainsi
error-method = Cette adresse n'accepte pas ce type de demande. Utilisez les liens et les boutons des pages.
error-not-found = Cette page n'existe pas, ou vous n'êtes pas autorisé à la consulter.
error-forbidden = Ce formulaire n'a pas pu être accepté : il n'a pas été envoyé depuis ce site, ou la page était trop ancienne. Revenez en arrière, rechargez la page et réessayez.
error-other-role = Cette page appartient à un autre rôle. Utilisez les liens de vos propres pages ; pour agir dans un autre rôle, déconnectez-vous et connectez-vous avec la clé d'accès de ce rôle.
error-bad-request = La requête n'a pas pu être lue.
error-unavailable = Le système de réservation n'est pas disponible pour le moment. Aucune donnée n'a été perdue ; veuillez réessayer dans quelques secondes.
error-internal = Une erreur inattendue s'est produite. Elle a été enregistrée ; veuillez réessayer ultérieurement.
error-home = Aller à la page d'accueil
error-summary-title = Un problème a été détecté

## Accueil de la mission
home-title = Mes demandes
home-empty = Vous n'avez encore aucune demande. Commencez par une nouvelle demande : une salle, une date et les prestations dont vous avez besoin.
home-drafts = Brouillons à compléter
home-waiting = En attente d'approbation
home-approved = Approuvées
home-held = Manifestations tenues
home-invoiced = Facturées
home-cancelled = Annulées ou rejetées
next-draft = Prochaine étape : ajouter les prestations et les invités, puis soumettre la demande.
next-submitted = Prochaine étape : le Bureau des points focaux examine la demande et attribue une salle.
next-approved = Prochaine étape : les unités confirment vos prestations ; ajoutez les invités avant la date limite.
next-held = Prochaine étape : évaluer les prestations ; le Service financier émet la facture.
next-closed = Prochaine étape : consulter la facture.
next-cancelled = Aucune autre action n'est requise.

## Formulaire de demande
new-title = Nouvelle demande
edit-title = Modifier la demande
rules-title = Règles de réservation
hint-booking-hours = Les manifestations parallèles ont lieu du lundi au vendredi entre 8 heures et 21 heures (heure de New York) et durent de 30 minutes à 4 heures.
hint-lead-time = { $days ->
    [one] Toute demande doit être soumise au moins { $days } jour avant la manifestation.
   *[other] Toute demande doit être soumise au moins { $days } jours avant la manifestation.
}
hint-submit-by = Cette demande doit être soumise au plus tard le { $deadline }.
hint-submit-too-late = La date limite de soumission des demandes pour cette date était le { $deadline } : veuillez choisir une date ultérieure.
form-title = Titre de la manifestation
form-description = Description (facultatif)
form-when = Date et heure
form-when-hint = Heure de New York.
form-date = Date
form-start = Début
form-end = Fin
form-attendance = Nombre de participants prévu
form-show-rooms = Afficher les salles libres
form-room = Salle souhaitée
form-room-none = Aucune préférence
form-create = Créer le brouillon
form-save = Enregistrer les modifications
form-invalid-date = Saisissez une date, par exemple 2026-12-15.
form-invalid-time = Saisissez une heure, par exemple 10:00.
free-rooms-for = Salles pouvant accueillir ce nombre de personnes et libres le { $when } :
free-rooms-none = Aucune salle n'est libre pour cet horaire et ce nombre de participants. Choisissez un autre horaire, ou soumettez la demande sans préférence : le Bureau des points focaux vous aidera.
free-rooms-unknown = Saisissez la date, les heures et le nombre de participants pour afficher les salles libres.
list-separator = {", "}
room-capacity = { $capacity } places
feature-accessible = accès de plain-pied
feature-hearing_loop = boucle magnétique
feature-interpretation_booths = cabines d'interprétation
feature-video_conference = visioconférence
feature-webcast = retransmission sur le Web

## Page de la demande
request-title = Demande
request-summary = Résumé
request-status = Statut
request-reference = Référence
request-when = Date et heure
request-attendance = Participants
request-preferred-room = Salle souhaitée
request-room = Salle
request-room-none = Pas encore attribuée
request-mission = Mission
request-focal-point = Point focal
request-focal-none = Désigné lors de la soumission de la demande
request-reason = Motif
request-fee = Frais d'annulation
request-invoice = Facture
request-invoice-open = Consulter la facture
request-next = Actions possibles
request-status-draft = Brouillon
request-status-submitted = Soumise
request-status-approved = Approuvée
request-status-rejected = Rejetée
request-status-held = Manifestation tenue
request-status-cancelled = Annulée
request-status-closed = Facturée
line-status-requested = Demandée
line-status-confirmed = Confirmée
line-status-declined = Refusée
line-status-delivered = Fournie
line-status-cancelled = Annulée
lines-title = Prestations
lines-none = Aucune prestation pour le moment.
line-delivered = quantité fournie : { $quantity }
line-price-confirmed = prix confirmé
col-service = Prestation
col-unit = Unité
col-quantity = Quantité
col-price = Prix
col-status = Statut
col-unit-price = Prix unitaire
col-amount = Montant
col-number = Numéro
col-issued = Date d'émission
col-total = Total
col-balance = Solde
col-reason = Motif
estimate-title = Estimation
bill-empty = Rien à payer pour le moment.
bill-subtotal = Sous-total
bill-total = Total
bill-rate-version = barème, version { $version }
bill-fee = frais d'annulation de { $percent } %
history-title = Historique
action-edit = Modifier la demande
action-services = Ajouter ou retirer des prestations
action-guests = Invités
action-feedback = Évaluer les prestations
action-cancel = Annuler la demande
action-submit = Soumettre la demande
action-add = Ajouter
action-remove-line = Retirer { $item }
action-add-guest = Ajouter l'invité
action-remove-guest = Retirer { $name }
action-paste = Ajouter ces invités
action-cancel-confirm = Annuler la demande
action-keep = Conserver la demande
action-send-feedback = Envoyer
action-approve = Approuver dans cette salle
action-reject = Rejeter la demande
action-held = Constater la tenue de la manifestation
action-filter = Filtrer
action-search = Rechercher
action-show = Afficher
back-to-request = Retour à la demande
slot = { $date }, { $start }–{ $end } { $zone }
time-range = { $from }–{ $to }
event-EventRequestCreated = Demande créée
event-EventRequestEdited = Demande modifiée
event-EventRequestSubmitted = Demande soumise
event-EventRequestApproved = Demande approuvée
event-EventRequestRejected = Demande rejetée
event-EventRequestCancelled = Demande annulée
event-EventRequestHeld = Manifestation tenue
event-EventRequestClosed = Demande facturée
event-ServiceLineRequested = Prestation demandée
event-ServiceLineConfirmed = Prestation confirmée
event-ServiceLineDeclined = Prestation refusée
event-ServiceLineDelivered = Prestation fournie
event-ServiceLineCancelled = Prestation annulée
event-GuestAdded = Invité ajouté
event-GuestRemoved = Invité retiré
event-InvoiceIssued = Facture émise
event-CreditNoteIssued = Avoir émis
event-PaymentRecorded = Paiement enregistré
event-FeedbackSubmitted = Évaluation envoyée

## Prestations
services-title = Prestations
services-lead = Choisissez les prestations dans le barème. Les prix indiqués sont ceux du jour ; chaque unité confirme ses propres lignes.
basis-per_person = par personne
basis-per_hour = par heure
basis-per_event = par manifestation
basis-per_item = à l'unité
lead-days = { $days ->
    [0] sans délai de commande
    [one] à commander au moins un jour à l'avance
   *[other] à commander au moins { $days } jours à l'avance
}
order-by = À commander au plus tard le { $deadline }.
order-too-late = Trop tard pour cette manifestation : la date limite était le { $deadline }.

## Invités
guests-title = Invités
guests-cutoff = Vous pouvez ajouter et retirer des invités jusqu'au { $cutoff }.
guests-cutoff-passed = La liste des invités a été close le { $cutoff }.
guests-count = { $count ->
    [0] Aucun invité
    [one] Un invité
   *[other] { $count } invités
}
guests-none = Aucun invité pour le moment.
guests-add-one = Ajouter un invité
guest-name = Nom complet
guest-organization = Organisation (facultatif)
guests-paste = Coller une liste
guests-paste-label = Invités, un par ligne
guests-paste-hint = Le nom, puis une virgule, un point-virgule ou une tabulation, puis l'organisation.
paste-result = Résultat de la liste
paste-added = ajouté
paste-some-refused = { $count ->
    [one] { $count } ligne n'a pas été ajoutée ; elle figure toujours dans la zone de saisie, pour correction.
   *[other] { $count } lignes n'ont pas été ajoutées ; elles figurent toujours dans la zone de saisie, pour correction.
}
paste-too-long = { $max ->
    [one] Une liste ne peut pas compter plus de { $max } ligne.
   *[other] Une liste ne peut pas compter plus de { $max } lignes.
}

## Annulation
cancel-title = Annuler la demande
cancel-free = À ce stade, l'annulation est gratuite.
cancel-fee = À ce stade, l'annulation coûte { $fee } : les prestations confirmées sont facturées en fonction du préavis donné.
cancel-fee-rules = Les prestations confirmées ne sont pas facturées si le préavis est de 7 jours ou plus ; elles sont facturées à moitié prix si le préavis est compris entre 48 heures et 7 jours, et au prix plein s'il est inférieur à 48 heures. Les prestations non confirmées ne sont jamais facturées.
cancel-reason = Pour quelle raison annulez-vous la demande ?

## Évaluation
feedback-title = Évaluer les prestations
feedback-lead = Indiquez à chaque unité la qualité du service rendu pour votre manifestation. Chaque unité ne peut être évaluée qu'une fois.
feedback-none = Aucune unité n'a fourni de prestation pour cette manifestation.
feedback-rate = { $unit }
feedback-stars = { $rating } sur 5
feedback-comment = Commentaire (facultatif)
feedback-thanks = Merci : votre évaluation a été enregistrée.

## Factures
invoices-title = Factures
invoices-none = Aucune facture pour le moment.
invoice-title = Facture
invoice-heading = Facture { $number }
invoice-event = Manifestation
invoice-credited = Montant crédité
invoice-paid = Montant payé
invoice-balance = Solde
invoice-credit-notes = Avoirs
invoice-status-issued = Émise
invoice-status-partially_paid = Partiellement payée
invoice-status-paid = Payée
invoice-status-credited = Créditée
credit-pro-rata = réparti entre les unités

## Annuaire
directory-title = Annuaire
directory-lead = Qui s'occupe de quelle prestation, avec les coordonnées. Une demande, un point focal : les unités ci-dessous confirment et fournissent leur part.
directory-search = Rechercher une unité, une prestation ou un nom
directory-services = Prestations
directory-nothing = Aucun résultat pour « { $query } ».

## Bureau des points focaux
queue-title = Demandes à examiner
queue-status = Statut
queue-from = Du
queue-to = Au
queue-empty = Aucune demande ne correspond.
queue-attendance = participants : { $attendance }
review-title = Examen
review-conflicts = Conflits
review-rooms = Salles libres à cet horaire et de capacité suffisante
review-no-room = Aucune salle n'est libre pour cet horaire et ce nombre de participants.
review-preferred = souhaitée
review-reject-reason = Motif communiqué à la mission
review-held-hint = Une fois la manifestation terminée.
reject-reason = Motif
conflict-room-taken = La salle { $room } est occupée de { $from } à { $to } par la demande { $reference }.
conflict-competing = La demande { $reference } porte également sur la salle { $room }, de { $from } à { $to }.
conflict-capacity = La salle { $room } compte { $capacity } places ; { $attendance } participants sont attendus.
day-title = Vue journalière
day-nav = Jours
day-previous = Jour précédent
day-next = Jour suivant
day-grid = Salles et heures
day-empty = Aucune manifestation approuvée ce jour-là.
day-room-free = Libre toute la journée
day-busy = Réservée
day-buffers = salle retenue { $from }–{ $to }

## Facility units
nav-unit-queue = Lignes
nav-run-sheet = Feuille de route
nav-satisfaction = Satisfaction
unit-queue-title = Services à fournir
unit-queue-all = Tous les statuts
unit-queue-empty = Aucune ligne ne correspond.
unit-line-quoted = prix sur devis
unit-line-note = Note de la mission : { $note }
unit-line-reason = Motif : { $reason }
unit-line-delivered = Fourni : { $quantity }
unit-confirm-price = Prix sur devis (vide : celui du barème)
unit-confirm-note = Note pour la mission
action-confirm = Confirmer
unit-decline-reason = Motif du refus
action-decline = Refuser
unit-deliver-quantity = Quantité fournie
action-deliver = Enregistrer la prestation
unit-guest-list = Liste des invités
action-print = Imprimer
run-sheet-title = Feuille de route
run-sheet-lead = { $unit } : les services confirmés du jour, par salle et par heure.
run-sheet-empty = Rien n'est confirmé pour ce jour.
col-time = Heure
col-event = Manifestation
col-note = Note
col-attendance = Participants
guest-list-title = Liste des invités
guest-list-cutoff = La liste est close le { $cutoff }, 48 heures avant la manifestation.
guest-list-closed = La liste est close : elle ne change plus.
guest-list-empty = Aucun invité n'est inscrit.
guest-list-count = Invités : { $count }
col-name = Nom
col-organization = Organisation
satisfaction-title = Satisfaction
satisfaction-average = Note moyenne : { $average } sur 5
satisfaction-count = Évaluations : { $count }
satisfaction-none = Aucune mission n'a encore évalué ce service.
satisfaction-comments = Commentaires récents
satisfaction-no-comments = Aucun commentaire pour l'instant : les notes ont été données sans commentaire.
satisfaction-rating = Note : { $rating } sur 5

## Finance
nav-ready = À facturer
nav-revenue = Recettes
finance-ready-title = Prêt à facturer
finance-ready-lead = Manifestations tenues, et annulations avec frais, qui n'ont pas encore de facture.
finance-ready-empty = Rien n'attend d'être facturé.
action-issue-invoice = Émettre la facture
filter-all-missions = Toutes les missions
filter-issued-from = Émises depuis le
filter-issued-to = Émises jusqu'au
revenue-title = Recettes par service
revenue-none = Aucune facture n'a été émise sur cette période.
revenue-chart = Recettes par service, facturé moins les avoirs
invoice-payments = Paiements
col-reference = Référence
col-received = Reçu le
credit-note-title = Avoir
credit-note-creditable = Au plus { $amount } peut encore être crédité.
action-credit = Émettre l'avoir
payment-title = Paiement
action-pay = Enregistrer le paiement

## Downloads
pdf-language = Langue du document
action-download-pdf = Télécharger le PDF
pdf-label = PDF
erp-export-title = Export vers l'ERP
erp-export-hint = Chaque ligne des factures émises pendant cette période, une rangée par ligne (CSV), pour l'ERP.
erp-export-action = Télécharger le CSV
