// The console's words, Simplified Chinese by default and English when chosen (kept in
// localStorage). Stored values (kinds, statuses, results, categories) are turned into
// words here and only here, with the Chinese terms staff use (docs/domain.md).

export type Lang = "zh" | "en";

const zh = {
  appName: "巡检簿 · 办公台",
  signIn: "登录",
  signingIn: "正在登录…",
  username: "用户名",
  password: "密码",
  signOut: "退出登录",
  language: "语言",
  records: "记录",
  kind: "类型",
  property: "项目",
  staff: "人员",
  status: "状态",
  from: "开始日期",
  to: "结束日期",
  failedOnly: "仅看不合格",
  all: "全部",
  clear: "清除筛选",
  time: "时间",
  summary: "内容",
  failedLines: "不合格项",
  loadMore: "加载更多",
  loading: "加载中…",
  noRecords: "没有符合条件的记录",
  back: "返回列表",
  lines: "检查项",
  photos: "照片",
  noPhotos: "没有照片",
  followUps: "整改单",
  noFollowUps: "没有整改单",
  gps: "定位",
  noGps: "没有定位",
  accuracy: "精度",
  fromArea: "距区域中心",
  note: "备注",
  result: "结果",
  category: "类别",
  item: "项目",
  area: "区域",
  close: "关闭",
  due: "期限",
  assignee: "负责人",
  outcome: "结果",
  channel: "方式",
  suggestions: "业主建议",
  description: "问题描述",
  signedInAs: "当前用户",
  zone: "时区",
  wrongPassword: "用户名或密码错误",
  tooMany: "失败次数过多，请稍后再试",
  error: "出错了",
} as const;

export type Key = keyof typeof zh;

const en: Record<Key, string> = {
  appName: "Patrolbook console",
  signIn: "Sign in",
  signingIn: "Signing in…",
  username: "Username",
  password: "Password",
  signOut: "Sign out",
  language: "Language",
  records: "Records",
  kind: "Kind",
  property: "Property",
  staff: "Staff member",
  status: "Status",
  from: "From",
  to: "To",
  failedOnly: "Failed lines only",
  all: "All",
  clear: "Clear filters",
  time: "Time",
  summary: "What",
  failedLines: "Failed lines",
  loadMore: "Load more",
  loading: "Loading…",
  noRecords: "No records match",
  back: "Back to the list",
  lines: "Checklist lines",
  photos: "Photos",
  noPhotos: "No photos",
  followUps: "Follow-ups",
  noFollowUps: "No follow-ups",
  gps: "GPS stamp",
  noGps: "No position",
  accuracy: "accuracy",
  fromArea: "from the area's centre",
  note: "Note",
  result: "Result",
  category: "Category",
  item: "Item",
  area: "Area",
  close: "Close",
  due: "Due",
  assignee: "Assignee",
  outcome: "Outcome",
  channel: "Channel",
  suggestions: "Owner's suggestions",
  description: "Problem",
  signedInAs: "Signed in",
  zone: "Time zone",
  wrongPassword: "Wrong username or password",
  tooMany: "Too many failed attempts; try again later",
  error: "Something went wrong",
};

const values: Record<Lang, Record<string, string>> = {
  zh: {
    inspection: "日常巡视",
    renovation_check: "装修巡查",
    owner_visit: "业主回访",
    follow_up: "整改单",
    draft: "进行中",
    finished: "已完成",
    planned: "已预约",
    done: "已完成",
    unreachable: "未联系上",
    cancelled: "已取消",
    open: "待处理",
    in_progress: "处理中",
    fixed: "已整改",
    closed: "已关闭",
    pass: "合格",
    fail: "不合格",
    na: "不适用",
    details: "细节",
    cleanliness: "清洁卫生",
    facilities: "设施设备",
    paving: "硬质铺装",
    greenery: "绿植",
    special: "专项",
    after_repair: "维修后回访",
    after_complaint: "投诉后回访",
    satisfaction: "满意度调查",
    holiday: "节日问候",
    renewal: "会员续期",
    new_owner: "新业主走访",
    satisfied: "满意",
    average: "一般",
    unsatisfied: "不满意",
    phone: "电话",
    email: "邮件",
    sms: "短信",
    in_person: "上门",
    patrol: "巡检岗",
    specialist: "客服专员",
    manager: "客服主管",
    office: "客服前台",
  },
  en: {
    inspection: "Area patrol",
    renovation_check: "Renovation check",
    owner_visit: "Owner visit",
    follow_up: "Follow-up",
    draft: "In progress",
    finished: "Finished",
    planned: "Booked",
    done: "Done",
    unreachable: "Unreachable",
    cancelled: "Cancelled",
    open: "Open",
    in_progress: "Being fixed",
    fixed: "Fixed",
    closed: "Closed",
    pass: "Pass",
    fail: "Fail",
    na: "N/A",
    details: "Details",
    cleanliness: "Cleanliness",
    facilities: "Facilities",
    paving: "Hard paving",
    greenery: "Greenery",
    special: "Area-specific",
    after_repair: "After a repair",
    after_complaint: "After a complaint",
    satisfaction: "Satisfaction survey",
    holiday: "Holiday greeting",
    renewal: "Membership renewal",
    new_owner: "New owner",
    satisfied: "Satisfied",
    average: "Average",
    unsatisfied: "Unsatisfied",
    phone: "Phone",
    email: "E-mail",
    sms: "SMS",
    in_person: "In person",
    patrol: "Patrol staff",
    specialist: "Specialist",
    manager: "Manager",
    office: "Front desk",
  },
};

export const kinds = ["inspection", "renovation_check", "owner_visit", "follow_up"] as const;
export const statuses = ["draft", "finished", "planned", "done", "open", "in_progress", "fixed", "closed"] as const;

export function storedLang(): Lang {
  try {
    return localStorage.getItem("patrolbook.lang") === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

export function keepLang(lang: Lang) {
  try {
    localStorage.setItem("patrolbook.lang", lang);
  } catch {
    // private windows may refuse storage: the choice then lasts the page
  }
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
}

export interface Words {
  lang: Lang;
  t: (key: Key) => string;
  v: (value: string | null | undefined) => string;
}

export function words(lang: Lang): Words {
  const table = lang === "zh" ? zh : en;
  return {
    lang,
    t: (key) => table[key],
    v: (value) => (value ? (values[lang][value] ?? value) : ""),
  };
}
