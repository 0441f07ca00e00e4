# صفحات مدير النظام في Convene باللغة العربية (بالمفاتيح والمتغيرات نفسها التي في ملف
# admin.ftl الإنكليزي).

nav-admin-rooms = القاعات
nav-admin-units = الوحدات
nav-admin-rate-card = جدول الأسعار
nav-admin-missions = البعثات
nav-admin-focal-points = جهات التنسيق
nav-admin-keys = مفاتيح الدخول

## Shared
admin-saved = تم الحفظ.
admin-col-code = الرمز
admin-col-actions = الإجراءات
admin-edit-named = تعديل { $name }
admin-names = الاسم باللغات الست
admin-names-hint = الاسم الإنكليزي إلزامي. اللغة المتروكة فارغة تعرض الاسم الإنكليزي.
admin-required = (إلزامي)
admin-translated = اللغات التي لها اسم: { $count } من 6
admin-contact = جهة الاتصال
admin-email = البريد الإلكتروني
admin-phone = الهاتف
admin-none = لا شيء
admin-time = الوقت

## Rooms
admin-rooms-title = القاعات
admin-rooms-lead = قاعات الاجتماعات التي يمكن للبعثات طلبها، مع عدد مقاعدها وتجهيزاتها.
admin-rooms-empty = لم تُسجَّل أي قاعة بعد.
admin-room-title = القاعة
admin-room-heading = القاعة { $code }
admin-add-room = إضافة قاعة
admin-room-code-hint = حروف لاتينية كبيرة أو أرقام أو شرطات، مثل { $example }. لا يمكن تغييره لاحقًا.
admin-capacity = المقاعد
admin-features = التجهيزات
admin-other-features = تجهيزات أخرى
admin-other-features-hint = رموز بحروف لاتينية كبيرة تفصل بينها فواصل، مثل { $example }.

## Units
admin-units-title = الوحدات وجهات الاتصال
admin-units-lead = وحدات المرافق التي تؤكد الخدمات وتقدمها، ومن يُتصل به في كل منها.
admin-units-empty = لم تُسجَّل أي وحدة بعد.
admin-unit-title = الوحدة
admin-unit-heading = الوحدة { $code }
admin-add-unit = إضافة وحدة
admin-unit-code-hint = حروف لاتينية كبيرة أو أرقام أو شرطات سفلية، مثل { $example }. لا يمكن تغييره لاحقًا.

## Rate card
admin-rate-card-title = جدول الأسعار
admin-rate-card-lead = الخدمات التي يمكن للبعثات طلبها بالسعر الساري الآن. افتح خدمة لترى كل إصدارات سعرها أو لتغييره.
admin-items-empty = لا توجد أي خدمة في جدول الأسعار بعد.
admin-current-price = السعر الآن
admin-currency = العملة
admin-version = الإصدار { $version }
admin-price-next = اعتبارًا من { $from }: { $price }
admin-add-item = إضافة خدمة
admin-item-code-hint = حروف لاتينية كبيرة أو أرقام أو شرطات، مثل { $example }. لا يمكن تغييره لاحقًا.
admin-basis = أساس التسعير
admin-price = السعر
admin-lead-time = المهلة المسبقة بالأيام
admin-invalid-lead-time = أدخل عددًا صحيحًا من الأيام، من 0 إلى 365.
admin-item-title = خدمة في جدول الأسعار
admin-versions = إصدارات السعر
admin-versions-hint = كل تغيير يضيف إصدارًا. البنود المؤكدة تحتفظ بالسعر الذي أُكدت به.
admin-col-version = الإصدار
admin-effective-from = ساري اعتبارًا من
admin-price-current = ساري
admin-price-scheduled = مُجدول
admin-price-past = مُستبدل
admin-change-price = تغيير السعر
admin-new-price = السعر الجديد ({ $currency })
admin-effective = يسري
admin-effective-now = فورًا
admin-effective-at = في التاريخ والوقت أدناه
admin-effective-hint = بتوقيت نيويورك. لا يمكن أن يسري سعر في الماضي ولا قبل آخر إصدار.
admin-item-details = الأسماء والمهلة المسبقة

## Missions
admin-missions-title = البعثات
admin-missions-lead = البعثات الدائمة التي يمكنها طلب الفعاليات الجانبية.
admin-missions-empty = لم تُسجَّل أي بعثة بعد.
admin-mission-title = البعثة
admin-mission-heading = البعثة { $code }
admin-add-mission = تسجيل بعثة
admin-mission-code-hint = من 2 إلى 6 حروف لاتينية كبيرة، مثل { $example }. لا يمكن تغييره لاحقًا.

## Focal points
admin-focal-points-title = جهات التنسيق
admin-focal-points-lead = موظفو مكتب التنسيق. يُسند كل طلب مقدَّم إلى واحد منهم.
admin-focal-points-empty = لا يوجد أحد في المكتب بعد.
admin-focal-point-title = جهة التنسيق
admin-focal-point-heading = { $name }
admin-add-focal-point = إضافة جهة تنسيق
admin-email-fixed = عنوان البريد الإلكتروني يحدد الشخص ولا يمكن تغييره.
admin-remove-focal-point = إزالة من المكتب
admin-remove-focal-point-hint = الطلبات المسندة من قبل تحتفظ بهذا الشخص جهةً للاتصال؛ والطلبات الجديدة تذهب إلى الآخرين.

## Access keys
admin-keys-title = مفاتيح الدخول
admin-keys-lead = يدخل كل شخص أو مكتب بمفتاحه الخاص. يُعرض المفتاح مرة واحدة عند إصداره؛ ولا يحتفظ Convene إلا ببصمته.
admin-issue-key = إصدار مفتاح
admin-role = الدور
admin-role-mission = بعثة
admin-role-unit = وحدة مرافق
admin-role-focal-point = مكتب التنسيق
admin-role-finance = الشؤون المالية
admin-role-admin = مدير النظام
admin-key-mission = البعثة
admin-key-mission-hint = لدور البعثة فقط: البعثة التي يعمل المفتاح باسمها.
admin-key-unit = الوحدة
admin-key-unit-hint = لدور الوحدة فقط: الوحدة التي يعمل المفتاح باسمها.
admin-key-label = التسمية
admin-key-label-hint = من يحمل المفتاح، مثل «مكتب المراسم في بعثة FRA».
admin-keys-issued = المفاتيح الصادرة
admin-keys-revoke-hint = يتوقف المفتاح الملغى عن العمل فورًا؛ ويُسجَّل خروج من دخل به.
admin-scope = النطاق
admin-scope-mission = طلبات وفواتير { $name } ({ $code })
admin-scope-unit = بنود خدمات { $name } ({ $code })
admin-scope-focal-point = كل الطلبات
admin-scope-finance = كل الشؤون المالية
admin-scope-admin = كل شيء
admin-issued = تاريخ الإصدار
admin-key-id = البصمة
admin-key-live = ساري
admin-key-revoked-at = أُلغي في { $at }
admin-revoke-named = إلغاء { $label }
admin-key-revoked = أُلغي المفتاح.
admin-key-issued-title = صدر المفتاح
admin-key-shown-once = انسخ هذا المفتاح الآن وسلّمه بأمان. لن يُعرض إلا هذه المرة.
admin-back-to-keys = العودة إلى مفاتيح الدخول
