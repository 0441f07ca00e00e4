# Les pages de l'administrateur de Convene, en français (mêmes clés et mêmes variables que
# l'admin.ftl anglais).

nav-admin-rooms = Salles
nav-admin-units = Unités
nav-admin-rate-card = Barème
nav-admin-missions = Missions
nav-admin-focal-points = Points focaux
nav-admin-keys = Clés d'accès

## Shared
admin-saved = Enregistré.
admin-col-code = Code
admin-col-actions = Actions
admin-edit-named = Modifier { $name }
admin-names = Nom dans les six langues
admin-names-hint = L'anglais est obligatoire. Une langue laissée vide affiche le nom anglais.
admin-required = (obligatoire)
admin-translated = Langues avec un nom : { $count } sur 6
admin-contact = Contact
admin-email = Courriel
admin-phone = Téléphone
admin-none = Aucune
admin-time = Heure

## Rooms
admin-rooms-title = Salles
admin-rooms-lead = Les salles de conférence que les missions peuvent demander, avec leurs places et leurs équipements.
admin-rooms-empty = Aucune salle n'est encore enregistrée.
admin-room-title = Salle
admin-room-heading = Salle { $code }
admin-add-room = Ajouter une salle
admin-room-code-hint = Majuscules, chiffres ou traits d'union, par exemple { $example }. Il ne pourra plus changer.
admin-capacity = Places
admin-features = Équipements
admin-other-features = Autres équipements
admin-other-features-hint = Codes en majuscules, séparés par des virgules, par exemple { $example }.

## Units
admin-units-title = Unités et contacts
admin-units-lead = Les unités techniques qui confirment et fournissent les prestations, et qui contacter dans chacune.
admin-units-empty = Aucune unité n'est encore enregistrée.
admin-unit-title = Unité
admin-unit-heading = Unité { $code }
admin-add-unit = Ajouter une unité
admin-unit-code-hint = Majuscules, chiffres ou tirets bas, par exemple { $example }. Il ne pourra plus changer.

## Rate card
admin-rate-card-title = Barème
admin-rate-card-lead = Les prestations que les missions peuvent commander, au prix en vigueur. Ouvrez une prestation pour voir chaque version de son prix ou le modifier.
admin-items-empty = Le barème ne contient encore aucune prestation.
admin-current-price = Prix actuel
admin-currency = Devise
admin-version = Version { $version }
admin-price-next = À partir du { $from } : { $price }
admin-add-item = Ajouter une prestation
admin-item-code-hint = Majuscules, chiffres ou traits d'union, par exemple { $example }. Il ne pourra plus changer.
admin-basis = Tarification
admin-price = Prix
admin-lead-time = Délai en jours
admin-invalid-lead-time = Saisissez un nombre entier de jours, de 0 à 365.
admin-item-title = Prestation du barème
admin-versions = Versions du prix
admin-versions-hint = Chaque modification ajoute une version. Les lignes déjà confirmées gardent le prix auquel elles ont été confirmées.
admin-col-version = Version
admin-effective-from = En vigueur depuis
admin-price-current = En vigueur
admin-price-scheduled = Programmé
admin-price-past = Remplacé
admin-change-price = Modifier le prix
admin-new-price = Nouveau prix ({ $currency })
admin-effective = Prise d'effet
admin-effective-now = Immédiatement
admin-effective-at = À la date et à l'heure ci-dessous
admin-effective-hint = Heure de New York. Un prix ne peut prendre effet ni dans le passé ni avant la dernière version.
admin-item-details = Noms et délai

## Missions
admin-missions-title = Missions
admin-missions-lead = Les missions permanentes qui peuvent demander des manifestations parallèles.
admin-missions-empty = Aucune mission n'est encore enregistrée.
admin-mission-title = Mission
admin-mission-heading = Mission { $code }
admin-add-mission = Enregistrer une mission
admin-mission-code-hint = 2 à 6 majuscules, par exemple { $example }. Il ne pourra plus changer.

## Focal points
admin-focal-points-title = Points focaux
admin-focal-points-lead = Les personnes du bureau des points focaux. Chaque demande soumise est confiée à l'une d'elles.
admin-focal-points-empty = Personne n'est encore au bureau.
admin-focal-point-title = Point focal
admin-focal-point-heading = { $name }
admin-add-focal-point = Ajouter un point focal
admin-email-fixed = L'adresse électronique désigne la personne et ne peut pas changer.
admin-remove-focal-point = Retirer du bureau
admin-remove-focal-point-hint = Les demandes déjà attribuées gardent cette personne comme contact ; les nouvelles vont aux autres.

## Access keys
admin-keys-title = Clés d'accès
admin-keys-lead = Chaque personne ou bureau se connecte avec sa propre clé. Une clé n'est affichée qu'une fois, à sa création ; Convene n'en garde qu'une empreinte.
admin-issue-key = Créer une clé
admin-role = Rôle
admin-role-mission = Mission
admin-role-unit = Unité technique
admin-role-focal-point = Bureau des points focaux
admin-role-finance = Service financier
admin-role-admin = Administrateur
admin-key-mission = Mission
admin-key-mission-hint = Seulement pour le rôle mission : la mission pour laquelle la clé agit.
admin-key-unit = Unité
admin-key-unit-hint = Seulement pour le rôle unité : l'unité pour laquelle la clé agit.
admin-key-label = Libellé
admin-key-label-hint = Qui détient la clé, par exemple « Protocole de la mission FRA ».
admin-keys-issued = Clés créées
admin-keys-revoke-hint = Une clé révoquée cesse aussitôt de fonctionner ; la personne connectée avec elle est déconnectée.
admin-scope = Portée
admin-scope-mission = Demandes et factures de { $name } ({ $code })
admin-scope-unit = Les lignes de service de l'unité { $name } ({ $code })
admin-scope-focal-point = Toutes les demandes
admin-scope-finance = Toutes les finances
admin-scope-admin = Tout
admin-issued = Créée le
admin-key-id = Empreinte
admin-key-live = Active
admin-key-revoked-at = Révoquée le { $at }
admin-revoke-named = Révoquer { $label }
admin-key-revoked = La clé a été révoquée.
admin-key-issued-title = Clé créée
admin-key-shown-once = Copiez cette clé maintenant et remettez-la en lieu sûr. Elle n'est affichée que cette fois-ci.
admin-back-to-keys = Retour aux clés d'accès
