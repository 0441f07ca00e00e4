# Convene's administrator pages, in English (and in the five other languages' admin.ftl,
# with the same keys and the same variables).

nav-admin-rooms = Rooms
nav-admin-units = Units
nav-admin-rate-card = Rate card
nav-admin-missions = Missions
nav-admin-focal-points = Focal points
nav-admin-keys = Access keys

## Shared
admin-saved = Saved.
admin-col-code = Code
admin-col-actions = Actions
admin-edit-named = Edit { $name }
admin-names = Name in the six languages
admin-names-hint = English is required. A language left empty shows the English name.
admin-required = (required)
admin-translated = Languages with a name: { $count } of 6
admin-contact = Contact
admin-email = E-mail
admin-phone = Phone
admin-none = None
admin-time = Time

## Rooms
admin-rooms-title = Rooms
admin-rooms-lead = The conference rooms missions can request, with their seats and what they offer.
admin-rooms-empty = No room is registered yet.
admin-room-title = Room
admin-room-heading = Room { $code }
admin-add-room = Add a room
admin-room-code-hint = Capital letters, digits or hyphens, for example { $example }. It cannot change later.
admin-capacity = Seats
admin-features = Features
admin-other-features = Other features
admin-other-features-hint = Codes in capital letters, separated by commas, for example { $example }.

## Units
admin-units-title = Units and contacts
admin-units-lead = The facility units that confirm and deliver services, and whom to contact in each.
admin-units-empty = No unit is registered yet.
admin-unit-title = Unit
admin-unit-heading = Unit { $code }
admin-add-unit = Add a unit
admin-unit-code-hint = Capital letters, digits or underscores, for example { $example }. It cannot change later.

## Rate card
admin-rate-card-title = Rate card
admin-rate-card-lead = The services missions can order, with the price in force now. Open an item to see every version of its price or to change it.
admin-items-empty = The rate card has no item yet.
admin-current-price = Price now
admin-currency = Currency
admin-version = Version { $version }
admin-price-next = From { $from }: { $price }
admin-add-item = Add an item
admin-item-code-hint = Capital letters, digits or hyphens, for example { $example }. It cannot change later.
admin-basis = Priced
admin-price = Price
admin-lead-time = Lead time in days
admin-invalid-lead-time = Enter a whole number of days, from 0 to 365.
admin-item-title = Rate card item
admin-versions = Versions of the price
admin-versions-hint = Each change adds a version. Lines already confirmed keep the price they were confirmed at.
admin-col-version = Version
admin-effective-from = In force from
admin-price-current = In force
admin-price-scheduled = Scheduled
admin-price-past = Replaced
admin-change-price = Change the price
admin-new-price = New price ({ $currency })
admin-effective = Takes effect
admin-effective-now = At once
admin-effective-at = At the date and time below
admin-effective-hint = New York time. A price cannot take effect in the past, nor before the latest version.
admin-item-details = Names and lead time

## Missions
admin-missions-title = Missions
admin-missions-lead = The Permanent Missions that can request side events.
admin-missions-empty = No mission is registered yet.
admin-mission-title = Mission
admin-mission-heading = Mission { $code }
admin-add-mission = Register a mission
admin-mission-code-hint = 2 to 6 capital letters, for example { $example }. It cannot change later.

## Focal points
admin-focal-points-title = Focal points
admin-focal-points-lead = The people of the focal point desk. Each submitted request is given one of them.
admin-focal-points-empty = Nobody is on the desk yet.
admin-focal-point-title = Focal point
admin-focal-point-heading = { $name }
admin-add-focal-point = Add a focal point
admin-email-fixed = The e-mail address names the person and cannot change.
admin-remove-focal-point = Remove from the desk
admin-remove-focal-point-hint = Requests already assigned keep this person as their contact; new requests go to the others.

## Access keys
admin-keys-title = Access keys
admin-keys-lead = Each person or office signs in with a key of its own. A key is shown once, when it is issued; Convene keeps only a fingerprint of it.
admin-issue-key = Issue a key
admin-role = Role
admin-role-mission = Mission
admin-role-unit = Facility unit
admin-role-focal-point = Focal point desk
admin-role-finance = Finance
admin-role-admin = Administrator
admin-key-mission = Mission
admin-key-mission-hint = Only for the mission role: the mission the key acts for.
admin-key-unit = Unit
admin-key-unit-hint = Only for the unit role: the unit the key acts for.
admin-key-label = Label
admin-key-label-hint = Who holds the key, for example "FRA protocol desk".
admin-keys-issued = Keys issued
admin-keys-revoke-hint = A revoked key stops working at once; whoever is signed in with it is signed out.
admin-scope = Scope
admin-scope-mission = Requests and invoices of { $name } ({ $code })
admin-scope-unit = The service lines of { $name } ({ $code })
admin-scope-focal-point = Every request
admin-scope-finance = All money
admin-scope-admin = Everything
admin-issued = Issued
admin-key-id = Fingerprint
admin-key-live = Active
admin-key-revoked-at = Revoked on { $at }
admin-revoke-named = Revoke { $label }
admin-key-revoked = The key was revoked.
admin-key-issued-title = Key issued
admin-key-shown-once = Copy this key now and hand it over safely. It is shown this once and never again.
admin-back-to-keys = Back to the access keys
