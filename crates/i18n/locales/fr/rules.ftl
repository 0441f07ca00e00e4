# The messages of the rule codes, the labels they use, and how this language writes numbers,
# money, dates and times.

rule-unknown = L'opération demandée n'a pas pu être effectuée.

## Formats: how this language writes numbers, money, dates and times.

# Digit groups are separated by a narrow no-break space and the currency by a no-break space,
# as the Imprimerie nationale and CLDR write them; 1 December is the « 1er ».

# The decimal separator, the separator of digit groups, and the fewest digits a group
# needs before the first separator is written (1: 1,000; 2: 1000 but 10,000).
format-decimal-separator = ,
format-group-separator = { "\u202F" }
format-group-minimum = 1
# Money: $amount is already written with the separators above.
format-money-usd = { $amount }{ "\u00A0" }$US
format-money = { $amount }{ "\u00A0" }{ $currency }
# A full date, a short date, a time of day (24-hour, with zero-padded $hour and $minute),
# and a short date with its time and zone.
format-date = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
format-date-short = { $day ->
        [1] 1er
       *[other] { $day }
    } { $monthShort } { $year }
format-time = { $hour }:{ $minute }
format-datetime = { $date }, { $time } { $zone }
# The months as a date needs them, in full and short.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
# The days of the week, Monday first.
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
