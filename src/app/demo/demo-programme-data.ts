// What the demo province's programme office has recorded besides the registry: this year's plan, two
// training courses and some support. Dates are relative to the day the demo starts, so the screens always
// show a current year.
import type { PlanTargetInput } from '../programme/plan-input.ts';
import type { SupportInput } from '../support/support-input.ts';
import type { CourseInput } from '../training/course-input.ts';

export const demoYearPlan = (year: number) => ({
  name: `Kế hoạch thực hiện Chương trình OCOP tỉnh Tuyên Quang năm ${year}`,
  decisionRef: `Kế hoạch số 15/KH-UBND ngày 20/01/${year} (ví dụ)`,
  periodFrom: `${year}-01-01`,
  periodTo: `${year}-12-31`,
  targets: [
    {
      wording: `Năm ${year} có thêm ít nhất 20 sản phẩm OCOP từ 3 sao trở lên`,
      indicator: 'new_certified_products',
      params: { minStars: 3 },
      comparator: '>=',
      targetValue: 20,
    },
    {
      wording: '100% cán bộ làm công tác OCOP cấp tỉnh, xã được tập huấn',
      indicator: 'officials_trained_share',
      comparator: '>=',
      targetValue: 100,
    },
    {
      wording: 'Tập huấn cho ít nhất 150 lượt người của chủ thể OCOP',
      indicator: 'producers_trained',
      comparator: '>=',
      targetValue: 150,
    },
    {
      wording: 'Phát triển 10 điểm giới thiệu và bán sản phẩm OCOP',
      indicator: 'sale_points',
      comparator: '>=',
      targetValue: 10,
    },
  ] satisfies PlanTargetInput[],
});

type DemoCourse = Omit<CourseInput, 'provinceCode' | 'startsOn' | 'endsOn'> & {
  /** Days from today (negative: in the past). */
  startsIn: number;
  days: number;
  /** Attendees sent by the first producers of the province, one person each. */
  producerPeople: readonly string[];
};

export const DEMO_COURSES: readonly DemoCourse[] = [
  {
    title: 'Tập huấn chuyển đổi số và bán hàng trên sàn thương mại điện tử cho chủ thể OCOP',
    topics: ['digital_transformation', 'marketing_ecommerce'],
    place: 'Hội trường Sở Công Thương tỉnh Tuyên Quang',
    organiser: 'Văn phòng Điều phối nông thôn mới tỉnh',
    startsIn: -60,
    days: 2,
    producerPeople: ['Nguyễn Thị Hoa', 'Hoàng Văn Minh', 'Ma Thị Lan'],
  },
  {
    title: 'Tập huấn thiết kế bao bì, nhãn mác và truy xuất nguồn gốc',
    topics: ['packaging_labelling', 'traceability'],
    place: 'Trung tâm Hội nghị tỉnh Tuyên Quang',
    organiser: 'Sở Nông nghiệp và Môi trường',
    startsIn: -20,
    days: 1,
    producerPeople: ['Trần Văn Bình', 'Lý Thị Mai'],
  },
];

type DemoSupport = Omit<SupportInput, 'producerId' | 'grantedOn'> & { daysAgo: number };

export const DEMO_SUPPORT: readonly DemoSupport[] = [
  {
    kind: 'packaging_label_design',
    description: 'Thiết kế bộ nhận diện, hộp quà và nhãn sản phẩm',
    amountVnd: 25_000_000,
    fundingSource: 'Ngân sách tỉnh (Chương trình OCOP)',
    daysAgo: 90,
  },
  {
    kind: 'barcode_gs1',
    description: 'Đăng ký mã số mã vạch GS1 cho 3 sản phẩm',
    amountVnd: 3_500_000,
    fundingSource: 'Ngân sách tỉnh (Chương trình OCOP)',
    daysAgo: 45,
  },
  {
    kind: 'lab_tests',
    description: 'Kiểm nghiệm chỉ tiêu an toàn thực phẩm',
    amountVnd: 6_200_000,
    fundingSource: 'Chương trình MTQG xây dựng nông thôn mới',
    daysAgo: 30,
  },
];

/** The demo producer's yearly figures (VND, jobs), two years back and last year: a ×1.2 growth. */
export const demoFigures = (year: number) => [
  { year: year - 2, revenueVnd: 1_850_000_000, profitVnd: 210_000_000, jobs: 18, localJobs: 16 },
  { year: year - 1, revenueVnd: 2_220_000_000, profitVnd: 265_000_000, jobs: 21, localJobs: 19 },
];
