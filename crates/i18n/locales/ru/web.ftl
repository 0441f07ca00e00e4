# Convene's web pages, in Russian. Every string a page shows lives here (and in the five
# other languages' web.ftl, with the same keys and the same variables).

app-name = Convene
skip-to-content = Перейти к основному содержанию
language = Язык
nav-label = Главное меню
nav-requests = Мои заявки
nav-new-request = Новая заявка
nav-invoices = Счета
nav-queue = Очередь заявок
nav-day = Расписание дня
nav-home = Главная
nav-directory = Справочник
sign-out = Выйти
footer-venue = Параллельные мероприятия в Центральных учреждениях Организации Объединенных Наций в Нью-Йорке · указано нью-йоркское время
who-mission = Представительство { $mission }
who-unit = Подразделение: { $unit }
who-focal-point = Служба координаторов
who-finance = Финансовая служба
who-admin = Администратор
who-system = Convene

## Вход в систему
sign-in-title = Вход в систему
sign-in-lead = Войдите в систему с помощью ключа доступа, выданного вашему представительству или подразделению.
sign-in-key = Ключ доступа
sign-in-key-hint = Ключ начинается с cvn_. Храните его в тайне: любой, у кого он есть, может действовать от вашего имени.
sign-in-button = Войти
sign-in-invalid = Этот ключ доступа недействителен или отозван.
demo-title = Демонстрационные профили
demo-lead = Этот сервер работает с демонстрационными данными. Войдите под одним из этих профилей одним щелчком.
persona-mission = { $name } ({ $code })
persona-unit = Подразделение: { $name }
persona-focal-point = Служба координаторов
persona-finance = Финансовая служба
persona-admin = Администратор
role-home-title = Добро пожаловать
role-home-text = Страницы для вашей роли появятся в следующей версии. Пока вам доступен справочник, а программный интерфейс GraphQL позволяет выполнять все задачи.
role-home-graphiql = Программный интерфейс GraphQL (GraphiQL)

## Ошибки
error-title = Произошла ошибка
error-title-not-found = Страница не найдена
error-title-forbidden = Форма не принята
error-title-other-role = Страница другой роли
error-title-bad-request = Запрос не распознан
error-title-unavailable = Временно недоступно
error-title-method = Недоступно таким способом
error-method = Этот адрес не принимает такой запрос. Пользуйтесь ссылками и кнопками на страницах.
error-not-found = Эта страница не существует, или у вас нет доступа к ней.
error-forbidden = Не удалось принять эту форму: она была отправлена не с этого сайта, или страница устарела. Вернитесь назад, обновите страницу и повторите попытку.
error-other-role = Эта страница относится к другой роли. Пользуйтесь ссылками своих страниц; чтобы действовать в другой роли, выйдите и войдите с ключом доступа этой роли.
error-bad-request = Не удалось прочитать запрос.
error-unavailable = Система бронирования в данный момент недоступна. Данные не утеряны; повторите попытку через несколько секунд.
error-internal = Произошла непредвиденная ошибка. Сведения о ней зарегистрированы; повторите попытку позднее.
error-home = Перейти на главную страницу
error-summary-title = Обнаружена проблема

## Главная страница представительства
home-title = Мои заявки
home-empty = У вас пока нет заявок. Начните с новой заявки: выберите зал, дату и необходимые услуги.
home-drafts = Незавершенные черновики
home-waiting = Ожидают утверждения
home-approved = Утвержденные
home-held = Проведенные
home-invoiced = Выставлен счет
home-cancelled = Отмененные или отклоненные
next-draft = Следующий шаг: добавить услуги и гостей, затем подать заявку.
next-submitted = Следующий шаг: служба координаторов рассматривает заявку и назначает зал.
next-approved = Следующий шаг: подразделения подтверждают ваши услуги; добавьте гостей до истечения срока.
next-held = Следующий шаг: оценить услуги; финансовая служба выставляет счет.
next-closed = Следующий шаг: ознакомиться со счетом.
next-cancelled = Дальнейших действий не требуется.

## Форма заявки
new-title = Новая заявка
edit-title = Изменение заявки
rules-title = Правила бронирования
hint-booking-hours = Параллельные мероприятия проводятся с понедельника по пятницу с 08:00 до 21:00 (по нью-йоркскому времени) и длятся от 30 минут до 4 часов.
hint-lead-time = { $days ->
    [one] Заявка подается не менее чем за { $days } день до мероприятия.
    [few] Заявка подается не менее чем за { $days } дня до мероприятия.
    [many] Заявка подается не менее чем за { $days } дней до мероприятия.
   *[other] Заявка подается не менее чем за { $days } дня до мероприятия.
}
hint-submit-by = Подайте эту заявку не позднее { $deadline }.
hint-submit-too-late = Срок подачи заявок на эту дату истек { $deadline }: выберите более позднюю дату.
form-title = Название мероприятия
form-description = Описание (необязательно)
form-when = Дата и время
form-when-hint = По нью-йоркскому времени.
form-date = Дата
form-start = Начало
form-end = Окончание
form-attendance = Ожидаемое число участников
form-show-rooms = Показать свободные залы
form-room = Предпочтительный зал
form-room-none = Без предпочтений
form-create = Создать черновик
form-save = Сохранить изменения
form-invalid-date = Введите дату, например 2026-12-15.
form-invalid-time = Введите время, например 10:00.
free-rooms-for = Залы, свободные в указанное время ({ $when }) и вмещающие такое число участников:
free-rooms-none = На это время нет свободных залов достаточной вместимости. Выберите другое время или подайте заявку без указания предпочтительного зала, и служба координаторов вам поможет.
free-rooms-unknown = Введите дату, время начала и окончания и число участников, чтобы увидеть свободные залы.
list-separator = {", "}
room-capacity = вместимость: { $capacity }
feature-accessible = безбарьерный доступ
feature-hearing_loop = индукционная петля
feature-interpretation_booths = кабины для устного перевода
feature-video_conference = видеоконференцсвязь
feature-webcast = веб-трансляция

## Страница заявки
request-title = Заявка
request-summary = Основные сведения
request-status = Статус
request-reference = Номер
request-when = Время проведения
request-attendance = Число участников
request-preferred-room = Предпочтительный зал
request-room = Зал
request-room-none = Еще не назначен
request-mission = Представительство
request-focal-point = Координатор
request-focal-none = Назначается при подаче заявки
request-reason = Причина
request-fee = Плата за отмену
request-invoice = Счет
request-invoice-open = Открыть счет
request-next = Доступные действия
request-status-draft = Черновик
request-status-submitted = Подана
request-status-approved = Утверждена
request-status-rejected = Отклонена
request-status-held = Мероприятие проведено
request-status-cancelled = Отменена
request-status-closed = Выставлен счет
line-status-requested = Запрошена
line-status-confirmed = Подтверждена
line-status-declined = Отклонена
line-status-delivered = Оказана
line-status-cancelled = Отменена
lines-title = Услуги
lines-none = Услуг пока нет.
line-delivered = оказано: { $quantity }
line-price-confirmed = цена подтверждена
col-service = Услуга
col-unit = Подразделение
col-quantity = Количество
col-price = Цена
col-status = Статус
col-unit-price = Цена за единицу
col-amount = Сумма
col-number = Номер
col-issued = Дата выставления
col-total = Итого
col-balance = Остаток
col-reason = Причина
estimate-title = Предварительная смета
bill-empty = Пока оплачивать нечего.
bill-subtotal = Промежуточный итог
bill-total = Итого
bill-rate-version = прейскурант, версия { $version }
bill-fee = плата за отмену { $percent } %
history-title = История
action-edit = Изменить заявку
action-services = Добавить или удалить услуги
action-guests = Гости
action-feedback = Оценить услуги
action-cancel = Отменить заявку
action-submit = Подать заявку
action-add = Добавить
action-remove-line = Удалить услугу «{ $item }»
action-add-guest = Добавить гостя
action-remove-guest = Удалить гостя { $name }
action-paste = Добавить этих гостей
action-cancel-confirm = Отменить заявку
action-keep = Не отменять заявку
action-send-feedback = Отправить
action-approve = Утвердить в этом зале
action-reject = Отклонить заявку
action-held = Отметить как проведенное
action-filter = Применить фильтр
action-search = Найти
action-show = Показать
back-to-request = Вернуться к заявке
slot = { $date }, { $start }–{ $end } { $zone }
time-range = { $from }–{ $to }
event-EventRequestCreated = Заявка создана
event-EventRequestEdited = Заявка изменена
event-EventRequestSubmitted = Заявка подана
event-EventRequestApproved = Заявка утверждена
event-EventRequestRejected = Заявка отклонена
event-EventRequestCancelled = Заявка отменена
event-EventRequestHeld = Мероприятие проведено
event-EventRequestClosed = По заявке выставлен счет
event-ServiceLineRequested = Услуга запрошена
event-ServiceLineConfirmed = Услуга подтверждена
event-ServiceLineDeclined = Услуга отклонена
event-ServiceLineDelivered = Услуга оказана
event-ServiceLineCancelled = Услуга отменена
event-GuestAdded = Гость добавлен
event-GuestRemoved = Гость удален
event-InvoiceIssued = Счет выставлен
event-CreditNoteIssued = Кредит-нота выставлена
event-PaymentRecorded = Платеж зарегистрирован
event-FeedbackSubmitted = Отзыв оставлен

## Услуги
services-title = Услуги
services-lead = Выберите услуги из прейскуранта. Цены указаны на сегодняшний день; каждое подразделение подтверждает свои позиции.
basis-per_person = за человека
basis-per_hour = за час
basis-per_event = за мероприятие
basis-per_item = за штуку
lead-days = { $days ->
    [0] заказ без предварительного срока
    [one] заказ не менее чем за { $days } день
    [few] заказ не менее чем за { $days } дня
    [many] заказ не менее чем за { $days } дней
   *[other] заказ не менее чем за { $days } дня
}
order-by = Закажите не позднее { $deadline }.
order-too-late = Для этого мероприятия заказ уже невозможен: срок истек { $deadline }.

## Гости
guests-title = Гости
guests-cutoff = Добавлять и удалять гостей можно до { $cutoff }.
guests-cutoff-passed = Список гостей закрыт { $cutoff }.
guests-count = { $count ->
    [0] Гостей нет
    [one] { $count } гость
    [few] { $count } гостя
    [many] { $count } гостей
   *[other] { $count } гостя
}
guests-none = Гостей пока нет.
guests-add-one = Добавить гостя
guest-name = Полное имя
guest-organization = Организация (необязательно)
guests-paste = Вставить список
guests-paste-label = Гости, по одному в строке
guests-paste-hint = Имя, затем запятая, точка с запятой или табуляция, затем организация.
paste-result = Результат обработки списка
paste-added = добавлен
paste-some-refused = { $count ->
    [one] { $count } строка не добавлена; она осталась в поле для исправления.
    [few] { $count } строки не добавлены; они остались в поле для исправления.
    [many] { $count } строк не добавлено; они остались в поле для исправления.
   *[other] { $count } строки не добавлено; они остались в поле для исправления.
}
paste-too-long = { $max ->
    [one] В списке может быть не более { $max } строки.
    [few] В списке может быть не более { $max } строк.
    [many] В списке может быть не более { $max } строк.
   *[other] В списке может быть не более { $max } строки.
}

## Отмена
cancel-title = Отмена заявки
cancel-free = При отмене сейчас плата не взимается.
cancel-fee = При отмене сейчас взимается плата в размере { $fee }: подтвержденные услуги оплачиваются в зависимости от срока уведомления.
cancel-fee-rules = За подтвержденные услуги плата не взимается, если об отмене уведомлено за 7 дней и более; если за срок от 48 часов до 7 дней, взимается половина стоимости, а если менее чем за 48 часов — полная стоимость. За неподтвержденные услуги плата не взимается никогда.
cancel-reason = Почему вы отменяете заявку?

## Оценка услуг
feedback-title = Оценка услуг
feedback-lead = Сообщите каждому подразделению, как оно обслужило ваше мероприятие. Каждое подразделение можно оценить только один раз.
feedback-none = Ни одно подразделение не оказывало услуг для этого мероприятия.
feedback-rate = { $unit }
feedback-stars = { $rating } из 5
feedback-comment = Комментарий (необязательно)
feedback-thanks = Спасибо: ваша оценка учтена.

## Счета
invoices-title = Счета
invoices-none = Счетов пока нет.
invoice-title = Счет
invoice-heading = Счет { $number }
invoice-event = Мероприятие
invoice-credited = Кредитовано
invoice-paid = Оплачено
invoice-balance = Остаток
invoice-credit-notes = Кредит-ноты
invoice-status-issued = Выставлен
invoice-status-partially_paid = Частично оплачен
invoice-status-paid = Оплачен
invoice-status-credited = Кредитован
credit-pro-rata = распределено между подразделениями

## Справочник
directory-title = Справочник
directory-lead = Кто отвечает за какие услуги, с контактными данными. Одна заявка — один координатор: перечисленные ниже подразделения подтверждают и оказывают свою часть услуг.
directory-search = Найти подразделение, услугу или имя
directory-services = Услуги
directory-nothing = По запросу «{ $query }» ничего не найдено.

## Служба координаторов
queue-title = Заявки на рассмотрение
queue-status = Статус
queue-from = Дата с
queue-to = Дата по
queue-empty = Нет заявок, соответствующих условиям.
queue-attendance = участников: { $attendance }
review-title = Рассмотрение
review-conflicts = Конфликты
review-rooms = Залы, свободные в это время и достаточные по вместимости
review-no-room = На это время нет свободных залов достаточной вместимости.
review-preferred = предпочтительный
review-reject-reason = Причина (будет сообщена представительству)
review-held-hint = После окончания мероприятия.
reject-reason = Причина
conflict-room-taken = Зал { $room } занят с { $from } до { $to } по заявке { $reference }.
conflict-competing = Заявка { $reference } также претендует на зал { $room } с { $from } до { $to }.
conflict-capacity = Вместимость зала { $room }: { $capacity }; ожидаемое число участников: { $attendance }.
day-title = Расписание дня
day-nav = Дни
day-previous = Предыдущий день
day-next = Следующий день
day-grid = Залы и часы
day-empty = На этот день утвержденных мероприятий нет.
day-room-free = Свободен весь день
day-busy = Забронировано
day-buffers = зал занят { $from }–{ $to }

## Facility units
nav-unit-queue = Позиции
nav-run-sheet = Рабочий лист
nav-satisfaction = Удовлетворённость
unit-queue-title = Услуги к предоставлению
unit-queue-all = Все статусы
unit-queue-empty = Нет подходящих позиций.
unit-line-quoted = цена по смете
unit-line-note = Примечание миссии: { $note }
unit-line-reason = Причина: { $reason }
unit-line-delivered = Предоставлено: { $quantity }
unit-confirm-price = Цена по смете (пусто — по прейскуранту)
unit-confirm-note = Примечание для миссии
action-confirm = Подтвердить
unit-decline-reason = Причина отказа
action-decline = Отказать
unit-deliver-quantity = Предоставленное количество
action-deliver = Записать предоставление
unit-guest-list = Список гостей
action-print = Печать
run-sheet-title = Рабочий лист
run-sheet-lead = { $unit }: подтверждённые на день услуги по залам и времени.
run-sheet-empty = На этот день ничего не подтверждено.
col-time = Время
col-event = Мероприятие
col-note = Примечание
col-attendance = Участники
guest-list-title = Список гостей
guest-list-cutoff = Список закрывается { $cutoff }, за 48 часов до мероприятия.
guest-list-closed = Список закрыт и больше не меняется.
guest-list-empty = В списке нет гостей.
guest-list-count = Гостей: { $count }
col-name = Имя
col-organization = Организация
satisfaction-title = Удовлетворённость
satisfaction-average = Средняя оценка: { $average } из 5
satisfaction-count = Оценок: { $count }
satisfaction-none = Ни одна миссия ещё не оценила это подразделение.
satisfaction-comments = Последние отзывы
satisfaction-no-comments = Отзывов пока нет: оценки поставлены без комментариев.
satisfaction-rating = Оценка: { $rating } из 5

## Finance
nav-ready = К выставлению
nav-revenue = Доходы
finance-ready-title = Готово к выставлению счёта
finance-ready-lead = Проведённые мероприятия и отмены с оплатой, по которым ещё нет счёта.
finance-ready-empty = Нет счетов, ожидающих выставления.
action-issue-invoice = Выставить счёт
filter-all-missions = Все миссии
filter-issued-from = Выставлены с
filter-issued-to = Выставлены по
revenue-title = Доходы по подразделениям
revenue-none = За этот период счета не выставлялись.
revenue-chart = Доходы по подразделениям: выставлено за вычетом кредит-нот
invoice-payments = Платежи
col-reference = Номер
col-received = Получен
credit-note-title = Кредит-нота
credit-note-creditable = Ещё можно кредитовать не более { $amount }.
action-credit = Выставить кредит-ноту
payment-title = Платёж
action-pay = Записать платёж

## Downloads
pdf-language = Язык документа
action-download-pdf = Скачать PDF
pdf-label = PDF
erp-export-title = Выгрузка в ERP
erp-export-hint = Каждая строка счетов, выставленных за этот период, по одной записи на строку (CSV), для ERP.
erp-export-action = Скачать CSV
