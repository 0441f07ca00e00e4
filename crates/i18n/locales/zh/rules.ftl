# The messages of the rule codes (PRODUCT.md section 4 and the API's own codes), the
# labels they insert, and how this language writes numbers, money, dates and times.
#
# A code has several wordings, most specific first: the API uses the first whose
# condition holds and whose $variables all have a value, so each list ends with a
# sentence that needs nothing. Variables take a parameter's value as given (codes,
# numbers, amounts, venue-local times), or a label of the sections below.

## The sentence for a code the API does not know.

rule-unknown = 无法完成所请求的操作。

## OUTSIDE_BOOKING_HOURS

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-1 = 会外活动必须在同一天内开始和结束（纽约时间）；所申请的时段为 { $start } 至 { $end }。

# When problem is SPANS_DAYS.
rule-outside-booking-hours-spans-days-2 = 会外活动必须在同一天内开始和结束（纽约时间）。

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-1 = 会外活动仅在星期一至星期五举行；所申请的开始时间 { $start } 适逢周末。

# When problem is WEEKEND.
rule-outside-booking-hours-weekend-2 = 会外活动仅在星期一至星期五举行。

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-1 = 会外活动不得早于 8:00（纽约时间）开始；所申请的开始时间为 { $start }。

# When problem is BEFORE_OPENING.
rule-outside-booking-hours-before-opening-2 = 会外活动不得早于 8:00（纽约时间）开始。

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-1 = 会外活动必须在 21:00（纽约时间）之前结束；所申请的结束时间为 { $end }。

# When problem is AFTER_CLOSING.
rule-outside-booking-hours-after-closing-2 = 会外活动必须在 21:00（纽约时间）之前结束。

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-1 = 会外活动的时长不得少于 30 分钟；所申请的时段为 { $start } 至 { $end }。

# When problem is TOO_SHORT.
rule-outside-booking-hours-too-short-2 = 会外活动的时长不得少于 30 分钟。

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-1 = 会外活动的时长不得超过 4 小时；所申请的时段为 { $start } 至 { $end }。

# When problem is TOO_LONG.
rule-outside-booking-hours-too-long-2 = 会外活动的时长不得超过 4 小时。

rule-outside-booking-hours-1 = 会外活动于星期一至星期五 8:00 至 21:00（纽约时间）之间举行，须在同一天内开始和结束，时长为 30 分钟至 4 小时。

## LEAD_TIME

# When rule is CREATE.
rule-lead-time-create-1 = 只能为尚未开始的活动创建申请；所申请的开始时间 { $deadline } 已过。

# When rule is CREATE.
rule-lead-time-create-2 = 只能为尚未开始的活动创建申请。

# When rule is SUBMIT.
rule-lead-time-submit-1 = 申请必须至少在活动开始前 { $days }提交；截止时间为 { $deadline }。

# When rule is SUBMIT.
rule-lead-time-submit-2 = 申请必须至少在活动开始前 10 天提交；截止时间为 { $deadline }。

# When rule is SUBMIT.
rule-lead-time-submit-3 = 申请必须至少在活动开始前 10 天提交。

# When rule is SERVICE_LINE.
rule-lead-time-service-line-1 = 此项服务必须至少在活动开始前 { $days }预订；截止时间为 { $deadline }。

# When rule is SERVICE_LINE.
rule-lead-time-service-line-2 = 此项服务的预订截止时间为 { $deadline }，现已过期。

# When rule is SERVICE_LINE.
rule-lead-time-service-line-3 = 此项服务已无法预订：活动前的预订期限已过。

# When rule is GUEST.
rule-lead-time-guest-1 = 最迟须在活动开始前 48 小时添加嘉宾；截止时间为 { $deadline }。

# When rule is GUEST.
rule-lead-time-guest-2 = 最迟须在活动开始前 48 小时添加嘉宾。

rule-lead-time-1 = 此项操作的截止时间为 { $deadline }，现已过期。

rule-lead-time-2 = 此项操作的截止时间已过。

## CAPACITY_EXCEEDED

rule-capacity-exceeded-1 = { $roomCode } 会议室最多可容纳 { $capacity } 人，而申请的预计出席人数为 { $attendance } 人。

rule-capacity-exceeded-2 = 预计出席人数超过会议室的容量。

## ROOM_UNAVAILABLE

rule-room-unavailable-1 = { $roomCode } 会议室已在 { $busyFrom } 至 { $busyTo } 期间被预订，与所申请的时段 { $requestedFrom } 至 { $requestedTo } 重叠（两个时段均包括活动前后各 30 分钟）。

rule-room-unavailable-2 = { $roomCode } 会议室在所申请的时间不可用。

rule-room-unavailable-3 = 该会议室当天的预订数量已达上限（{ $max }）。

rule-room-unavailable-4 = 该会议室在所申请的时间不可用。

## INVALID_TRANSITION

# When serviceLineId is given.
rule-invalid-transition-service-line-id-1 = 服务项目状态为“{ $statusName }”时，不允许执行“{ $commandName }”操作。

# When serviceLineId is given.
rule-invalid-transition-service-line-id-2 = 服务项目状态为“{ $statusName }”时，不允许执行此操作。

rule-invalid-transition-1 = 申请状态为“{ $statusName }”时，不允许执行“{ $commandName }”操作。

rule-invalid-transition-2 = 申请状态为“{ $statusName }”时，不允许执行此操作。

rule-invalid-transition-3 = “{ $commandName }”操作须自 { $at } 起方可执行。

rule-invalid-transition-4 = “{ $commandName }”操作只能在活动开始（{ $start }）之前执行。

rule-invalid-transition-5 = 已就本次活动对 { $unitCode } 部门作出评价。

rule-invalid-transition-6 = 当前状态下不允许执行此操作。

## VERSION_CONFLICT

# When serviceLineId is given.
rule-version-conflict-service-line-id-1 = 该服务项目在您加载后已被修改，当前版本为 { $currentVersion }。请重新加载后再试。

rule-version-conflict-1 = 数据在您加载后已被修改，当前版本为 { $currentVersion }。请重新加载后再试。

rule-version-conflict-2 = 数据在您加载后已被修改。请重新加载后再试。

## UNKNOWN_ITEM

rule-unknown-item-1 = 价目表中没有代码为 { $itemCode } 的项目。

rule-unknown-item-2 = 价目表中没有此项目。

## NOT_FOUND

rule-not-found-1 = 本申请中不存在服务项目 { $serviceLineId }。

rule-not-found-2 = { $roomCode } 会议室不存在。

rule-not-found-3 = { $unitCode } 部门不存在。

rule-not-found-4 = 没有以代码 { $missionCode } 登记的常驻代表团。

rule-not-found-5 = 没有以电子邮件地址 { $email } 登记的协调人。

rule-not-found-6 = 所请求的对象不存在，或您无权访问。

## VALIDATION

# When quantityProblem is NOT_POSITIVE.
rule-validation-not-positive-1 = 数量必须大于零。

# When quantityProblem is DECIMALS.
rule-validation-decimals-1 = 数量最多保留两位小数。

# When quantityProblem is TOO_LARGE and max is given.
rule-validation-too-large-1 = 数量不得超过 { $max }。

# When quantityProblem is NOT_A_NUMBER.
rule-validation-not-a-number-1 = 数量是以字符串形式书写的十进制数，例如“12.5”。

rule-validation-1 = 金额的币种必须为 { $expected }，而不是 { $actual }。

rule-validation-2 = “{ $fieldName }”的长度必须在 { $min } 至 { $max } 个字符之间。

rule-validation-3 = “{ $fieldName }”的格式不正确。

rule-validation-4 = 每项申请的{ $requestItems }数量上限为 { $max }。

rule-validation-5 = 每张发票的{ $invoiceItems }数量上限为 { $max }。

rule-validation-6 = 报价针对的是项目 { $quoted }，而该服务项目对应的是项目 { $itemCode }。

rule-validation-7 = 项目 { $itemCode } 的价格版本数量已达上限（{ $max }）。

rule-validation-8 = 价目表中已有代码为 { $itemCode } 的项目。

rule-validation-9 = { $roomCode } 会议室已存在。

rule-validation-10 = 代码为 { $missionCode } 的常驻代表团已登记。

rule-validation-11 = 电子邮件地址为 { $email } 的协调人已登记。

rule-validation-12 = { $unitCode } 部门不能用于此项操作。

rule-validation-13 = 提前预订期限（{ $days }）超过允许的上限（{ $max } 天）。

rule-validation-14 = 价格变更不能在过去生效：{ $effectiveAt } 早于当前时间（{ $now }）。

rule-validation-15 = 价格变更的生效时间不得早于最近一次变更（{ $latest }）；所申请的生效时间为 { $effectiveAt }。

rule-validation-16 = { $number } 不是 { $year } 年{ $seriesName }的编号。

rule-validation-17 = { $year } 年{ $seriesName }的编号已全部用完（上限：{ $max }）。

rule-validation-18 = 与服务项目 { $serviceLineId } 对应的发票明细行无效。

rule-validation-19 = 该值超出允许范围（上限：{ $max }）。

rule-validation-20 = 输入的数据无效，请检查所填写的值。

## IDEMPOTENCY_KEY_REUSED

rule-idempotency-key-reused-1 = 幂等键“{ $idempotencyKey }”已用于不同的输入；新操作请使用新的键。

rule-idempotency-key-reused-2 = 此幂等键已用于不同的输入；新操作请使用新的键。

## NOTHING_TO_INVOICE

rule-nothing-to-invoice-1 = 该申请没有可计费的服务项目，因此无法开具发票。

## ALREADY_INVOICED

rule-already-invoiced-1 = 该申请已开具发票（发票编号 { $number }）。

rule-already-invoiced-2 = 该申请已开具发票（发票标识符：{ $invoiceId }）。

rule-already-invoiced-3 = 该申请已开具发票。

## CREDIT_EXCEEDS_INVOICE

rule-credit-exceeds-invoice-1 = 贷项通知单金额不得超过 { $unitCode } 部门的开票金额；目前最多还可贷记 { $available } { $currency }。

rule-credit-exceeds-invoice-2 = 贷项通知单金额不得超过发票总额；目前最多还可贷记 { $available } { $currency }。

rule-credit-exceeds-invoice-3 = 贷项通知单金额不得超过发票总额。

## OVERPAYMENT

rule-overpayment-1 = 付款金额超过未付余额 { $balance } { $currency }。

rule-overpayment-2 = 付款金额不得超过发票的未付余额。

## FORBIDDEN

rule-forbidden-1 = 您的角色无权{ $actionName }。

rule-forbidden-2 = 您的角色无权执行此操作。

## UNAUTHENTICATED

rule-unauthenticated-1 = 需要身份验证：请提供有效的访问令牌。

## INTERNAL

rule-internal-1 = 发生技术错误。请稍后再试。

## UNAVAILABLE

rule-unavailable-1 = 系统暂时不接受更改。请稍后再试。

## A number of days with the noun the number needs ($days, from the parameter
## leadTimeDays).

rule-days =
    { $count } 天

## The statuses of requests and service lines, as the caller sees them ($statusName, from the
## parameter status). French, Spanish and Russian agree with the feminine "demande"/"ligne",
## "solicitud"/"línea", "заявка"/"услуга".

status-DRAFT = 草稿
status-SUBMITTED = 已提交
status-APPROVED = 已批准
status-REJECTED = 已拒绝
status-CANCELLED = 已取消
status-HELD = 活动已举行
status-CLOSED = 已关闭
status-REQUESTED = 已申请
status-CONFIRMED = 已确认
status-DECLINED = 已谢绝
status-DELIVERED = 已交付

## The commands a request refuses in its current state, as names of operations ($commandName,
## from the parameter command).

command-create = 创建申请
command-edit = 修改申请
command-submit = 提交申请
command-approve = 批准申请
command-reject = 拒绝申请
command-cancel = 取消申请
command-markHeld = 登记活动已举行
command-close = 关闭申请
command-addServiceLine = 添加服务项目
command-removeServiceLine = 删除服务项目
command-confirmServiceLine = 确认服务项目
command-declineServiceLine = 谢绝服务项目
command-deliverServiceLine = 登记服务交付
command-addGuest = 添加嘉宾
command-removeGuest = 删除嘉宾

## The actions a role may be refused ($actionName, from the parameter action), completing "Your
## role does not permit you to …". French includes its "de", Arabic is the noun after "صلاحية".

action-add-guests = 添加嘉宾
action-add-service-lines = 添加服务项目
action-administer-the-venue = 管理会场
action-approve-requests = 批准申请
action-cancel-requests = 取消申请
action-confirm-service-lines = 确认服务项目
action-create-requests = 创建申请
action-create-tokens = 创建访问令牌
action-decline-service-lines = 谢绝服务项目
action-edit-requests = 修改申请
action-give-feedback = 提交反馈
action-issue-credit-notes = 开具贷项通知单
action-issue-invoices = 开具发票
action-list-invoices = 查看发票列表
action-list-requests = 查看申请列表
action-list-service-lines = 查看服务项目列表
action-mark-requests-held = 登记活动已举行
action-read-revenue = 查看收入
action-record-deliveries = 登记服务交付
action-record-payments = 登记付款
action-reject-requests = 拒绝申请
action-remove-service-lines = 删除服务项目
action-submit-requests = 提交申请
action-remove-guests = 删除嘉宾

## The kinds of code and text values, as field names ($fieldName, from the parameter kind).

field-mission-code = 代表团代码
field-unit-code = 部门代码
field-room-code = 会议室代码
field-item-code = 项目代码
field-feature = 会议室设施
field-title = 标题
field-description = 说明
field-reason = 理由
field-note = 备注
field-name = 名称
field-payment-reference = 付款参考号
field-reference = 申请编号
field-currency = 币种
field-token-hash = 令牌哈希值
field-document-number = 单据编号

## What an invoice holds a limited number of ($invoiceItems, from the parameter kind). Russian
## is in the genitive plural that follows "число".

invoice-items-lines = 明细行
invoice-items-credit-notes = 贷项通知单
invoice-items-payments = 付款

## What a request holds a limited number of ($requestItems, from the parameter what).

request-items-lines = 服务项目
request-items-guests = 嘉宾

## The numbered series of documents ($seriesName, from the parameter series), as what they
## number.

series-REQUEST = 申请
series-INVOICE = 发票
series-CREDIT_NOTE = 贷项通知单

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
