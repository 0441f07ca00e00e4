# The messages of the rule codes, the labels they use, and how this language writes numbers,
# money, dates and times.

rule-unknown = The request could not be completed.

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
