# Los documentos de Convene (la factura y la nota de crédito en PDF), en español. Las mismas
# claves y variables que documents.ftl en inglés.

## La sede, al principio de cada documento
doc-venue-name = Sede de las Naciones Unidas
doc-venue-office = Servicios de eventos paralelos y de conferencias
doc-venue-address = 405 East 42nd Street, Nueva York, NY 10017, Estados Unidos

## La factura
doc-invoice-title = Factura
doc-invoice-heading = Factura { $number }
doc-invoice-number = Número de factura
doc-issue-date = Fecha de emisión
doc-status = Estado
doc-currency = Moneda
doc-billed-to = Facturado a
doc-mission = Misión { $name } ({ $code })
doc-reason-held = Servicios prestados para un evento paralelo que se celebró.
doc-reason-cancelled = Cargos por cancelación de un evento paralelo cancelado.
doc-event = Evento
doc-event-reference = Referencia
doc-event-title = Título
doc-event-date = Fecha
doc-event-time = Hora
doc-event-room = Sala
doc-no-room = Sin sala asignada
doc-lines = Servicios
doc-col-item = Artículo
doc-col-quantity = Cantidad
doc-col-unit-price = Precio unitario
doc-col-rate-version = Tarifario
doc-col-amount = Importe
doc-rate-version = v{ $version }
doc-fee = cargo por cancelación, { $percent } % de la línea
doc-subtotal = Subtotal, { $unit }
doc-no-lines = Ningún servicio facturable.
doc-total = Total
doc-credited = Importe acreditado
doc-paid = Importe pagado
doc-balance = Saldo pendiente
doc-amounts-in = Todos los importes en { $currency }.
doc-credit-notes = Notas de crédito
doc-payments = Pagos
doc-col-number = Número
doc-col-date = Fecha
doc-col-reason = Motivo
doc-col-credited-to = Acreditado a
doc-col-payment-reference = Referencia del pago
doc-pro-rata = Prorrateado entre las dependencias
doc-quote-number = Indique el número de factura { $number } al efectuar el pago.
doc-page = Página { $page } de { $pages }

## La nota de crédito
doc-credit-note-title = Nota de crédito
doc-credit-note-heading = Nota de crédito { $number }
doc-credit-note-number = Número de nota de crédito
doc-credits-invoice = Factura acreditada
doc-invoice-date = Fecha de la factura
doc-invoice-total = Total de la factura
doc-credit-amount = Importe acreditado
doc-credit-reason = Motivo
doc-credit-unit = Dependencia acreditada
doc-credit-pro-rata = Prorrateado entre las dependencias de la factura
doc-credit-note-text = Esta nota de crédito reduce en { $amount } el importe adeudado de la factura { $number }.
