# Convene's documents (the invoice and the credit note as PDF), in English. Every phrase a
# document prints lives here, and in the five other languages' documents.ftl with the same keys
# and variables. Amounts, dates and numbers come in already written the language's way.

## The venue, at the head of every document
doc-venue-name = United Nations Headquarters
doc-venue-office = Side events and conference services
doc-venue-address = 405 East 42nd Street, New York, NY 10017, United States

## The invoice
doc-invoice-title = Invoice
doc-invoice-heading = Invoice { $number }
doc-invoice-number = Invoice number
doc-issue-date = Issue date
doc-status = Status
doc-currency = Currency
doc-billed-to = Billed to
doc-mission = Mission { $name } ({ $code })
doc-reason-held = Services delivered for a side event that was held.
doc-reason-cancelled = Cancellation fees of a side event that was cancelled.
doc-event = Event
doc-event-reference = Reference
doc-event-title = Title
doc-event-date = Date
doc-event-time = Time
doc-event-room = Room
doc-no-room = No room assigned
doc-lines = Services
doc-col-item = Item
doc-col-quantity = Quantity
doc-col-unit-price = Unit price
doc-col-rate-version = Rate card
doc-col-amount = Amount
doc-rate-version = v{ $version }
doc-fee = cancellation fee, { $percent } % of the line
doc-subtotal = Subtotal, { $unit }
doc-no-lines = No billable services.
doc-total = Total
doc-credited = Credited
doc-paid = Paid
doc-balance = Balance due
doc-amounts-in = All amounts in { $currency }.
doc-credit-notes = Credit notes
doc-payments = Payments
doc-col-number = Number
doc-col-date = Date
doc-col-reason = Reason
doc-col-credited-to = Credited to
doc-col-payment-reference = Payment reference
doc-pro-rata = Pro rata over the units
doc-quote-number = Please quote the invoice number { $number } with your payment.
doc-page = Page { $page } of { $pages }

## The credit note
doc-credit-note-title = Credit note
doc-credit-note-heading = Credit note { $number }
doc-credit-note-number = Credit note number
doc-credits-invoice = Invoice credited
doc-invoice-date = Invoice date
doc-invoice-total = Invoice total
doc-credit-amount = Amount credited
doc-credit-reason = Reason
doc-credit-unit = Unit credited
doc-credit-pro-rata = Spread pro rata over the units of the invoice
doc-credit-note-text = This credit note reduces the amount due on invoice { $number } by { $amount }.
