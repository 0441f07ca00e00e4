# Convene 管理员页面的中文文本（键和变量与英文 admin.ftl 相同）。

nav-admin-rooms = 会议室
nav-admin-units = 部门
nav-admin-rate-card = 价目表
nav-admin-missions = 代表团
nav-admin-focal-points = 协调人
nav-admin-keys = 访问密钥

## Shared
admin-saved = 已保存。
admin-col-code = 代码
admin-col-actions = 操作
admin-edit-named = 编辑 { $name }
admin-names = 六种语言的名称
admin-names-hint = 英文名称为必填项。留空的语言显示英文名称。
admin-required = （必填）
admin-translated = 有名称的语言：{ $count }/6
admin-contact = 联系人
admin-email = 电子邮件
admin-phone = 电话
admin-none = 无
admin-time = 时间

## Rooms
admin-rooms-title = 会议室
admin-rooms-lead = 代表团可以申请的会议室，以及座位数和设施。
admin-rooms-empty = 尚未登记任何会议室。
admin-room-title = 会议室
admin-room-heading = 会议室 { $code }
admin-add-room = 添加会议室
admin-room-code-hint = 大写字母、数字或连字符，例如 { $example }。以后不能更改。
admin-capacity = 座位数
admin-features = 设施
admin-other-features = 其他设施
admin-other-features-hint = 大写代码，以逗号分隔，例如 { $example }。

## Units
admin-units-title = 部门和联系人
admin-units-lead = 确认并提供服务的设施部门，以及各部门的联系人。
admin-units-empty = 尚未登记任何部门。
admin-unit-title = 部门
admin-unit-heading = 部门 { $code }
admin-add-unit = 添加部门
admin-unit-code-hint = 大写字母、数字或下划线，例如 { $example }。以后不能更改。

## Rate card
admin-rate-card-title = 价目表
admin-rate-card-lead = 代表团可以订购的服务及其现行价格。打开一项服务可查看其价格的所有版本或更改价格。
admin-items-empty = 价目表中尚无服务。
admin-current-price = 现行价格
admin-currency = 货币
admin-version = 第 { $version } 版
admin-price-next = 自 { $from } 起：{ $price }
admin-add-item = 添加服务
admin-item-code-hint = 大写字母、数字或连字符，例如 { $example }。以后不能更改。
admin-basis = 计价方式
admin-price = 价格
admin-lead-time = 提前天数
admin-invalid-lead-time = 请输入 0 至 365 之间的整数天数。
admin-item-title = 价目表服务
admin-versions = 价格版本
admin-versions-hint = 每次更改都会增加一个版本。已确认的服务项目保留其确认时的价格。
admin-col-version = 版本
admin-effective-from = 生效时间
admin-price-current = 现行
admin-price-scheduled = 已排定
admin-price-past = 已替换
admin-change-price = 更改价格
admin-new-price = 新价格（{ $currency }）
admin-effective = 生效
admin-effective-now = 立即
admin-effective-at = 于下列日期和时间
admin-effective-hint = 纽约时间。价格不能在过去生效，也不能早于最新版本生效。
admin-item-details = 名称和提前天数

## Missions
admin-missions-title = 代表团
admin-missions-lead = 可以申请会外活动的常驻代表团。
admin-missions-empty = 尚未登记任何代表团。
admin-mission-title = 代表团
admin-mission-heading = 代表团 { $code }
admin-add-mission = 登记代表团
admin-mission-code-hint = 2 至 6 个大写字母，例如 { $example }。以后不能更改。

## Focal points
admin-focal-points-title = 协调人
admin-focal-points-lead = 协调人服务台的人员。每项提交的申请都会分配给其中一人。
admin-focal-points-empty = 服务台尚无人员。
admin-focal-point-title = 协调人
admin-focal-point-heading = { $name }
admin-add-focal-point = 添加协调人
admin-email-fixed = 电子邮件地址用于识别此人，不能更改。
admin-remove-focal-point = 从服务台移除
admin-remove-focal-point-hint = 已分配的申请仍以此人为联系人；新申请将分配给其他人。

## Access keys
admin-keys-title = 访问密钥
admin-keys-lead = 每个人或办公室都用自己的密钥登录。密钥仅在签发时显示一次；Convene 只保存其指纹。
admin-issue-key = 签发密钥
admin-role = 角色
admin-role-mission = 代表团
admin-role-unit = 设施部门
admin-role-focal-point = 协调人服务台
admin-role-finance = 财务部门
admin-role-admin = 管理员
admin-key-mission = 代表团
admin-key-mission-hint = 仅用于代表团角色：密钥所代表的代表团。
admin-key-unit = 部门
admin-key-unit-hint = 仅用于部门角色：密钥所代表的部门。
admin-key-label = 标签
admin-key-label-hint = 密钥持有人，例如"FRA 礼宾处"。
admin-keys-issued = 已签发的密钥
admin-keys-revoke-hint = 被吊销的密钥立即失效；用它登录的人将被登出。
admin-scope = 范围
admin-scope-mission = { $name }（{ $code }）的申请和发票
admin-scope-unit = { $name }（{ $code }）的服务项目
admin-scope-focal-point = 所有申请
admin-scope-finance = 所有财务
admin-scope-admin = 全部
admin-issued = 签发时间
admin-key-id = 指纹
admin-key-live = 有效
admin-key-revoked-at = 已于 { $at } 吊销
admin-revoke-named = 吊销 { $label }
admin-key-revoked = 密钥已吊销。
admin-key-issued-title = 密钥已签发
admin-key-shown-once = 请立即复制此密钥并安全交付。它只显示这一次。
admin-back-to-keys = 返回访问密钥
