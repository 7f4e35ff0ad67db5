// The generated programme data of the `dashboard` scenario, written with set-based SQL (INSERT … SELECT from
// generate_series): producers spread over the 3,321 communes (skewed, so some communes have none), two
// products each with certificates of mixed stars and dates since 2019 (a third re-evaluated 60 days before
// expiry, one in nine of those upgraded; 1 in 50 revoked; 1 in 40 with a pending re-evaluation), photos,
// descriptions, sale channels, sale points, officials and courses, support, yearly figures, fairs and contracts.
// Status columns are copied as the use cases would (refreshAllCurrentCertificates).
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../src/db/client.ts';
import { refreshAllCurrentCertificates } from '../src/db/repositories/current-certificate.repository.ts';

const id = (kind: string, n: SQL) =>
  sql`overlay(overlay(md5(${sql.raw(`'dash-${kind}-'`)} || ${n}) placing '4' from 13) placing '8' from 17)::uuid`;

const TYPES = `array['cooperative','cooperative','cooperative','sme','sme','household','household','household','farm','cooperative_group']`;

export type DashboardData = { producers: number; products: number; certificates: number };

async function registry(db: DbOrTx, producers: number, products: number): Promise<void> {
  await db.execute(sql`
    insert into producers (id, name, name_key, sort_key, type, commune_code, province_code, created_at, updated_at)
    select ${id('producer', sql`g`)}, 'Chủ thể thử tải ' || g, 'chu the thu tai ' || g, 'chu the thu tai ' || g,
      (${sql.raw(TYPES)})[1 + g % 10], c.code, c.province_code, now(), now()
    from generate_series(0, ${producers - 1}::int) g
    cross join (select count(*)::int as n from admin_communes_2025) total
    join (select code, province_code, (row_number() over (order by code) - 1)::int as i from admin_communes_2025) c
      -- squaring the spread leaves part of the communes without a producer
      on c.i = (((g::bigint * 7919) % total.n) * ((g::bigint * 7919) % total.n)) / total.n`);
  await db.execute(sql`
    insert into products (id, producer_id, name, slug, sort_key, product_set_id, commune_code, province_code,
      description, created_at, updated_at)
    select ${id('product', sql`g`)}, pr.id, 'Sản phẩm thử tải ' || g, 'san-pham-thu-tai-' || g, 'san pham ' || g,
      1 + g % 26, pr.commune_code, pr.province_code,
      case when g % 2 = 0 then repeat('Mô tả sản phẩm OCOP đặc sản địa phương. ', 3) end, now(), now()
    from generate_series(0, ${products - 1}::int) g
    join producers pr on pr.id = ${id('producer', sql`g % ${producers}::int`)}`);
  await db.execute(sql`
    with first as (
      select g, case when g % 100 < 2 then 5 when g % 100 < 27 then 4 else 3 end as stars,
        (date '2019-01-01' + ((g * 37) % 2700))::date as valid_from
      from generate_series(0, ${products - 1}::int) g
    )
    insert into certificates (product_id, decision_number, issuing_level, stars, valid_from, valid_to,
      revoked_on, revocation_ground, re_evaluation_pending_since, created_at, updated_at)
    select ${id('product', sql`g`)}, g || '/QĐ', case when stars = 5 then 'ministry' else 'province' end, stars,
      valid_from, (valid_from + interval '36 months')::date,
      case when g % 50 = 7 then valid_from + 400 end, case when g % 50 = 7 then 'b' end,
      case when g % 40 = 3 then (valid_from + interval '36 months')::date - 150 end, now(), now()
    from first
    union all
    select ${id('product', sql`g`)}, g || '/QĐ-lai', case when s = 5 then 'ministry' else 'province' end, s,
      d, (d + interval '36 months')::date, null, null, null, now(), now()
    from (select g, least(5, stars + case when g % 9 = 0 then 1 else 0 end) as s,
        ((valid_from + interval '36 months')::date - 60) as d from first where g % 3 = 0) again
    where d <= date '2026-11-01'`);
  await refreshAllCurrentCertificates(db);
}

async function activity(db: DbOrTx, producers: number, products: number): Promise<void> {
  const product = (n: SQL) => id('product', n);
  await db.execute(sql`
    insert into product_photos (product_id, file_key, width, height, bytes, position, created_at)
    select ${product(sql`g`)}, 'dash-photo-' || g, 800, 600, 50000, 0, timestamptz '2024-01-01'
    from generate_series(0, ${products - 1}::int) g where g % 3 <> 2`);
  await db.execute(sql`
    insert into product_sale_channels (product_id, kind, url)
    select ${product(sql`g`)}, 'shopee', 'https://shopee.vn/shop/' || g from generate_series(0, ${products - 1}::int) g
    where g % 4 = 0
    union all
    select ${product(sql`g`)}, 'facebook', 'https://facebook.com/p' || g from generate_series(0, ${products - 1}::int) g
    where g % 7 = 0`);
  await db.execute(sql`
    insert into sale_points (id, name, slug, province_code, commune_code, address, level, location_type,
      recognised_on, is_active, created_at, updated_at)
    select ${id('point', sql`g`)}, 'Điểm bán ' || g, 'diem-ban-thu-tai-' || g, c.province_code, c.code, 'Địa chỉ ' || g,
      case when g % 5 = 0 then 'province' else 'commune' end, case when g % 3 = 0 then 'retail' else 'tourism' end,
      date '2020-01-01' + g * 3, g % 20 <> 0, now(), now()
    from generate_series(0, 599) g
    join (select code, province_code, (row_number() over (order by code) - 1)::int as i from admin_communes_2025) c
      on c.i = (g * 5) % 3321`);
  await db.execute(sql`
    insert into sale_point_products (sale_point_id, product_id)
    select ${id('point', sql`g % 600`)}, ${product(sql`g`)} from generate_series(0, ${products - 1}::int, 5) g`);
  await db.execute(sql`
    insert into users (id, username, display_name, password_hash, role, province_code, commune_code, created_at,
      updated_at)
    select ${id('user', sql`g`)}, 'dash_officer_' || g, 'Cán bộ ' || g, 'x',
      case when g % 4 = 0 then 'province_officer' else 'commune_officer' end, c.province_code,
      case when g % 4 = 0 then null else c.code end, timestamptz '2023-01-01', timestamptz '2023-01-01'
    from generate_series(0, 1999) g
    join (select code, province_code, (row_number() over (order by code) - 1)::int as i from admin_communes_2025) c
      on c.i = (g * 7) % 3321`);
  await db.execute(sql`
    insert into training_courses (id, province_code, title, starts_on, ends_on, created_at, updated_at)
    select ${id('course', sql`g`)}, p.code, 'Tập huấn ' || g, date '2024-01-10' + g * 3, date '2024-01-11' + g * 3,
      now(), now()
    from generate_series(0, 299) g
    join (select code, (row_number() over (order by code) - 1)::int as i from admin_provinces_2025) p on p.i = g % 34`);
  await db.execute(sql`
    insert into training_participants (course_id, kind, user_id, person_name)
    select ${id('course', sql`g % 300`)}, 'official', ${id('user', sql`g`)}, 'Cán bộ ' || g
    from generate_series(0, 1999, 2) g`);
  await db.execute(sql`
    insert into training_participants (course_id, kind, producer_id, person_name)
    select ${id('course', sql`g % 300`)}, 'producer', ${id('producer', sql`g`)}, 'Học viên ' || g
    from generate_series(0, ${producers - 1}::int, 3) g`);
  await db.execute(sql`
    insert into support_records (producer_id, province_code, kind, amount_vnd, granted_on, created_at, updated_at)
    select pr.id, pr.province_code, (array['trademark','barcode','packaging','stamps','lab_test'])[1 + g % 5],
      10000000 + (g % 20) * 1000000, date '2023-01-01' + (g % 1300), now(), now()
    from generate_series(0, 4999) g join producers pr on pr.id = ${id('producer', sql`(g * 2) % ${producers}::int`)}`);
  await db.execute(sql`
    insert into producer_yearly_figures (producer_id, year, revenue_vnd, jobs, entered_at)
    select ${id('producer', sql`g`)}, y, 500000000::bigint + (g % 97)::bigint * 10000000 * (y - 2023), 5 + g % 20, now()
    from generate_series(0, ${producers - 1}::int) g cross join generate_series(2024, 2025) y`);
  await db.execute(sql`
    insert into trade_events (id, kind, name, slug, province_code, place, starts_on, ends_on, created_at, updated_at)
    select ${id('event', sql`g`)}, (array['fair','exhibition','supply_demand'])[1 + g % 3], 'Hội chợ ' || g,
      'hoi-cho-thu-tai-' || g, p.code, 'Trung tâm hội chợ', date '2024-01-05' + g * 3, date '2024-01-07' + g * 3,
      now(), now()
    from generate_series(0, 299) g
    join (select code, (row_number() over (order by code) - 1)::int as i from admin_provinces_2025) p on p.i = g % 34`);
  await db.execute(sql`
    insert into trade_event_outcomes (event_id, producer_id, kind, counterpart, value_vnd, recorded_at)
    select ${id('event', sql`g % 300`)}, ${id('producer', sql`(g * 7) % ${producers}::int`)},
      (array['lead','mou','contract'])[1 + g % 3], 'Siêu thị ' || g, 100000000 + g * 1000, now()
    from generate_series(0, 2999) g`);
}

export async function generateDashboardData(
  db: DbOrTx,
  producers: number,
  products: number,
): Promise<DashboardData> {
  await registry(db, producers, products);
  await activity(db, producers, products);
  await db.execute(sql`vacuum (analyze)`);
  const result = await db.execute(sql`select count(*)::int as n from certificates`);
  const certificates = Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
  return { producers, products, certificates };
}
