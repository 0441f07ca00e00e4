# Convene 的文件（PDF 格式的发票和贷项通知单），中文。键和变量与英文 documents.ftl 相同。

## 场地，每份文件的页眉
doc-venue-name = 联合国总部
doc-venue-office = 会外活动和会议服务处
doc-venue-address = 美国纽约州纽约市东 42 街 405 号，邮编 10017

## 发票
doc-invoice-title = 发票
doc-invoice-heading = 发票 { $number }
doc-invoice-number = 发票编号
doc-issue-date = 开具日期
doc-status = 状态
doc-currency = 货币
doc-billed-to = 付款方
doc-mission = { $name }代表团（{ $code }）
doc-reason-held = 为已举行的会外活动提供的服务。
doc-reason-cancelled = 已取消的会外活动的取消费。
doc-event = 活动
doc-event-reference = 编号
doc-event-title = 名称
doc-event-date = 日期
doc-event-time = 时间
doc-event-room = 会议室
doc-no-room = 未分配会议室
doc-lines = 服务
doc-col-item = 项目
doc-col-quantity = 数量
doc-col-unit-price = 单价
doc-col-rate-version = 价目表
doc-col-amount = 金额
doc-rate-version = 第 { $version } 版
doc-fee = 取消费，按该项的 { $percent }% 收取
doc-subtotal = 小计：{ $unit }
doc-no-lines = 没有应付费的服务。
doc-total = 总计
doc-credited = 已贷记金额
doc-paid = 已付金额
doc-balance = 应付余额
doc-amounts-in = 所有金额均以 { $currency } 计。
doc-credit-notes = 贷项通知单
doc-payments = 付款
doc-col-number = 编号
doc-col-date = 日期
doc-col-reason = 原因
doc-col-credited-to = 贷记对象
doc-col-payment-reference = 付款参考号
doc-pro-rata = 在各部门之间按比例分摊
doc-quote-number = 付款时请注明发票编号 { $number }。
doc-page = 第 { $page } 页，共 { $pages } 页

## 贷项通知单
doc-credit-note-title = 贷项通知单
doc-credit-note-heading = 贷项通知单 { $number }
doc-credit-note-number = 贷项通知单编号
doc-credits-invoice = 所贷记的发票
doc-invoice-date = 发票日期
doc-invoice-total = 发票总额
doc-credit-amount = 贷记金额
doc-credit-reason = 原因
doc-credit-unit = 贷记部门
doc-credit-pro-rata = 在发票所列各部门之间按比例分摊
doc-credit-note-text = 本贷项通知单将发票 { $number } 的应付金额减少 { $amount }。
