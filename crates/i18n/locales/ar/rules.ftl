# The messages of the rule codes, the labels they use, and how this language writes numbers,
# money, dates and times.

rule-unknown = تعذّر إتمام العملية المطلوبة.

## Formats: how this language writes numbers, money, dates and times.

# The United Nations' Arabic documents print figures in Latin digits (1, 2, 3), the digits
# of the English original, the API and the ERP export, with the separators that go with them
# (1,250.00); months carry both their Levantine and their Egyptian names, as those documents
# write them, and are not shortened.

# The decimal separator, the separator of digit groups, and the fewest digits a group
# needs before the first separator is written (1: 1,000; 2: 1000 but 10,000).
format-decimal-separator = .
format-group-separator = ,
format-group-minimum = 1
# Money: $amount is already written with the separators above.
format-money-usd = { $amount }{ "\u00A0" }US$
format-money = { $amount }{ "\u00A0" }{ $currency }
# A full date, a short date, a time of day (24-hour, with zero-padded $hour and $minute),
# and a short date with its time and zone.
format-date = { $weekday }، { $day } { $month } { $year }
format-date-short = { $day } { $monthShort } { $year }
format-time = { $hour }:{ $minute }
format-datetime = { $date }، { $time } { $zone }
# The months as a date needs them, in full and short.
month-1 = كانون الثاني/يناير
month-2 = شباط/فبراير
month-3 = آذار/مارس
month-4 = نيسان/أبريل
month-5 = أيار/مايو
month-6 = حزيران/يونيه
month-7 = تموز/يوليه
month-8 = آب/أغسطس
month-9 = أيلول/سبتمبر
month-10 = تشرين الأول/أكتوبر
month-11 = تشرين الثاني/نوفمبر
month-12 = كانون الأول/ديسمبر
month-short-1 = كانون الثاني/يناير
month-short-2 = شباط/فبراير
month-short-3 = آذار/مارس
month-short-4 = نيسان/أبريل
month-short-5 = أيار/مايو
month-short-6 = حزيران/يونيه
month-short-7 = تموز/يوليه
month-short-8 = آب/أغسطس
month-short-9 = أيلول/سبتمبر
month-short-10 = تشرين الأول/أكتوبر
month-short-11 = تشرين الثاني/نوفمبر
month-short-12 = كانون الأول/ديسمبر
# The days of the week, Monday first.
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
