import type { Role } from '../../domain/auth/roles.ts';

/** Demo accounts created on the embedded database (README lists them). One password for all. */
export const DEMO_PASSWORD = 'ocop-demo-2026';

export const DEMO_ACCOUNTS: ReadonlyArray<{
  username: string;
  displayName: string;
  role: Role;
  provinceCode?: string;
  communeCode?: string;
}> = [
  {
    username: 'bo.admin',
    displayName: 'Quản trị Văn phòng Điều phối NTM Trung ương',
    role: 'ministry_admin',
  },
  {
    username: 'tuyenquang.ocop',
    displayName: 'Văn phòng OCOP tỉnh Tuyên Quang',
    role: 'province_officer',
    provinceCode: '08',
  },
  {
    username: 'dongthap.ocop',
    displayName: 'Văn phòng OCOP tỉnh Đồng Tháp',
    role: 'province_officer',
    provinceCode: '82',
  },
  {
    username: 'tuyenquang.chutich',
    displayName: 'Chủ tịch UBND tỉnh Tuyên Quang',
    role: 'province_leader',
    provinceCode: '08',
  },
  {
    username: 'hoidong.chutich',
    displayName: 'Chủ tịch Hội đồng OCOP Tuyên Quang',
    role: 'council_member',
    provinceCode: '08',
  },
  {
    username: 'hoidong.tuyenquang',
    displayName: 'Thành viên Hội đồng OCOP Tuyên Quang',
    role: 'council_member',
    provinceCode: '08',
  },
  {
    username: 'hoidong.congthuong',
    displayName: 'Thành viên Hội đồng (Sở Công Thương)',
    role: 'council_member',
    provinceCode: '08',
  },
  {
    username: 'hoidong.yte',
    displayName: 'Thành viên Hội đồng (Sở Y tế)',
    role: 'council_member',
    provinceCode: '08',
  },
  { username: 'bo.truong', displayName: 'Lãnh đạo Bộ Nông nghiệp và Môi trường', role: 'ministry_leader' },
];

/** The demo council of Tuyên Quang: chair first, then the members (usernames above). */
export const DEMO_COUNCIL = {
  name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Tuyên Quang',
  establishedBy: '15/QĐ-UBND',
  office: 'tuyenquang.ocop',
  seats: [
    { username: 'hoidong.chutich', role: 'chair', agency: 'UBND tỉnh Tuyên Quang' },
    { username: 'hoidong.tuyenquang', role: 'member', agency: 'Sở Nông nghiệp và Môi trường' },
    { username: 'hoidong.congthuong', role: 'member', agency: 'Sở Công Thương' },
    { username: 'hoidong.yte', role: 'member', agency: 'Sở Y tế' },
  ],
} as const;

/** The commune accounts need a real commune of the province; chosen from the data at seed time. */
export const DEMO_COMMUNE_ACCOUNTS: ReadonlyArray<{
  username: string;
  displayName: string;
  role: Role;
  provinceCode: string;
}> = [
  { username: 'xa.canbo', displayName: 'Cán bộ OCOP xã', role: 'commune_officer', provinceCode: '08' },
  { username: 'htx.demo', displayName: 'HTX Chè Shan Tuyết (demo)', role: 'producer', provinceCode: '08' },
];
