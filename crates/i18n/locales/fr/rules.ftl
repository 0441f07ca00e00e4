# The messages of the rule codes (PRODUCT.md section 4 and the API's own codes), the
# labels they insert, and how this language writes numbers, money, dates and times.
#
# A code has several wordings, most specific first: the API uses the first whose
# condition holds and whose $variables all have a value, so each list ends with a
# sentence that needs nothing. Variables take a parameter's value as given (codes,
# numbers, amounts, venue-local times), or a label of the sections below.

# Before « ; » and « : » and inside guillemets, the spaces of these sentences are no-break
# spaces (U+00A0), as French typography wants; keep them when editing.

## The sentence for a code the API does not know.

rule-unknown = L'opération demandée n'a pas pu être effectuée.

## OUTSIDE_BOOKING_HOURS

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-1 = Une manifestation parallèle doit commencer et se terminer le même jour (heure de New York) ; la période demandée va du { $start } au { $end }.

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-2 = Une manifestation parallèle doit commencer et se terminer le même jour (heure de New York).

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-1 = Les manifestations parallèles ont lieu du lundi au vendredi ; le début demandé, { $start }, tombe un week-end.

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-2 = Les manifestations parallèles ont lieu du lundi au vendredi.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-1 = Les manifestations parallèles ne peuvent pas commencer avant 8 heures (heure de New York) ; le début demandé est le { $start }.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-2 = Les manifestations parallèles ne peuvent pas commencer avant 8 heures (heure de New York).

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-1 = Les manifestations parallèles doivent se terminer au plus tard à 21 heures (heure de New York) ; la fin demandée est le { $end }.

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-2 = Les manifestations parallèles doivent se terminer au plus tard à 21 heures (heure de New York).

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-1 = Une manifestation parallèle doit durer au moins 30 minutes ; la période demandée va du { $start } au { $end }.

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-2 = Une manifestation parallèle doit durer au moins 30 minutes.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-1 = Une manifestation parallèle ne peut pas durer plus de 4 heures ; la période demandée va du { $start } au { $end }.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-2 = Une manifestation parallèle ne peut pas durer plus de 4 heures.

rule-outside-booking-hours-1 = Les manifestations parallèles ont lieu du lundi au vendredi entre 8 heures et 21 heures (heure de New York), commencent et se terminent le même jour et durent de 30 minutes à 4 heures.

## LEAD_TIME

# When rule is CREATE.
rule-lead-time-create-1 = Une demande ne peut être créée que pour une manifestation qui n'a pas encore commencé ; le début demandé, { $deadline }, est déjà passé.

# When rule is CREATE.
rule-lead-time-create-2 = Une demande ne peut être créée que pour une manifestation qui n'a pas encore commencé.

# When rule is SUBMIT.
rule-lead-time-submit-1 = Une demande doit être soumise au moins { $days } avant le début de la manifestation ; la date limite était le { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-2 = Une demande doit être soumise au moins 10 jours avant le début de la manifestation ; la date limite était le { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-3 = Une demande doit être soumise au moins 10 jours avant le début de la manifestation.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-1 = Cette prestation doit être commandée au moins { $days } avant le début de la manifestation ; la date limite était le { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-2 = La date limite de commande de cette prestation était le { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-3 = Cette prestation ne peut plus être commandée : le délai de commande avant la manifestation est dépassé.

# When rule is GUEST.
rule-lead-time-guest-1 = Des invités peuvent être ajoutés jusqu'à 48 heures avant le début de la manifestation ; la date limite était le { $deadline }.

# When rule is GUEST.
rule-lead-time-guest-2 = Des invités peuvent être ajoutés jusqu'à 48 heures avant le début de la manifestation.

rule-lead-time-1 = La date limite pour cette opération était le { $deadline }.

rule-lead-time-2 = Le délai prévu pour cette opération est dépassé.

## CAPACITY_EXCEEDED

rule-capacity-exceeded-1 = La capacité de la salle { $roomCode } est de { $capacity }, mais la demande prévoit { $attendance } participants.

rule-capacity-exceeded-2 = Le nombre de participants prévu dépasse la capacité de la salle.

## ROOM_UNAVAILABLE

rule-room-unavailable-1 = La salle { $roomCode } est déjà réservée du { $busyFrom } au { $busyTo }, ce qui chevauche la période demandée, du { $requestedFrom } au { $requestedTo } (ces deux périodes comprennent 30 minutes avant et après la manifestation).

rule-room-unavailable-2 = La salle { $roomCode } n'est pas disponible à l'horaire demandé.

rule-room-unavailable-3 = La salle a atteint le nombre maximal de réservations pour cette journée ({ $max }).

rule-room-unavailable-4 = La salle n'est pas disponible à l'horaire demandé.

## INVALID_TRANSITION

# When serviceLineId is given.
rule-invalid-transition-service-line-id-1 = L'opération « { $commandName } » n'est pas autorisée lorsque la ligne de service a le statut « { $statusName } ».

# When serviceLineId is given.
rule-invalid-transition-service-line-id-2 = Cette opération n'est pas autorisée lorsque la ligne de service a le statut « { $statusName } ».

rule-invalid-transition-1 = L'opération « { $commandName } » n'est pas autorisée lorsque la demande a le statut « { $statusName } ».

rule-invalid-transition-2 = Cette opération n'est pas autorisée lorsque la demande a le statut « { $statusName } ».

rule-invalid-transition-3 = L'opération « { $commandName } » n'est possible qu'à partir du { $at }.

rule-invalid-transition-4 = L'opération « { $commandName } » n'est possible qu'avant le début de la manifestation ({ $start }).

rule-invalid-transition-5 = L'unité { $unitCode } a déjà été évaluée pour cette manifestation.

rule-invalid-transition-6 = Cette opération n'est pas autorisée dans l'état actuel.

## VERSION_CONFLICT

# When serviceLineId is given.
rule-version-conflict-service-line-id-1 = La ligne de service a été modifiée depuis son chargement ; sa version actuelle est { $currentVersion }. Veuillez la recharger et réessayer.

rule-version-conflict-1 = Les données ont été modifiées depuis leur chargement ; la version actuelle est { $currentVersion }. Veuillez les recharger et réessayer.

rule-version-conflict-2 = Les données ont été modifiées depuis leur chargement. Veuillez les recharger et réessayer.

## UNKNOWN_ITEM

rule-unknown-item-1 = Le barème ne comporte aucun article portant le code { $itemCode }.

rule-unknown-item-2 = Cet article ne figure pas au barème.

## NOT_FOUND

rule-not-found-1 = La ligne de service { $serviceLineId } n'existe pas dans cette demande.

rule-not-found-2 = La salle { $roomCode } n'existe pas.

rule-not-found-3 = L'unité { $unitCode } n'existe pas.

rule-not-found-4 = Aucune mission permanente n'est enregistrée sous le code { $missionCode }.

rule-not-found-5 = Aucun point focal n'est enregistré avec l'adresse électronique { $email }.

rule-not-found-6 = L'élément demandé n'existe pas ou vous n'y avez pas accès.

## VALIDATION

# When quantityProblem is NOT_POSITIVE.
rule-validation-not-positive-1 = Une quantité doit être supérieure à zéro.

# When quantityProblem is DECIMALS.
rule-validation-decimals-1 = Une quantité comporte au plus deux décimales.

# When quantityProblem is TOO_LARGE and max is given.
rule-validation-too-large-1 = Une quantité ne peut dépasser { $max }.

# When quantityProblem is NOT_A_NUMBER.
rule-validation-not-a-number-1 = Une quantité est un nombre décimal écrit comme une chaîne, par exemple « 12.5 ».

rule-validation-1 = Le montant doit être libellé en { $expected } et non en { $actual }.

rule-validation-2 = Le champ « { $fieldName } » doit comporter entre { $min } et { $max } caractères.

rule-validation-3 = Le champ « { $fieldName } » n'est pas au format attendu.

rule-validation-4 = Une demande ne peut comporter plus de { $max } { $requestItems }.

rule-validation-5 = Une facture ne peut comporter plus de { $max } { $invoiceItems }.

rule-validation-6 = Le prix proposé concerne l'article { $quoted }, mais la ligne de service porte sur l'article { $itemCode }.

rule-validation-7 = L'article { $itemCode } a déjà atteint le nombre maximal de versions de prix ({ $max }).

rule-validation-8 = Le barème comporte déjà un article portant le code { $itemCode }.

rule-validation-9 = La salle { $roomCode } existe déjà.

rule-validation-10 = Une mission permanente portant le code { $missionCode } est déjà enregistrée.

rule-validation-11 = Un point focal ayant l'adresse électronique { $email } est déjà enregistré.

rule-validation-12 = L'unité { $unitCode } ne peut pas être utilisée pour cette opération.

rule-validation-13 = Le délai de commande ({ $days }) dépasse le maximum autorisé ({ $max } jours).

rule-validation-14 = Une modification de prix ne peut pas prendre effet dans le passé : { $effectiveAt } est antérieur à l'heure actuelle ({ $now }).

rule-validation-15 = Une modification de prix ne peut pas prendre effet avant la dernière en date ({ $latest }) ; la date demandée est le { $effectiveAt }.

rule-validation-16 = { $number } n'est pas un numéro de la série des { $seriesName } pour { $year }.

rule-validation-17 = Tous les numéros de la série des { $seriesName } pour { $year } ont été attribués (maximum : { $max }).

rule-validation-18 = La ligne de facture correspondant à la ligne de service { $serviceLineId } n'est pas valide.

rule-validation-19 = La valeur est en dehors des limites autorisées (maximum : { $max }).

rule-validation-20 = Les données saisies ne sont pas valides ; veuillez vérifier les valeurs indiquées.

## IDEMPOTENCY_KEY_REUSED

rule-idempotency-key-reused-1 = La clé d'idempotence « { $idempotencyKey } » a déjà été utilisée avec des données différentes ; utilisez une nouvelle clé pour une nouvelle opération.

rule-idempotency-key-reused-2 = Cette clé d'idempotence a déjà été utilisée avec des données différentes ; utilisez une nouvelle clé pour une nouvelle opération.

## NOTHING_TO_INVOICE

rule-nothing-to-invoice-1 = La demande ne comporte aucune ligne de service facturable ; il n'y a rien à facturer.

## ALREADY_INVOICED

rule-already-invoiced-1 = La demande a déjà été facturée (facture { $number }).

rule-already-invoiced-2 = La demande a déjà été facturée (identifiant de la facture : { $invoiceId }).

rule-already-invoiced-3 = La demande a déjà été facturée.

## CREDIT_EXCEEDS_INVOICE

rule-credit-exceeds-invoice-1 = Les avoirs ne peuvent pas dépasser le montant facturé pour l'unité { $unitCode } ; il reste au plus { $available } { $currency } à créditer.

rule-credit-exceeds-invoice-2 = Les avoirs ne peuvent pas dépasser le montant total de la facture ; il reste au plus { $available } { $currency } à créditer.

rule-credit-exceeds-invoice-3 = Les avoirs ne peuvent pas dépasser le montant total de la facture.

## OVERPAYMENT

rule-overpayment-1 = Le paiement dépasse le solde restant dû, qui est de { $balance } { $currency }.

rule-overpayment-2 = Un paiement ne peut pas dépasser le solde restant dû de la facture.

## FORBIDDEN

rule-forbidden-1 = Votre rôle ne vous permet pas { $actionName }.

rule-forbidden-2 = Votre rôle ne permet pas cette opération.

## UNAUTHENTICATED

rule-unauthenticated-1 = Une authentification est requise : veuillez fournir un jeton d'accès valide.

## INTERNAL

rule-internal-1 = Une erreur technique s'est produite. Veuillez réessayer ultérieurement.

## UNAVAILABLE

rule-unavailable-1 = Le système n'accepte temporairement aucune modification. Veuillez réessayer ultérieurement.

## A number of days with the noun the number needs ($days, from the parameter
## leadTimeDays).

rule-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }

## The statuses of requests and service lines, as the caller sees them ($statusName, from the
## parameter status). French, Spanish and Russian agree with the feminine "demande"/"ligne",
## "solicitud"/"línea", "заявка"/"услуга".

status-DRAFT = Brouillon
status-SUBMITTED = Soumise
status-APPROVED = Approuvée
status-REJECTED = Rejetée
status-CANCELLED = Annulée
status-HELD = Manifestation tenue
status-CLOSED = Clôturée
status-REQUESTED = Demandée
status-CONFIRMED = Confirmée
status-DECLINED = Refusée
status-DELIVERED = Fournie

## The commands a request refuses in its current state, as names of operations ($commandName,
## from the parameter command).

command-create = création de la demande
command-edit = modification de la demande
command-submit = soumission de la demande
command-approve = approbation de la demande
command-reject = rejet de la demande
command-cancel = annulation de la demande
command-markHeld = constat de la tenue de la manifestation
command-close = clôture de la demande
command-addServiceLine = ajout d'une ligne de service
command-removeServiceLine = retrait de la ligne de service
command-confirmServiceLine = confirmation de la ligne de service
command-declineServiceLine = refus de la ligne de service
command-deliverServiceLine = enregistrement de la prestation fournie
command-addGuest = ajout d'un invité
command-removeGuest = retrait d'un invité

## The actions a role may be refused ($actionName, from the parameter action), completing "Your
## role does not permit you to …". French includes its "de", Arabic is the noun after "صلاحية".

action-add-guests = d'ajouter des invités
action-add-service-lines = d'ajouter des lignes de service
action-administer-the-venue = d'administrer le site
action-approve-requests = d'approuver des demandes
action-cancel-requests = d'annuler des demandes
action-confirm-service-lines = de confirmer des lignes de service
action-create-requests = de créer des demandes
action-create-tokens = de créer des jetons d'accès
action-decline-service-lines = de refuser des lignes de service
action-edit-requests = de modifier des demandes
action-give-feedback = de donner une évaluation
action-issue-credit-notes = d'émettre des avoirs
action-issue-invoices = d'émettre des factures
action-list-invoices = de consulter la liste des factures
action-list-requests = de consulter la liste des demandes
action-list-service-lines = de consulter la liste des lignes de service
action-mark-requests-held = de constater la tenue des manifestations
action-read-revenue = de consulter les recettes
action-record-deliveries = d'enregistrer des prestations fournies
action-record-payments = d'enregistrer des paiements
action-reject-requests = de rejeter des demandes
action-remove-service-lines = de retirer des lignes de service
action-submit-requests = de soumettre des demandes
action-remove-guests = de retirer des invités

## The kinds of code and text values, as field names ($fieldName, from the parameter kind).

field-mission-code = code de la mission
field-unit-code = code de l'unité
field-room-code = code de la salle
field-item-code = code de l'article
field-feature = équipement de la salle
field-title = titre
field-description = description
field-reason = motif
field-note = note
field-name = nom
field-payment-reference = référence du paiement
field-reference = référence de la demande
field-currency = devise
field-token-hash = empreinte du jeton d'accès
field-document-number = numéro de document

## What an invoice holds a limited number of ($invoiceItems, from the parameter kind). Russian
## is in the genitive plural that follows "число".

invoice-items-lines = lignes
invoice-items-credit-notes = avoirs
invoice-items-payments = paiements

## What a request holds a limited number of ($requestItems, from the parameter what).

request-items-lines = lignes de service
request-items-guests = invités

## The numbered series of documents ($seriesName, from the parameter series), as what they
## number.

series-REQUEST = références de demande
series-INVOICE = factures
series-CREDIT_NOTE = avoirs

## Formats: how this language writes numbers, money, dates and times.

# Digit groups are separated by a narrow no-break space and the currency by a no-break space,
# as the Imprimerie nationale and CLDR write them; 1 December is the « 1er ».

# The decimal separator, the separator of digit groups, and the fewest digits a group
# needs before the first separator is written (1: 1,000; 2: 1000 but 10,000).
format-decimal-separator = ,
format-group-separator = { "\u202F" }
format-group-minimum = 1
# Money: $amount is already written with the separators above.
format-money-usd = { $amount }{ "\u00A0" }$US
format-money = { $amount }{ "\u00A0" }{ $currency }
# A full date, a short date, a time of day (24-hour, with zero-padded $hour and $minute),
# and a short date with its time and zone.
format-date = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
format-date-short = { $day ->
        [1] 1er
       *[other] { $day }
    } { $monthShort } { $year }
format-time = { $hour }:{ $minute }
format-datetime = { $date }, { $time } { $zone }
# The months as a date needs them, in full and short.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
# The days of the week, Monday first.
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
