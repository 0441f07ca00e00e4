# The messages of the rule codes (PRODUCT.md section 4 and the API's own codes), the
# labels they insert, and how this language writes numbers, money, dates and times.
#
# A code has several wordings, most specific first: the API uses the first whose
# condition holds and whose $variables all have a value, so each list ends with a
# sentence that needs nothing. Variables take a parameter's value as given (codes,
# numbers, amounts, venue-local times), or a label of the sections below.

## The sentence for a code the API does not know.

rule-unknown = No se pudo completar la operación solicitada.

## OUTSIDE_BOOKING_HOURS

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-1 = Un evento paralelo debe comenzar y terminar el mismo día (hora de Nueva York); el período solicitado va de { $start } a { $end }.

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-2 = Un evento paralelo debe comenzar y terminar el mismo día (hora de Nueva York).

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-1 = Los eventos paralelos se celebran de lunes a viernes; el inicio solicitado, { $start }, cae en fin de semana.

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-2 = Los eventos paralelos se celebran de lunes a viernes.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-1 = Los eventos paralelos no pueden comenzar antes de las 8.00 horas (hora de Nueva York); el inicio solicitado es el { $start }.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-2 = Los eventos paralelos no pueden comenzar antes de las 8.00 horas (hora de Nueva York).

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-1 = Los eventos paralelos deben terminar a más tardar a las 21.00 horas (hora de Nueva York); la finalización solicitada es el { $end }.

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-2 = Los eventos paralelos deben terminar a más tardar a las 21.00 horas (hora de Nueva York).

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-1 = Un evento paralelo debe durar al menos 30 minutos; el período solicitado va de { $start } a { $end }.

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-2 = Un evento paralelo debe durar al menos 30 minutos.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-1 = Un evento paralelo no puede durar más de 4 horas; el período solicitado va de { $start } a { $end }.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-2 = Un evento paralelo no puede durar más de 4 horas.

rule-outside-booking-hours-1 = Los eventos paralelos se celebran de lunes a viernes entre las 8.00 y las 21.00 horas (hora de Nueva York), comienzan y terminan el mismo día y duran entre 30 minutos y 4 horas.

## LEAD_TIME

# When rule is CREATE.
rule-lead-time-create-1 = Solo se puede crear una solicitud para un evento que aún no haya comenzado; el inicio solicitado, { $deadline }, ya ha pasado.

# When rule is CREATE.
rule-lead-time-create-2 = Solo se puede crear una solicitud para un evento que aún no haya comenzado.

# When rule is SUBMIT.
rule-lead-time-submit-1 = Una solicitud debe presentarse con una antelación mínima de { $days } respecto del inicio del evento; el plazo venció el { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-2 = Una solicitud debe presentarse con una antelación mínima de 10 días respecto del inicio del evento; el plazo venció el { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-3 = Una solicitud debe presentarse con una antelación mínima de 10 días respecto del inicio del evento.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-1 = Este servicio debe solicitarse con una antelación mínima de { $days } respecto del inicio del evento; el plazo venció el { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-2 = El plazo para solicitar este servicio venció el { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-3 = Este servicio ya no puede solicitarse: ha vencido el plazo de antelación previsto para el evento.

# When rule is GUEST.
rule-lead-time-guest-1 = Se pueden añadir invitados hasta 48 horas antes del inicio del evento; el plazo venció el { $deadline }.

# When rule is GUEST.
rule-lead-time-guest-2 = Se pueden añadir invitados hasta 48 horas antes del inicio del evento.

rule-lead-time-1 = El plazo para esta operación venció el { $deadline }.

rule-lead-time-2 = Ha vencido el plazo para esta operación.

## CAPACITY_EXCEEDED

rule-capacity-exceeded-1 = La sala { $roomCode } tiene una capacidad de { $capacity }, pero la solicitud prevé { $attendance } asistentes.

rule-capacity-exceeded-2 = El número previsto de asistentes supera la capacidad de la sala.

## ROOM_UNAVAILABLE

rule-room-unavailable-1 = La sala { $roomCode } ya está reservada de { $busyFrom } a { $busyTo }, lo que se superpone con el período solicitado, de { $requestedFrom } a { $requestedTo } (ambos períodos incluyen 30 minutos antes y después del evento).

rule-room-unavailable-2 = La sala { $roomCode } no está disponible en el horario solicitado.

rule-room-unavailable-3 = La sala ha alcanzado el número máximo de reservas para ese día ({ $max }).

rule-room-unavailable-4 = La sala no está disponible en el horario solicitado.

## INVALID_TRANSITION

# When serviceLineId is given.
rule-invalid-transition-service-line-id-1 = La operación «{ $commandName }» no está permitida mientras la línea de servicio tenga el estado «{ $statusName }».

# When serviceLineId is given.
rule-invalid-transition-service-line-id-2 = Esta operación no está permitida mientras la línea de servicio tenga el estado «{ $statusName }».

rule-invalid-transition-1 = La operación «{ $commandName }» no está permitida mientras la solicitud tenga el estado «{ $statusName }».

rule-invalid-transition-2 = Esta operación no está permitida mientras la solicitud tenga el estado «{ $statusName }».

rule-invalid-transition-3 = La operación «{ $commandName }» solo es posible a partir del { $at }.

rule-invalid-transition-4 = La operación «{ $commandName }» solo es posible antes del inicio del evento ({ $start }).

rule-invalid-transition-5 = La dependencia { $unitCode } ya ha sido evaluada para este evento.

rule-invalid-transition-6 = Esta operación no está permitida en el estado actual.

## VERSION_CONFLICT

# When serviceLineId is given.
rule-version-conflict-service-line-id-1 = La línea de servicio se ha modificado desde que la cargó; su versión actual es { $currentVersion }. Vuelva a cargarla e inténtelo de nuevo.

rule-version-conflict-1 = Los datos se han modificado desde que los cargó; la versión actual es { $currentVersion }. Vuelva a cargarlos e inténtelo de nuevo.

rule-version-conflict-2 = Los datos se han modificado desde que los cargó. Vuelva a cargarlos e inténtelo de nuevo.

## UNKNOWN_ITEM

rule-unknown-item-1 = El tarifario no contiene ningún artículo con el código { $itemCode }.

rule-unknown-item-2 = Este artículo no figura en el tarifario.

## NOT_FOUND

rule-not-found-1 = La línea de servicio { $serviceLineId } no existe en esta solicitud.

rule-not-found-2 = La sala { $roomCode } no existe.

rule-not-found-3 = La dependencia { $unitCode } no existe.

rule-not-found-4 = No hay ninguna misión permanente registrada con el código { $missionCode }.

rule-not-found-5 = No hay ningún coordinador registrado con la dirección de correo electrónico { $email }.

rule-not-found-6 = El elemento solicitado no existe o usted no tiene acceso a él.

## VALIDATION

# When quantityProblem is NOT_POSITIVE.
rule-validation-not-positive-1 = La cantidad debe ser mayor que cero.

# When quantityProblem is DECIMALS.
rule-validation-decimals-1 = La cantidad admite como máximo dos decimales.

# When quantityProblem is TOO_LARGE and max is given.
rule-validation-too-large-1 = La cantidad no puede superar { $max }.

# When quantityProblem is NOT_A_NUMBER.
rule-validation-not-a-number-1 = La cantidad es un número decimal escrito como cadena, por ejemplo «12.5».

rule-validation-1 = El importe debe expresarse en { $expected } y no en { $actual }.

rule-validation-2 = El campo «{ $fieldName }» debe tener entre { $min } y { $max } caracteres.

rule-validation-3 = El campo «{ $fieldName }» no tiene el formato esperado.

rule-validation-4 = Una solicitud no puede contener más de { $max } { $requestItems }.

rule-validation-5 = Una factura no puede contener más de { $max } { $invoiceItems }.

rule-validation-6 = El precio cotizado corresponde al artículo { $quoted }, pero la línea de servicio corresponde al artículo { $itemCode }.

rule-validation-7 = El artículo { $itemCode } ya ha alcanzado el número máximo de versiones de precio ({ $max }).

rule-validation-8 = El tarifario ya contiene un artículo con el código { $itemCode }.

rule-validation-9 = La sala { $roomCode } ya existe.

rule-validation-10 = Ya hay una misión permanente registrada con el código { $missionCode }.

rule-validation-11 = Ya hay un coordinador registrado con la dirección de correo electrónico { $email }.

rule-validation-12 = La dependencia { $unitCode } no puede utilizarse para esta operación.

rule-validation-13 = El plazo de antelación ({ $days }) supera el máximo permitido ({ $max } días).

rule-validation-14 = Un cambio de precio no puede surtir efecto en el pasado: { $effectiveAt } es anterior a la hora actual ({ $now }).

rule-validation-15 = Un cambio de precio no puede surtir efecto antes del último registrado ({ $latest }); la fecha solicitada es el { $effectiveAt }.

rule-validation-16 = { $number } no es un número de la serie de { $seriesName } de { $year }.

rule-validation-17 = Se han asignado todos los números de la serie de { $seriesName } de { $year } (máximo: { $max }).

rule-validation-18 = La línea de factura correspondiente a la línea de servicio { $serviceLineId } no es válida.

rule-validation-19 = El valor está fuera de los límites permitidos (máximo: { $max }).

rule-validation-20 = Los datos introducidos no son válidos; verifique los valores indicados.

## IDEMPOTENCY_KEY_REUSED

rule-idempotency-key-reused-1 = La clave de idempotencia «{ $idempotencyKey }» ya se ha utilizado con datos diferentes; utilice una clave nueva para cada nueva operación.

rule-idempotency-key-reused-2 = Esta clave de idempotencia ya se ha utilizado con datos diferentes; utilice una clave nueva para cada nueva operación.

## NOTHING_TO_INVOICE

rule-nothing-to-invoice-1 = La solicitud no contiene ninguna línea de servicio facturable; no hay nada que facturar.

## ALREADY_INVOICED

rule-already-invoiced-1 = La solicitud ya ha sido facturada (factura { $number }).

rule-already-invoiced-2 = La solicitud ya ha sido facturada (identificador de la factura: { $invoiceId }).

rule-already-invoiced-3 = La solicitud ya ha sido facturada.

## CREDIT_EXCEEDS_INVOICE

rule-credit-exceeds-invoice-1 = Las notas de crédito no pueden superar el importe facturado por la dependencia { $unitCode }; aún pueden acreditarse como máximo { $available } { $currency }.

rule-credit-exceeds-invoice-2 = Las notas de crédito no pueden superar el importe total de la factura; aún pueden acreditarse como máximo { $available } { $currency }.

rule-credit-exceeds-invoice-3 = Las notas de crédito no pueden superar el importe total de la factura.

## OVERPAYMENT

rule-overpayment-1 = El pago supera el saldo pendiente, que asciende a { $balance } { $currency }.

rule-overpayment-2 = Un pago no puede superar el saldo pendiente de la factura.

## FORBIDDEN

rule-forbidden-1 = Su rol no le permite { $actionName }.

rule-forbidden-2 = Su rol no permite esta operación.

## UNAUTHENTICATED

rule-unauthenticated-1 = Se requiere autenticación: proporcione una credencial de acceso válida.

## INTERNAL

rule-internal-1 = Se ha producido un error técnico. Vuelva a intentarlo más tarde.

## UNAVAILABLE

rule-unavailable-1 = El sistema no acepta cambios temporalmente. Vuelva a intentarlo más tarde.

## A number of days with the noun the number needs ($days, from the parameter
## leadTimeDays).

rule-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }

## The statuses of requests and service lines, as the caller sees them ($statusName, from the
## parameter status). French, Spanish and Russian agree with the feminine "demande"/"ligne",
## "solicitud"/"línea", "заявка"/"услуга".

status-DRAFT = Borrador
status-SUBMITTED = Presentada
status-APPROVED = Aprobada
status-REJECTED = Rechazada
status-CANCELLED = Cancelada
status-HELD = Evento celebrado
status-CLOSED = Cerrada
status-REQUESTED = Solicitada
status-CONFIRMED = Confirmada
status-DECLINED = Denegada
status-DELIVERED = Prestada

## The commands a request refuses in its current state, as names of operations ($commandName,
## from the parameter command).

command-create = creación de la solicitud
command-edit = modificación de la solicitud
command-submit = presentación de la solicitud
command-approve = aprobación de la solicitud
command-reject = rechazo de la solicitud
command-cancel = cancelación de la solicitud
command-markHeld = registro de la celebración del evento
command-close = cierre de la solicitud
command-addServiceLine = adición de una línea de servicio
command-removeServiceLine = supresión de la línea de servicio
command-confirmServiceLine = confirmación de la línea de servicio
command-declineServiceLine = denegación de la línea de servicio
command-deliverServiceLine = registro de la prestación del servicio
command-addGuest = adición de un invitado
command-removeGuest = supresión de un invitado

## The actions a role may be refused ($actionName, from the parameter action), completing "Your
## role does not permit you to …". French includes its "de", Arabic is the noun after "صلاحية".

action-add-guests = añadir invitados
action-add-service-lines = añadir líneas de servicio
action-administer-the-venue = administrar el recinto
action-approve-requests = aprobar solicitudes
action-cancel-requests = cancelar solicitudes
action-confirm-service-lines = confirmar líneas de servicio
action-create-requests = crear solicitudes
action-create-tokens = crear credenciales de acceso
action-decline-service-lines = denegar líneas de servicio
action-edit-requests = modificar solicitudes
action-give-feedback = enviar evaluaciones
action-issue-credit-notes = emitir notas de crédito
action-issue-invoices = emitir facturas
action-list-invoices = consultar la lista de facturas
action-list-requests = consultar la lista de solicitudes
action-list-service-lines = consultar la lista de líneas de servicio
action-mark-requests-held = registrar la celebración de los eventos
action-read-revenue = consultar los ingresos
action-record-deliveries = registrar la prestación de servicios
action-record-payments = registrar pagos
action-reject-requests = rechazar solicitudes
action-remove-service-lines = suprimir líneas de servicio
action-submit-requests = presentar solicitudes
action-remove-guests = suprimir invitados

## The kinds of code and text values, as field names ($fieldName, from the parameter kind).

field-mission-code = código de la misión
field-unit-code = código de la dependencia
field-room-code = código de la sala
field-item-code = código del artículo
field-feature = equipamiento de la sala
field-title = título
field-description = descripción
field-reason = motivo
field-note = nota
field-name = nombre
field-payment-reference = referencia del pago
field-reference = referencia de la solicitud
field-currency = moneda
field-token-hash = huella de la credencial de acceso
field-document-number = número de documento

## What an invoice holds a limited number of ($invoiceItems, from the parameter kind). Russian
## is in the genitive plural that follows "число".

invoice-items-lines = líneas
invoice-items-credit-notes = notas de crédito
invoice-items-payments = pagos

## What a request holds a limited number of ($requestItems, from the parameter what).

request-items-lines = líneas de servicio
request-items-guests = invitados

## The numbered series of documents ($seriesName, from the parameter series), as what they
## number.

series-REQUEST = referencias de solicitud
series-INVOICE = facturas
series-CREDIT_NOTE = notas de crédito

## Formats: how this language writes numbers, money, dates and times.

# The Real Academia Española does not separate the digits of a four-digit number (1250),
# only from five digits on (12.500).

# The decimal separator, the separator of digit groups, and the fewest digits a group
# needs before the first separator is written (1: 1,000; 2: 1000 but 10,000).
format-decimal-separator = ,
format-group-separator = .
format-group-minimum = 2
# Money: $amount is already written with the separators above.
format-money-usd = { $amount }{ "\u00A0" }US$
format-money = { $amount }{ "\u00A0" }{ $currency }
# A full date, a short date, a time of day (24-hour, with zero-padded $hour and $minute),
# and a short date with its time and zone.
format-date = { $weekday }, { $day } de { $month } de { $year }
format-date-short = { $day } { $monthShort } { $year }
format-time = { $hour }:{ $minute }
format-datetime = { $date }, { $time } { $zone }
# The months as a date needs them, in full and short.
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic
# The days of the week, Monday first.
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
