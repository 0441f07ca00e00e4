# The messages of the rule codes, the labels they use, and how this language writes numbers,
# money, dates and times.

rule-unknown = Не удалось выполнить запрошенную операцию.

## Formats: how this language writes numbers, money, dates and times.

# Months are in the genitive a date needs (15 декабря); digit groups are separated by a
# no-break space.

# The decimal separator, the separator of digit groups, and the fewest digits a group
# needs before the first separator is written (1: 1,000; 2: 1000 but 10,000).
format-decimal-separator = ,
format-group-separator = { "\u00A0" }
format-group-minimum = 1
# Money: $amount is already written with the separators above.
format-money-usd = { $amount }{ "\u00A0" }$
format-money = { $amount }{ "\u00A0" }{ $currency }
# A full date, a short date, a time of day (24-hour, with zero-padded $hour and $minute),
# and a short date with its time and zone.
format-date = { $weekday }, { $day } { $month } { $year } г.
format-date-short = { $day } { $monthShort } { $year } г.
format-time = { $hour }:{ $minute }
format-datetime = { $date }, { $time } { $zone }
# The months as a date needs them, in full and short.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
month-short-1 = янв.
month-short-2 = февр.
month-short-3 = мар.
month-short-4 = апр.
month-short-5 = мая
month-short-6 = июн.
month-short-7 = июл.
month-short-8 = авг.
month-short-9 = сент.
month-short-10 = окт.
month-short-11 = нояб.
month-short-12 = дек.
# The days of the week, Monday first.
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
