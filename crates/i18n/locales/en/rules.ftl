# The messages of the rule codes (PRODUCT.md section 4 and the API's own codes), the
# labels they insert, and how this language writes numbers, money, dates and times.
#
# A code has several wordings, most specific first: the API uses the first whose
# condition holds and whose $variables all have a value, so each list ends with a
# sentence that needs nothing. Variables take a parameter's value as given (codes,
# numbers, amounts, venue-local times), or a label of the sections below.

## The sentence for a code the API does not know.

rule-unknown = The request could not be completed.

## OUTSIDE_BOOKING_HOURS

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-1 = A side event must start and end on the same day (New York time); the requested period is { $start } to { $end }.

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-2 = A side event must start and end on the same day (New York time).

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-1 = Side events take place Monday to Friday; the requested start, { $start }, falls on a weekend.

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-2 = Side events take place Monday to Friday.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-1 = Side events may not start before 08:00 (New York time); the requested start is { $start }.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-2 = Side events may not start before 08:00 (New York time).

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-1 = Side events must end by 21:00 (New York time); the requested end is { $end }.

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-2 = Side events must end by 21:00 (New York time).

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-1 = A side event must last at least 30 minutes; the requested period is { $start } to { $end }.

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-2 = A side event must last at least 30 minutes.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-1 = A side event may last at most 4 hours; the requested period is { $start } to { $end }.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-2 = A side event may last at most 4 hours.

rule-outside-booking-hours-1 = Side events take place Monday to Friday between 08:00 and 21:00 (New York time), start and end on the same day, and last from 30 minutes to 4 hours.

## LEAD_TIME

# When rule is CREATE.
rule-lead-time-create-1 = A request can only be made for an event that has not yet started; the requested start, { $deadline }, has already passed.

# When rule is CREATE.
rule-lead-time-create-2 = A request can only be made for an event that has not yet started.

# When rule is SUBMIT.
rule-lead-time-submit-1 = A request must be submitted at least { $days } before the event starts; the deadline was { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-2 = A request must be submitted at least 10 days before the event starts; the deadline was { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-3 = A request must be submitted at least 10 days before the event starts.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-1 = This service must be ordered at least { $days } before the event starts; the deadline was { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-2 = The deadline for ordering this service was { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-3 = This service can no longer be ordered: the time by which it must be ordered before the event has passed.

# When rule is GUEST.
rule-lead-time-guest-1 = Guests may be added until 48 hours before the event starts; the deadline was { $deadline }.

# When rule is GUEST.
rule-lead-time-guest-2 = Guests may be added until 48 hours before the event starts.

rule-lead-time-1 = The deadline for this operation was { $deadline }.

rule-lead-time-2 = The deadline for this operation has passed.

## CAPACITY_EXCEEDED

rule-capacity-exceeded-1 = Room { $roomCode } has a capacity of { $capacity }, but the request expects { $attendance } participants.

rule-capacity-exceeded-2 = The expected attendance exceeds the capacity of the room.

## ROOM_UNAVAILABLE

rule-room-unavailable-1 = Room { $roomCode } is already booked from { $busyFrom } to { $busyTo }, which overlaps the requested period from { $requestedFrom } to { $requestedTo } (both include 30 minutes before and after the event).

rule-room-unavailable-2 = Room { $roomCode } is not available at the requested time.

rule-room-unavailable-3 = The room has reached the maximum number of bookings for that day ({ $max }).

rule-room-unavailable-4 = The room is not available at the requested time.

## INVALID_TRANSITION

# When serviceLineId is given.
rule-invalid-transition-service-line-id-1 = The operation “{ $commandName }” is not permitted while the service line has the status “{ $statusName }”.

# When serviceLineId is given.
rule-invalid-transition-service-line-id-2 = This operation is not permitted while the service line has the status “{ $statusName }”.

rule-invalid-transition-1 = The operation “{ $commandName }” is not permitted while the request has the status “{ $statusName }”.

rule-invalid-transition-2 = This operation is not permitted while the request has the status “{ $statusName }”.

rule-invalid-transition-3 = The operation “{ $commandName }” is possible only from { $at }.

rule-invalid-transition-4 = The operation “{ $commandName }” is possible only before the event starts ({ $start }).

rule-invalid-transition-5 = Unit { $unitCode } has already been rated for this event.

rule-invalid-transition-6 = This operation is not permitted in the current state.

## VERSION_CONFLICT

# When serviceLineId is given.
rule-version-conflict-service-line-id-1 = The service line has been changed since you loaded it; its current version is { $currentVersion }. Please reload it and try again.

rule-version-conflict-1 = The data has been changed since you loaded it; the current version is { $currentVersion }. Please reload and try again.

rule-version-conflict-2 = The data has been changed since you loaded it. Please reload and try again.

## UNKNOWN_ITEM

rule-unknown-item-1 = The rate card has no item with the code { $itemCode }.

rule-unknown-item-2 = The item is not in the rate card.

## NOT_FOUND

rule-not-found-1 = Service line { $serviceLineId } does not exist on this request.

rule-not-found-2 = Room { $roomCode } does not exist.

rule-not-found-3 = Unit { $unitCode } does not exist.

rule-not-found-4 = No Permanent Mission is registered with the code { $missionCode }.

rule-not-found-5 = No focal point is registered with the e-mail address { $email }.

rule-not-found-6 = The requested record does not exist or is not accessible to you.

## VALIDATION

# When quantityProblem is NOT_POSITIVE.
rule-validation-not-positive-1 = A quantity must be greater than zero.

# When quantityProblem is DECIMALS.
rule-validation-decimals-1 = A quantity has at most two decimals.

# When quantityProblem is TOO_LARGE and max is given.
rule-validation-too-large-1 = A quantity is at most { $max }.

# When quantityProblem is NOT_A_NUMBER.
rule-validation-not-a-number-1 = A quantity is a decimal number written as a string, such as "12.5".

rule-validation-1 = The amount must be in { $expected }, not in { $actual }.

rule-validation-2 = The { $fieldName } must contain between { $min } and { $max } characters.

rule-validation-3 = The { $fieldName } is not in the expected format.

rule-validation-4 = A request may contain at most { $max } { $requestItems }.

rule-validation-5 = An invoice may contain at most { $max } { $invoiceItems }.

rule-validation-6 = The quoted price is for item { $quoted }, but the service line is for item { $itemCode }.

rule-validation-7 = Item { $itemCode } already has the maximum number of price versions ({ $max }).

rule-validation-8 = The rate card already has an item with the code { $itemCode }.

rule-validation-9 = Room { $roomCode } already exists.

rule-validation-10 = A Permanent Mission with the code { $missionCode } is already registered.

rule-validation-11 = A focal point with the e-mail address { $email } is already registered.

rule-validation-12 = Unit { $unitCode } cannot be used for this operation.

rule-validation-13 = The lead time ({ $days }) exceeds the permitted maximum ({ $max } days).

rule-validation-14 = A price change cannot take effect in the past: { $effectiveAt } is before the current time ({ $now }).

rule-validation-15 = A price change cannot take effect before the latest one ({ $latest }); the requested time is { $effectiveAt }.

rule-validation-16 = { $number } is not a number of the series for { $seriesName } in { $year }.

rule-validation-17 = All numbers of the series for { $seriesName } in { $year } have been used (maximum { $max }).

rule-validation-18 = The invoice line for service line { $serviceLineId } is not valid.

rule-validation-19 = The value is outside the permitted limits (maximum: { $max }).

rule-validation-20 = The input is not valid; please check the values entered.

## IDEMPOTENCY_KEY_REUSED

rule-idempotency-key-reused-1 = The idempotency key “{ $idempotencyKey }” has already been used with different input; use a new key for a new operation.

rule-idempotency-key-reused-2 = This idempotency key has already been used with different input; use a new key for a new operation.

## NOTHING_TO_INVOICE

rule-nothing-to-invoice-1 = The request has no billable service line; there is nothing to invoice.

## ALREADY_INVOICED

rule-already-invoiced-1 = The request has already been invoiced (invoice { $number }).

rule-already-invoiced-2 = The request has already been invoiced (invoice identifier { $invoiceId }).

rule-already-invoiced-3 = The request has already been invoiced.

## CREDIT_EXCEEDS_INVOICE

rule-credit-exceeds-invoice-1 = Credit notes may not exceed the amount invoiced for unit { $unitCode }; at most { $available } { $currency } can still be credited.

rule-credit-exceeds-invoice-2 = Credit notes may not exceed the invoice total; at most { $available } { $currency } can still be credited.

rule-credit-exceeds-invoice-3 = Credit notes may not exceed the invoice total.

## OVERPAYMENT

rule-overpayment-1 = The payment exceeds the outstanding balance of { $balance } { $currency }.

rule-overpayment-2 = A payment may not exceed the outstanding balance of the invoice.

## FORBIDDEN

rule-forbidden-1 = Your role does not permit you to { $actionName }.

rule-forbidden-2 = Your role does not permit this operation.

## UNAUTHENTICATED

rule-unauthenticated-1 = Authentication is required: please provide a valid access token.

## INTERNAL

rule-internal-1 = A technical error occurred. Please try again later.

## UNAVAILABLE

rule-unavailable-1 = The system is temporarily not accepting changes. Please try again later.

## A number of days with the noun the number needs ($days, from the parameter
## leadTimeDays).

rule-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }

## The statuses of requests and service lines, as the caller sees them ($statusName, from the
## parameter status). French, Spanish and Russian agree with the feminine "demande"/"ligne",
## "solicitud"/"línea", "заявка"/"услуга".

status-DRAFT = Draft
status-SUBMITTED = Submitted
status-APPROVED = Approved
status-REJECTED = Rejected
status-CANCELLED = Cancelled
status-HELD = Held
status-CLOSED = Closed
status-REQUESTED = Requested
status-CONFIRMED = Confirmed
status-DECLINED = Declined
status-DELIVERED = Delivered

## The commands a request refuses in its current state, as names of operations ($commandName,
## from the parameter command).

command-create = create the request
command-edit = edit the request
command-submit = submit the request
command-approve = approve the request
command-reject = reject the request
command-cancel = cancel the request
command-markHeld = record the event as held
command-close = close the request
command-addServiceLine = add a service line
command-removeServiceLine = remove the service line
command-confirmServiceLine = confirm the service line
command-declineServiceLine = decline the service line
command-deliverServiceLine = record the delivery of the service
command-addGuest = add a guest
command-removeGuest = remove a guest

## The actions a role may be refused ($actionName, from the parameter action), completing "Your
## role does not permit you to …". French includes its "de", Arabic is the noun after "صلاحية".

action-add-guests = add guests
action-add-service-lines = add service lines
action-administer-the-venue = administer the venue
action-approve-requests = approve requests
action-cancel-requests = cancel requests
action-confirm-service-lines = confirm service lines
action-create-requests = create requests
action-create-tokens = create access tokens
action-decline-service-lines = decline service lines
action-edit-requests = edit requests
action-give-feedback = give feedback
action-issue-credit-notes = issue credit notes
action-issue-invoices = issue invoices
action-list-invoices = list invoices
action-list-requests = list requests
action-list-service-lines = list service lines
action-mark-requests-held = record events as held
action-read-revenue = read revenue
action-record-deliveries = record deliveries
action-record-payments = record payments
action-reject-requests = reject requests
action-remove-service-lines = remove service lines
action-submit-requests = submit requests
action-remove-guests = remove guests

## The kinds of code and text values, as field names ($fieldName, from the parameter kind).

field-mission-code = mission code
field-unit-code = unit code
field-room-code = room code
field-item-code = item code
field-feature = room feature
field-title = title
field-description = description
field-reason = reason
field-note = note
field-name = name
field-payment-reference = payment reference
field-reference = request reference
field-currency = currency
field-token-hash = token hash
field-document-number = document number

## What an invoice holds a limited number of ($invoiceItems, from the parameter kind). Russian
## is in the genitive plural that follows "число".

invoice-items-lines = lines
invoice-items-credit-notes = credit notes
invoice-items-payments = payments

## What a request holds a limited number of ($requestItems, from the parameter what).

request-items-lines = service lines
request-items-guests = guests

## The numbered series of documents ($seriesName, from the parameter series), as what they
## number.

series-REQUEST = request references
series-INVOICE = invoices
series-CREDIT_NOTE = credit notes

## Formats: how this language writes numbers, money, dates and times.

# The decimal separator, the separator of digit groups, and the fewest digits a group
# needs before the first separator is written (1: 1,000; 2: 1000 but 10,000).
format-decimal-separator = .
format-group-separator = ,
format-group-minimum = 1
# Money: $amount is already written with the separators above.
format-money-usd = US${ $amount }
format-money = { $currency } { $amount }
# A full date, a short date, a time of day (24-hour, with zero-padded $hour and $minute),
# and a short date with its time and zone.
format-date = { $weekday } { $day } { $month } { $year }
format-date-short = { $day } { $monthShort } { $year }
format-time = { $hour }:{ $minute }
format-datetime = { $date }, { $time } { $zone }
# The months as a date needs them, in full and short.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
# The days of the week, Monday first.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
