# The messages of the rule codes (PRODUCT.md section 4 and the API's own codes), the
# labels they insert, and how this language writes numbers, money, dates and times.
#
# A code has several wordings, most specific first: the API uses the first whose
# condition holds and whose $variables all have a value, so each list ends with a
# sentence that needs nothing. Variables take a parameter's value as given (codes,
# numbers, amounts, venue-local times), or a label of the sections below.

## The sentence for a code the API does not know.

rule-unknown = Не удалось выполнить запрошенную операцию.

## OUTSIDE_BOOKING_HOURS

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-1 = Параллельное мероприятие должно начинаться и заканчиваться в один и тот же день (по нью-йоркскому времени); запрошенный период: с { $start } до { $end }.

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-2 = Параллельное мероприятие должно начинаться и заканчиваться в один и тот же день (по нью-йоркскому времени).

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-1 = Параллельные мероприятия проводятся с понедельника по пятницу; запрошенное время начала ({ $start }) приходится на выходной день.

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-2 = Параллельные мероприятия проводятся с понедельника по пятницу.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-1 = Параллельные мероприятия не могут начинаться ранее 08:00 (по нью-йоркскому времени); запрошенное время начала: { $start }.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-2 = Параллельные мероприятия не могут начинаться ранее 08:00 (по нью-йоркскому времени).

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-1 = Параллельные мероприятия должны заканчиваться не позднее 21:00 (по нью-йоркскому времени); запрошенное время окончания: { $end }.

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-2 = Параллельные мероприятия должны заканчиваться не позднее 21:00 (по нью-йоркскому времени).

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-1 = Продолжительность параллельного мероприятия должна составлять не менее 30 минут; запрошенный период: с { $start } до { $end }.

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-2 = Продолжительность параллельного мероприятия должна составлять не менее 30 минут.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-1 = Продолжительность параллельного мероприятия не может превышать 4 часа; запрошенный период: с { $start } до { $end }.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-2 = Продолжительность параллельного мероприятия не может превышать 4 часа.

rule-outside-booking-hours-1 = Параллельные мероприятия проводятся с понедельника по пятницу с 08:00 до 21:00 (по нью-йоркскому времени), начинаются и заканчиваются в один и тот же день и длятся от 30 минут до 4 часов.

## LEAD_TIME

# When rule is CREATE.
rule-lead-time-create-1 = Заявку можно создать только для мероприятия, которое еще не началось; запрошенное время начала ({ $deadline }) уже прошло.

# When rule is CREATE.
rule-lead-time-create-2 = Заявку можно создать только для мероприятия, которое еще не началось.

# When rule is SUBMIT.
rule-lead-time-submit-1 = Заявка должна быть подана не менее чем за { $days } до начала мероприятия; срок истек { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-2 = Заявка должна быть подана не менее чем за 10 дней до начала мероприятия; срок истек { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-3 = Заявка должна быть подана не менее чем за 10 дней до начала мероприятия.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-1 = Эту услугу необходимо заказать не менее чем за { $days } до начала мероприятия; срок истек { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-2 = Срок заказа этой услуги истек { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-3 = Эту услугу уже нельзя заказать: установленный срок заказа до начала мероприятия истек.

# When rule is GUEST.
rule-lead-time-guest-1 = Гостей можно добавлять не позднее чем за 48 часов до начала мероприятия; срок истек { $deadline }.

# When rule is GUEST.
rule-lead-time-guest-2 = Гостей можно добавлять не позднее чем за 48 часов до начала мероприятия.

rule-lead-time-1 = Срок для этой операции истек { $deadline }.

rule-lead-time-2 = Срок для этой операции истек.

## CAPACITY_EXCEEDED

rule-capacity-exceeded-1 = Вместимость зала { $roomCode } ({ $capacity }) меньше ожидаемого числа участников по заявке ({ $attendance }).

rule-capacity-exceeded-2 = Ожидаемое число участников превышает вместимость зала.

## ROOM_UNAVAILABLE

rule-room-unavailable-1 = Зал { $roomCode } уже забронирован с { $busyFrom } до { $busyTo }, что пересекается с запрошенным периодом с { $requestedFrom } до { $requestedTo } (оба периода включают по 30 минут до и после мероприятия).

rule-room-unavailable-2 = Зал { $roomCode } недоступен в запрошенное время.

rule-room-unavailable-3 = Для этого зала достигнуто максимальное число бронирований на этот день ({ $max }).

rule-room-unavailable-4 = Зал недоступен в запрошенное время.

## INVALID_TRANSITION

# When serviceLineId is given.
rule-invalid-transition-service-line-id-1 = Операция «{ $commandName }» недопустима, пока услуга находится в статусе «{ $statusName }».

# When serviceLineId is given.
rule-invalid-transition-service-line-id-2 = Эта операция недопустима, пока услуга находится в статусе «{ $statusName }».

rule-invalid-transition-1 = Операция «{ $commandName }» недопустима, пока заявка находится в статусе «{ $statusName }».

rule-invalid-transition-2 = Эта операция недопустима, пока заявка находится в статусе «{ $statusName }».

rule-invalid-transition-3 = Операция «{ $commandName }» возможна только начиная с { $at }.

rule-invalid-transition-4 = Операция «{ $commandName }» возможна только до начала мероприятия ({ $start }).

rule-invalid-transition-5 = Подразделение { $unitCode } уже получило оценку по этому мероприятию.

rule-invalid-transition-6 = Эта операция недопустима в текущем состоянии.

## VERSION_CONFLICT

# When serviceLineId is given.
rule-version-conflict-service-line-id-1 = Услуга была изменена после ее загрузки; текущая версия — { $currentVersion }. Обновите данные и повторите попытку.

rule-version-conflict-1 = Данные были изменены после их загрузки; текущая версия — { $currentVersion }. Обновите данные и повторите попытку.

rule-version-conflict-2 = Данные были изменены после их загрузки. Обновите данные и повторите попытку.

## UNKNOWN_ITEM

rule-unknown-item-1 = В прейскуранте нет позиции с кодом { $itemCode }.

rule-unknown-item-2 = Эта позиция отсутствует в прейскуранте.

## NOT_FOUND

rule-not-found-1 = Услуга { $serviceLineId } в этой заявке отсутствует.

rule-not-found-2 = Зал { $roomCode } не существует.

rule-not-found-3 = Подразделение { $unitCode } не существует.

rule-not-found-4 = Постоянное представительство с кодом { $missionCode } не зарегистрировано.

rule-not-found-5 = Координатор с адресом электронной почты { $email } не зарегистрирован.

rule-not-found-6 = Запрошенный объект не существует или у вас нет к нему доступа.

## VALIDATION

# When quantityProblem is NOT_POSITIVE.
rule-validation-not-positive-1 = Количество должно быть больше нуля.

# When quantityProblem is DECIMALS.
rule-validation-decimals-1 = Количество может иметь не более двух знаков после запятой.

# When quantityProblem is TOO_LARGE and max is given.
rule-validation-too-large-1 = Количество не может превышать { $max }.

# When quantityProblem is NOT_A_NUMBER.
rule-validation-not-a-number-1 = Количество — это десятичное число, записанное строкой, например «12.5».

rule-validation-1 = Сумма должна быть указана в валюте { $expected }, а не { $actual }.

rule-validation-2 = Количество символов в поле «{ $fieldName }» должно составлять от { $min } до { $max }.

rule-validation-3 = Поле «{ $fieldName }» имеет недопустимый формат.

rule-validation-4 = Максимальное число { $requestItems } в одной заявке — { $max }.

rule-validation-5 = Максимальное число { $invoiceItems } в одном счете — { $max }.

rule-validation-6 = Предложенная цена относится к позиции { $quoted }, а услуга — к позиции { $itemCode }.

rule-validation-7 = Для позиции { $itemCode } уже достигнуто максимальное число версий цены ({ $max }).

rule-validation-8 = В прейскуранте уже есть позиция с кодом { $itemCode }.

rule-validation-9 = Зал { $roomCode } уже существует.

rule-validation-10 = Постоянное представительство с кодом { $missionCode } уже зарегистрировано.

rule-validation-11 = Координатор с адресом электронной почты { $email } уже зарегистрирован.

rule-validation-12 = Подразделение { $unitCode } не может быть использовано для этой операции.

rule-validation-13 = Срок заблаговременного заказа ({ $days }) превышает допустимый максимум в днях ({ $max }).

rule-validation-14 = Изменение цены не может вступать в силу в прошлом: { $effectiveAt } предшествует текущему времени ({ $now }).

rule-validation-15 = Изменение цены не может вступать в силу раньше последнего изменения ({ $latest }); запрошенная дата: { $effectiveAt }.

rule-validation-16 = { $number } не является номером серии { $seriesName } за { $year } год.

rule-validation-17 = Все номера серии { $seriesName } за { $year } год исчерпаны (максимум: { $max }).

rule-validation-18 = Строка счета для услуги { $serviceLineId } недействительна.

rule-validation-19 = Значение выходит за допустимые пределы (максимум: { $max }).

rule-validation-20 = Введенные данные недействительны; проверьте указанные значения.

## IDEMPOTENCY_KEY_REUSED

rule-idempotency-key-reused-1 = Ключ идемпотентности «{ $idempotencyKey }» уже использовался с другими данными; для новой операции используйте новый ключ.

rule-idempotency-key-reused-2 = Этот ключ идемпотентности уже использовался с другими данными; для новой операции используйте новый ключ.

## NOTHING_TO_INVOICE

rule-nothing-to-invoice-1 = В заявке нет услуг, подлежащих оплате, поэтому счет не может быть выставлен.

## ALREADY_INVOICED

rule-already-invoiced-1 = По этой заявке уже выставлен счет ({ $number }).

rule-already-invoiced-2 = По этой заявке уже выставлен счет (идентификатор счета: { $invoiceId }).

rule-already-invoiced-3 = По этой заявке уже выставлен счет.

## CREDIT_EXCEEDS_INVOICE

rule-credit-exceeds-invoice-1 = Сумма кредит-нот не может превышать сумму, выставленную по подразделению { $unitCode }; к кредитованию остается не более { $available } { $currency }.

rule-credit-exceeds-invoice-2 = Сумма кредит-нот не может превышать общую сумму счета; к кредитованию остается не более { $available } { $currency }.

rule-credit-exceeds-invoice-3 = Сумма кредит-нот не может превышать общую сумму счета.

## OVERPAYMENT

rule-overpayment-1 = Сумма платежа превышает непогашенный остаток в размере { $balance } { $currency }.

rule-overpayment-2 = Сумма платежа не может превышать непогашенный остаток по счету.

## FORBIDDEN

rule-forbidden-1 = Ваша роль не позволяет { $actionName }.

rule-forbidden-2 = Ваша роль не позволяет выполнить эту операцию.

## UNAUTHENTICATED

rule-unauthenticated-1 = Требуется аутентификация: предъявите действительный токен доступа.

## INTERNAL

rule-internal-1 = Произошла техническая ошибка. Повторите попытку позднее.

## UNAVAILABLE

rule-unavailable-1 = Система временно не принимает изменения. Повторите попытку позднее.

## A number of days with the noun the number needs ($days, from the parameter
## leadTimeDays).

rule-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дня
       *[other] { $count } дней
    }

## The statuses of requests and service lines, as the caller sees them ($statusName, from the
## parameter status). French, Spanish and Russian agree with the feminine "demande"/"ligne",
## "solicitud"/"línea", "заявка"/"услуга".

status-DRAFT = Черновик
status-SUBMITTED = Подана
status-APPROVED = Утверждена
status-REJECTED = Отклонена
status-CANCELLED = Отменена
status-HELD = Мероприятие проведено
status-CLOSED = Закрыта
status-REQUESTED = Запрошена
status-CONFIRMED = Подтверждена
status-DECLINED = Отклонена
status-DELIVERED = Оказана

## The commands a request refuses in its current state, as names of operations ($commandName,
## from the parameter command).

command-create = создание заявки
command-edit = изменение заявки
command-submit = подача заявки
command-approve = утверждение заявки
command-reject = отклонение заявки
command-cancel = отмена заявки
command-markHeld = отметка о проведении мероприятия
command-close = закрытие заявки
command-addServiceLine = добавление услуги
command-removeServiceLine = удаление услуги
command-confirmServiceLine = подтверждение услуги
command-declineServiceLine = отклонение услуги
command-deliverServiceLine = отметка об оказании услуги
command-addGuest = добавление гостя
command-removeGuest = удаление гостя

## The actions a role may be refused ($actionName, from the parameter action), completing "Your
## role does not permit you to …". French includes its "de", Arabic is the noun after "صلاحية".

action-add-guests = добавлять гостей
action-add-service-lines = добавлять услуги
action-administer-the-venue = выполнять функции администратора площадки
action-approve-requests = утверждать заявки
action-cancel-requests = отменять заявки
action-confirm-service-lines = подтверждать услуги
action-create-requests = создавать заявки
action-create-tokens = создавать токены доступа
action-decline-service-lines = отклонять услуги
action-edit-requests = изменять заявки
action-give-feedback = оставлять отзывы
action-issue-credit-notes = выставлять кредит-ноты
action-issue-invoices = выставлять счета
action-list-invoices = просматривать список счетов
action-list-requests = просматривать список заявок
action-list-service-lines = просматривать список услуг
action-mark-requests-held = отмечать мероприятия как проведенные
action-read-revenue = просматривать данные о доходах
action-record-deliveries = регистрировать оказание услуг
action-record-payments = регистрировать платежи
action-reject-requests = отклонять заявки
action-remove-service-lines = удалять услуги
action-submit-requests = подавать заявки
action-remove-guests = удалять гостей

## The kinds of code and text values, as field names ($fieldName, from the parameter kind).

field-mission-code = код представительства
field-unit-code = код подразделения
field-room-code = код зала
field-item-code = код позиции
field-feature = оснащение зала
field-title = название
field-description = описание
field-reason = причина
field-note = примечание
field-name = имя
field-payment-reference = ссылочный номер платежа
field-reference = номер заявки
field-currency = валюта
field-token-hash = хеш токена
field-document-number = номер документа

## What an invoice holds a limited number of ($invoiceItems, from the parameter kind). Russian
## is in the genitive plural that follows "число".

invoice-items-lines = строк
invoice-items-credit-notes = кредит-нот
invoice-items-payments = платежей

## What a request holds a limited number of ($requestItems, from the parameter what).

request-items-lines = услуг
request-items-guests = гостей

## The numbered series of documents ($seriesName, from the parameter series), as what they
## number.

series-REQUEST = заявок
series-INVOICE = счетов
series-CREDIT_NOTE = кредит-нот

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
