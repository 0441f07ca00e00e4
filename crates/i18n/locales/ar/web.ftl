# Convene's web pages, in Arabic. Every string a page shows lives here (and in the five
# other languages' web.ftl, with the same keys and the same variables).

app-name = Convene
skip-to-content = الانتقال إلى المحتوى الرئيسي
language = اللغة
nav-label = القائمة الرئيسية
nav-requests = طلباتي
nav-new-request = طلب جديد
nav-invoices = الفواتير
nav-queue = قائمة الانتظار
nav-day = العرض اليومي
nav-home = الصفحة الرئيسية
nav-directory = الدليل
sign-out = تسجيل الخروج
footer-venue = الفعاليات الجانبية في مقر الأمم المتحدة في نيويورك · جميع الأوقات بتوقيت نيويورك
who-mission = البعثة { $mission }
who-unit = الوحدة: { $unit }
who-focal-point = مكتب التنسيق
who-finance = الشؤون المالية
who-admin = مدير النظام
who-system = Convene

## تسجيل الدخول
sign-in-title = تسجيل الدخول
sign-in-lead = سجِّل الدخول باستخدام مفتاح الدخول الذي مُنح لبعثتك أو لمكتبك.
sign-in-key = مفتاح الدخول
# The prefix is a left-to-right isolate (LRI … PDI), so its underscore stays after it.
sign-in-key-hint = يبدأ المفتاح بـ {"\u2066"}cvn_{"\u2069"}. احتفظ به سراً: فبإمكان أي شخص يحوزه أن يتصرف نيابةً عنك.
sign-in-button = تسجيل الدخول
sign-in-invalid = مفتاح الدخول هذا غير صالح أو أُلغي.
demo-title = الحسابات التجريبية
demo-lead = يعمل هذا الخادم ببيانات تجريبية. سجِّل الدخول بأحد هذه الحسابات بنقرة واحدة.
persona-mission = { $name } ({ $code })
persona-unit = الوحدة: { $name }
persona-focal-point = مكتب التنسيق
persona-finance = الشؤون المالية
persona-admin = مدير النظام
role-home-title = مرحباً بكم
role-home-text = ستُتاح الصفحات الخاصة بدورك في الإصدار المقبل. وفي الأثناء، يمكنك الاطلاع على الدليل، كما تتيح واجهة برمجة التطبيقات GraphQL أداء جميع المهام.
role-home-graphiql = واجهة برمجة التطبيقات GraphQL (GraphiQL)

## الأخطاء
error-title = حدث خطأ
error-title-not-found = الصفحة غير موجودة
error-title-forbidden = لم يُقبل النموذج
error-title-other-role = صفحة لدور آخر
error-title-bad-request = تعذّر فهم الطلب
error-title-unavailable = الخدمة غير متاحة مؤقتاً
error-title-method = غير متاح بهذه الطريقة
error-method = هذا العنوان لا يقبل هذا النوع من الطلبات. استخدم الروابط والأزرار الموجودة في الصفحات.
error-not-found = هذه الصفحة غير موجودة، أو لا يحق لك الاطلاع عليها.
error-forbidden = تعذّر قبول هذا النموذج: إما لأنه لم يُرسَل من هذا الموقع، وإما لأن الصفحة قديمة جداً. عُد إلى الصفحة السابقة، وأعد تحميلها، ثم حاول مرة أخرى.
error-other-role = هذه الصفحة تخص دورًا آخر. استخدم روابط صفحاتك؛ وللعمل بدور آخر، سجّل الخروج ثم سجّل الدخول بمفتاح الوصول الخاص بذلك الدور.
error-bad-request = تعذّرت قراءة الطلب.
error-unavailable = نظام الحجز غير متاح في الوقت الحالي. لم يُفقد أي شيء؛ يرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
error-internal = حدث خطأ غير متوقع. وقد سُجِّل الخطأ؛ يرجى المحاولة مرة أخرى لاحقاً.
error-home = الانتقال إلى الصفحة الرئيسية
error-summary-title = توجد مشكلة

## الصفحة الرئيسية للبعثة
home-title = طلباتي
home-empty = ليست لديك أي طلبات حتى الآن. ابدأ بطلب جديد: قاعة وتاريخ والخدمات التي تحتاج إليها.
home-drafts = مسودات يلزم إكمالها
home-waiting = في انتظار الموافقة
home-approved = تمت الموافقة عليها
home-held = عُقدت
home-invoiced = صدرت فواتيرها
home-cancelled = ملغاة أو مرفوضة
next-draft = الخطوة التالية: أضف الخدمات والضيوف، ثم قدِّم الطلب.
next-submitted = الخطوة التالية: يستعرض مكتب التنسيق الطلب ويخصص قاعة.
next-approved = الخطوة التالية: تؤكد الوحدات خدماتك؛ أضف الضيوف قبل الموعد النهائي.
next-held = الخطوة التالية: قيِّم الخدمات؛ وتُصدر الشؤون المالية الفاتورة.
next-closed = الخطوة التالية: اطّلع على الفاتورة.
next-cancelled = لا يلزم اتخاذ أي إجراء آخر.

## استمارة الطلب
new-title = طلب جديد
edit-title = تعديل الطلب
rules-title = قواعد الحجز
hint-booking-hours = تُعقد الفعاليات الجانبية من الاثنين إلى الجمعة بين الساعة 08:00 والساعة 21:00 (بتوقيت نيويورك)، وتتراوح مدتها بين 30 دقيقة و4 ساعات.
hint-lead-time = { PLURAL($days) ->
    [zero] يجب تقديم الطلب قبل موعد الفعالية.
    [one] يجب تقديم الطلب قبل موعد الفعالية بما لا يقل عن يوم واحد.
    [two] يجب تقديم الطلب قبل موعد الفعالية بما لا يقل عن يومين.
    [few] يجب تقديم الطلب قبل موعد الفعالية بما لا يقل عن { $days } أيام.
    [many] يجب تقديم الطلب قبل موعد الفعالية بما لا يقل عن { $days } يوماً.
   *[other] يجب تقديم الطلب قبل موعد الفعالية بما لا يقل عن { $days } يوم.
}
hint-submit-by = يجب تقديم هذا الطلب في موعد أقصاه { $deadline }.
hint-submit-too-late = كان الموعد النهائي لتقديم الطلبات لهذا التاريخ { $deadline }: اختر تاريخاً لاحقاً.
form-title = عنوان الفعالية
form-description = الوصف (اختياري)
form-when = التاريخ والوقت
form-when-hint = بتوقيت نيويورك.
form-date = التاريخ
form-start = وقت البدء
form-end = وقت الانتهاء
form-attendance = العدد المتوقع للحضور
form-show-rooms = عرض القاعات المتاحة
form-room = القاعة المفضلة
form-room-none = لا تفضيل
form-create = إنشاء المسودة
form-save = حفظ التغييرات
form-invalid-date = أدخل تاريخاً، على سبيل المثال 2026-12-15.
form-invalid-time = أدخل وقتاً، على سبيل المثال 10:00.
free-rooms-for = القاعات التي تتسع لهذا العدد من الأشخاص والمتاحة في { $when }:
free-rooms-none = لا توجد قاعة متاحة في هذا الوقت تتسع لهذا العدد من الحضور. اختر وقتاً آخر، أو قدِّم الطلب دون تحديد قاعة مفضلة وسيقدم لك مكتب التنسيق المساعدة.
free-rooms-unknown = أدخل التاريخ ووقتَي البدء والانتهاء وعدد الحضور لعرض القاعات المتاحة.
list-separator = {"، "}
room-capacity = السعة: { $capacity }
feature-accessible = مدخل خالٍ من الدرج
feature-hearing_loop = حلقة سمعية
feature-interpretation_booths = مقصورات الترجمة الشفوية
feature-video_conference = التداول بالفيديو
feature-webcast = البث الشبكي

## صفحة الطلب
request-title = الطلب
request-summary = الملخص
request-status = الحالة
request-reference = الرقم المرجعي
request-when = الموعد
request-attendance = عدد الحضور
request-preferred-room = القاعة المفضلة
request-room = القاعة
request-room-none = لم تُخصَّص بعد
request-mission = البعثة
request-focal-point = جهة التنسيق
request-focal-none = تُحدَّد عند تقديم الطلب
request-reason = السبب
request-fee = رسم الإلغاء
request-invoice = الفاتورة
request-invoice-open = عرض الفاتورة
request-next = الإجراءات المتاحة لك
request-status-draft = مسودة
request-status-submitted = مقدَّم
request-status-approved = تمت الموافقة عليه
request-status-rejected = مرفوض
request-status-held = عُقدت الفعالية
request-status-cancelled = ملغى
request-status-closed = صدرت فاتورته
line-status-requested = مطلوبة
line-status-confirmed = مؤكدة
line-status-declined = مرفوضة
line-status-delivered = مقدَّمة
line-status-cancelled = ملغاة
lines-title = الخدمات
lines-none = لا توجد خدمات حتى الآن.
line-delivered = الكمية المقدَّمة: { $quantity }
line-price-confirmed = سعر مؤكد
col-service = الخدمة
col-unit = الوحدة
col-quantity = الكمية
col-price = السعر
col-status = الحالة
col-unit-price = سعر الوحدة
col-amount = المبلغ
col-number = الرقم
col-issued = تاريخ الإصدار
col-total = المجموع
col-balance = الرصيد
col-reason = السبب
estimate-title = التكلفة التقديرية
bill-empty = لا يوجد ما يُدفع حتى الآن.
bill-subtotal = المجموع الفرعي
bill-total = المجموع
bill-rate-version = جدول الأسعار، الإصدار { $version }
bill-fee = رسم إلغاء بنسبة { $percent } في المائة
history-title = السجل
action-edit = تعديل الطلب
action-services = إضافة خدمات أو حذفها
action-guests = الضيوف
action-feedback = تقييم الخدمات
action-cancel = إلغاء الطلب
action-submit = تقديم الطلب
action-add = إضافة
action-remove-line = حذف { $item }
action-add-guest = إضافة الضيف
action-remove-guest = حذف { $name }
action-paste = إضافة هؤلاء الضيوف
action-cancel-confirm = إلغاء الطلب
action-keep = الإبقاء على الطلب
action-send-feedback = إرسال
action-approve = الموافقة مع تخصيص هذه القاعة
action-reject = رفض الطلب
action-held = تسجيل انعقاد الفعالية
action-filter = تصفية
action-search = بحث
action-show = عرض
back-to-request = العودة إلى الطلب
slot = { $date }، { $start }–{ $end } { $zone }
time-range = { $from }–{ $to }
event-EventRequestCreated = أُنشئ الطلب
event-EventRequestEdited = عُدِّل الطلب
event-EventRequestSubmitted = قُدِّم الطلب
event-EventRequestApproved = تمت الموافقة على الطلب
event-EventRequestRejected = رُفض الطلب
event-EventRequestCancelled = أُلغي الطلب
event-EventRequestHeld = عُقدت الفعالية
event-EventRequestClosed = صدرت فاتورة الطلب
event-ServiceLineRequested = طُلبت الخدمة
event-ServiceLineConfirmed = أُكِّدت الخدمة
event-ServiceLineDeclined = رُفضت الخدمة
event-ServiceLineDelivered = قُدِّمت الخدمة
event-ServiceLineCancelled = أُلغيت الخدمة
event-GuestAdded = أُضيف ضيف
event-GuestRemoved = حُذف ضيف
event-InvoiceIssued = صدرت الفاتورة
event-CreditNoteIssued = صدر إشعار دائن
event-PaymentRecorded = سُجِّلت دفعة
event-FeedbackSubmitted = قُدِّم التقييم

## الخدمات
services-title = الخدمات
services-lead = اختر الخدمات من جدول الأسعار. الأسعار المبيّنة هي أسعار اليوم؛ وتؤكد كل وحدة البنود الخاصة بها.
basis-per_person = للشخص الواحد
basis-per_hour = للساعة
basis-per_event = للفعالية
basis-per_item = للقطعة
lead-days = { PLURAL($days) ->
    [zero] دون مهلة مسبقة
    [one] تُطلب قبل يوم واحد على الأقل
    [two] تُطلب قبل يومين على الأقل
    [few] تُطلب قبل { $days } أيام على الأقل
    [many] تُطلب قبل { $days } يوماً على الأقل
   *[other] تُطلب قبل { $days } يوم على الأقل
}
order-by = آخر موعد للطلب: { $deadline }.
order-too-late = فات أوان الطلب لهذه الفعالية: كان الموعد النهائي { $deadline }.

## الضيوف
guests-title = الضيوف
guests-cutoff = يمكن إضافة الضيوف وحذفهم حتى { $cutoff }.
guests-cutoff-passed = أُغلقت قائمة الضيوف في { $cutoff }.
guests-count = { PLURAL($count) ->
    [zero] لا يوجد ضيوف
    [one] ضيف واحد
    [two] ضيفان
    [few] { $count } ضيوف
    [many] { $count } ضيفاً
   *[other] { $count } ضيف
}
guests-none = لا يوجد ضيوف حتى الآن.
guests-add-one = إضافة ضيف
guest-name = الاسم الكامل
guest-organization = المنظمة (اختياري)
guests-paste = لصق قائمة
guests-paste-label = الضيوف، ضيف واحد في كل سطر
guests-paste-hint = الاسم، ثم فاصلة أو فاصلة منقوطة أو علامة جدولة، ثم المنظمة.
paste-result = نتيجة القائمة
paste-added = أُضيف
paste-some-refused = { PLURAL($count) ->
    [zero] أُضيفت جميع الأسطر.
    [one] تعذّرت إضافة سطر واحد؛ ولا يزال في المربع لتصحيحه.
    [two] تعذّرت إضافة سطرين؛ ولا يزالان في المربع لتصحيحهما.
    [few] تعذّرت إضافة { $count } أسطر؛ ولا تزال في المربع لتصحيحها.
    [many] تعذّرت إضافة { $count } سطراً؛ ولا تزال في المربع لتصحيحها.
   *[other] تعذّرت إضافة { $count } سطر؛ ولا تزال في المربع لتصحيحها.
}
paste-too-long = الحد الأقصى لعدد الأسطر في القائمة هو { $max }.

## الإلغاء
cancel-title = إلغاء الطلب
cancel-free = لا يترتب على الإلغاء الآن أي تكلفة.
cancel-fee = يترتب على الإلغاء الآن تكلفة قدرها { $fee }: إذ تُحتسب الخدمات المؤكدة حسب مدة الإشعار المسبق.
cancel-fee-rules = لا تترتب على الخدمات المؤكدة أي تكلفة إذا قُدِّم الإشعار بالإلغاء قبل 7 أيام أو أكثر، ويُحتسب نصف سعرها إذا قُدِّم الإشعار قبل مدة تتراوح بين 48 ساعة و7 أيام، ويُحتسب سعرها كاملاً إذا قُدِّم الإشعار قبل أقل من 48 ساعة. أما الخدمات غير المؤكدة فلا تترتب عليها أي تكلفة على الإطلاق.
cancel-reason = ما سبب الإلغاء؟

## التقييم
feedback-title = تقييم الخدمات
feedback-lead = أخبر كل وحدة بمستوى الخدمة التي قدمتها لفعاليتك. ولا يمكن تقييم كل وحدة إلا مرة واحدة.
feedback-none = لم تقدم أي وحدة خدمات لهذه الفعالية.
feedback-rate = { $unit }
feedback-stars = { $rating } من 5
feedback-comment = تعليق (اختياري)
feedback-thanks = شكراً لك: سُجِّل تقييمك.

## الفواتير
invoices-title = الفواتير
invoices-none = لا توجد فواتير حتى الآن.
invoice-title = الفاتورة
invoice-heading = الفاتورة { $number }
invoice-event = الفعالية
invoice-credited = المبلغ المقيد دائناً
invoice-paid = المبلغ المدفوع
invoice-balance = الرصيد
invoice-credit-notes = الإشعارات الدائنة
invoice-status-issued = صادرة
invoice-status-partially_paid = مدفوعة جزئياً
invoice-status-paid = مدفوعة
invoice-status-credited = مقيدة دائناً
credit-pro-rata = موزَّع على الوحدات

## الدليل
directory-title = الدليل
directory-lead = الجهة المسؤولة عن كل خدمة، مع بيانات الاتصال. طلب واحد وجهة تنسيق واحدة: تتولى الوحدات المذكورة أدناه تأكيد الجزء الخاص بها وتقديمه.
directory-search = ابحث عن وحدة أو خدمة أو اسم
directory-services = الخدمات
directory-nothing = لا توجد نتائج مطابقة لـ «{ $query }».

## مكتب التنسيق
queue-title = الطلبات المعروضة للاستعراض
queue-status = الحالة
queue-from = من تاريخ
queue-to = إلى تاريخ
queue-empty = لا توجد طلبات مطابقة.
queue-attendance = عدد الحضور: { $attendance }
review-title = الاستعراض
review-conflicts = التعارضات
review-rooms = القاعات المتاحة في ذلك الوقت والتي تتسع للحضور
review-no-room = لا توجد قاعة متاحة في هذا الوقت تتسع لهذا العدد من الحضور.
review-preferred = مفضلة
review-reject-reason = السبب الذي سيُبلَّغ إلى البعثة
review-held-hint = بعد انتهاء الفعالية.
reject-reason = السبب
conflict-room-taken = القاعة { $room } محجوزة { $from }–{ $to } بموجب الطلب { $reference }.
conflict-competing = يتضمن الطلب { $reference } أيضاً حجز القاعة { $room } { $from }–{ $to }.
conflict-capacity = سعة القاعة { $room } هي { $capacity }، في حين أن العدد المتوقع للحضور هو { $attendance }.
day-title = العرض اليومي
day-nav = الأيام
day-previous = اليوم السابق
day-next = اليوم التالي
day-grid = القاعات والساعات
day-empty = لا توجد فعالية تمت الموافقة عليها في هذا اليوم.
day-room-free = متاحة طوال اليوم
day-busy = محجوزة
day-buffers = القاعة محجوزة { $from }–{ $to }

## Facility units
nav-unit-queue = البنود
nav-run-sheet = ورقة التشغيل
nav-satisfaction = الرضا
unit-queue-title = الخدمات المطلوب تقديمها
unit-queue-all = جميع الحالات
unit-queue-empty = لا توجد بنود مطابقة.
unit-line-quoted = سعر مُقترَح
unit-line-note = ملاحظة البعثة: { $note }
unit-line-reason = السبب: { $reason }
unit-line-delivered = الكمية المقدَّمة: { $quantity }
unit-confirm-price = السعر المقترح (اتركه فارغاً لاعتماد سعر جدول الأسعار)
unit-confirm-note = ملاحظة للبعثة
action-confirm = تأكيد
unit-decline-reason = سبب الرفض
action-decline = رفض
unit-deliver-quantity = الكمية المقدَّمة
action-deliver = تسجيل التقديم
unit-guest-list = قائمة الضيوف
action-print = طباعة
run-sheet-title = ورقة التشغيل
run-sheet-lead = { $unit }: الخدمات المؤكدة لهذا اليوم، حسب القاعة والوقت.
run-sheet-empty = لا توجد خدمات مؤكدة لهذا اليوم.
col-time = الوقت
col-event = الفعالية
col-note = ملاحظة
col-attendance = عدد الحضور
guest-list-title = قائمة الضيوف
guest-list-cutoff = تُغلق القائمة في { $cutoff }، قبل الفعالية بـ 48 ساعة.
guest-list-closed = القائمة مغلقة: لم تعد تتغير.
guest-list-empty = لا يوجد ضيوف في القائمة.
guest-list-count = عدد الضيوف: { $count }
col-name = الاسم
col-organization = المنظمة
satisfaction-title = الرضا
satisfaction-average = متوسط التقييم: { $average } من 5
satisfaction-count = عدد التقييمات: { $count }
satisfaction-none = لم تقيّم أي بعثة هذه الوحدة بعد.
satisfaction-comments = أحدث التعليقات
satisfaction-no-comments = لا توجد تعليقات بعد: جاءت التقييمات دون تعليق.
satisfaction-rating = التقييم: { $rating } من 5

## Finance
nav-ready = للفوترة
nav-revenue = الإيرادات
finance-ready-title = جاهز للفوترة
finance-ready-lead = الفعاليات المنعقدة، وحالات الإلغاء التي تترتب عليها رسوم، والتي لم تصدر لها فاتورة بعد.
finance-ready-empty = لا يوجد ما ينتظر الفوترة.
action-issue-invoice = إصدار الفاتورة
filter-all-missions = جميع البعثات
filter-issued-from = صادرة منذ
filter-issued-to = صادرة حتى
revenue-title = الإيرادات حسب الوحدة
revenue-none = لم تصدر أي فاتورة في هذه الفترة.
revenue-chart = الإيرادات حسب الوحدة، المفوتر ناقص الإشعارات الدائنة
invoice-payments = المدفوعات
col-reference = المرجع
col-received = تاريخ الاستلام
credit-note-title = إشعار دائن
credit-note-creditable = الحد الأقصى الذي لا يزال يمكن قيده دائناً: { $amount }.
action-credit = إصدار الإشعار الدائن
payment-title = دفعة
action-pay = تسجيل الدفعة

## Downloads
pdf-language = لغة المستند
action-download-pdf = تنزيل ملف PDF
pdf-label = PDF
erp-export-title = التصدير إلى نظام تخطيط الموارد
erp-export-hint = كل بند من بنود الفواتير الصادرة في هذه الفترة، صف لكل بند (CSV)، لنظام تخطيط الموارد.
erp-export-action = تنزيل ملف CSV
