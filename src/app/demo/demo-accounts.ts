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
    username: 'hoidong.tuyenquang',
    displayName: 'Thành viên Hội đồng OCOP Tuyên Quang',
    role: 'council_member',
    provinceCode: '08',
  },
];

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
