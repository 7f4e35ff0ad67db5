// A consumer's report is a case for the province office: new → investigating → closed (or new → closed). A
// closed case needs its resolution written down; it does not reopen (a new report is a new case).

export const MISUSE_REPORT_STATES = ['new', 'investigating', 'closed'] as const;
export type MisuseReportState = (typeof MISUSE_REPORT_STATES)[number];

const NEXT: Readonly<Record<MisuseReportState, readonly MisuseReportState[]>> = {
  new: ['investigating', 'closed'],
  investigating: ['closed'],
  closed: [],
};

export type ReportChange = Readonly<{
  state?: MisuseReportState | undefined;
  resolution?: string | null | undefined;
}>;

/** The problem with a change, in Vietnamese; null when it may be made. */
export function reportChangeProblem(
  current: Readonly<{ state: MisuseReportState; resolution: string | null }>,
  change: ReportChange,
): string | null {
  if (current.state === 'closed') return 'Phản ánh đã đóng; không sửa được nữa.';
  const target = change.state ?? current.state;
  if (target !== current.state && !NEXT[current.state].includes(target)) {
    return `Không chuyển được phản ánh từ "${current.state}" sang "${target}".`;
  }
  const resolution = change.resolution === undefined ? current.resolution : change.resolution;
  if (target === 'closed' && !resolution?.trim()) return 'Cần ghi kết quả xử lý trước khi đóng phản ánh.';
  return null;
}

/** Words shown with a report's state. */
export const REPORT_STATE_LABELS: Readonly<Record<MisuseReportState, string>> = {
  new: 'Mới tiếp nhận',
  investigating: 'Đang xác minh',
  closed: 'Đã xử lý xong',
};
