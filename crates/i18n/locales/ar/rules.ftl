# The messages of the rule codes (PRODUCT.md section 4 and the API's own codes), the
# labels they insert, and how this language writes numbers, money, dates and times.
#
# A code has several wordings, most specific first: the API uses the first whose
# condition holds and whose $variables all have a value, so each list ends with a
# sentence that needs nothing. Variables take a parameter's value as given (codes,
# numbers, amounts, venue-local times), or a label of the sections below.

# A plural variant is chosen on PLURAL($count), not on $count itself: the plural rules
# that Fluent uses get Arabic wrong from 100 on (103 is few, 111 is many), PLURAL applies
# the CLDR rules.

## The sentence for a code the API does not know.

rule-unknown = تعذّر إتمام العملية المطلوبة.

## OUTSIDE_BOOKING_HOURS

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-1 = يجب أن تبدأ الفعالية الجانبية وتنتهي في اليوم نفسه (بتوقيت نيويورك)؛ والفترة المطلوبة هي من { $start } إلى { $end }.

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-2 = يجب أن تبدأ الفعالية الجانبية وتنتهي في اليوم نفسه (بتوقيت نيويورك).

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-1 = تُعقد الفعاليات الجانبية من الاثنين إلى الجمعة؛ وموعد البدء المطلوب، { $start }، يصادف عطلة نهاية الأسبوع.

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-2 = تُعقد الفعاليات الجانبية من الاثنين إلى الجمعة.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-1 = لا يجوز أن تبدأ الفعاليات الجانبية قبل الساعة 08:00 (بتوقيت نيويورك)؛ وموعد البدء المطلوب هو { $start }.

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-2 = لا يجوز أن تبدأ الفعاليات الجانبية قبل الساعة 08:00 (بتوقيت نيويورك).

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-1 = يجب أن تنتهي الفعاليات الجانبية في موعد أقصاه الساعة 21:00 (بتوقيت نيويورك)؛ وموعد الانتهاء المطلوب هو { $end }.

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-2 = يجب أن تنتهي الفعاليات الجانبية في موعد أقصاه الساعة 21:00 (بتوقيت نيويورك).

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-1 = يجب ألا تقل مدة الفعالية الجانبية عن 30 دقيقة؛ والفترة المطلوبة هي من { $start } إلى { $end }.

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-2 = يجب ألا تقل مدة الفعالية الجانبية عن 30 دقيقة.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-1 = يجب ألا تزيد مدة الفعالية الجانبية على 4 ساعات؛ والفترة المطلوبة هي من { $start } إلى { $end }.

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-2 = يجب ألا تزيد مدة الفعالية الجانبية على 4 ساعات.

rule-outside-booking-hours-1 = تُعقد الفعاليات الجانبية من الاثنين إلى الجمعة بين الساعة 08:00 والساعة 21:00 (بتوقيت نيويورك)، وتبدأ وتنتهي في اليوم نفسه، وتتراوح مدتها بين 30 دقيقة و4 ساعات.

## LEAD_TIME

# When rule is CREATE.
rule-lead-time-create-1 = لا يجوز إنشاء طلب إلا لفعالية لم تبدأ بعد؛ وقد انقضى موعد البدء المطلوب ({ $deadline }).

# When rule is CREATE.
rule-lead-time-create-2 = لا يجوز إنشاء طلب إلا لفعالية لم تبدأ بعد.

# When rule is SUBMIT.
rule-lead-time-submit-1 = يجب تقديم الطلب قبل موعد بدء الفعالية بما لا يقل عن { $days }؛ وكان الموعد النهائي { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-2 = يجب تقديم الطلب قبل موعد بدء الفعالية بما لا يقل عن 10 أيام؛ وكان الموعد النهائي { $deadline }.

# When rule is SUBMIT.
rule-lead-time-submit-3 = يجب تقديم الطلب قبل موعد بدء الفعالية بما لا يقل عن 10 أيام.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-1 = يجب طلب هذه الخدمة قبل موعد بدء الفعالية بما لا يقل عن { $days }؛ وكان الموعد النهائي { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-2 = كان الموعد النهائي لطلب هذه الخدمة { $deadline }.

# When rule is SERVICE_LINE.
rule-lead-time-service-line-3 = لم يعد من الممكن طلب هذه الخدمة: فقد انقضت المهلة المحددة لطلبها قبل الفعالية.

# When rule is GUEST.
rule-lead-time-guest-1 = يجوز إضافة الضيوف حتى 48 ساعة قبل موعد بدء الفعالية؛ وكان الموعد النهائي { $deadline }.

# When rule is GUEST.
rule-lead-time-guest-2 = يجوز إضافة الضيوف حتى 48 ساعة قبل موعد بدء الفعالية.

rule-lead-time-1 = كان الموعد النهائي لهذه العملية { $deadline }.

rule-lead-time-2 = انقضى الموعد النهائي لهذه العملية.

## CAPACITY_EXCEEDED

rule-capacity-exceeded-1 = سعة القاعة { $roomCode } ({ $capacity }) أقل من عدد الحضور المتوقع في الطلب ({ $attendance }).

rule-capacity-exceeded-2 = يتجاوز عدد الحضور المتوقع سعة القاعة.

## ROOM_UNAVAILABLE

rule-room-unavailable-1 = القاعة { $roomCode } محجوزة بالفعل من { $busyFrom } إلى { $busyTo }، وهو ما يتداخل مع الفترة المطلوبة من { $requestedFrom } إلى { $requestedTo } (تشمل الفترتان 30 دقيقة قبل الفعالية وبعدها).

rule-room-unavailable-2 = القاعة { $roomCode } غير متاحة في الوقت المطلوب.

rule-room-unavailable-3 = بلغت القاعة الحد الأقصى لعدد الحجوزات في ذلك اليوم ({ $max }).

rule-room-unavailable-4 = القاعة غير متاحة في الوقت المطلوب.

## INVALID_TRANSITION

# When serviceLineId is given.
rule-invalid-transition-service-line-id-1 = لا يُسمح بإجراء «{ $commandName }» ما دامت حالة بند الخدمة «{ $statusName }».

# When serviceLineId is given.
rule-invalid-transition-service-line-id-2 = لا يُسمح بهذه العملية ما دامت حالة بند الخدمة «{ $statusName }».

rule-invalid-transition-1 = لا يُسمح بإجراء «{ $commandName }» ما دامت حالة الطلب «{ $statusName }».

rule-invalid-transition-2 = لا يُسمح بهذه العملية ما دامت حالة الطلب «{ $statusName }».

rule-invalid-transition-3 = لا يمكن إجراء «{ $commandName }» إلا اعتباراً من { $at }.

rule-invalid-transition-4 = لا يمكن إجراء «{ $commandName }» إلا قبل موعد بدء الفعالية ({ $start }).

rule-invalid-transition-5 = سبق تقييم الوحدة { $unitCode } فيما يخص هذه الفعالية.

rule-invalid-transition-6 = لا يُسمح بهذه العملية في الحالة الراهنة.

## VERSION_CONFLICT

# When serviceLineId is given.
rule-version-conflict-service-line-id-1 = عُدِّل بند الخدمة منذ تحميله؛ وإصداره الحالي هو { $currentVersion }. يرجى إعادة تحميله والمحاولة مرة أخرى.

rule-version-conflict-1 = عُدِّلت البيانات منذ تحميلها؛ والإصدار الحالي هو { $currentVersion }. يرجى إعادة تحميلها والمحاولة مرة أخرى.

rule-version-conflict-2 = عُدِّلت البيانات منذ تحميلها. يرجى إعادة تحميلها والمحاولة مرة أخرى.

## UNKNOWN_ITEM

rule-unknown-item-1 = لا يتضمن جدول الأسعار أي بند يحمل الرمز { $itemCode }.

rule-unknown-item-2 = هذا البند غير مدرج في جدول الأسعار.

## NOT_FOUND

rule-not-found-1 = لا يوجد بند الخدمة { $serviceLineId } في هذا الطلب.

rule-not-found-2 = القاعة { $roomCode } غير موجودة.

rule-not-found-3 = الوحدة { $unitCode } غير موجودة.

rule-not-found-4 = لا توجد بعثة دائمة مسجلة بالرمز { $missionCode }.

rule-not-found-5 = لا توجد جهة تنسيق مسجلة بعنوان البريد الإلكتروني { $email }.

rule-not-found-6 = العنصر المطلوب غير موجود أو لا يحق لك الاطلاع عليه.

## VALIDATION

# When quantityProblem is NOT_POSITIVE.
rule-validation-not-positive-1 = يجب أن تكون الكمية أكبر من صفر.

# When quantityProblem is DECIMALS.
rule-validation-decimals-1 = لا يجوز أن تتجاوز الكمية منزلتين عشريتين.

# When quantityProblem is TOO_LARGE and max is given.
rule-validation-too-large-1 = لا يجوز أن تتجاوز الكمية { $max }.

# When quantityProblem is NOT_A_NUMBER.
rule-validation-not-a-number-1 = الكمية عدد عشري يُكتب كسلسلة نصية، مثل «12.5».

rule-validation-1 = يجب أن يكون المبلغ بعملة { $expected } لا بعملة { $actual }.

rule-validation-2 = يجب أن يتراوح عدد الحروف في حقل «{ $fieldName }» بين { $min } و{ $max }.

rule-validation-3 = حقل «{ $fieldName }» ليس بالصيغة المطلوبة.

rule-validation-4 = الحد الأقصى لعدد { $requestItems } في الطلب الواحد هو { $max }.

rule-validation-5 = الحد الأقصى لعدد { $invoiceItems } في الفاتورة الواحدة هو { $max }.

rule-validation-6 = السعر المعروض يخص البند { $quoted }، في حين أن بند الخدمة يخص البند { $itemCode }.

rule-validation-7 = بلغ البند { $itemCode } بالفعل الحد الأقصى لعدد إصدارات الأسعار ({ $max }).

rule-validation-8 = يتضمن جدول الأسعار بالفعل بنداً يحمل الرمز { $itemCode }.

rule-validation-9 = القاعة { $roomCode } موجودة بالفعل.

rule-validation-10 = توجد بالفعل بعثة دائمة مسجلة بالرمز { $missionCode }.

rule-validation-11 = توجد بالفعل جهة تنسيق مسجلة بعنوان البريد الإلكتروني { $email }.

rule-validation-12 = لا يمكن استخدام الوحدة { $unitCode } في هذه العملية.

rule-validation-13 = مهلة الطلب المسبق ({ $days }) تتجاوز الحد الأقصى المسموح به بالأيام ({ $max }).

rule-validation-14 = لا يجوز أن يسري تغيير السعر في الماضي: فالموعد { $effectiveAt } سابق للوقت الحالي ({ $now }).

rule-validation-15 = لا يجوز أن يسري تغيير السعر قبل آخر تغيير مسجل ({ $latest })؛ والموعد المطلوب هو { $effectiveAt }.

rule-validation-16 = الرقم { $number } ليس من أرقام سلسلة { $seriesName } لعام { $year }.

rule-validation-17 = استُنفدت جميع أرقام سلسلة { $seriesName } لعام { $year } (الحد الأقصى: { $max }).

rule-validation-18 = بند الفاتورة الخاص ببند الخدمة { $serviceLineId } غير صالح.

rule-validation-19 = القيمة خارج الحدود المسموح بها (الحد الأقصى: { $max }).

rule-validation-20 = البيانات المدخلة غير صالحة؛ يرجى التحقق من القيم المدخلة.

## IDEMPOTENCY_KEY_REUSED

rule-idempotency-key-reused-1 = سبق استخدام مفتاح منع التكرار «{ $idempotencyKey }» مع بيانات مختلفة؛ يرجى استخدام مفتاح جديد لكل عملية جديدة.

rule-idempotency-key-reused-2 = سبق استخدام مفتاح منع التكرار هذا مع بيانات مختلفة؛ يرجى استخدام مفتاح جديد لكل عملية جديدة.

## NOTHING_TO_INVOICE

rule-nothing-to-invoice-1 = لا يتضمن الطلب أي بند خدمة قابل للفوترة؛ ولذلك لا يمكن إصدار فاتورة.

## ALREADY_INVOICED

rule-already-invoiced-1 = صدرت بالفعل فاتورة لهذا الطلب (الفاتورة { $number }).

rule-already-invoiced-2 = صدرت بالفعل فاتورة لهذا الطلب (معرّف الفاتورة: { $invoiceId }).

rule-already-invoiced-3 = صدرت بالفعل فاتورة لهذا الطلب.

## CREDIT_EXCEEDS_INVOICE

rule-credit-exceeds-invoice-1 = لا يجوز أن تتجاوز الإشعارات الدائنة المبلغ المفوتر للوحدة { $unitCode }؛ والحد الأقصى المتبقي الذي يمكن قيده دائناً هو { $available } { $currency }.

rule-credit-exceeds-invoice-2 = لا يجوز أن تتجاوز الإشعارات الدائنة إجمالي مبلغ الفاتورة؛ والحد الأقصى المتبقي الذي يمكن قيده دائناً هو { $available } { $currency }.

rule-credit-exceeds-invoice-3 = لا يجوز أن تتجاوز الإشعارات الدائنة إجمالي مبلغ الفاتورة.

## OVERPAYMENT

rule-overpayment-1 = يتجاوز المبلغ المدفوع الرصيد المستحق البالغ { $balance } { $currency }.

rule-overpayment-2 = لا يجوز أن يتجاوز المبلغ المدفوع الرصيد المستحق للفاتورة.

## FORBIDDEN

rule-forbidden-1 = لا يملك دورك صلاحية { $actionName }.

rule-forbidden-2 = لا يملك دورك صلاحية إجراء هذه العملية.

## UNAUTHENTICATED

rule-unauthenticated-1 = يلزم التحقق من الهوية: يرجى تقديم رمز دخول صالح.

## INTERNAL

rule-internal-1 = حدث خطأ تقني. يرجى المحاولة مرة أخرى لاحقاً.

## UNAVAILABLE

rule-unavailable-1 = لا يقبل النظام أي تغييرات في الوقت الحالي. يرجى المحاولة مرة أخرى لاحقاً.

## A number of days with the noun the number needs ($days, from the parameter
## leadTimeDays).

rule-days =
    { PLURAL($count) ->
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يوماً
       *[other] { $count } يوم
    }

## The statuses of requests and service lines, as the caller sees them ($statusName, from the
## parameter status). French, Spanish and Russian agree with the feminine "demande"/"ligne",
## "solicitud"/"línea", "заявка"/"услуга".

status-DRAFT = مسودة
status-SUBMITTED = تم تقديمه
status-APPROVED = تمت الموافقة عليه
status-REJECTED = مرفوض
status-CANCELLED = ملغى
status-HELD = عُقدت الفعالية
status-CLOSED = مغلق
status-REQUESTED = مطلوب
status-CONFIRMED = مؤكد
status-DECLINED = مرفوض
status-DELIVERED = منفذ

## The commands a request refuses in its current state, as names of operations ($commandName,
## from the parameter command).

command-create = إنشاء الطلب
command-edit = تعديل الطلب
command-submit = تقديم الطلب
command-approve = الموافقة على الطلب
command-reject = رفض الطلب
command-cancel = إلغاء الطلب
command-markHeld = تسجيل انعقاد الفعالية
command-close = إغلاق الطلب
command-addServiceLine = إضافة بند خدمة
command-removeServiceLine = حذف بند الخدمة
command-confirmServiceLine = تأكيد بند الخدمة
command-declineServiceLine = رفض بند الخدمة
command-deliverServiceLine = تسجيل تقديم الخدمة
command-addGuest = إضافة ضيف
command-removeGuest = حذف ضيف

## The actions a role may be refused ($actionName, from the parameter action), completing "Your
## role does not permit you to …". French includes its "de", Arabic is the noun after "صلاحية".

action-add-guests = إضافة الضيوف
action-add-service-lines = إضافة بنود الخدمة
action-administer-the-venue = إدارة مرافق المقر
action-approve-requests = الموافقة على الطلبات
action-cancel-requests = إلغاء الطلبات
action-confirm-service-lines = تأكيد بنود الخدمة
action-create-requests = إنشاء الطلبات
action-create-tokens = إنشاء رموز الدخول
action-decline-service-lines = رفض بنود الخدمة
action-edit-requests = تعديل الطلبات
action-give-feedback = تقديم التقييمات
action-issue-credit-notes = إصدار الإشعارات الدائنة
action-issue-invoices = إصدار الفواتير
action-list-invoices = الاطلاع على قائمة الفواتير
action-list-requests = الاطلاع على قائمة الطلبات
action-list-service-lines = الاطلاع على قائمة بنود الخدمة
action-mark-requests-held = تسجيل انعقاد الفعاليات
action-read-revenue = الاطلاع على الإيرادات
action-record-deliveries = تسجيل تقديم الخدمات
action-record-payments = تسجيل المدفوعات
action-reject-requests = رفض الطلبات
action-remove-service-lines = حذف بنود الخدمة
action-submit-requests = تقديم الطلبات
action-remove-guests = حذف الضيوف

## The kinds of code and text values, as field names ($fieldName, from the parameter kind).

field-mission-code = رمز البعثة
field-unit-code = رمز الوحدة
field-room-code = رمز القاعة
field-item-code = رمز البند
field-feature = ميزة القاعة
field-title = العنوان
field-description = الوصف
field-reason = السبب
field-note = الملاحظة
field-name = الاسم
field-payment-reference = مرجع الدفع
field-reference = الرقم المرجعي للطلب
field-currency = العملة
field-token-hash = بصمة رمز الدخول
field-document-number = رقم المستند

## What an invoice holds a limited number of ($invoiceItems, from the parameter kind). Russian
## is in the genitive plural that follows "число".

invoice-items-lines = البنود
invoice-items-credit-notes = الإشعارات الدائنة
invoice-items-payments = المدفوعات

## What a request holds a limited number of ($requestItems, from the parameter what).

request-items-lines = بنود الخدمة
request-items-guests = الضيوف

## The numbered series of documents ($seriesName, from the parameter series), as what they
## number.

series-REQUEST = الأرقام المرجعية للطلبات
series-INVOICE = الفواتير
series-CREDIT_NOTE = الإشعارات الدائنة

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
