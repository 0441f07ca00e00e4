# Документы Convene (счет и кредит-нота в формате PDF) на русском языке. Те же ключи и
# переменные, что и в английском documents.ftl.

## Место проведения, в начале каждого документа
doc-venue-name = Центральные учреждения Организации Объединенных Наций
doc-venue-office = Служба параллельных мероприятий и конференционного обслуживания
doc-venue-address = 405 East 42nd Street, Нью-Йорк, NY 10017, Соединенные Штаты

## Счет
doc-invoice-title = Счет
doc-invoice-heading = Счет { $number }
doc-invoice-number = Номер счета
doc-issue-date = Дата выставления
doc-status = Статус
doc-currency = Валюта
doc-billed-to = Плательщик
doc-mission = Представительство: { $name } ({ $code })
doc-reason-held = Услуги, оказанные для состоявшегося параллельного мероприятия.
doc-reason-cancelled = Плата за отмену отмененного параллельного мероприятия.
doc-event = Мероприятие
doc-event-reference = Номер заявки
doc-event-title = Название
doc-event-date = Дата
doc-event-time = Время
doc-event-room = Зал
doc-no-room = Зал не назначен
doc-lines = Услуги
doc-col-item = Позиция
doc-col-quantity = Количество
doc-col-unit-price = Цена за единицу
doc-col-rate-version = Прейскурант
doc-col-amount = Сумма
doc-rate-version = в. { $version }
doc-fee = плата за отмену, { $percent } % строки
doc-subtotal = Промежуточный итог: { $unit }
doc-no-lines = Нет услуг к оплате.
doc-total = Итого
doc-credited = Кредитовано
doc-paid = Оплачено
doc-balance = К оплате
doc-amounts-in = Все суммы указаны в валюте { $currency }.
doc-credit-notes = Кредит-ноты
doc-payments = Платежи
doc-col-number = Номер
doc-col-date = Дата
doc-col-reason = Причина
doc-col-credited-to = Кому кредитовано
doc-col-payment-reference = Назначение платежа
doc-pro-rata = Пропорционально между подразделениями
doc-quote-number = При оплате укажите номер счета { $number }.
doc-page = Страница { $page } из { $pages }

## Кредит-нота
doc-credit-note-title = Кредит-нота
doc-credit-note-heading = Кредит-нота { $number }
doc-credit-note-number = Номер кредит-ноты
doc-credits-invoice = Кредитуемый счет
doc-invoice-date = Дата счета
doc-invoice-total = Сумма счета
doc-credit-amount = Сумма кредита
doc-credit-reason = Причина
doc-credit-unit = Кредитуемое подразделение
doc-credit-pro-rata = Пропорционально между подразделениями по счету
doc-credit-note-text = Настоящая кредит-нота уменьшает сумму к оплате по счету { $number } на { $amount }.
