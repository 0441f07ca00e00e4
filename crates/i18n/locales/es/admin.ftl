# Las páginas del administrador de Convene, en español (mismas claves y mismas variables que
# el admin.ftl inglés).

nav-admin-rooms = Salas
nav-admin-units = Dependencias
nav-admin-rate-card = Tarifario
nav-admin-missions = Misiones
nav-admin-focal-points = Coordinadores
nav-admin-keys = Claves de acceso

## Shared
admin-saved = Guardado.
admin-col-code = Código
admin-col-actions = Acciones
admin-edit-named = Editar { $name }
admin-names = Nombre en los seis idiomas
admin-names-hint = El inglés es obligatorio. Un idioma vacío muestra el nombre en inglés.
admin-required = (obligatorio)
admin-translated = Idiomas con nombre: { $count } de 6
admin-contact = Contacto
admin-email = Correo electrónico
admin-phone = Teléfono
admin-none = Ninguno
admin-time = Hora

## Rooms
admin-rooms-title = Salas
admin-rooms-lead = Las salas de conferencias que las misiones pueden solicitar, con sus plazas y su equipamiento.
admin-rooms-empty = Todavía no hay ninguna sala registrada.
admin-room-title = Sala
admin-room-heading = Sala { $code }
admin-add-room = Añadir una sala
admin-room-code-hint = Mayúsculas, cifras o guiones, por ejemplo { $example }. No podrá cambiarse después.
admin-capacity = Plazas
admin-features = Equipamiento
admin-other-features = Otro equipamiento
admin-other-features-hint = Códigos en mayúsculas separados por comas, por ejemplo { $example }.

## Units
admin-units-title = Dependencias y contactos
admin-units-lead = Las dependencias que confirman y prestan los servicios, y a quién contactar en cada una.
admin-units-empty = Todavía no hay ninguna dependencia registrada.
admin-unit-title = Dependencia
admin-unit-heading = Dependencia { $code }
admin-add-unit = Añadir una dependencia
admin-unit-code-hint = Mayúsculas, cifras o guiones bajos, por ejemplo { $example }. No podrá cambiarse después.

## Rate card
admin-rate-card-title = Tarifario
admin-rate-card-lead = Los servicios que las misiones pueden encargar, con el precio vigente. Abra un servicio para ver cada versión de su precio o cambiarlo.
admin-items-empty = El tarifario todavía no tiene ningún servicio.
admin-current-price = Precio actual
admin-currency = Moneda
admin-version = Versión { $version }
admin-price-next = Desde el { $from }: { $price }
admin-add-item = Añadir un servicio
admin-item-code-hint = Mayúsculas, cifras o guiones, por ejemplo { $example }. No podrá cambiarse después.
admin-basis = Tarificación
admin-price = Precio
admin-lead-time = Antelación en días
admin-invalid-lead-time = Introduzca un número entero de días, de 0 a 365.
admin-item-title = Servicio del tarifario
admin-versions = Versiones del precio
admin-versions-hint = Cada cambio añade una versión. Las líneas ya confirmadas conservan el precio al que se confirmaron.
admin-col-version = Versión
admin-effective-from = Vigente desde
admin-price-current = Vigente
admin-price-scheduled = Programado
admin-price-past = Sustituido
admin-change-price = Cambiar el precio
admin-new-price = Nuevo precio ({ $currency })
admin-effective = Entra en vigor
admin-effective-now = De inmediato
admin-effective-at = En la fecha y hora indicadas abajo
admin-effective-hint = Hora de Nueva York. Un precio no puede entrar en vigor en el pasado ni antes de la última versión.
admin-item-details = Nombres y antelación

## Missions
admin-missions-title = Misiones
admin-missions-lead = Las misiones permanentes que pueden solicitar actos paralelos.
admin-missions-empty = Todavía no hay ninguna misión registrada.
admin-mission-title = Misión
admin-mission-heading = Misión { $code }
admin-add-mission = Registrar una misión
admin-mission-code-hint = De 2 a 6 mayúsculas, por ejemplo { $example }. No podrá cambiarse después.

## Focal points
admin-focal-points-title = Coordinadores
admin-focal-points-lead = Las personas de la oficina de coordinación. Cada solicitud presentada se asigna a una de ellas.
admin-focal-points-empty = Todavía no hay nadie en la oficina.
admin-focal-point-title = Coordinador
admin-focal-point-heading = { $name }
admin-add-focal-point = Añadir un coordinador
admin-email-fixed = La dirección de correo identifica a la persona y no puede cambiar.
admin-remove-focal-point = Retirar de la oficina
admin-remove-focal-point-hint = Las solicitudes ya asignadas conservan a esta persona como contacto; las nuevas van a los demás.

## Access keys
admin-keys-title = Claves de acceso
admin-keys-lead = Cada persona u oficina inicia sesión con su propia clave. Una clave se muestra una sola vez, al emitirla; Convene solo guarda su huella.
admin-issue-key = Emitir una clave
admin-role = Rol
admin-role-mission = Misión
admin-role-unit = Dependencia
admin-role-focal-point = Oficina de coordinación
admin-role-finance = Finanzas
admin-role-admin = Administrador
admin-key-mission = Misión
admin-key-mission-hint = Solo para el rol de misión: la misión en cuyo nombre actúa la clave.
admin-key-unit = Dependencia
admin-key-unit-hint = Solo para el rol de dependencia: la dependencia en cuyo nombre actúa la clave.
admin-key-label = Etiqueta
admin-key-label-hint = Quién tiene la clave, por ejemplo «Protocolo de la misión FRA».
admin-keys-issued = Claves emitidas
admin-keys-revoke-hint = Una clave revocada deja de funcionar de inmediato; quien haya iniciado sesión con ella sale de la sesión.
admin-scope = Alcance
admin-scope-mission = Solicitudes y facturas de { $name } ({ $code })
admin-scope-unit = Las líneas de servicio de { $name } ({ $code })
admin-scope-focal-point = Todas las solicitudes
admin-scope-finance = Todas las finanzas
admin-scope-admin = Todo
admin-issued = Emitida
admin-key-id = Huella
admin-key-live = Activa
admin-key-revoked-at = Revocada el { $at }
admin-revoke-named = Revocar { $label }
admin-key-revoked = La clave fue revocada.
admin-key-issued-title = Clave emitida
admin-key-shown-once = Copie esta clave ahora y entréguela de forma segura. Se muestra esta única vez.
admin-back-to-keys = Volver a las claves de acceso
