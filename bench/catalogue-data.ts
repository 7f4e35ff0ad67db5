// The generated registry of the catalogue scenario: producers (4 products each) in real 2025 communes,
// products named "<kind> <commune>" (so the vocabulary has thousands of words, like a real registry), one
// current certificate each with a spread of dates (about a fifth expired, 1 in 40 revoked, a few being
// re-evaluated), photos for two thirds, online sale channels, sale points carrying products and a few
// fairs. Rows are built here and written with chunked multi-row INSERTs; status columns are copied as the
// use cases would (refreshAllCurrentCertificates).
import { randomBytes, randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { productSlug } from '../src/app/products/product-input.ts';
import type { DbOrTx } from '../src/db/client.ts';
import { refreshAllCurrentCertificates } from '../src/db/repositories/current-certificate.repository.ts';
import type { AdminUnitsIndex } from '../src/domain/admin-units/admin-units-index.ts';
import { guessProductSet } from '../src/domain/import/guess-product-set.ts';
import { addDays, addMonths } from '../src/domain/registry/calendar-date.ts';
import { producerNameKey } from '../src/domain/registry/name-key.ts';
import { vietnameseSortKey } from '../src/domain/registry/vietnamese-sort-key.ts';
import { PRODUCT_KINDS } from './product-kinds.ts';

const FORMS = [
  { prefix: 'HTX', type: 'cooperative' },
  { prefix: 'Công ty TNHH', type: 'sme' },
  { prefix: 'Hộ kinh doanh', type: 'household' },
  { prefix: 'Tổ hợp tác', type: 'cooperative_group' },
] as const;
const THEMES = [
  'Nông sản',
  'Mật ong',
  'Chè',
  'Thực phẩm sạch',
  'Dược liệu',
  'Đặc sản',
  'Nông nghiệp',
  'Chế biến nông sản',
  'Thủ công mỹ nghệ',
  'Sản xuất và Thương mại',
];

export const SAMPLE_DESCRIPTION =
  'Sản phẩm được làm từ nguyên liệu vùng núi cao, thu hái thủ công theo mùa, chế biến tại cơ sở của hợp tác xã theo quy trình được cấp giấy chứng nhận an toàn thực phẩm. Bao bì có tem truy xuất nguồn gốc, hạn sử dụng 12 tháng. Sản phẩm phù hợp làm quà biếu, dùng trong gia đình, đã có mặt tại các điểm giới thiệu sản phẩm OCOP của tỉnh và trên các sàn thương mại điện tử.';
export const SAMPLE_STORY = [
  'Từ những năm 1990, người dân trong xã đã gìn giữ vườn cây cổ thụ và cách chế biến truyền thống được truyền qua nhiều thế hệ. Năm 2019 hợp tác xã được thành lập với 45 thành viên, phần lớn là phụ nữ dân tộc thiểu số, để cùng làm ra một sản phẩm mang tên quê hương.',
  'Nhờ tham gia Chương trình OCOP, hợp tác xã được hỗ trợ thiết kế bao bì, xây dựng nhãn hiệu, đào tạo kỹ năng bán hàng trực tuyến và kết nối với các hệ thống phân phối. Sản phẩm được đánh giá 4 sao năm 2022 và nâng hạng 5 sao năm 2025, thu nhập của thành viên tăng gấp đôi.',
  'Mỗi mùa thu hoạch, khách du lịch có thể đến tham quan vườn, tự tay hái và chế biến cùng người dân, tìm hiểu văn hóa bản địa và thưởng thức sản phẩm ngay tại nơi sản xuất.',
].join('\n\n');

async function insertRows(db: DbOrTx, table: string, columns: string[], rows: SQL[][]): Promise<void> {
  const head = sql.raw(`insert into ${table} (${columns.join(', ')}) values `);
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows.slice(i, i + 1000).map((row) => sql`(${sql.join(row, sql`, `)})`);
    await db.execute(sql`${head}${sql.join(values, sql`, `)}`);
  }
}

export type GeneratedCatalogue = { products: number; sampleSlug: string; productSlugs: string[] };

export async function generateCatalogue(
  db: DbOrTx,
  units: AdminUnitsIndex,
  products: number,
  today: string,
): Promise<GeneratedCatalogue> {
  const communes = units.provinces2025.flatMap((p) => units.communes2025Of(p.code));
  const now = new Date();
  const producerCount = Math.ceil(products / 4);
  const producerRows: SQL[][] = [];
  const producerIds: string[] = [];
  for (let i = 0; i < producerCount; i++) {
    const commune = communes[(i * 7919) % communes.length] ?? communes[0];
    if (!commune) throw new Error('no 2025 communes');
    const form = FORMS[i % FORMS.length] ?? FORMS[0];
    const name = `${form.prefix} ${THEMES[(i * 3) % THEMES.length]} ${commune.name}`;
    const id = randomUUID();
    producerIds.push(id);
    producerRows.push([
      sql`${id}::uuid`,
      sql`${name}`,
      sql`${producerNameKey(name)}`,
      sql`${vietnameseSortKey(name)}`,
      sql`${form.type}`,
      sql`${commune.code}`,
      sql`${commune.provinceCode}`,
      sql`${now}`,
      sql`${now}`,
    ]);
  }
  await insertRows(
    db,
    'producers',
    [
      'id',
      'name',
      'name_key',
      'sort_key',
      'type',
      'commune_code',
      'province_code',
      'created_at',
      'updated_at',
    ],
    producerRows,
  );

  const productRows: SQL[][] = [];
  const certificateRows: SQL[][] = [];
  const photoRows: SQL[][] = [];
  const channelRows: SQL[][] = [];
  const ids: string[] = [];
  const slugs: string[] = [];
  const setOf = new Map(PRODUCT_KINDS.map((k) => [k, guessProductSet(k, null).productSetId]));
  for (let g = 0; g < products; g++) {
    const p = Math.floor(g / 4);
    const commune = communes[(p * 7919) % communes.length] ?? communes[0];
    if (!commune) throw new Error('no 2025 communes');
    const kind = PRODUCT_KINDS[(g * 13) % PRODUCT_KINDS.length] ?? 'Mật ong';
    const name = `${kind} ${commune.name}`;
    const id = randomUUID();
    const slug = productSlug(name, id);
    ids.push(id);
    slugs.push(slug);
    const validFrom = addDays(today, -((g * 37) % 1400) - 1);
    const stars = 3 + ((g * 7) % 3);
    const sample = g === 0;
    productRows.push([
      sql`${id}::uuid`,
      sql`${producerIds[p]}::uuid`,
      sql`${name}`,
      sql`${slug}`,
      sql`${vietnameseSortKey(name)}`,
      sql`${setOf.get(kind) ?? null}`,
      sql`${commune.code}`,
      sql`${commune.provinceCode}`,
      sql`${`${commune.provinceCode}-${commune.code}-${g}-${validFrom.slice(0, 4)}`}`,
      sql`${sample ? SAMPLE_DESCRIPTION : null}`,
      sql`${sample ? SAMPLE_STORY : null}`,
      sql`${sample ? '8936040000019' : null}`,
      sql`${now}`,
      sql`${now}`,
    ]);
    const revoked = g % 40 === 39;
    const reEvaluation = g % 97 === 5;
    certificateRows.push([
      sql`${id}::uuid`,
      sql`${`${g}/QĐ-UBND`}`,
      sql`${stars === 5 ? 'ministry' : 'province'}`,
      sql`${stars}`,
      sql`${validFrom}`,
      sql`${addMonths(validFrom, 36)}`,
      sql`${revoked ? addDays(validFrom, 200) : null}`,
      sql`${revoked ? 'b' : null}`,
      sql`${reEvaluation ? addDays(addMonths(validFrom, 36), -130) : null}`,
      sql`${now}`,
      sql`${now}`,
    ]);
    const photos = sample ? 4 : g % 3 === 0 ? 0 : 1 + (g % 2);
    for (let k = 0; k < photos; k++) {
      photoRows.push([
        sql`${id}::uuid`,
        sql`${randomBytes(12).toString('hex')}`,
        sql`1200`,
        sql`900`,
        sql`150000`,
        sql`${k}`,
        sql`${now}`,
      ]);
    }
    if (g % 5 === 0 || sample)
      channelRows.push([sql`${id}::uuid`, sql`'shopee'`, sql`${`https://shopee.vn/ocop-${g}`}`]);
    if (sample) {
      channelRows.push([sql`${id}::uuid`, sql`'postmart'`, sql`${'https://postmart.vn/ocop-0'}`]);
      channelRows.push([sql`${id}::uuid`, sql`'website'`, sql`${'https://htx-mau.vn/san-pham'}`]);
    }
  }
  await insertRows(
    db,
    'products',
    [
      'id',
      'producer_id',
      'name',
      'slug',
      'sort_key',
      'product_set_id',
      'commune_code',
      'province_code',
      'ocop_code',
      'description',
      'story',
      'gtin',
      'created_at',
      'updated_at',
    ],
    productRows,
  );
  await insertRows(
    db,
    'certificates',
    [
      'product_id',
      'decision_number',
      'issuing_level',
      'stars',
      'valid_from',
      'valid_to',
      'revoked_on',
      'revocation_ground',
      're_evaluation_pending_since',
      'created_at',
      'updated_at',
    ],
    certificateRows,
  );
  await insertRows(
    db,
    'product_photos',
    ['product_id', 'file_key', 'width', 'height', 'bytes', 'position', 'created_at'],
    photoRows,
  );
  await insertRows(db, 'product_sale_channels', ['product_id', 'kind', 'url'], channelRows);
  await refreshAllCurrentCertificates(db);

  // 300 sale points (about 9 a province), each carrying 60 products; the sample product is in 5 of them.
  const pointRows: SQL[][] = [];
  const links: SQL[][] = [];
  for (let s = 0; s < 300; s++) {
    const province = units.provinces2025[s % units.provinces2025.length];
    if (!province) continue;
    const id = randomUUID();
    pointRows.push([
      sql`${id}::uuid`,
      sql`${`Điểm giới thiệu và bán sản phẩm OCOP ${province.name} ${s + 1}`}`,
      sql`${`diem-ban-${s + 1}`}`,
      sql`${province.code}`,
      sql`${`${s + 1} đường Trần Hưng Đạo`}`,
      sql`${(8.6 + ((s * 0.37) % 14)).toFixed(5)}`,
      sql`${(102.2 + ((s * 0.53) % 7)).toFixed(5)}`,
      sql`${s % 10 === 0 ? 'national' : 'province'}`,
      sql`${'7:30–21:00'}`,
      sql`${now}`,
      sql`${now}`,
    ]);
    const seen = new Set<number>();
    for (let k = 0; k < 60; k++) seen.add((s * 61 + k * 331) % products);
    if (s < 5) seen.add(0);
    for (const g of seen) links.push([sql`${id}::uuid`, sql`${ids[g]}::uuid`]);
  }
  await insertRows(
    db,
    'sale_points',
    [
      'id',
      'name',
      'slug',
      'province_code',
      'address',
      'lat',
      'lon',
      'level',
      'opening_hours',
      'created_at',
      'updated_at',
    ],
    pointRows,
  );
  await insertRows(db, 'sale_point_products', ['sale_point_id', 'product_id'], links);
  const eventRows: SQL[][] = Array.from({ length: 24 }, (_, e) => {
    const starts = addDays(today, e * 15 - 180);
    return [
      sql`'fair'`,
      sql`${`Hội chợ OCOP lần ${e + 1}`}`,
      sql`${`hoi-cho-${e + 1}`}`,
      sql`${'01'}`,
      sql`${'Trung tâm Triển lãm'}`,
      sql`${starts}`,
      sql`${addDays(starts, 4)}`,
      sql`${now}`,
      sql`${now}`,
    ];
  });
  await insertRows(
    db,
    'trade_events',
    ['kind', 'name', 'slug', 'province_code', 'place', 'starts_on', 'ends_on', 'created_at', 'updated_at'],
    eventRows,
  );
  return { products, sampleSlug: slugs[0] ?? '', productSlugs: slugs };
}
