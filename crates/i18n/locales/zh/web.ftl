# Convene's web pages, in Chinese. Every string a page shows lives here (and in the five
# other languages' web.ftl, with the same keys and the same variables).

app-name = Convene
skip-to-content = 跳至主要内容
language = 语言
nav-label = 主导航
nav-requests = 我的申请
nav-new-request = 新建申请
nav-invoices = 发票
nav-queue = 待审申请
nav-day = 日视图
nav-home = 首页
nav-directory = 名录
sign-out = 退出登录
footer-venue = 纽约联合国总部会外活动 · 所示时间均为纽约时间
who-mission = { $mission } 代表团
who-unit = 部门：{ $unit }
who-focal-point = 协调人服务台
who-finance = 财务部门
who-admin = 管理员
who-system = Convene

## 登录
sign-in-title = 登录
sign-in-lead = 请使用发给贵代表团或贵办公室的访问密钥登录。
sign-in-key = 访问密钥
sign-in-key-hint = 密钥以 cvn_ 开头。请妥善保密：任何持有密钥的人均可以您的名义进行操作。
sign-in-button = 登录
sign-in-invalid = 此访问密钥无效或已被撤销。
demo-title = 演示角色
demo-lead = 本服务器使用演示数据运行。只需点击一下，即可以下列任一角色登录。
persona-mission = { $name }（{ $code }）
persona-unit = 部门：{ $name }
persona-focal-point = 协调人服务台
persona-finance = 财务部门
persona-admin = 管理员
role-home-title = 欢迎
role-home-text = 您所属角色的页面将在下一版本中提供。在此期间，您可以使用名录，并可通过 GraphQL 编程接口完成所有任务。
role-home-graphiql = GraphQL 编程接口（GraphiQL）

## 错误
error-title = 出现错误
error-title-not-found = 找不到页面
error-title-forbidden = 表单未被接受
error-title-other-role = 此页面不属于您的角色
error-title-bad-request = 无法理解请求
error-title-unavailable = 暂时无法使用
error-title-method = 无法以此方式访问
error-method = 此地址不接受此类请求。请使用页面上的链接和按钮。
error-not-found = 此页面不存在，或您无权查看。
error-forbidden = 无法接受此表单：表单并非从本网站发送，或页面已过期。请返回，重新加载页面后再试。
error-other-role = 此页面属于其他角色。请使用您自己页面上的链接；如需以其他角色操作，请退出并使用该角色的访问密钥登录。
error-bad-request = 无法读取该请求。
error-unavailable = 预订系统暂时无法使用。没有丢失任何数据；请几秒钟后再试。
error-internal = 发生意外错误。错误已记录；请稍后再试。
error-home = 返回首页
error-summary-title = 存在问题

## 代表团首页
home-title = 我的申请
home-empty = 您尚无任何申请。请先新建申请：选择会议室、日期和所需服务。
home-drafts = 待完成的草稿
home-waiting = 待批准
home-approved = 已批准
home-held = 已举行
home-invoiced = 已开票
home-cancelled = 已取消或已拒绝
next-draft = 下一步：添加服务和嘉宾，然后提交。
next-submitted = 下一步：协调人服务台审核申请并分配会议室。
next-approved = 下一步：各部门确认您的服务；请在截止时间前添加嘉宾。
next-held = 下一步：评价服务；财务部门开具发票。
next-closed = 下一步：查看发票。
next-cancelled = 无需进一步操作。

## 申请表
new-title = 新建申请
edit-title = 修改申请
rules-title = 预订规则
hint-booking-hours = 会外活动于星期一至星期五 08:00 至 21:00（纽约时间）举行，时长为 30 分钟至 4 小时。
hint-lead-time = 申请须至少在活动开始前 { $days } 天提交。
hint-submit-by = 请于 { $deadline } 前提交此申请。
hint-submit-too-late = 该日期的申请提交截止时间为 { $deadline }：请选择较晚的日期。
form-title = 活动名称
form-description = 说明（可选）
form-when = 日期和时间
form-when-hint = 纽约时间。
form-date = 日期
form-start = 开始时间
form-end = 结束时间
form-attendance = 预计出席人数
form-show-rooms = 显示空闲会议室
form-room = 首选会议室
form-room-none = 无偏好
form-create = 创建草稿
form-save = 保存更改
form-invalid-date = 请输入日期，例如 2026-12-15。
form-invalid-time = 请输入时间，例如 10:00。
free-rooms-for = { $when } 空闲且可容纳该人数的会议室：
free-rooms-none = 该时间没有可容纳该人数的空闲会议室。请选择其他时间，或在不指定首选会议室的情况下提交申请，协调人服务台将提供协助。
free-rooms-unknown = 请输入日期、起止时间和出席人数，以查看空闲会议室。
list-separator = {"、"}
room-capacity = { $capacity } 个座位
feature-accessible = 无障碍通道
feature-hearing_loop = 助听环路系统
feature-interpretation_booths = 口译箱
feature-video_conference = 视频会议
feature-webcast = 网播

## 申请页面
request-title = 申请
request-summary = 摘要
request-status = 状态
request-reference = 编号
request-when = 时间
request-attendance = 出席人数
request-preferred-room = 首选会议室
request-room = 会议室
request-room-none = 尚未分配
request-mission = 代表团
request-focal-point = 协调人
request-focal-none = 提交申请时指定
request-reason = 理由
request-fee = 取消费
request-invoice = 发票
request-invoice-open = 查看发票
request-next = 可执行的操作
request-status-draft = 草稿
request-status-submitted = 已提交
request-status-approved = 已批准
request-status-rejected = 已拒绝
request-status-held = 活动已举行
request-status-cancelled = 已取消
request-status-closed = 已开票
line-status-requested = 已申请
line-status-confirmed = 已确认
line-status-declined = 已谢绝
line-status-delivered = 已交付
line-status-cancelled = 已取消
lines-title = 服务
lines-none = 尚无服务。
line-delivered = 已交付：{ $quantity }
line-price-confirmed = 价格已确认
col-service = 服务
col-unit = 部门
col-quantity = 数量
col-price = 价格
col-status = 状态
col-unit-price = 单价
col-amount = 金额
col-number = 编号
col-issued = 开具日期
col-total = 总额
col-balance = 余额
col-reason = 理由
estimate-title = 费用估算
bill-empty = 尚无应付款项。
bill-subtotal = 小计
bill-total = 总计
bill-rate-version = 价目表第 { $version } 版
bill-fee = 取消费 { $percent }%
history-title = 历史记录
action-edit = 修改申请
action-services = 添加或删除服务
action-guests = 嘉宾
action-feedback = 评价服务
action-cancel = 取消申请
action-submit = 提交申请
action-add = 添加
action-remove-line = 删除 { $item }
action-add-guest = 添加嘉宾
action-remove-guest = 删除 { $name }
action-paste = 添加这些嘉宾
action-cancel-confirm = 取消申请
action-keep = 保留申请
action-send-feedback = 发送
action-approve = 批准使用此会议室
action-reject = 拒绝申请
action-held = 登记为已举行
action-filter = 筛选
action-search = 搜索
action-show = 显示
back-to-request = 返回申请
slot = { $date } { $start }–{ $end } { $zone }
time-range = { $from }–{ $to }
event-EventRequestCreated = 申请已创建
event-EventRequestEdited = 申请已修改
event-EventRequestSubmitted = 申请已提交
event-EventRequestApproved = 申请已批准
event-EventRequestRejected = 申请已拒绝
event-EventRequestCancelled = 申请已取消
event-EventRequestHeld = 活动已举行
event-EventRequestClosed = 申请已开票
event-ServiceLineRequested = 已申请服务
event-ServiceLineConfirmed = 服务已确认
event-ServiceLineDeclined = 服务已谢绝
event-ServiceLineDelivered = 服务已交付
event-ServiceLineCancelled = 服务已取消
event-GuestAdded = 已添加嘉宾
event-GuestRemoved = 已删除嘉宾
event-InvoiceIssued = 已开具发票
event-CreditNoteIssued = 已开具贷项通知单
event-PaymentRecorded = 已登记付款
event-FeedbackSubmitted = 已提交评价

## 服务
services-title = 服务
services-lead = 请从价目表中选择服务。所示价格为当日价格；各部门分别确认各自的服务项目。
basis-per_person = 每人
basis-per_hour = 每小时
basis-per_event = 每场活动
basis-per_item = 每件
lead-days = { $days ->
    [0] 无需提前预订
   *[other] 须至少提前 { $days } 天预订
}
order-by = 请于 { $deadline } 前预订。
order-too-late = 此活动已无法预订：截止时间为 { $deadline }。

## 嘉宾
guests-title = 嘉宾
guests-cutoff = 在 { $cutoff } 之前可添加和删除嘉宾。
guests-cutoff-passed = 嘉宾名单已于 { $cutoff } 截止。
guests-count = { $count ->
    [0] 无嘉宾
   *[other] { $count } 位嘉宾
}
guests-none = 尚无嘉宾。
guests-add-one = 添加一位嘉宾
guest-name = 姓名
guest-organization = 所属机构（可选）
guests-paste = 粘贴名单
guests-paste-label = 嘉宾，每行一位
guests-paste-hint = 先写姓名，然后是逗号、分号或制表符，再写所属机构。
paste-result = 名单处理结果
paste-added = 已添加
paste-some-refused = 有 { $count } 行未能添加；未添加的行仍保留在输入框中，以便更正。
paste-too-long = 一份名单最多 { $max } 行。

## 取消
cancel-title = 取消申请
cancel-free = 现在取消不产生任何费用。
cancel-fee = 现在取消将产生 { $fee } 的费用：已确认的服务按提前通知的时间收费。
cancel-fee-rules = 已确认的服务如提前 7 天或以上取消，不收取费用；如提前 48 小时至 7 天取消，收取半价；如提前不足 48 小时取消，收取全价。未确认的服务一律不收费。
cancel-reason = 您为何取消此申请？

## 评价
feedback-title = 评价服务
feedback-lead = 请告诉各部门其为您的活动提供的服务如何。每个部门只能评价一次。
feedback-none = 没有部门为此活动提供服务。
feedback-rate = { $unit }
feedback-stars = { $rating } 分（满分 5 分）
feedback-comment = 评论（可选）
feedback-thanks = 谢谢：您的评价已记录。

## 发票
invoices-title = 发票
invoices-none = 尚无发票。
invoice-title = 发票
invoice-heading = 发票 { $number }
invoice-event = 活动
invoice-credited = 已贷记金额
invoice-paid = 已付金额
invoice-balance = 余额
invoice-credit-notes = 贷项通知单
invoice-status-issued = 已开具
invoice-status-partially_paid = 部分付款
invoice-status-paid = 已付款
invoice-status-credited = 已贷记
credit-pro-rata = 在各部门之间分摊

## 名录
directory-title = 名录
directory-lead = 各项服务的负责部门及联系方式。一项申请，一位协调人：下列部门负责确认并提供各自承担的部分。
directory-search = 搜索部门、服务或姓名
directory-services = 服务
directory-nothing = 没有与“{ $query }”匹配的结果。

## 协调人服务台
queue-title = 待审核的申请
queue-status = 状态
queue-from = 开始日期
queue-to = 结束日期
queue-empty = 没有符合条件的申请。
queue-attendance = { $attendance } 人
review-title = 审核
review-conflicts = 冲突
review-rooms = 该时间空闲且容量足够的会议室
review-no-room = 该时间没有可容纳该人数的空闲会议室。
review-preferred = 首选
review-reject-reason = 告知代表团的理由
review-held-hint = 活动结束后。
reject-reason = 理由
conflict-room-taken = { $room } 会议室 { $from }–{ $to } 已被申请 { $reference } 占用。
conflict-competing = 申请 { $reference } 也要求在 { $from }–{ $to } 使用 { $room } 会议室。
conflict-capacity = { $room } 会议室可容纳 { $capacity } 人；预计出席 { $attendance } 人。
day-title = 日视图
day-nav = 日期
day-previous = 前一天
day-next = 后一天
day-grid = 会议室和时段
day-empty = 当天没有已批准的活动。
day-room-free = 全天空闲
day-busy = 已预订
day-buffers = 会议室占用 { $from }–{ $to }

## Facility units
nav-unit-queue = 服务项目
nav-run-sheet = 当日工作单
nav-satisfaction = 满意度
unit-queue-title = 待提供的服务
unit-queue-all = 所有状态
unit-queue-empty = 没有符合条件的服务项目。
unit-line-quoted = 报价
unit-line-note = 代表团备注：{ $note }
unit-line-reason = 原因：{ $reason }
unit-line-delivered = 已提供：{ $quantity }
unit-confirm-price = 报价（留空则按价目表）
unit-confirm-note = 给代表团的备注
action-confirm = 确认
unit-decline-reason = 拒绝原因
action-decline = 拒绝
unit-deliver-quantity = 已提供数量
action-deliver = 记录提供情况
unit-guest-list = 来宾名单
action-print = 打印
run-sheet-title = 当日工作单
run-sheet-lead = { $unit }：当日已确认的服务，按会议室和时间排列。
run-sheet-empty = 当日没有已确认的服务。
col-time = 时间
col-event = 活动
col-note = 备注
col-attendance = 出席人数
guest-list-title = 来宾名单
guest-list-cutoff = 名单于 { $cutoff } 截止，即活动开始前 48 小时。
guest-list-closed = 名单已截止，不再变动。
guest-list-empty = 名单上没有来宾。
guest-list-count = 来宾人数：{ $count }
col-name = 姓名
col-organization = 组织
satisfaction-title = 满意度
satisfaction-average = 平均评分：{ $average }（满分 5 分）
satisfaction-count = 评分次数：{ $count }
satisfaction-none = 尚无代表团对该部门进行评分。
satisfaction-comments = 最近的评论
satisfaction-no-comments = 暂无评论：评分均未附评论。
satisfaction-rating = 评分：{ $rating }/5

## Finance
nav-ready = 待开票
nav-revenue = 收入
finance-ready-title = 待开具发票
finance-ready-lead = 已举行的活动以及需收取费用的取消，尚未开具发票。
finance-ready-empty = 没有待开具的发票。
action-issue-invoice = 开具发票
filter-all-missions = 所有代表团
filter-issued-from = 开具日期自
filter-issued-to = 开具日期至
revenue-title = 各部门收入
revenue-none = 此期间未开具任何发票。
revenue-chart = 各部门收入（已开票金额减去贷项通知）
invoice-payments = 付款
col-reference = 参考号
col-received = 收款日期
credit-note-title = 贷项通知
credit-note-creditable = 最多还可贷记 { $amount }。
action-credit = 开具贷项通知
payment-title = 付款
action-pay = 记录付款

## Downloads
pdf-language = 文件语言
action-download-pdf = 下载 PDF
pdf-label = PDF
erp-export-title = 导出到 ERP
erp-export-hint = 本期间开具的发票的每一行，每行一条记录（CSV），供 ERP 使用。
erp-export-action = 下载 CSV
