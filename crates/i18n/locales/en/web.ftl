# Convene's web pages, in English. Every string a page shows lives here (and in the five
# other languages' web.ftl, with the same keys and the same variables).

app-name = Convene
skip-to-content = Skip to main content
language = Language
nav-label = Main
nav-requests = My requests
nav-new-request = New request
nav-invoices = Invoices
nav-queue = Queue
nav-day = Day view
nav-home = Home
nav-directory = Directory
sign-out = Sign out
footer-venue = Side events at United Nations Headquarters, New York · times are New York time
who-mission = Mission { $mission }
who-unit = Unit: { $unit }
who-focal-point = Focal point desk
who-finance = Finance
who-admin = Administrator
who-system = Convene

## Sign-in
sign-in-title = Sign in
sign-in-lead = Sign in with the access key your mission or office was given.
sign-in-key = Access key
sign-in-key-hint = It starts with cvn_. Keep it secret: anyone with it can act for you.
sign-in-button = Sign in
sign-in-invalid = This access key is not valid or has been revoked.
demo-title = Demo personas
demo-lead = This server runs with demo data. Sign in as one of these in one click.
persona-mission = { $name } ({ $code })
persona-unit = Unit: { $name }
persona-focal-point = Focal point desk
persona-finance = Finance
persona-admin = Administrator
role-home-title = Welcome
role-home-text = The pages for your role come in the next release. Meanwhile, the directory is open to you, and the GraphQL API serves every task.
role-home-graphiql = GraphQL API (GraphiQL)

## Errors
error-title = Something went wrong
error-title-not-found = Page not found
error-title-forbidden = Form not accepted
error-title-other-role = Not a page for your role
error-title-bad-request = Request not understood
error-title-unavailable = Temporarily unavailable
error-title-method = Not available this way
error-method = This address does not take that kind of request. Use the links and buttons of the pages.
error-not-found = This page does not exist, or it is not yours to see.
error-forbidden = This form could not be accepted: it was not sent from this site, or the page was too old. Go back, reload the page and try again.
error-other-role = This page belongs to another role. Use the links of your own pages; to act in another role, sign out and sign in with that role's access key.
error-bad-request = The request could not be read.
error-unavailable = The booking system is not available at the moment. Nothing was lost; please try again in a few seconds.
error-internal = An unexpected error occurred. It has been recorded; please try again later.
error-home = Go to the home page
error-summary-title = There is a problem

## Mission home
home-title = My requests
home-empty = You have no requests yet. Start with a new request: a room, a date and the services you need.
home-drafts = Drafts to finish
home-waiting = Waiting for approval
home-approved = Approved
home-held = Held
home-invoiced = Invoiced
home-cancelled = Cancelled or rejected
next-draft = Next step: add services and guests, then submit.
next-submitted = Next step: the focal point desk reviews the request and assigns a room.
next-approved = Next step: the units confirm your services; add guests before the cut-off.
next-held = Next step: rate the services; finance issues the invoice.
next-closed = Next step: see the invoice.
next-cancelled = Nothing more to do.

## Request form
new-title = New request
edit-title = Edit request
rules-title = Booking rules
hint-booking-hours = Side events take place Monday to Friday between 08:00 and 21:00 (New York time) and last from 30 minutes to 4 hours.
hint-lead-time = { $days ->
    [one] A request is submitted at least one day before the event.
   *[other] A request is submitted at least { $days } days before the event.
}
hint-submit-by = Submit this request by { $deadline }.
hint-submit-too-late = The deadline to submit a request for this date was { $deadline }: choose a later date.
form-title = Title of the event
form-description = Description (optional)
form-when = Date and time
form-when-hint = New York time.
form-date = Date
form-start = Start
form-end = End
form-attendance = Expected attendance
form-show-rooms = Show the free rooms
form-room = Preferred room
form-room-none = No preference
form-create = Create the draft
form-save = Save changes
form-invalid-date = Enter a date, for example 2026-12-15.
form-invalid-time = Enter a time, for example 10:00.
free-rooms-for = Rooms free on { $when } that hold this many people:
free-rooms-none = No room is free for this time and attendance. Choose another time, or submit without a preference and the desk will help.
free-rooms-unknown = Enter the date, the times and the attendance to see the rooms that are free.
list-separator = {", "}
room-capacity = { $capacity } seats
feature-accessible = step-free access
feature-hearing_loop = hearing loop
feature-interpretation_booths = interpretation booths
feature-video_conference = video conference
feature-webcast = webcast

## Request page
request-title = Request
request-summary = Summary
request-status = Status
request-reference = Reference
request-when = When
request-attendance = Attendance
request-preferred-room = Preferred room
request-room = Room
request-room-none = Not assigned yet
request-mission = Mission
request-focal-point = Focal point
request-focal-none = Assigned when the request is submitted
request-reason = Reason
request-fee = Cancellation fee
request-invoice = Invoice
request-invoice-open = See the invoice
request-next = What you can do
request-status-draft = Draft
request-status-submitted = Submitted
request-status-approved = Approved
request-status-rejected = Rejected
request-status-held = Held
request-status-cancelled = Cancelled
request-status-closed = Invoiced
line-status-requested = Requested
line-status-confirmed = Confirmed
line-status-declined = Declined
line-status-delivered = Delivered
line-status-cancelled = Cancelled
lines-title = Services
lines-none = No services yet.
line-delivered = delivered: { $quantity }
line-price-confirmed = confirmed price
col-service = Service
col-unit = Unit
col-quantity = Quantity
col-price = Price
col-status = Status
col-unit-price = Unit price
col-amount = Amount
col-number = Number
col-issued = Issued
col-total = Total
col-balance = Balance
col-reason = Reason
estimate-title = Estimate
bill-empty = Nothing to pay yet.
bill-subtotal = Subtotal
bill-total = Total
bill-rate-version = rate card v{ $version }
bill-fee = cancellation fee { $percent } %
history-title = History
action-edit = Edit the request
action-services = Add or remove services
action-guests = Guests
action-feedback = Rate the services
action-cancel = Cancel the request
action-submit = Submit the request
action-add = Add
action-remove-line = Remove { $item }
action-add-guest = Add the guest
action-remove-guest = Remove { $name }
action-paste = Add these guests
action-cancel-confirm = Cancel the request
action-keep = Keep the request
action-send-feedback = Send
action-approve = Approve in this room
action-reject = Reject the request
action-held = Mark as held
action-filter = Filter
action-search = Search
action-show = Show
back-to-request = Back to the request
slot = { $date }, { $start }–{ $end } { $zone }
time-range = { $from }–{ $to }
event-EventRequestCreated = Request created
event-EventRequestEdited = Request edited
event-EventRequestSubmitted = Request submitted
event-EventRequestApproved = Request approved
event-EventRequestRejected = Request rejected
event-EventRequestCancelled = Request cancelled
event-EventRequestHeld = Event held
event-EventRequestClosed = Request invoiced
event-ServiceLineRequested = Service requested
event-ServiceLineConfirmed = Service confirmed
event-ServiceLineDeclined = Service declined
event-ServiceLineDelivered = Service delivered
event-ServiceLineCancelled = Service cancelled
event-GuestAdded = Guest added
event-GuestRemoved = Guest removed
event-InvoiceIssued = Invoice issued
event-CreditNoteIssued = Credit note issued
event-PaymentRecorded = Payment recorded
event-FeedbackSubmitted = Feedback given

## Services
services-title = Services
services-lead = Choose services from the rate card. Prices are today's; each unit confirms its own lines.
basis-per_person = per person
basis-per_hour = per hour
basis-per_event = per event
basis-per_item = per item
lead-days = { $days ->
    [0] no lead time
    [one] order at least one day ahead
   *[other] order at least { $days } days ahead
}
order-by = Order by { $deadline }.
order-too-late = Too late for this event: the deadline was { $deadline }.

## Guests
guests-title = Guests
guests-cutoff = Guests can be added and removed until { $cutoff }.
guests-cutoff-passed = The guest list closed on { $cutoff }.
guests-count = { $count ->
    [0] No guests
    [one] One guest
   *[other] { $count } guests
}
guests-none = No guests yet.
guests-add-one = Add a guest
guest-name = Full name
guest-organization = Organization (optional)
guests-paste = Paste a list
guests-paste-label = Guests, one per line
guests-paste-hint = Name, then a comma, a semicolon or a tab, then the organization.
paste-result = Result of the list
paste-added = added
paste-some-refused = { $count ->
    [one] One line was not added; it is still in the box to correct.
   *[other] { $count } lines were not added; they are still in the box to correct.
}
paste-too-long = A list has at most { $max } lines.

## Cancel
cancel-title = Cancel the request
cancel-free = Cancelling now costs nothing.
cancel-fee = Cancelling now costs { $fee }: confirmed services are charged by the notice given.
cancel-fee-rules = Confirmed services cost nothing with 7 days' notice or more, half with 48 hours to 7 days, and the full price with less than 48 hours. Unconfirmed services never cost anything.
cancel-reason = Why are you cancelling?

## Feedback
feedback-title = Rate the services
feedback-lead = Tell each unit how it served your event. Each unit can be rated once.
feedback-none = No unit served this event.
feedback-rate = { $unit }
feedback-stars = { $rating } of 5
feedback-comment = Comment (optional)
feedback-thanks = Thank you: your rating was recorded.

## Invoices
invoices-title = Invoices
invoices-none = No invoices yet.
invoice-title = Invoice
invoice-heading = Invoice { $number }
invoice-event = Event
invoice-credited = Credited
invoice-paid = Paid
invoice-balance = Balance
invoice-credit-notes = Credit notes
invoice-status-issued = Issued
invoice-status-partially_paid = Partially paid
invoice-status-paid = Paid
invoice-status-credited = Credited
credit-pro-rata = spread over the units

## Directory
directory-title = Directory
directory-lead = Who handles which service, with contact. One request, one focal point: the units below confirm and deliver their part.
directory-search = Search a unit, a service or a name
directory-services = Services
directory-nothing = Nothing matches “{ $query }”.

## Focal point desk
queue-title = Requests to review
queue-status = Status
queue-from = From
queue-to = To
queue-empty = No requests match.
queue-attendance = { $attendance } people
review-title = Review
review-conflicts = Conflicts
review-rooms = Rooms free at that time that fit
review-no-room = No room is free for this time and attendance.
review-preferred = preferred
review-reject-reason = Reason for the mission
review-held-hint = Once the event has ended.
reject-reason = Reason
conflict-room-taken = { $room } is taken { $from }–{ $to } by { $reference }.
conflict-competing = { $reference } also wants { $room } { $from }–{ $to }.
conflict-capacity = { $room } seats { $capacity }; { $attendance } people are expected.
day-title = Day view
day-nav = Days
day-previous = Previous day
day-next = Next day
day-grid = Rooms and hours
day-empty = No approved event on this day.
day-room-free = Free all day
day-busy = Reserved
day-buffers = room held { $from }–{ $to }

## Facility units
nav-unit-queue = Lines
nav-run-sheet = Run sheet
nav-satisfaction = Satisfaction
unit-queue-title = Services to deliver
unit-queue-all = All statuses
unit-queue-empty = No lines match.
unit-line-quoted = quoted price
unit-line-note = Mission's note: { $note }
unit-line-reason = Reason: { $reason }
unit-line-delivered = Delivered: { $quantity }
unit-confirm-price = Quoted price (empty: the rate card's)
unit-confirm-note = Note for the mission
action-confirm = Confirm
unit-decline-reason = Reason for declining
action-decline = Decline
unit-deliver-quantity = Quantity delivered
action-deliver = Record the delivery
unit-guest-list = Guest list
action-print = Print
run-sheet-title = Run sheet
run-sheet-lead = { $unit }: the services confirmed for the day, by room and time.
run-sheet-empty = Nothing is confirmed for this day.
col-time = Time
col-event = Event
col-note = Note
col-attendance = Attendance
guest-list-title = Guest list
guest-list-cutoff = The list closes on { $cutoff }, 48 hours before the event.
guest-list-closed = The list is closed: it no longer changes.
guest-list-empty = No guests are on the list.
guest-list-count = Guests: { $count }
col-name = Name
col-organization = Organization
satisfaction-title = Satisfaction
satisfaction-average = Average rating: { $average } out of 5
satisfaction-count = Ratings: { $count }
satisfaction-none = No mission has rated this unit yet.
satisfaction-comments = Recent comments
satisfaction-no-comments = No comment yet: the ratings came without one.
satisfaction-rating = Rated { $rating } out of 5

## Finance
nav-ready = To invoice
nav-revenue = Revenue
finance-ready-title = Ready to invoice
finance-ready-lead = Events held, and cancellations with a fee, that have no invoice yet.
finance-ready-empty = Nothing is waiting to be invoiced.
action-issue-invoice = Issue the invoice
filter-all-missions = All missions
filter-issued-from = Issued from
filter-issued-to = Issued until
revenue-title = Revenue per unit
revenue-none = No invoice was issued in this period.
revenue-chart = Revenue per unit, invoiced less credit notes
invoice-payments = Payments
col-reference = Reference
col-received = Received
credit-note-title = Credit note
credit-note-creditable = At most { $amount } can still be credited.
action-credit = Issue the credit note
payment-title = Payment
action-pay = Record the payment

## Downloads
pdf-language = Document language
action-download-pdf = Download PDF
pdf-label = PDF
erp-export-title = ERP export
erp-export-hint = Every line of the invoices issued in this period, one row each (CSV), for the ERP.
erp-export-action = Download CSV
