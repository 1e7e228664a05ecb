<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AreaDelegate</name>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Done today</source>
            <translation>今日已巡</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>待巡</translation>
        </message>
    </context>
    <context>
        <name>AreaPicker</name>
        <message>
            <source>Search areas by name or code</source>
            <translation>按名称或编号搜索区域</translation>
        </message>
        <message>
            <source>Nearest first</source>
            <translation>由近及远</translation>
        </message>
        <message>
            <source>Waiting for GPS…</source>
            <translation>正在等待 GPS…</translation>
        </message>
        <message>
            <source>No GPS</source>
            <translation>无 GPS</translation>
        </message>
        <message>
            <source>No area matches “%1”.</source>
            <translation>没有与“%1”匹配的区域。</translation>
        </message>
        <message>
            <source>No areas yet. They arrive with the first sync.</source>
            <translation>暂无区域，首次同步后即会显示。</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>CameraCapture</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>拍照</translation>
        </message>
    </context>
    <context>
        <name>ChecklistItemDelegate</name>
        <message>
            <source>What did you see?</source>
            <translation>发现了什么问题？</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>备注（选填）</translation>
        </message>
        <message>
            <source>Add photo</source>
            <translation>添加照片</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s), %1 already sent</source>
            <translation>
                <numerusform>%n张照片，其中%1张已发送</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n张照片</numerusform>
            </translation>
        </message>
        <message>
            <source>Rectify by</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>Not answered yet: choose pass, fail or N/A.</source>
            <translation>尚未填写：请选择合格、不合格或不适用。</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>Not a date: write it as 2024-05-31</source>
            <translation>日期无效，请按 2024-05-31 的格式填写</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>what was done, or why it is reopened</source>
            <translation>整改情况或重新打开的原因</translation>
        </message>
        <message>
            <source>result</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>回访结果</translation>
        </message>
        <message>
            <source>what is wrong</source>
            <translation>问题描述</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>who fixes it</source>
            <translation>整改人</translation>
        </message>
        <message>
            <source>the owner&apos;s signature</source>
            <translation>业主签名</translation>
        </message>
        <message>
            <source>position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>planned time</source>
            <translation>预约时间</translation>
        </message>
        <message>
            <source>visit time</source>
            <translation>回访时间</translation>
        </message>
        <message>
            <source>Please fill in: %1.</source>
            <translation>请填写：%1。</translation>
        </message>
        <message>
            <source>This value is not valid: %1.</source>
            <translation>此项无效：%1。</translation>
        </message>
        <message>
            <source>Some lines are not answered yet.</source>
            <translation>还有检查项未填写。</translation>
        </message>
        <message>
            <source>Write a note: it is required unless the owner was satisfied.</source>
            <translation>请填写备注：除非业主满意，否则必须填写。</translation>
        </message>
        <message>
            <source>Only a verified follow-up can be closed.</source>
            <translation>整改须经复查后才能关闭。</translation>
        </message>
        <message>
            <source>The owner&apos;s signature is required to finish an acceptance.</source>
            <translation>完成验收需要业主签名。</translation>
        </message>
        <message>
            <source>This is inside the owner&apos;s rest hours.</source>
            <translation>此时间在业主休息时间内。</translation>
        </message>
        <message>
            <source>The three-day limit for this visit has passed.</source>
            <translation>本次回访已超过三天时限。</translation>
        </message>
        <message>
            <source>The server did not accept your sign-in: check the username and password, or sign in again.</source>
            <translation>服务器未接受您的登录：请检查用户名和密码，或重新登录。</translation>
        </message>
        <message>
            <source>You are not allowed to do this: %1</source>
            <translation>您无权执行此操作：%1</translation>
        </message>
        <message>
            <source>This phone&apos;s storage is full, so this was not saved. Free some space (photos, other apps) and try again; what was saved before is kept.</source>
            <translation>手机存储空间已满，这次没有保存。请清理一些空间（照片、其他应用）后重试；之前保存的内容不会丢失。</translation>
        </message>
        <message>
            <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
            <translation>登录尝试次数过多，请等几分钟后再试。</translation>
        </message>
        <message>
            <source>The server has a problem (%1). Your work is saved and will be sent later.</source>
            <translation>服务器出现问题（%1）。您的工作已保存，稍后会发送。</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>出错了：%1</translation>
        </message>
        <message>
            <source>Could not reach the server at %1, so you are not signed in. Check the address and that the device is online (Wi-Fi or mobile data), then tap Sign in again.</source>
            <translation>无法连接服务器 %1，因此尚未登录。请检查地址，并确认设备已联网（Wi-Fi 或移动数据），然后再次点击“登录”。</translation>
        </message>
        <message>
            <source>The server has a problem (%1), so you are not signed in. Try again in a few minutes; if it lasts, tell the office.</source>
            <translation>服务器出现问题（%1），因此尚未登录。请几分钟后再试；如问题持续，请告知办公室。</translation>
        </message>
        <message>
            <source>The device&apos;s storage is busy; try again.</source>
            <translation>设备存储正忙，请重试。</translation>
        </message>
        <message>
            <source>This record is no longer on this device.</source>
            <translation>此记录已不在本机上。</translation>
        </message>
        <message>
            <source>The records on this device were written by a newer Patrolbook. Update the app.</source>
            <translation>本机上的记录由较新版本的 Patrolbook 写入，请更新应用。</translation>
        </message>
        <message>
            <source>No connection to the server. Your work is saved on this device and will be sent when the network is back.</source>
            <translation>无法连接服务器。您的工作已保存在本机上，网络恢复后会自动发送。</translation>
        </message>
        <message>
            <source>This version of Patrolbook is too old for the server. Update the app; your records stay on this device.</source>
            <translation>此版本的 Patrolbook 过旧，服务器已不支持。请更新应用，您的记录仍保留在本机上。</translation>
        </message>
        <message>
            <source>a photo of the fix</source>
            <translation>整改后照片</translation>
        </message>
        <message>
            <source>the reason, or what was done</source>
            <translation>原因或整改情况</translation>
        </message>
        <message>
            <source>what happened on the shift</source>
            <translation>本班情况</translation>
        </message>
        <message>
            <source>post</source>
            <translation>岗位</translation>
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <source>Follow-up</source>
            <translation>整改</translation>
        </message>
        <message>
            <source>What is wrong and what must be done</source>
            <translation>问题及整改要求</translation>
        </message>
        <message>
            <source>Who fixes it</source>
            <translation>整改人</translation>
        </message>
        <message>
            <source>Choose a person</source>
            <translation>选择人员</translation>
        </message>
        <message>
            <source>Fix by</source>
            <translation>整改期限</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Someone changed this record at the same time. The office&apos;s version was kept and yours is saved for review. Check the record, then mark it reviewed.</source>
            <translation>有人同时修改了此记录。已保留办公室的版本，您的版本已另存待核查。请检查记录，然后标记为已核查。</translation>
        </message>
        <message>
            <source>The server did not accept this change. Correct the record and send it again, or discard the change.</source>
            <translation>服务器未接受此修改。请更正记录后重新发送，或放弃此修改。</translation>
        </message>
        <message>
            <source>The server did not accept this change. Correct the record and send it again.</source>
            <translation>服务器未接受此修改。请更正记录后重新发送。</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Patrol</source>
            <translation>巡检</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1天%2小时</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1小时%2分钟</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1分钟</translation>
        </message>
        <message>
            <source>overdue by %1</source>
            <translation>已超期%1</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>剩余%1</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1米</translation>
        </message>
        <message>
            <source>%1 km</source>
            <translation>%1公里</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Patrolbook</source>
            <translation>Patrolbook</translation>
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <source>Patrolbook</source>
            <translation>Patrolbook</translation>
        </message>
    </context>
    <context>
        <name>OwnerDelegate</name>
        <message>
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>%1 · last visit %2</source>
            <translation>%1 · 上次回访 %2</translation>
        </message>
    </context>
    <context>
        <name>OwnerPicker</name>
        <message>
            <source>Owner name, unit or phone</source>
            <translation>业主姓名、房号或电话</translation>
        </message>
        <message>
            <source>Showing the first %1. Type more to narrow the search.</source>
            <translation>仅显示前%1位，请输入更多内容缩小范围。</translation>
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation>没有与“%1”匹配的业主。</translation>
        </message>
        <message>
            <source>No owners yet. They arrive with the first sync.</source>
            <translation>暂无业主，首次同步后即会显示。</translation>
        </message>
    </context>
    <context>
        <name>PageHeader</name>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
    </context>
    <context>
        <name>PatrolForm</name>
        <message>
            <source>The position is imprecise (±%1 m). Step into the open and stamp it again.</source>
            <translation>定位不够精确（±%1米）。请到开阔处重新记录位置。</translation>
        </message>
        <message>
            <source>You are %1 m from %2. Is this the right area?</source>
            <translation>您距离%2约%1米，确认是这个区域吗？</translation>
        </message>
        <message>
            <source>Answer every line before finishing. Not answered: %1</source>
            <translation>请先填完所有检查项再完成。未填：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>The position&apos;s accuracy is unknown. Check it is the right area.</source>
            <translation>位置精度未知，请确认是否在正确区域。</translation>
        </message>
    </context>
    <context>
        <name>PatrolFormView</name>
        <message>
            <source>%1 of %2 answered</source>
            <translation>已填 %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n项不合格</numerusform>
            </translation>
        </message>
        <message>
            <source>This patrol is finished. It goes to the office with the next sync.</source>
            <translation>本次巡视已完成，将在下次同步时发送至办公室。</translation>
        </message>
        <message>
            <source>Note on the whole patrol</source>
            <translation>本次巡视备注</translation>
        </message>
        <message>
            <source>Finish patrol</source>
            <translation>完成巡视</translation>
        </message>
        <message>
            <source>Discard this patrol</source>
            <translation>放弃本次巡视</translation>
        </message>
        <message>
            <source>Discard this patrol?</source>
            <translation>放弃本次巡视？</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>Only for a patrol started by mistake: its answers, notes and photos are removed from this device.</source>
            <translation>仅用于误开的巡视：其填写内容、备注和照片将从本设备上删除。</translation>
        </message>
        <message>
            <source>For the office (optional)</source>
            <translation>给办公室的说明（选填）</translation>
        </message>
    </context>
    <context>
        <name>PatrolPage</name>
        <message>
            <source>Pick an area to patrol.</source>
            <translation>请选择要巡视的区域。</translation>
        </message>
        <message>
            <source>Renovation check</source>
            <translation>装修检查</translation>
        </message>
        <message>
            <source>Patrol saved. It goes to the office with the next sync.</source>
            <translation>巡视已保存，将在下次同步时发送至办公室。</translation>
        </message>
    </context>
    <context>
        <name>PhotoCache</name>
        <message>
            <source>The photo is on the server: connect to the network to see it.</source>
            <translation>照片在服务器上，联网后可查看</translation>
        </message>
        <message>
            <source>Not on the server yet, or not yours to see.</source>
            <translation>照片尚未上传，或您无权查看</translation>
        </message>
        <message>
            <source>Sign in to see this photo.</source>
            <translation>登录后可查看照片</translation>
        </message>
        <message>
            <source>The photo came damaged: it is fetched again next time.</source>
            <translation>照片已损坏，下次查看时重新获取</translation>
        </message>
    </context>
    <context>
        <name>PhotoPicker</name>
        <message>
            <source>Choose a photo</source>
            <translation>选择照片</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.heic *.webp)</source>
            <translation>图片 (*.jpg *.jpeg *.png *.heic *.webp)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Photos cannot be chosen on this device: the Qt module %1 is not installed.</source>
            <translation>此设备无法选择照片：未安装 Qt 模块 %1。</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>PositionCard</name>
        <message>
            <source>accuracy unknown</source>
            <translation>精度未知</translation>
        </message>
        <message>
            <source>±%1 m</source>
            <translation>±%1米</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>No GPS on this device.</source>
            <translation>本设备没有 GPS。</translation>
        </message>
        <message>
            <source>Waiting for a GPS fix… Step outside or near a window if it takes long.</source>
            <translation>正在等待 GPS 定位… 如等待较久，请到室外或靠近窗户。</translation>
        </message>
        <message>
            <source>GPS now: %1, %2 (%3)</source>
            <translation>当前 GPS：%1, %2（%3）</translation>
        </message>
        <message>
            <source>Stamped: %1, %2 (%3)</source>
            <translation>已记录：%1, %2（%3）</translation>
        </message>
        <message>
            <source>Stamp the position again</source>
            <translation>重新记录位置</translation>
        </message>
        <message>
            <source>Stamp my position</source>
            <translation>记录当前位置</translation>
        </message>
    </context>
    <context>
        <name>PositionProvider</name>
        <message>
            <source>Cannot replay the GPS log %1.</source>
            <translation>无法回放 GPS 日志 %1。</translation>
        </message>
        <message>
            <source>This device has no position source.</source>
            <translation>本设备没有定位来源。</translation>
        </message>
        <message>
            <source>Location permission is off for Patrolbook.</source>
            <translation>Patrolbook 的定位权限已关闭。</translation>
        </message>
        <message>
            <source>The position is not available.</source>
            <translation>暂时无法获取位置。</translation>
        </message>
    </context>
    <context>
        <name>ProblemDelegate</name>
        <message>
            <source>Show record</source>
            <translation>查看记录</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>重新发送</translation>
        </message>
        <message>
            <source>Discard change</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>标记为已核查</translation>
        </message>
    </context>
    <context>
        <name>ProblemListModel</name>
        <message>
            <source>The server refused this change.</source>
            <translation>服务器拒绝了此修改。</translation>
        </message>
        <message>
            <source>Changed on the server too: one version was kept, the other saved for review.</source>
            <translation>服务器上也有修改：已保留其中一个版本，另一个已另存待核查。</translation>
        </message>
    </context>
    <context>
        <name>QuickDayButton</name>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>+%1 d</source>
            <translation>+%1天</translation>
        </message>
    </context>
    <context>
        <name>RecordDelegate</name>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n项不合格</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordDetail</name>
        <message>
            <source>Area</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>房号</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>业主</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>施工单位</translation>
        </message>
        <message>
            <source>Permit number</source>
            <translation>装修许可证号</translation>
        </message>
        <message>
            <source>Rectify “%1” by</source>
            <translation>“%1”整改期限</translation>
        </message>
        <message>
            <source>Owner&apos;s signature</source>
            <translation>业主签名</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>已签名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>回访人</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>回访方式</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>回访目的</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>预约时间</translation>
        </message>
        <message>
            <source>Visited</source>
            <translation>回访时间</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>关联服务</translation>
        </message>
        <message>
            <source>Service completed</source>
            <translation>服务完成时间</translation>
        </message>
        <message>
            <source>Visit due by</source>
            <translation>回访截止时间</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>回访结果</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>业主建议</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>发现于</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>整改人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>提出人</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>提出时间</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>复查人</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>复查时间</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>整改结果</translation>
        </message>
        <message>
            <source>%1, %2 (±%3 m)</source>
            <translation>%1, %2（±%3米）</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Re-check of</source>
            <translation>复查自</translation>
        </message>
        <message>
            <source>Re-checked by</source>
            <translation>复查记录</translation>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>问题描述</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>To be done by</source>
            <translation>应完成时间</translation>
        </message>
        <message>
            <source>Dispatched by</source>
            <translation>派单人</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>派单时间</translation>
        </message>
        <message>
            <source>Time to accept</source>
            <translation>接单用时</translation>
        </message>
        <message>
            <source>Time to finish</source>
            <translation>完成用时</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>所用材料</translation>
        </message>
        <message>
            <source>Owner&apos;s rating</source>
            <translation>业主评价</translation>
        </message>
        <message>
            <source>Rating note</source>
            <translation>评价说明</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>关闭时间</translation>
        </message>
        <message>
            <source>Last step&apos;s note</source>
            <translation>最近一步的说明</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>已升级</translation>
        </message>
        <message>
            <source>The manager is told</source>
            <translation>已通知经理</translation>
        </message>
        <message>
            <source>Complainant</source>
            <translation>投诉人</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>投诉类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>投诉内容</translation>
        </message>
        <message>
            <source>To be carried out by</source>
            <translation>应处理完成时间</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>责任部门</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Solution</source>
            <translation>处理方案</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>审批时间</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>处罚</translation>
        </message>
        <message>
            <source>Owner&apos;s confirmation</source>
            <translation>业主确认</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>业主反馈</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>评价</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>改进措施</translation>
        </message>
        <message>
            <source>Came in by</source>
            <translation>受理渠道</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailPage</name>
        <message>
            <source>Position: %1</source>
            <translation>位置：%1</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>This record is no longer on this device.</source>
            <translation>此记录已不在本机上。</translation>
        </message>
    </context>
    <context>
        <name>RecordFilters</name>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>全部区域</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Only my records</source>
            <translation>只看我的记录</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
    </context>
    <context>
        <name>RecordText</name>
        <message>
            <source>Review of %1</source>
            <translation>%1 的审核</translation>
        </message>
        <message>
            <source>Area patrol: %1, %2</source>
            <translation>日常巡视：%1，%2</translation>
        </message>
        <message>
            <source>“%1” in the patrol of %2</source>
            <translation>%2巡视中的“%1”</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1：%2 %3</translation>
        </message>
        <message>
            <source>“%1” in the renovation check of %2</source>
            <translation>%2装修检查中的“%1”</translation>
        </message>
        <message>
            <source>Visit to %1 (%2): %3</source>
            <translation>回访%1（%2）：%3</translation>
        </message>
        <message>
            <source>Follow-up: %1</source>
            <translation>整改：%1</translation>
        </message>
        <message>
            <source>Photo of %1</source>
            <translation>照片：%1</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1天%2小时</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1小时%2分钟</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1分钟</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <source>Pick a record to see it in full.</source>
            <translation>选择一条记录查看详情。</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n条记录</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide filters</source>
            <translation>收起筛选</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>筛选</translation>
        </message>
        <message>
            <source>Search: area, owner, unit, text</source>
            <translation>搜索：区域、业主、房号、内容</translation>
        </message>
        <message>
            <source>No records match.</source>
            <translation>没有符合条件的记录。</translation>
        </message>
        <message numerus="yes">
            <source>%n of my records</source>
            <translation>
                <numerusform>我的记录 %n 条</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenovationFormView</name>
        <message>
            <source>%1 · %2 answered of %3</source>
            <translation>%1 · 已填 %2/%3</translation>
        </message>
        <message>
            <source>This check is finished. It goes to the office with the next sync.</source>
            <translation>本次检查已完成，将在下次同步时发送至办公室。</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>施工单位</translation>
        </message>
        <message>
            <source>Company or foreman</source>
            <translation>装修公司或施工负责人</translation>
        </message>
        <message>
            <source>Permit number</source>
            <translation>装修许可证号</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Owner&apos;s signature</source>
            <translation>业主签名</translation>
        </message>
        <message>
            <source>Keep the saved signature</source>
            <translation>保留已存签名</translation>
        </message>
        <message>
            <source>Sign again</source>
            <translation>重新签名</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Save signature</source>
            <translation>保存签名</translation>
        </message>
        <message>
            <source>Finish acceptance</source>
            <translation>完成验收</translation>
        </message>
        <message>
            <source>Finish check</source>
            <translation>完成巡查</translation>
        </message>
        <message>
            <source>For the office (optional)</source>
            <translation>给办公室的说明（选填）</translation>
        </message>
        <message>
            <source>Re-check the failures</source>
            <translation>复查</translation>
        </message>
        <message>
            <source>Open its re-check</source>
            <translation>查看复查记录</translation>
        </message>
        <message>
            <source>Re-check of an earlier check: open it</source>
            <translation>这是复查，查看原检查</translation>
        </message>
    </context>
    <context>
        <name>RenovationPage</name>
        <message>
            <source>Renovation check</source>
            <translation>装修检查</translation>
        </message>
        <message>
            <source>Choose patrol or acceptance, then the owner.</source>
            <translation>先选择巡查或验收，再选择业主。</translation>
        </message>
        <message>
            <source>Patrol</source>
            <translation>巡查</translation>
        </message>
        <message>
            <source>Acceptance</source>
            <translation>验收</translation>
        </message>
        <message>
            <source>Check saved. It goes to the office with the next sync.</source>
            <translation>检查已保存，将在下次同步时发送至办公室。</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>The server address starts with http:// or https://, for example http://192.168.1.10:8080.</source>
            <translation>服务器地址须以 http:// 或 https:// 开头，例如 http://192.168.1.10:8080。</translation>
        </message>
        <message>
            <source>Enter your username and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <source>%1 has changes on this device that are not sent yet. Sign in as %1 and sync first.</source>
            <translation>%1 在本机上还有未发送的修改。请先以 %1 的身份登录并同步。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Same as the phone</source>
            <translation>跟随手机系统</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>当前登录</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n项修改待发送。</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is sent.</source>
            <translation>全部已发送。</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Patrolbook %1</source>
            <translation>Patrolbook %1</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Patrolbook</source>
            <translation>Patrolbook</translation>
        </message>
        <message>
            <source>Area patrols, renovation checks and owner visits.</source>
            <translation>日常巡视、装修检查和业主回访。</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <source>https://patrol.example.com</source>
            <translation>https://patrol.example.com</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>You need a network only this first time. After you sign in, the app works offline: everything you record is kept on this device and sent to the office when there is a network.</source>
            <translation>仅首次登录需要联网。登录后即可离线使用：记录的所有内容都保存在本机上，有网络时再发送至办公室。</translation>
        </message>
    </context>
    <context>
        <name>SignOutDialog</name>
        <message>
            <source>Changes not sent yet</source>
            <translation>有修改尚未发送</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Sign out anyway</source>
            <translation>仍要退出</translation>
        </message>
        <message>
            <source>Stay signed in</source>
            <translation>暂不退出</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) were refused by the server and wait for you on the Sync screen.</source>
            <translation>
                <numerusform>%n 项修改被服务器拒绝，请到“同步”页处理。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) on this device have not been sent to the office yet.</source>
            <translation>
                <numerusform>本机上有%n项修改尚未发送至办公室。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is thrown away: if you sign out now, the changes stay on this device and go out after you sign in again.</source>
            <translation>不会丢失任何内容：现在退出登录的话，这些修改仍保留在本机上，重新登录后会继续发送。</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Owner signs here</source>
            <translation>业主在此签名</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Everything is sent.</source>
            <translation>全部已发送。</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n项修改待发送。</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>上次同步：%1</translation>
        </message>
        <message>
            <source>Sending photos…</source>
            <translation>正在发送照片…</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Sync also runs by itself: a few seconds after every save, when the network comes back, and every few minutes while changes wait.</source>
            <translation>同步也会自动进行：每次保存后几秒、网络恢复时，以及有修改待发送期间每隔几分钟。</translation>
        </message>
        <message>
            <source>Needs your attention (%1)</source>
            <translation>需要处理（%1）</translation>
        </message>
        <message>
            <source>Discard this change?</source>
            <translation>放弃此修改？</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>This device has not synced yet.</source>
            <translation>本机尚未同步过。</translation>
        </message>
        <message>
            <source>“%1” will not be sent. The office keeps what it has; this device gets the office&apos;s version at the next sync.</source>
            <translation>“%1”将不会发送。办公室保留现有内容，本机将在下次同步时获取办公室的版本。</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <source>Sign in to sync.</source>
            <translation>请先登录再同步。</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Show the newest three</source>
            <translation>只看最新三条</translation>
        </message>
        <message>
            <source>Show all %1</source>
            <translation>显示全部 %1 条</translation>
        </message>
        <message>
            <source>Returned by the office (%1)</source>
            <translation>被退回修改（%1）</translation>
        </message>
        <message>
            <source>A patrol is not finished yet. Everything you entered is kept.</source>
            <translation>有一次巡视尚未完成，已填写的内容均已保存。</translation>
        </message>
        <message>
            <source>Continue the patrol</source>
            <translation>继续巡视</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Areas patrolled</source>
            <translation>已巡视区域</translation>
        </message>
        <message>
            <source>Visits due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>未关闭整改</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n项已超期</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting to sync</source>
            <translation>待同步</translation>
        </message>
        <message>
            <source>Owner visits due</source>
            <translation>待回访业主</translation>
        </message>
        <message>
            <source>No visits due. Well done.</source>
            <translation>暂无待回访，做得好！</translation>
        </message>
        <message>
            <source>You have a patrol not finished yet, started on another device.</source>
            <translation>您有一次在其他设备上开始、尚未完成的巡视。</translation>
        </message>
    </context>
    <context>
        <name>VisitDueDelegate</name>
        <message>
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Booked %1</source>
            <translation>预约 %1</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <source>%1 is inside the owner&apos;s rest hours. The next allowed time is %2.</source>
            <translation>%1在业主休息时间内。最早可在%2回访。</translation>
        </message>
        <message>
            <source>Greet the owner by name and say who you are and which property you serve.</source>
            <translation>称呼业主姓名并问好，说明您的身份和所服务的物业项目。</translation>
        </message>
        <message>
            <source>Ask whether the repair is done to their satisfaction and still working.</source>
            <translation>询问业主对维修结果是否满意，目前是否使用正常。</translation>
        </message>
        <message>
            <source>Ask whether the repair staff were on time, polite and left the place clean.</source>
            <translation>询问维修人员是否准时、有礼貌，完工后是否清理干净。</translation>
        </message>
        <message>
            <source>Restate the complaint and what was done about it.</source>
            <translation>复述投诉内容及处理情况。</translation>
        </message>
        <message>
            <source>Ask whether the owner considers the matter resolved.</source>
            <translation>询问业主是否认为问题已经解决。</translation>
        </message>
        <message>
            <source>Ask how satisfied they are with cleaning, security, greenery and the service desk.</source>
            <translation>询问业主对保洁、安保、绿化和客服前台是否满意。</translation>
        </message>
        <message>
            <source>Ask what one thing the property should do better.</source>
            <translation>询问业主认为物业最需要改进的一点。</translation>
        </message>
        <message>
            <source>Give the season&apos;s greetings and the holiday service arrangements.</source>
            <translation>致以节日问候，并告知节日期间的服务安排。</translation>
        </message>
        <message>
            <source>Remind the owner of the fee or contract renewal and answer their questions.</source>
            <translation>提醒业主续费或续约，并解答其疑问。</translation>
        </message>
        <message>
            <source>Welcome the owner, explain the service hours and how to reach the service desk.</source>
            <translation>欢迎新业主，介绍服务时间以及联系客服前台的方式。</translation>
        </message>
        <message>
            <source>Ask for their preferred contact channel and hours.</source>
            <translation>询问业主希望的联系方式和时间段。</translation>
        </message>
        <message>
            <source>Note their suggestions, thank them, and say when you will follow up.</source>
            <translation>记录业主的建议，表示感谢，并告知何时跟进。</translation>
        </message>
        <message>
            <source>It is the owner&apos;s rest time now. Do not call or visit before %1.</source>
            <translation>现在是业主休息时间，%1之前请勿致电或上门。</translation>
        </message>
        <message>
            <source>Choose a date and a time (hh:mm) for the visit.</source>
            <translation>请选择回访的日期和时间（时:分）。</translation>
        </message>
    </context>
    <context>
        <name>VisitFormView</name>
        <message>
            <source>Visit recorded. It goes to the office with the next sync.</source>
            <translation>回访已记录，将在下次同步时发送至办公室。</translation>
        </message>
        <message>
            <source>Noted that the owner could not be reached.</source>
            <translation>已记录：未联系上业主。</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>拨打</translation>
        </message>
        <message>
            <source>Three-day limit: %1 (by %2)</source>
            <translation>三天时限：%1（截至%2）</translation>
        </message>
        <message>
            <source>How</source>
            <translation>回访方式</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>回访目的</translation>
        </message>
        <message>
            <source>Choose the purpose</source>
            <translation>选择回访目的</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>回访结果</translation>
        </message>
        <message>
            <source>Note: what should improve (required unless the owner is satisfied)</source>
            <translation>备注：需改进之处（业主满意时可不填）</translation>
        </message>
        <message>
            <source>Note (required unless the owner is satisfied)</source>
            <translation>备注（业主满意时可不填）</translation>
        </message>
        <message>
            <source>Owner&apos;s suggestions</source>
            <translation>业主建议</translation>
        </message>
        <message>
            <source>Visit done</source>
            <translation>完成回访</translation>
        </message>
        <message>
            <source>Could not reach the owner</source>
            <translation>未联系上业主</translation>
        </message>
    </context>
    <context>
        <name>VisitPage</name>
        <message>
            <source>Find the owner to visit, or take a visit that is due.</source>
            <translation>查找要回访的业主，或从待回访中选择一位。</translation>
        </message>
        <message>
            <source>Find owner</source>
            <translation>查找业主</translation>
        </message>
        <message>
            <source>Due (%1)</source>
            <translation>待回访（%1）</translation>
        </message>
        <message>
            <source>No visits due.</source>
            <translation>暂无待回访。</translation>
        </message>
    </context>
    <context>
        <name>VisitPlanner</name>
        <message>
            <source>Book another time</source>
            <translation>另约时间</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Time (hh:mm)</source>
            <translation>时间（时:分）</translation>
        </message>
        <message>
            <source>e.g. 10:30</source>
            <translation>例如 10:30</translation>
        </message>
        <message>
            <source>Book this time</source>
            <translation>预约此时间</translation>
        </message>
    </context>
    <context>
        <name>VisitScript</name>
        <message>
            <source>What to say</source>
            <translation>回访话术</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Review notice</source>
            <translation>审核通知</translation>
        </message>
        <message>
            <source>Lobby</source>
            <translation>大堂</translation>
        </message>
        <message>
            <source>Car park</source>
            <translation>停车场</translation>
        </message>
        <message>
            <source>Stairwell</source>
            <translation>楼梯间</translation>
        </message>
        <message>
            <source>Garden</source>
            <translation>花园</translation>
        </message>
        <message>
            <source>Sales hall</source>
            <translation>售楼处</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>走廊</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>电梯</translation>
        </message>
        <message>
            <source>Entrance</source>
            <translation>出入口</translation>
        </message>
        <message>
            <source>Playground</source>
            <translation>儿童游乐场</translation>
        </message>
        <message>
            <source>Clubhouse</source>
            <translation>会所</translation>
        </message>
        <message>
            <source>Equipment room</source>
            <translation>设备房</translation>
        </message>
        <message>
            <source>Perimeter</source>
            <translation>周界</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>细节</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>清洁卫生</translation>
        </message>
        <message>
            <source>Facilities and equipment</source>
            <translation>设施设备</translation>
        </message>
        <message>
            <source>Hard paving</source>
            <translation>硬质铺装</translation>
        </message>
        <message>
            <source>Greenery</source>
            <translation>绿植</translation>
        </message>
        <message>
            <source>Special</source>
            <translation>专项</translation>
        </message>
        <message>
            <source>Patrol staff</source>
            <translation>巡检岗</translation>
        </message>
        <message>
            <source>Customer-service specialist</source>
            <translation>客服专员</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>客服主管</translation>
        </message>
        <message>
            <source>Front desk</source>
            <translation>客服前台</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>上门</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Renovation patrol</source>
            <translation>装修巡查</translation>
        </message>
        <message>
            <source>Renovation acceptance</source>
            <translation>装修验收</translation>
        </message>
        <message>
            <source>After a repair</source>
            <translation>维修后回访</translation>
        </message>
        <message>
            <source>After a complaint</source>
            <translation>投诉后回访</translation>
        </message>
        <message>
            <source>Satisfaction survey</source>
            <translation>满意度调查</translation>
        </message>
        <message>
            <source>Holiday or occasion</source>
            <translation>节日及特别回访</translation>
        </message>
        <message>
            <source>Membership renewal</source>
            <translation>会员续卡提醒</translation>
        </message>
        <message>
            <source>New owner</source>
            <translation>新业主</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>未联系上</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Unsatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>报修</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Renovation</source>
            <translation>装修</translation>
        </message>
        <message>
            <source>Moving in</source>
            <translation>入住</translation>
        </message>
        <message>
            <source>Other service</source>
            <translation>其他服务</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待整改</translation>
        </message>
        <message>
            <source>Being fixed</source>
            <translation>整改中</translation>
        </message>
        <message>
            <source>Fixed, to check</source>
            <translation>已整改待复查</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>From an area patrol</source>
            <translation>来自日常巡视</translation>
        </message>
        <message>
            <source>From a renovation check</source>
            <translation>来自装修检查</translation>
        </message>
        <message>
            <source>From an owner visit</source>
            <translation>来自业主回访</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>手工登记</translation>
        </message>
        <message>
            <source>Residential</source>
            <translation>住宅</translation>
        </message>
        <message>
            <source>Office building</source>
            <translation>写字楼</translation>
        </message>
        <message>
            <source>Sales centre</source>
            <translation>售楼处</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>商业</translation>
        </message>
        <message>
            <source>Open or being fixed</source>
            <translation>待整改或整改中</translation>
        </message>
        <message>
            <source>Property</source>
            <translation>物业项目</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>房屋</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>业主</translation>
        </message>
        <message>
            <source>Area patrol</source>
            <translation>日常巡视</translation>
        </message>
        <message>
            <source>Patrol line</source>
            <translation>巡视检查项</translation>
        </message>
        <message>
            <source>Renovation check</source>
            <translation>装修检查</translation>
        </message>
        <message>
            <source>Renovation line</source>
            <translation>装修检查项</translation>
        </message>
        <message>
            <source>Owner visit</source>
            <translation>业主回访</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>整改</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>待发送</translation>
        </message>
        <message>
            <source>Refused by the server</source>
            <translation>服务器已拒绝</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>已被他人修改</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>未填</translation>
        </message>
        <message>
            <source>No outcome yet</source>
            <translation>尚无结果</translation>
        </message>
        <message>
        <source>Planned by hand</source>
        <translation>手动安排</translation>
    </message>
        <message>
            <source>Return visit after a service</source>
            <translation>服务后回访</translation>
        </message>
        <message>
            <source>First contact with a new owner</source>
            <translation>新业主首次联系</translation>
        </message>
        <message>
            <source>Member owner not yet visited</source>
            <translation>会员业主走访覆盖</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>已登记</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已派单</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已接单</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>已完工</translation>
        </message>
        <message>
            <source>Rated by the owner</source>
            <translation>业主已评价</translation>
        </message>
        <message>
            <source>Return-visited</source>
            <translation>已回访</translation>
        </message>
        <message>
            <source>Plumbing</source>
            <translation>水路</translation>
        </message>
        <message>
            <source>Electrical</source>
            <translation>电路</translation>
        </message>
        <message>
            <source>Doors and windows</source>
            <translation>门窗</translation>
        </message>
        <message>
            <source>Walls and floors</source>
            <translation>墙地面</translation>
        </message>
        <message>
            <source>Appliances</source>
            <translation>家电设施</translation>
        </message>
        <message>
            <source>Public facilities</source>
            <translation>公共设施</translation>
        </message>
        <message>
            <source>Other repair</source>
            <translation>其他维修</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>特急</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Judged valid</source>
            <translation>已判定有效</translation>
        </message>
        <message>
            <source>Investigated</source>
            <translation>已调查</translation>
        </message>
        <message>
            <source>Solution proposed</source>
            <translation>方案待审批</translation>
        </message>
        <message>
            <source>Solution approved</source>
            <translation>方案已批准</translation>
        </message>
        <message>
            <source>Carried out</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>Case closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>重大</translation>
        </message>
        <message>
            <source>Emergency incident</source>
            <translation>紧急事件</translation>
        </message>
        <message>
            <source>Valid and reasonable</source>
            <translation>有效合理</translation>
        </message>
        <message>
            <source>Explained and closed</source>
            <translation>已解释结案</translation>
        </message>
        <message>
            <source>Signed by the owner</source>
            <translation>业主签字</translation>
        </message>
        <message>
            <source>Verbal consent</source>
            <translation>口头确认</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>已交班</translation>
        </message>
        <message>
            <source>Taken over</source>
            <translation>已接班</translation>
        </message>
        <message>
            <source>Day shift</source>
            <translation>白班</translation>
        </message>
        <message>
            <source>Night shift</source>
            <translation>夜班</translation>
        </message>
        <message>
            <source>Take it</source>
            <translation>接手处理</translation>
        </message>
        <message>
            <source>Give it back</source>
            <translation>退回</translation>
        </message>
        <message>
            <source>Mark fixed</source>
            <translation>已整改</translation>
        </message>
        <message>
            <source>Verify and close</source>
            <translation>验证关闭</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>改派</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>派单</translation>
        </message>
        <message>
            <source>Re-dispatch</source>
            <translation>转单</translation>
        </message>
        <message>
            <source>Refuse back</source>
            <translation>退单</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>接单</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>完工</translation>
        </message>
        <message>
            <source>Owner's rating</source>
            <translation>业主评价</translation>
        </message>
        <message>
            <source>Return visit</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Register the complaint</source>
            <translation>受理登记</translation>
        </message>
        <message>
            <source>Judge valid</source>
            <translation>判定有效</translation>
        </message>
        <message>
            <source>Explain and close</source>
            <translation>解释结案</translation>
        </message>
        <message>
            <source>Investigate</source>
            <translation>调查</translation>
        </message>
        <message>
            <source>Propose a solution</source>
            <translation>提出方案</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准方案</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>退回方案</translation>
        </message>
        <message>
            <source>Carry out</source>
            <translation>实施处理</translation>
        </message>
        <message>
            <source>Close with a summary</source>
            <translation>总结结案</translation>
        </message>
        <message>
            <source>Repair order</source>
            <translation>报修单</translation>
        </message>
        <message>
            <source>Shift handover</source>
            <translation>交接班</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>处理步骤</translation>
        </message>
        <message>
            <source>Checklist revision</source>
            <translation>检查标准版本</translation>
        </message>
    </context>
    <context>
        <name>NoticeCard</name>
        <message>
            <source>The office asks you to put this right</source>
            <translation>办公室要求修改</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Reply to the office (optional)</source>
            <translation>回复办公室（可不填）</translation>
        </message>
        <message>
            <source>Open the record</source>
            <translation>打开记录</translation>
        </message>
        <message>
            <source>Corrected: send for review</source>
            <translation>已修改，重新提交审核</translation>
        </message>
    </context>
    <context>
        <name>FollowUpSteps</name>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Why it is not fixed</source>
            <translation>未整改好的原因</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>整改情况</translation>
        </message>
        <message>
            <source>I'm on it</source>
            <translation>我来处理</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>已整改</translation>
        </message>
        <message>
            <source>Checked: close it</source>
            <translation>验收合格，关闭</translation>
        </message>
        <message>
            <source>Not fixed: reopen</source>
            <translation>未整改好，重新打开</translation>
        </message>
        <message>
            <source>Give it back</source>
            <translation>退回</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>整改前</translation>
        </message>
        <message>
            <source>After (%1 photo(s), some already sent)</source>
            <translation>整改后（%1张照片，部分已发送）</translation>
        </message>
        <message>
            <source>After</source>
            <translation>整改后</translation>
        </message>
        <message>
            <source>Add another photo of the fix</source>
            <translation>再拍一张整改后照片</translation>
        </message>
        <message>
            <source>Add a photo of the fix</source>
            <translation>拍整改后照片</translation>
        </message>
    </context>
    <context>
        <name>FollowUpReassign</name>
        <message>
            <source>Give it to someone else</source>
            <translation>转给他人处理</translation>
        </message>
        <message>
            <source>Choose a person</source>
            <translation>选择人员</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>原因（选填）</translation>
        </message>
        <message>
            <source>Give it to them</source>
            <translation>转交</translation>
        </message>
    </context>
    <context>
        <name>LoopHistory</name>
        <message>
            <source>History</source>
            <translation>处理记录</translation>
        </message>
    </context>
    <context>
        <name>FollowUpQueuePage</name>
        <message>
            <source>To verify</source>
            <translation>待验收</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>我的整改</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n项整改</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waits to be verified.</source>
            <translation>没有待验收的整改。</translation>
        </message>
        <message>
            <source>No follow-ups assigned to you. Well done.</source>
            <translation>没有分配给您的整改，干得好。</translation>
        </message>
        <message>
            <source>Overdue: due %1</source>
            <translation>已逾期：应于%1完成</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>期限 %1</translation>
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <source>Shift handover</source>
            <translation>交接班</translation>
        </message>
        <message>
            <source>To take over (%1)</source>
            <translation>待接班（%1）</translation>
        </message>
        <message>
            <source>Not taken over a shift later (%1)</source>
            <translation>超过一个班次未确认（%1）</translation>
        </message>
    </context>
    <context>
        <name>HandoverCard</name>
        <message>
            <source>Handed over by %1 at %2</source>
            <translation>%1 于 %2 交班</translation>
        </message>
        <message>
            <source>Open items carried over:</source>
            <translation>移交的未结事项：</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>备注（选填）</translation>
        </message>
        <message>
            <source>Received: I take over</source>
            <translation>已接班</translation>
        </message>
    </context>
    <context>
        <name>HandoverWriter</name>
        <message>
            <source>Hand over my shift</source>
            <translation>我要交班</translation>
        </message>
        <message>
            <source>Post (front desk, gate, control room ...)</source>
            <translation>岗位（前台、岗亭、监控室……）</translation>
        </message>
        <message>
            <source>What happened on this shift</source>
            <translation>本班情况</translation>
        </message>
        <message>
            <source>Carry over</source>
            <translation>移交未结事项</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>交班</translation>
        </message>
        <message>
            <source>Handed over. The next person confirms it.</source>
            <translation>已交班，等待接班人确认。</translation>
        </message>
    </context>
    <context>
        <name>LoopsCard</name>
        <message>
            <source>My work</source>
            <translation>我的待办</translation>
        </message>
        <message>
            <source>Follow-ups assigned to me</source>
            <translation>分配给我的整改</translation>
        </message>
        <message>
            <source>Repairs assigned to me</source>
            <translation>分配给我的报修</translation>
        </message>
        <message>
            <source>Complaints I handle</source>
            <translation>我处理的投诉</translation>
        </message>
        <message>
            <source>Follow-ups to verify</source>
            <translation>待验收的整改</translation>
        </message>
        <message>
            <source>Complaint solutions to approve</source>
            <translation>待审批的投诉方案</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Handovers to confirm</source>
            <translation>待确认的交接班</translation>
        </message>
        <message numerus="yes">
            <source>%n not taken over a shift later</source>
            <translation>
                <numerusform>%n份超过一个班次未确认</numerusform>
            </translation>
        </message>
        <message>
            <source>New repair</source>
            <translation>登记报修</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>登记投诉</translation>
        </message>
    </context>
    <context>
        <name>ComplaintLists</name>
        <message>
            <source>Service attitude</source>
            <translation>服务态度</translation>
        </message>
        <message>
            <source>Repair quality</source>
            <translation>维修质量</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>安全秩序</translation>
        </message>
        <message>
            <source>Cleaning</source>
            <translation>保洁</translation>
        </message>
        <message>
            <source>Greening</source>
            <translation>绿化</translation>
        </message>
        <message>
            <source>Parking</source>
            <translation>停车</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>噪音</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>公共设施</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>客服部</translation>
        </message>
        <message>
            <source>Engineering</source>
            <translation>工程部</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务部</translation>
        </message>
    </context>
    <context>
        <name>RepairSteps</name>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Reason (for a re-dispatch or a refusal)</source>
            <translation>原因（转单或退单时填写）</translation>
        </message>
        <message>
            <source>After-photos: %1 · add another</source>
            <translation>完工照片：%1 张 · 再拍一张</translation>
        </message>
        <message>
            <source>Add an after-photo</source>
            <translation>拍完工照片</translation>
        </message>
        <message>
            <source>The owner has signed.</source>
            <translation>业主已签名。</translation>
        </message>
        <message>
            <source>The owner signs here:</source>
            <translation>请业主在此签名：</translation>
        </message>
        <message>
            <source>Save the signature</source>
            <translation>保存签名</translation>
        </message>
        <message>
            <source>Materials used</source>
            <translation>所用材料</translation>
        </message>
        <message>
            <source>What the owner said</source>
            <translation>业主的意见</translation>
        </message>
    </context>
    <context>
        <name>ComplaintSteps</name>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Why it goes back</source>
            <translation>退回原因</translation>
        </message>
        <message>
            <source>The explanation given to the owner</source>
            <translation>向业主作出的解释</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Photos: %1 · add another</source>
            <translation>照片：%1 张 · 再拍一张</translation>
        </message>
        <message>
            <source>Add a photo</source>
            <translation>拍照</translation>
        </message>
        <message>
            <source>The solution proposed</source>
            <translation>拟定的处理方案</translation>
        </message>
        <message>
            <source>The manager&apos;s evaluation</source>
            <translation>经理评价</translation>
        </message>
        <message>
            <source>Improvement measures</source>
            <translation>改进措施</translation>
        </message>
    </context>
    <context>
        <name>ComplaintCarryOut</name>
        <message>
            <source>Save the signature</source>
            <translation>保存签名</translation>
        </message>
        <message>
            <source>The owner has signed.</source>
            <translation>业主已签名。</translation>
        </message>
        <message>
            <source>Penalty for the responsible person or department (if any)</source>
            <translation>对责任人或部门的处罚（如有）</translation>
        </message>
        <message>
            <source>The owner&apos;s feedback</source>
            <translation>业主反馈</translation>
        </message>
    </context>
    <context>
        <name>RepairRegisterPage</name>
        <message>
            <source>Register a repair</source>
            <translation>报修登记</translation>
        </message>
        <message>
            <source>Choose the owner</source>
            <translation>选择业主</translation>
        </message>
        <message>
            <source>Another owner</source>
            <translation>换一位业主</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>What is wrong, where</source>
            <translation>什么问题，在哪里</translation>
        </message>
        <message>
            <source>Photos: %1 · add another</source>
            <translation>照片：%1 张 · 再拍一张</translation>
        </message>
        <message>
            <source>Add a photo</source>
            <translation>拍照</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>登记</translation>
        </message>
    </context>
    <context>
        <name>ComplaintRegisterPage</name>
        <message>
            <source>Take a complaint</source>
            <translation>投诉受理</translation>
        </message>
        <message>
            <source>Choose the owner</source>
            <translation>选择业主</translation>
        </message>
        <message>
            <source>Another owner</source>
            <translation>换一位业主</translation>
        </message>
        <message>
            <source>Complainant (the owner if empty)</source>
            <translation>投诉人（不填即为业主）</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>投诉类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Escalated: the manager is told at once.</source>
            <translation>已升级：立即通知经理。</translation>
        </message>
        <message>
            <source>What the complaint is about</source>
            <translation>投诉内容</translation>
        </message>
        <message>
            <source>Take it in</source>
            <translation>受理</translation>
        </message>
    </context>
    <context>
        <name>LoopListPage</name>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>To approve</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>To dispatch</source>
            <translation>待派单</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>报修</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新投诉</translation>
        </message>
        <message>
            <source>New repair</source>
            <translation>新报修</translation>
        </message>
        <message>
            <source>Nothing here.</source>
            <translation>暂无记录。</translation>
        </message>
    </context>
    <context>
        <name>LoopDelegate</name>
        <message>
            <source>Overdue · %1</source>
            <translation>已超时 · %1</translation>
        </message>
    </context>
    <context>
        <name>LoopDetailPage</name>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>报修</translation>
        </message>
    </context>
</TS>
