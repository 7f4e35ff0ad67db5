import type { SalePointLevel, SalePointLocationType } from '../../domain/marketplace/sale-point-rules.ts';
import type { TradeEventKind } from '../../domain/marketplace/trade-event-kinds.ts';
import { addDays, type IsoDate } from '../../domain/registry/calendar-date.ts';

type DemoSalePoint = {
  name: string;
  /** The 2025 commune, by its full name (resolved against the reference data when seeding). */
  commune: string;
  address: string;
  lat: number;
  lon: number;
  level: SalePointLevel;
  locationType: SalePointLocationType;
  openingHours: string;
  stocksProducts: boolean;
};

/** Places of Tuyên Quang (with the former Hà Giang, merged in 2025) where OCOP products plausibly sell. */
export const DEMO_SALE_POINTS: readonly DemoSalePoint[] = [
  {
    name: 'Trung tâm giới thiệu và bán sản phẩm OCOP tỉnh Tuyên Quang',
    commune: 'Phường Minh Xuân',
    address: 'Đường 17 Tháng 8, phường Minh Xuân, tỉnh Tuyên Quang',
    lat: 21.8183,
    lon: 105.2115,
    level: 'province',
    locationType: 'commercial_centre',
    openingHours: '7:30–21:00 hằng ngày',
    stocksProducts: true,
  },
  {
    name: 'Điểm giới thiệu sản phẩm OCOP cao nguyên đá Hà Giang',
    commune: 'Phường Hà Giang 1',
    address: 'Đường Nguyễn Trãi, phường Hà Giang 1, tỉnh Tuyên Quang',
    lat: 22.8268,
    lon: 104.9848,
    level: 'province',
    locationType: 'tourism',
    openingHours: '8:00–22:00 hằng ngày',
    stocksProducts: true,
  },
  {
    name: 'Điểm bán sản phẩm OCOP Phố cổ Đồng Văn',
    commune: 'Xã Đồng Văn',
    address: 'Khu phố cổ Đồng Văn, xã Đồng Văn, tỉnh Tuyên Quang',
    lat: 23.2787,
    lon: 105.3617,
    level: 'commune',
    locationType: 'tourism',
    openingHours: '7:00–22:00; chợ phiên sáng Chủ nhật',
    stocksProducts: false,
  },
  {
    name: 'Điểm bán sản phẩm OCOP Khu di tích Tân Trào',
    commune: 'Xã Tân Trào',
    address: 'Khu di tích quốc gia đặc biệt Tân Trào, xã Tân Trào, tỉnh Tuyên Quang',
    lat: 21.8003,
    lon: 105.4419,
    level: 'commune',
    locationType: 'tourism',
    openingHours: '7:30–17:30 hằng ngày',
    stocksProducts: false,
  },
  {
    name: 'Điểm bán sản phẩm OCOP chè Shan tuyết Hoàng Su Phì',
    commune: 'Xã Hoàng Su Phì',
    address: 'Chợ trung tâm xã Hoàng Su Phì, tỉnh Tuyên Quang',
    lat: 22.7466,
    lon: 104.6833,
    level: 'commune',
    locationType: 'retail',
    openingHours: '6:30–18:00 hằng ngày',
    stocksProducts: true,
  },
];

type DemoTradeEvent = {
  kind: TradeEventKind;
  name: string;
  place: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  organiser: string;
  description: string;
};

/** Upcoming events, dated from `today` so the demo always has some ahead; named with their year. */
export function demoTradeEvents(today: IsoDate): DemoTradeEvent[] {
  const on = (days: number) => addDays(today, days);
  const year = (date: IsoDate) => date.slice(0, 4);
  const fair = on(25);
  const conference = on(45);
  const exhibition = on(70);
  return [
    {
      kind: 'fair',
      name: `Hội chợ Thương mại – OCOP tỉnh Tuyên Quang năm ${year(fair)}`,
      place: 'Quảng trường Nguyễn Tất Thành, phường Minh Xuân',
      startsOn: fair,
      endsOn: addDays(fair, 4),
      organiser: 'Sở Công Thương tỉnh Tuyên Quang',
      description: 'Gian hàng sản phẩm OCOP, đặc sản vùng cao, nông sản an toàn của các xã trong tỉnh.',
    },
    {
      kind: 'supply_demand',
      name: `Hội nghị kết nối cung cầu sản phẩm OCOP vùng cao nguyên đá năm ${year(conference)}`,
      place: 'Trung tâm Hội nghị tỉnh, phường Hà Giang 1',
      startsOn: conference,
      endsOn: conference,
      organiser: 'Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang',
      description: 'Kết nối chủ thể OCOP với doanh nghiệp phân phối, siêu thị và sàn thương mại điện tử.',
    },
    {
      kind: 'exhibition',
      name: `Trưng bày sản phẩm OCOP tại Lễ hội hoa tam giác mạch năm ${year(exhibition)}`,
      place: 'Xã Đồng Văn',
      startsOn: exhibition,
      endsOn: addDays(exhibition, 2),
      organiser: 'UBND xã Đồng Văn',
      description: 'Chè Shan tuyết, mật ong bạc hà, thổ cẩm và các sản phẩm OCOP của cao nguyên đá.',
    },
  ];
}
