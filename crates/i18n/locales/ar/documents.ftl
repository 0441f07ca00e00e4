# وثائق Convene (الفاتورة والإشعار الدائن بصيغة PDF) باللغة العربية. المفاتيح والمتغيرات
# نفسها الواردة في ملف documents.ftl الإنكليزي. النص بلا تشكيل، ليبقى قابلا للبحث والنسخ في
# ملف PDF.

## المكان، في رأس كل وثيقة
doc-venue-name = مقر الأمم المتحدة
doc-venue-office = خدمات الفعاليات الجانبية والمؤتمرات
doc-venue-address = 405 East 42nd Street، نيويورك، NY 10017، الولايات المتحدة

## الفاتورة
doc-invoice-title = فاتورة
doc-invoice-heading = الفاتورة { $number }
doc-invoice-number = رقم الفاتورة
doc-issue-date = تاريخ الإصدار
doc-status = الحالة
doc-currency = العملة
doc-billed-to = الجهة المصدرة لها الفاتورة
doc-mission = بعثة { $name } ({ $code })
doc-reason-held = خدمات قدمت لفعالية جانبية عقدت.
doc-reason-cancelled = رسوم إلغاء فعالية جانبية ألغيت.
doc-event = الفعالية
doc-event-reference = الرقم المرجعي
doc-event-title = العنوان
doc-event-date = التاريخ
doc-event-time = الوقت
doc-event-room = القاعة
doc-no-room = لم تخصص قاعة
doc-lines = الخدمات
doc-col-item = البند
doc-col-quantity = الكمية
doc-col-unit-price = سعر الوحدة
doc-col-rate-version = جدول الأسعار
doc-col-amount = المبلغ
doc-rate-version = الإصدار { $version }
doc-fee = رسم إلغاء بنسبة { $percent } في المائة من البند
doc-subtotal = المجموع الفرعي، { $unit }
doc-no-lines = لا توجد خدمات مستحقة الدفع.
doc-total = المجموع
doc-credited = المبلغ المقيد دائنا
doc-paid = المبلغ المدفوع
doc-balance = الرصيد المستحق
doc-amounts-in = جميع المبالغ بعملة { $currency }.
doc-credit-notes = الإشعارات الدائنة
doc-payments = المدفوعات
doc-col-number = الرقم
doc-col-date = التاريخ
doc-col-reason = السبب
doc-col-credited-to = الجهة المقيد لها
doc-col-payment-reference = مرجع الدفع
doc-pro-rata = موزع بالتناسب على الوحدات
doc-quote-number = يرجى ذكر رقم الفاتورة { $number } عند الدفع.
doc-page = الصفحة { $page } من { $pages }

## الإشعار الدائن
doc-credit-note-title = إشعار دائن
doc-credit-note-heading = الإشعار الدائن { $number }
doc-credit-note-number = رقم الإشعار الدائن
doc-credits-invoice = الفاتورة المقيد لها
doc-invoice-date = تاريخ الفاتورة
doc-invoice-total = مجموع الفاتورة
doc-credit-amount = المبلغ المقيد دائنا
doc-credit-reason = السبب
doc-credit-unit = الوحدة المقيد لها
doc-credit-pro-rata = موزع بالتناسب على وحدات الفاتورة
doc-credit-note-text = يخفض هذا الإشعار الدائن المبلغ المستحق على الفاتورة { $number } بمقدار { $amount }.
