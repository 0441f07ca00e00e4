# Convene's web pages, in Spanish. Every string a page shows lives here (and in the five
# other languages' web.ftl, with the same keys and the same variables).

app-name = Convene
skip-to-content = Ir al contenido principal
language = Idioma
nav-label = Navegación principal
nav-requests = Mis solicitudes
nav-new-request = Nueva solicitud
nav-invoices = Facturas
nav-queue = Cola de solicitudes
nav-day = Vista diaria
nav-home = Inicio
nav-directory = Directorio
sign-out = Cerrar sesión
footer-venue = Eventos paralelos en la Sede de las Naciones Unidas en Nueva York · las horas indicadas son las de Nueva York
who-mission = Misión { $mission }
who-unit = Dependencia: { $unit }
who-focal-point = Oficina de coordinación
who-finance = Finanzas
who-admin = Administrador
who-system = Convene

## Inicio de sesión
sign-in-title = Iniciar sesión
sign-in-lead = Inicie sesión con la clave de acceso asignada a su misión u oficina.
sign-in-key = Clave de acceso
sign-in-key-hint = Empieza por cvn_. Manténgala en secreto: cualquier persona que la tenga puede actuar en su nombre.
sign-in-button = Iniciar sesión
sign-in-invalid = Esta clave de acceso no es válida o ha sido revocada.
demo-title = Perfiles de demostración
demo-lead = Este servidor funciona con datos de demostración. Inicie sesión con uno de estos perfiles con un solo clic.
persona-mission = { $name } ({ $code })
persona-unit = Dependencia: { $name }
persona-focal-point = Oficina de coordinación
persona-finance = Finanzas
persona-admin = Administrador
role-home-title = Le damos la bienvenida
role-home-text = Las páginas correspondientes a su rol estarán disponibles en la próxima versión. Mientras tanto, puede consultar el directorio, y la interfaz de programación GraphQL permite realizar todas las tareas.
role-home-graphiql = Interfaz de programación GraphQL (GraphiQL)

## Errores
error-title = Se ha producido un error
error-title-not-found = Página no encontrada
error-title-forbidden = Formulario no aceptado
error-title-other-role = Página de otra función
error-title-bad-request = Solicitud no comprensible
error-title-unavailable = No disponible temporalmente
error-title-method = Acción no disponible de este modo
error-method = Esta dirección no admite ese tipo de solicitud. Utilice los enlaces y botones de las páginas.
error-not-found = Esta página no existe o usted no tiene permiso para verla.
error-forbidden = No se pudo aceptar este formulario: no se envió desde este sitio o la página era demasiado antigua. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-other-role = Esta página corresponde a otra función. Use los enlaces de sus propias páginas; para actuar en otra función, cierre la sesión e inicie sesión con la clave de acceso de esa función.
error-bad-request = No se pudo leer la petición.
error-unavailable = El sistema de reservas no está disponible en este momento. No se ha perdido nada; vuelva a intentarlo dentro de unos segundos.
error-internal = Se ha producido un error inesperado. Ha quedado registrado; vuelva a intentarlo más tarde.
error-home = Ir a la página de inicio
error-summary-title = Se ha detectado un problema

## Página de inicio de la misión
home-title = Mis solicitudes
home-empty = Todavía no tiene ninguna solicitud. Empiece por una nueva solicitud: una sala, una fecha y los servicios que necesite.
home-drafts = Borradores por terminar
home-waiting = Pendientes de aprobación
home-approved = Aprobadas
home-held = Eventos celebrados
home-invoiced = Facturadas
home-cancelled = Canceladas o rechazadas
next-draft = Próximo paso: añadir servicios e invitados y, a continuación, presentar la solicitud.
next-submitted = Próximo paso: la Oficina de coordinación examina la solicitud y asigna una sala.
next-approved = Próximo paso: las dependencias confirman sus servicios; añada los invitados antes de la fecha límite.
next-held = Próximo paso: evaluar los servicios; Finanzas emite la factura.
next-closed = Próximo paso: consultar la factura.
next-cancelled = No hay nada más que hacer.

## Formulario de solicitud
new-title = Nueva solicitud
edit-title = Modificar la solicitud
rules-title = Normas de reserva
hint-booking-hours = Los eventos paralelos se celebran de lunes a viernes entre las 8.00 y las 21.00 horas (hora de Nueva York) y duran entre 30 minutos y 4 horas.
hint-lead-time = { $days ->
    [one] Las solicitudes deben presentarse con al menos un día de antelación respecto del evento.
   *[other] Las solicitudes deben presentarse con al menos { $days } días de antelación respecto del evento.
}
hint-submit-by = Presente esta solicitud a más tardar el { $deadline }.
hint-submit-too-late = El plazo para presentar solicitudes para esta fecha venció el { $deadline }: elija una fecha posterior.
form-title = Título del evento
form-description = Descripción (opcional)
form-when = Fecha y hora
form-when-hint = Hora de Nueva York.
form-date = Fecha
form-start = Inicio
form-end = Fin
form-attendance = Número previsto de asistentes
form-show-rooms = Mostrar las salas libres
form-room = Sala preferida
form-room-none = Sin preferencia
form-create = Crear el borrador
form-save = Guardar los cambios
form-invalid-date = Introduzca una fecha, por ejemplo, 2026-12-15.
form-invalid-time = Introduzca una hora, por ejemplo, 10:00.
free-rooms-for = Salas con capacidad para este número de personas libres el { $when }:
free-rooms-none = No hay ninguna sala libre para este horario y este número de asistentes. Elija otro horario, o presente la solicitud sin preferencia y la Oficina de coordinación le ayudará.
free-rooms-unknown = Introduzca la fecha, las horas y el número de asistentes para ver las salas libres.
list-separator = {", "}
room-capacity = { $capacity } plazas
feature-accessible = acceso sin escalones
feature-hearing_loop = bucle magnético
feature-interpretation_booths = cabinas de interpretación
feature-video_conference = videoconferencia
feature-webcast = transmisión web

## Página de la solicitud
request-title = Solicitud
request-summary = Resumen
request-status = Estado
request-reference = Referencia
request-when = Fecha y hora
request-attendance = Asistentes
request-preferred-room = Sala preferida
request-room = Sala
request-room-none = Aún no asignada
request-mission = Misión
request-focal-point = Coordinador
request-focal-none = Se asigna al presentar la solicitud
request-reason = Motivo
request-fee = Cargo por cancelación
request-invoice = Factura
request-invoice-open = Ver la factura
request-next = Qué puede hacer
request-status-draft = Borrador
request-status-submitted = Presentada
request-status-approved = Aprobada
request-status-rejected = Rechazada
request-status-held = Evento celebrado
request-status-cancelled = Cancelada
request-status-closed = Facturada
line-status-requested = Solicitado
line-status-confirmed = Confirmado
line-status-declined = Denegado
line-status-delivered = Prestado
line-status-cancelled = Cancelado
lines-title = Servicios
lines-none = Todavía no hay servicios.
line-delivered = cantidad prestada: { $quantity }
line-price-confirmed = precio confirmado
col-service = Servicio
col-unit = Dependencia
col-quantity = Cantidad
col-price = Precio
col-status = Estado
col-unit-price = Precio unitario
col-amount = Importe
col-number = Número
col-issued = Fecha de emisión
col-total = Total
col-balance = Saldo
col-reason = Motivo
estimate-title = Estimación
bill-empty = Todavía no hay nada que pagar.
bill-subtotal = Subtotal
bill-total = Total
bill-rate-version = tarifario, versión { $version }
bill-fee = cargo por cancelación del { $percent } %
history-title = Historial
action-edit = Modificar la solicitud
action-services = Añadir o quitar servicios
action-guests = Invitados
action-feedback = Evaluar los servicios
action-cancel = Cancelar la solicitud
action-submit = Presentar la solicitud
action-add = Añadir
action-remove-line = Quitar { $item }
action-add-guest = Añadir invitado
action-remove-guest = Quitar a { $name }
action-paste = Añadir estos invitados
action-cancel-confirm = Cancelar la solicitud
action-keep = Mantener la solicitud
action-send-feedback = Enviar
action-approve = Aprobar en esta sala
action-reject = Rechazar la solicitud
action-held = Marcar como celebrado
action-filter = Filtrar
action-search = Buscar
action-show = Mostrar
back-to-request = Volver a la solicitud
slot = { $date }, { $start }–{ $end } { $zone }
time-range = { $from }–{ $to }
event-EventRequestCreated = Solicitud creada
event-EventRequestEdited = Solicitud modificada
event-EventRequestSubmitted = Solicitud presentada
event-EventRequestApproved = Solicitud aprobada
event-EventRequestRejected = Solicitud rechazada
event-EventRequestCancelled = Solicitud cancelada
event-EventRequestHeld = Evento celebrado
event-EventRequestClosed = Solicitud facturada
event-ServiceLineRequested = Servicio solicitado
event-ServiceLineConfirmed = Servicio confirmado
event-ServiceLineDeclined = Servicio denegado
event-ServiceLineDelivered = Servicio prestado
event-ServiceLineCancelled = Servicio cancelado
event-GuestAdded = Invitado añadido
event-GuestRemoved = Invitado suprimido
event-InvoiceIssued = Factura emitida
event-CreditNoteIssued = Nota de crédito emitida
event-PaymentRecorded = Pago registrado
event-FeedbackSubmitted = Evaluación enviada

## Servicios
services-title = Servicios
services-lead = Elija los servicios del tarifario. Los precios son los vigentes hoy; cada dependencia confirma sus propias líneas.
basis-per_person = por persona
basis-per_hour = por hora
basis-per_event = por evento
basis-per_item = por unidad
lead-days = { $days ->
    [0] sin antelación mínima
    [one] pedir con al menos un día de antelación
   *[other] pedir con al menos { $days } días de antelación
}
order-by = Haga el pedido a más tardar el { $deadline }.
order-too-late = Demasiado tarde para este evento: el plazo venció el { $deadline }.

## Invitados
guests-title = Invitados
guests-cutoff = Se pueden añadir y quitar invitados hasta el { $cutoff }.
guests-cutoff-passed = La lista de invitados se cerró el { $cutoff }.
guests-count = { $count ->
    [0] Ningún invitado
    [one] Un invitado
   *[other] { $count } invitados
}
guests-none = Todavía no hay invitados.
guests-add-one = Añadir un invitado
guest-name = Nombre completo
guest-organization = Organización (opcional)
guests-paste = Pegar una lista
guests-paste-label = Invitados, uno por línea
guests-paste-hint = El nombre, seguido de una coma, un punto y coma o un tabulador, y luego la organización.
paste-result = Resultado de la lista
paste-added = añadido
paste-some-refused = { $count ->
    [one] No se añadió una línea; sigue en el cuadro para que la corrija.
   *[other] No se añadieron { $count } líneas; siguen en el cuadro para que las corrija.
}
paste-too-long = { $max ->
    [one] Una lista puede tener como máximo { $max } línea.
   *[other] Una lista puede tener como máximo { $max } líneas.
}

## Cancelación
cancel-title = Cancelar la solicitud
cancel-free = Si cancela ahora, no tendrá ningún costo.
cancel-fee = Si cancela ahora, el costo será de { $fee }: los servicios confirmados se cobran en función de la antelación con que se avise.
cancel-fee-rules = Los servicios confirmados no tienen costo si se avisa con 7 días de antelación o más; cuestan la mitad si se avisa con una antelación de entre 48 horas y 7 días, y el precio completo si se avisa con menos de 48 horas. Los servicios no confirmados nunca tienen costo.
cancel-reason = ¿Por qué cancela la solicitud?

## Evaluación
feedback-title = Evaluar los servicios
feedback-lead = Indique a cada dependencia cómo atendió su evento. Cada dependencia puede evaluarse una sola vez.
feedback-none = Ninguna dependencia prestó servicios para este evento.
feedback-rate = { $unit }
feedback-stars = { $rating } de 5
feedback-comment = Comentario (opcional)
feedback-thanks = Gracias: su evaluación ha quedado registrada.

## Facturas
invoices-title = Facturas
invoices-none = Todavía no hay facturas.
invoice-title = Factura
invoice-heading = Factura { $number }
invoice-event = Evento
invoice-credited = Importe acreditado
invoice-paid = Importe pagado
invoice-balance = Saldo
invoice-credit-notes = Notas de crédito
invoice-status-issued = Emitida
invoice-status-partially_paid = Parcialmente pagada
invoice-status-paid = Pagada
invoice-status-credited = Acreditada
credit-pro-rata = prorrateado entre las dependencias

## Directorio
directory-title = Directorio
directory-lead = Quién se ocupa de cada servicio, con sus datos de contacto. Una solicitud, un coordinador: las dependencias que figuran a continuación confirman y prestan la parte que les corresponde.
directory-search = Buscar una dependencia, un servicio o un nombre
directory-services = Servicios
directory-nothing = No hay resultados para «{ $query }».

## Oficina de coordinación
queue-title = Solicitudes por examinar
queue-status = Estado
queue-from = Desde
queue-to = Hasta
queue-empty = Ninguna solicitud coincide.
queue-attendance = asistentes: { $attendance }
review-title = Examen
review-conflicts = Conflictos
review-rooms = Salas libres en ese horario y con capacidad suficiente
review-no-room = No hay ninguna sala libre para este horario y este número de asistentes.
review-preferred = preferida
review-reject-reason = Motivo que se comunicará a la misión
review-held-hint = Una vez terminado el evento.
reject-reason = Motivo
conflict-room-taken = La sala { $room } está ocupada de { $from } a { $to } por la solicitud { $reference }.
conflict-competing = La solicitud { $reference } también pide la sala { $room } de { $from } a { $to }.
conflict-capacity = La sala { $room } tiene { $capacity } plazas; se prevén { $attendance } asistentes.
day-title = Vista diaria
day-nav = Días
day-previous = Día anterior
day-next = Día siguiente
day-grid = Salas y horas
day-empty = No hay ningún evento aprobado este día.
day-room-free = Libre todo el día
day-busy = Reservada
day-buffers = sala retenida { $from }–{ $to }

## Facility units
nav-unit-queue = Líneas
nav-run-sheet = Hoja de servicio
nav-satisfaction = Satisfacción
unit-queue-title = Servicios por prestar
unit-queue-all = Todos los estados
unit-queue-empty = Ninguna línea coincide.
unit-line-quoted = precio cotizado
unit-line-note = Nota de la misión: { $note }
unit-line-reason = Motivo: { $reason }
unit-line-delivered = Prestado: { $quantity }
unit-confirm-price = Precio cotizado (vacío: el de la tarifa)
unit-confirm-note = Nota para la misión
action-confirm = Confirmar
unit-decline-reason = Motivo del rechazo
action-decline = Rechazar
unit-deliver-quantity = Cantidad prestada
action-deliver = Registrar la prestación
unit-guest-list = Lista de invitados
action-print = Imprimir
run-sheet-title = Hoja de servicio
run-sheet-lead = { $unit }: los servicios confirmados del día, por sala y hora.
run-sheet-empty = No hay nada confirmado para este día.
col-time = Hora
col-event = Evento
col-note = Nota
col-attendance = Asistentes
guest-list-title = Lista de invitados
guest-list-cutoff = La lista se cierra el { $cutoff }, 48 horas antes del evento.
guest-list-closed = La lista está cerrada: ya no cambia.
guest-list-empty = No hay invitados en la lista.
guest-list-count = Invitados: { $count }
col-name = Nombre
col-organization = Organización
satisfaction-title = Satisfacción
satisfaction-average = Valoración media: { $average } de 5
satisfaction-count = Valoraciones: { $count }
satisfaction-none = Ninguna misión ha valorado aún esta dependencia.
satisfaction-comments = Comentarios recientes
satisfaction-no-comments = Todavía no hay comentarios: las valoraciones llegaron sin ninguno.
satisfaction-rating = Valoración: { $rating } de 5

## Finance
nav-ready = Por facturar
nav-revenue = Ingresos
finance-ready-title = Listo para facturar
finance-ready-lead = Eventos celebrados y cancelaciones con cargo que aún no tienen factura.
finance-ready-empty = No hay nada pendiente de facturar.
action-issue-invoice = Emitir la factura
filter-all-missions = Todas las misiones
filter-issued-from = Emitidas desde
filter-issued-to = Emitidas hasta
revenue-title = Ingresos por dependencia
revenue-none = No se emitió ninguna factura en este período.
revenue-chart = Ingresos por dependencia, facturado menos notas de crédito
invoice-payments = Pagos
col-reference = Referencia
col-received = Recibido
credit-note-title = Nota de crédito
credit-note-creditable = Todavía se puede abonar como máximo { $amount }.
action-credit = Emitir la nota de crédito
payment-title = Pago
action-pay = Registrar el pago

## Downloads
pdf-language = Idioma del documento
action-download-pdf = Descargar PDF
pdf-label = PDF
erp-export-title = Exportación al ERP
erp-export-hint = Cada línea de las facturas emitidas en este período, una fila por línea (CSV), para el ERP.
erp-export-action = Descargar CSV
