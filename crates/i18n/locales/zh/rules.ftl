# The messages of the rule codes, the labels they use, and how this language writes numbers,
# money, dates and times.

rule-unknown = 无法完成所请求的操作。

## Formats: how this language writes numbers, money, dates and times.

# Dates are written with numbers; a month's name is its number and 月.

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
format-date = { $year }年{ $month }{ $day }日{ $weekday }
format-date-short = { $year }年{ $monthShort }{ $day }日
format-time = { $hour }:{ $minute }
format-datetime = { $date } { $time } { $zone }
# The months as a date needs them, in full and short.
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
month-short-1 = 1月
month-short-2 = 2月
month-short-3 = 3月
month-short-4 = 4月
month-short-5 = 5月
month-short-6 = 6月
month-short-7 = 7月
month-short-8 = 8月
month-short-9 = 9月
month-short-10 = 10月
month-short-11 = 11月
month-short-12 = 12月
# The days of the week, Monday first.
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
