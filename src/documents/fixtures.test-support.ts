// Realistic inputs for the document tests: a Thái Nguyên provincial round in June 2026.
import type {
  AnnexItem,
  CertificateDocument,
  CouncilMember,
  CouncilMinutesDocument,
  DecisionAnnexDocument,
  IssuingBody,
} from './types.ts';

const PROVINCE: IssuingBody = { name: 'Ủy ban nhân dân tỉnh Thái Nguyên', place: 'Thái Nguyên' };

export const certificateFixture: CertificateDocument = {
  authority: PROVINCE,
  certificateNumber: '125/GCN-UBND',
  decisionNumber: '1234/QĐ-UBND',
  decisionDate: '2026-06-10',
  issuedOn: '2026-06-12',
  productName: 'Chè Tân Cương đặc biệt',
  productCode: '19-05503-001-2026',
  productSetName: 'Chè tươi, chè chế biến',
  producerName: 'Hợp tác xã Chè Tân Cương',
  producerAddress: 'Xóm Hồng Thái 2, xã Tân Cương, tỉnh Thái Nguyên',
  stars: 4,
  score: 77.58,
  verifyUrl: 'https://ocop.example.gov.vn/xac-minh/125-GCN-UBND-7f3c2a9e',
  signatory: { titleLines: ['KT. Chủ tịch', 'Phó Chủ tịch'], name: 'Nguyễn Văn Thắng' },
};

const member = (id: string, name: string, agency: string, role: CouncilMember['role']): CouncilMember => ({
  id,
  name,
  agency,
  role,
  isPresent: true,
});

export const minutesFixture: CouncilMinutesDocument = {
  council: {
    parentName: 'Ủy ban nhân dân tỉnh Thái Nguyên',
    name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh',
    place: 'Thái Nguyên',
  },
  councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thái Nguyên',
  level: 'province',
  minutesNumber: '05/BB-HĐOCOP',
  mode: 'meeting',
  date: '2026-06-05',
  venue: 'Hội trường Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên',
  roundName: 'đợt 1 năm 2026',
  quorumPercent: 75,
  members: [
    member('m1', 'Nguyễn Văn Thắng', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 'chair'),
    member('m2', 'Nguyễn Thị Hằng', 'Sở Nông nghiệp và Môi trường', 'member'),
    member('m3', 'Trần Đức Lượng', 'Sở Công Thương', 'member'),
    member('m4', 'Hoàng Thị Thúy', 'Sở Y tế', 'member'),
    member('m5', 'Lê Quốc Việt', 'Sở Khoa học và Công nghệ', 'member'),
    {
      ...member('m6', 'Đặng Minh Khuê', 'Sở Văn hóa, Thể thao và Du lịch', 'member'),
      isPresent: false,
      absenceReason: 'Đi công tác theo quyết định của Sở',
    },
    member('m7', 'Phạm Ngọc Ánh', 'Văn phòng Điều phối nông thôn mới tỉnh', 'member'),
    member('s1', 'Vũ Thị Loan', 'Văn phòng Điều phối nông thôn mới tỉnh', 'secretary'),
  ],
  recusals: [
    { memberId: 'm7', dossierCode: 'TN-2026-002', reason: 'Có quan hệ gia đình với người đại diện chủ thể' },
  ],
  dossiers: [
    {
      dossierCode: 'TN-2026-001',
      productName: 'Chè Tân Cương đặc biệt',
      producerName: 'Hợp tác xã Chè Tân Cương',
      memberTotals: { m1: 78, m2: 76, m3: 79.5, m4: 77, m5: 80, m7: 75 },
      mean: 77.58,
      spread: 5,
      isDivergent: false,
      proposedStars: 4,
    },
    {
      dossierCode: 'TN-2026-002',
      productName: 'Miến dong Na Rì',
      producerName: 'Hợp tác xã Nông nghiệp Đồng Tâm',
      memberTotals: { m1: 68, m2: 72, m3: 70.5, m4: 66, m5: 69, m7: null },
      mean: 69.1,
      spread: 6,
      isDivergent: false,
      proposedStars: 3,
    },
    {
      dossierCode: 'TN-2026-003',
      productName: 'Mật ong hoa rừng Định Hóa',
      producerName: 'Hộ kinh doanh Đỗ Văn Bình',
      memberTotals: { m1: 58, m2: 71, m3: 62, m4: 60, m5: 64, m7: 59 },
      mean: 62.33,
      spread: 13,
      isDivergent: true,
      proposedStars: 3,
    },
  ],
  conclusion: [
    'Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh công nhận 01 sản phẩm đạt 4 sao và 01 sản phẩm đạt 3 sao.',
    'Hồ sơ TN-2026-003 có điểm chênh lệch giữa các thành viên trên 10 điểm: Hội đồng đã thảo luận, đề nghị các thành viên chấm lại trước ngày 10 tháng 6 năm 2026.',
  ],
};

export const annexFixture: DecisionAnnexDocument = {
  authority: PROVINCE,
  decisionNumber: '1234/QĐ-UBND',
  decisionDate: '2026-06-10',
  items: [
    item(
      'Miến dong Na Rì',
      'Hợp tác xã Nông nghiệp Đồng Tâm',
      'xã Na Rì',
      'Chế biến từ rau, củ, quả, hạt',
      69.1,
      3,
      '127/GCN-UBND',
    ),
    item(
      'Chè xanh Đại Từ',
      'Hợp tác xã Chè La Bằng',
      'xã La Bằng',
      'Chè tươi, chè chế biến',
      81.25,
      4,
      '126/GCN-UBND',
    ),
    item(
      'Chè Tân Cương đặc biệt',
      'Hợp tác xã Chè Tân Cương',
      'xã Tân Cương',
      'Chè tươi, chè chế biến',
      77.58,
      4,
      '125/GCN-UBND',
    ),
    item(
      'Đậu phụ Đình Cả',
      'Hộ kinh doanh Lương Văn Đức',
      'xã Võ Nhai',
      'Chế biến từ gạo, ngũ cốc',
      64.5,
      3,
      '129/GCN-UBND',
    ),
    item(
      'Bánh chưng Bờ Đậu',
      'Tổ hợp tác Bánh chưng Bờ Đậu',
      'xã Phú Lương',
      'Chế biến từ gạo, ngũ cốc',
      73,
      4,
      '124/GCN-UBND',
    ),
    item(
      'Dưa chuột bao tử muối',
      'Công ty TNHH Nông sản Phổ Yên',
      'phường Phổ Yên',
      'Chế biến từ rau, củ, quả, hạt',
      55.75,
      3,
      '128/GCN-UBND',
    ),
    item(
      'Ấm chè gốm Thái Nguyên',
      'Hợp tác xã Gốm Phú Bình',
      'xã Phú Bình',
      'Đồ thủ công mỹ nghệ, gia dụng và trang trí',
      52,
      3,
      '130/GCN-UBND',
    ),
  ],
};

function item(
  productName: string,
  producerName: string,
  commune: string,
  productSetName: string,
  score: number,
  stars: 3 | 4 | 5,
  certificateNumber: string,
): AnnexItem {
  return {
    productName,
    producerName,
    commune,
    province: 'tỉnh Thái Nguyên',
    productSetName,
    score,
    stars,
    certificateNumber,
  };
}
