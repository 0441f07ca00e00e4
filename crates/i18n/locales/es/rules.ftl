# The messages of the rule codes, the labels they use, and how this language writes numbers,
# money, dates and times.

rule-unknown = No se pudo completar la operación solicitada.

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
