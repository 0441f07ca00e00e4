# Страницы администратора Convene на русском языке (те же ключи и те же переменные, что и в
# английском admin.ftl).

nav-admin-rooms = Залы
nav-admin-units = Подразделения
nav-admin-rate-card = Прейскурант
nav-admin-missions = Представительства
nav-admin-focal-points = Координаторы
nav-admin-keys = Ключи доступа

## Shared
admin-saved = Сохранено.
admin-col-code = Код
admin-col-actions = Действия
admin-edit-named = Изменить { $name }
admin-names = Название на шести языках
admin-names-hint = Английское название обязательно. Для незаполненного языка показывается английское.
admin-required = (обязательно)
admin-translated = Языков с названием: { $count } из 6
admin-contact = Контакт
admin-email = Электронная почта
admin-phone = Телефон
admin-none = Нет
admin-time = Время

## Rooms
admin-rooms-title = Залы
admin-rooms-lead = Конференц-залы, которые могут запрашивать представительства, с числом мест и оснащением.
admin-rooms-empty = Пока не зарегистрировано ни одного зала.
admin-room-title = Зал
admin-room-heading = Зал { $code }
admin-add-room = Добавить зал
admin-room-code-hint = Заглавные латинские буквы, цифры или дефисы, например { $example }. Позже его нельзя изменить.
admin-capacity = Мест
admin-features = Оснащение
admin-other-features = Другое оснащение
admin-other-features-hint = Коды заглавными латинскими буквами через запятую, например { $example }.

## Units
admin-units-title = Подразделения и контакты
admin-units-lead = Технические подразделения, которые подтверждают и оказывают услуги, и к кому в каждом обращаться.
admin-units-empty = Пока не зарегистрировано ни одного подразделения.
admin-unit-title = Подразделение
admin-unit-heading = Подразделение { $code }
admin-add-unit = Добавить подразделение
admin-unit-code-hint = Заглавные латинские буквы, цифры или подчёркивания, например { $example }. Позже его нельзя изменить.

## Rate card
admin-rate-card-title = Прейскурант
admin-rate-card-lead = Услуги, которые могут заказывать представительства, по действующей цене. Откройте услугу, чтобы увидеть все версии её цены или изменить её.
admin-items-empty = В прейскуранте пока нет услуг.
admin-current-price = Цена сейчас
admin-currency = Валюта
admin-version = Версия { $version }
admin-price-next = С { $from }: { $price }
admin-add-item = Добавить услугу
admin-item-code-hint = Заглавные латинские буквы, цифры или дефисы, например { $example }. Позже его нельзя изменить.
admin-basis = Единица цены
admin-price = Цена
admin-lead-time = Срок заказа в днях
admin-invalid-lead-time = Введите целое число дней от 0 до 365.
admin-item-title = Услуга прейскуранта
admin-versions = Версии цены
admin-versions-hint = Каждое изменение добавляет версию. Уже подтверждённые позиции сохраняют цену, по которой они подтверждены.
admin-col-version = Версия
admin-effective-from = Действует с
admin-price-current = Действует
admin-price-scheduled = Запланирована
admin-price-past = Заменена
admin-change-price = Изменить цену
admin-new-price = Новая цена ({ $currency })
admin-effective = Вступает в силу
admin-effective-now = Сразу
admin-effective-at = В указанные ниже дату и время
admin-effective-hint = Время Нью-Йорка. Цена не может вступить в силу в прошлом или раньше последней версии.
admin-item-details = Названия и срок заказа

## Missions
admin-missions-title = Представительства
admin-missions-lead = Постоянные представительства, которые могут запрашивать параллельные мероприятия.
admin-missions-empty = Пока не зарегистрировано ни одного представительства.
admin-mission-title = Представительство
admin-mission-heading = Представительство { $code }
admin-add-mission = Зарегистрировать представительство
admin-mission-code-hint = От 2 до 6 заглавных латинских букв, например { $example }. Позже его нельзя изменить.

## Focal points
admin-focal-points-title = Координаторы
admin-focal-points-lead = Сотрудники службы координаторов. Каждая поданная заявка поручается одному из них.
admin-focal-points-empty = В службе пока никого нет.
admin-focal-point-title = Координатор
admin-focal-point-heading = { $name }
admin-add-focal-point = Добавить координатора
admin-email-fixed = Адрес электронной почты обозначает сотрудника и не может меняться.
admin-remove-focal-point = Исключить из службы
admin-remove-focal-point-hint = Уже назначенные заявки сохраняют этого сотрудника как контакт; новые получат другие.

## Access keys
admin-keys-title = Ключи доступа
admin-keys-lead = Каждый сотрудник или офис входит со своим ключом. Ключ показывается один раз, при выдаче; Convene хранит только его отпечаток.
admin-issue-key = Выдать ключ
admin-role = Роль
admin-role-mission = Представительство
admin-role-unit = Техническое подразделение
admin-role-focal-point = Служба координаторов
admin-role-finance = Финансовая служба
admin-role-admin = Администратор
admin-key-mission = Представительство
admin-key-mission-hint = Только для роли представительства: представительство, от имени которого действует ключ.
admin-key-unit = Подразделение
admin-key-unit-hint = Только для роли подразделения: подразделение, от имени которого действует ключ.
admin-key-label = Метка
admin-key-label-hint = У кого ключ, например «Протокольный отдел FRA».
admin-keys-issued = Выданные ключи
admin-keys-revoke-hint = Отозванный ключ сразу перестаёт действовать; вошедший с ним выходит из системы.
admin-scope = Доступ
admin-scope-mission = Заявки и счета: { $name } ({ $code })
admin-scope-unit = Позиции услуг подразделения { $name } ({ $code })
admin-scope-focal-point = Все заявки
admin-scope-finance = Все финансы
admin-scope-admin = Всё
admin-issued = Выдан
admin-key-id = Отпечаток
admin-key-live = Действует
admin-key-revoked-at = Отозван { $at }
admin-revoke-named = Отозвать { $label }
admin-key-revoked = Ключ отозван.
admin-key-issued-title = Ключ выдан
admin-key-shown-once = Скопируйте этот ключ сейчас и передайте его надёжным способом. Он показывается только один раз.
admin-back-to-keys = Назад к ключам доступа
