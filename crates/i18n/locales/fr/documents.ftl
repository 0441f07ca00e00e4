# Les documents de Convene (la facture et l'avoir en PDF), en français. Mêmes clés et mêmes
# variables que documents.ftl en anglais.

## Le lieu, en tête de chaque document
doc-venue-name = Siège de l'Organisation des Nations Unies
doc-venue-office = Services des manifestations parallèles et des conférences
doc-venue-address = 405 East 42nd Street, New York, NY 10017, États-Unis

## La facture
doc-invoice-title = Facture
doc-invoice-heading = Facture { $number }
doc-invoice-number = Numéro de facture
doc-issue-date = Date d'émission
doc-status = État
doc-currency = Monnaie
doc-billed-to = Facturé à
doc-mission = Mission { $name } ({ $code })
doc-reason-held = Services fournis pour une manifestation parallèle qui a eu lieu.
doc-reason-cancelled = Frais d'annulation d'une manifestation parallèle annulée.
doc-event = Manifestation
doc-event-reference = Référence
doc-event-title = Titre
doc-event-date = Date
doc-event-time = Heure
doc-event-room = Salle
doc-no-room = Aucune salle attribuée
doc-lines = Services
doc-col-item = Article
doc-col-quantity = Quantité
doc-col-unit-price = Prix unitaire
doc-col-rate-version = Barème
doc-col-amount = Montant
doc-rate-version = v{ $version }
doc-fee = frais d'annulation, { $percent } % de la ligne
doc-subtotal = Sous-total, { $unit }
doc-no-lines = Aucun service facturable.
doc-total = Total
doc-credited = Montant crédité
doc-paid = Montant payé
doc-balance = Solde dû
doc-amounts-in = Tous les montants sont en { $currency }.
doc-credit-notes = Avoirs
doc-payments = Paiements
doc-col-number = Numéro
doc-col-date = Date
doc-col-reason = Motif
doc-col-credited-to = Crédité à
doc-col-payment-reference = Référence du paiement
doc-pro-rata = Au prorata entre les unités
doc-quote-number = Veuillez indiquer le numéro de facture { $number } avec votre paiement.
doc-page = Page { $page } sur { $pages }

## L'avoir
doc-credit-note-title = Avoir
doc-credit-note-heading = Avoir { $number }
doc-credit-note-number = Numéro d'avoir
doc-credits-invoice = Facture créditée
doc-invoice-date = Date de la facture
doc-invoice-total = Total de la facture
doc-credit-amount = Montant crédité
doc-credit-reason = Motif
doc-credit-unit = Unité créditée
doc-credit-pro-rata = Réparti au prorata entre les unités de la facture
doc-credit-note-text = Le présent avoir réduit de { $amount } le montant dû au titre de la facture { $number }.
