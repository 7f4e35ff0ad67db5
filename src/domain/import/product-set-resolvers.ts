// From a keyword family (see product-set-rules.ts) to a product set, looking at the rest of the name.
// `sure: false` marks a choice the name alone does not settle (the guess is then 'low').

import type { Family } from './product-set-rules.ts';

/** Whether any of the '|'-separated keys (syntax of KEYWORD_RULES) occurs anywhere in the name. */
export type Has = (keys: string) => boolean;

export interface Resolution {
  readonly set: number | null;
  readonly sure: boolean;
}

type Resolver = (has: Has, headKey: string) => Resolution;

const r = (set: number | null, sure = true): Resolution => ({ set, sure });

const PROCESSED_PLANT = [
  '=sấy|=khô|=mứt|=dẻo|=muối|=ngâm|=dầm|=kẹo|=bột|=sợi|kim chi|=chiên|=rang|=chip|snack|dong hop',
  '=nướng|len men|=tẩm|an lien|che bien|=rim|=sên|tinh bot',
].join('|');
const DRINK_MODIFIERS = 'nuoc ep|siro|si ro|sinh to|nuoc cot|nuoc uong';
const PROCESSED_MEAT = [
  '=khô|=sấy|=chả|=giò|lap xuong|=muối|=ướp|=tẩm|hun khoi|gac bep|=chiên|=rang|=chưng|dong hop',
  '=nướng|=mắm|mot nang|=thính|=kho|=ruốc|cha bong|=nem|xuc xich|pate|=hấp|=rim|che bien|an lien',
  'len men',
].join('|');
const TEA_HERBAL = [
  '=hoa|=gừng|atiso|actiso|=lá|ca gai leo|day thia canh|giao co lam|dinh lang|=sâm|mang cau|=gấc',
  'tam gui|thao moc|thao duoc|tia to|kho qua|muop dang|rau ma|co ngot|ha thu o|=nấm|linh chi|=quế',
  '=sả|=chanh|tao meo|tam sen|=vối|=gạo|=ổi|diep ca|xa den|kim tien thao|=trái|=rễ|=củ',
].join('|');
const TEA_SPECIFIC = [
  '=xanh|=đen|shan|tuyet|=búp|moc cau|o long|oolong|sencha|matcha|tom non|non tom|=nõn|bach tra',
  'pho nhi',
].join('|');
const TEA_SCENTED = '=lài|=nhài|=sen|=sói|=ngâu|=ướp';
const FRUIT_WINE = [
  '=vang|=bia|nep cam|=cẩm|tao meo|=sim|=mơ|=mận|=dâu|=nho|=gấc|thanh long|trai cay|hoa qua',
  'len men|=sâm|dinh lang|ba kich|dong trung|=ngâm|=thuốc|duoc lieu|=nhung|=chuối|mac khen|=táo',
  '=cần|=dứa|mat ong',
].join('|');
const OIL_SEEDS = '=lạc|=phụng|dau phong|=mè|=vừng|=dừa|=gấc|sachi|o liu|=hạt|=cá';

export const RESOLVERS: Readonly<Record<Family, Resolver>> = {
  tourism: () => r(26),
  fruitVeg: (has) =>
    has('tinh dau')
      ? r(20)
      : has(DRINK_MODIFIERS)
        ? r(17)
        : has(PROCESSED_PLANT)
          ? r(7)
          : has('cap dong|dong lanh')
            ? r(1, false)
            : r(1),
  mushroom: (has) => (has('linh chi') ? r(18, false) : has(PROCESSED_PLANT) ? r(7) : r(1)),
  nuts: (has) => (has('=tươi') ? r(1) : has(PROCESSED_PLANT) ? r(7) : r(7, false)),
  meatFish: (has) => (has(PROCESSED_MEAT) ? r(8) : r(2)),
  egg: (has) => (has(PROCESSED_MEAT) ? r(8) : r(2)),
  milk: (has, head) =>
    head === '=kem'
      ? r(8, false)
      : has('sua chua|pho mai|=bơ')
        ? r(8)
        : has('dau nanh|=bắp|=ngô|=hạt|=gạo')
          ? r(17, false)
          : r(2, has('=tươi')),
  cereal: (has) => (has('=rang|che bien|=thanh') ? r(6, false) : r(3)),
  riceProduct: (_has, head) => r(6, head !== 'ngu coc'),
  confectionery: (has) => (has('=gạo|=nếp|=cốm|ngu coc') ? r(6, false) : r(7)),
  processedPlant: () => r(7),
  oil: (has) =>
    has('=gội|=xả|=tắm|massage')
      ? r(19)
      : has('=gió|=xoa|=nóng|=tràm|khuynh diep')
        ? r(18, false)
        : has(OIL_SEEDS)
          ? r(7, false)
          : r(null, false),
  honey: (has) => (has('len men') ? r(8, false) : r(4)),
  sugar: () => r(4, false),
  birdNest: (has) => (has('=chưng|=nước|dong hu|dong lo|=hũ|=lọ') ? r(8, false) : r(4)),
  processedMeat: () => r(8),
  liquidCondiment: () => r(9),
  fermentedPaste: (has) => r(9, has('=tôm|=ruốc|=tép|=nêm|=chay|ba khia|=cáy')),
  condiment: (_has, head) => r(10, head !== '=gừng' && head !== '=nghệ'),
  tea: (has, head) => {
    if (head !== '=chè' && head !== '=trà') return r(11);
    if (has(TEA_HERBAL)) return r(12);
    if (has(TEA_SPECIFIC)) return r(11);
    return r(11, head === '=chè' && !has(TEA_SCENTED));
  },
  coffee: () => r(13),
  alcohol: (has, head) =>
    head === '=vang' || head === '=bia' || head === 'ruou vang' || has(FRUIT_WINE) ? r(15) : r(14),
  water: () => r(16),
  drink: (_has, head) => r(17, head !== '=nước'),
  medicine: (_has, head) => r(18, head !== 'linh chi' && head !== 'dau gio' && head !== 'dau xoa'),
  cordyceps: () => r(18, false),
  cosmetic: () => r(19),
  herb: (_has, head) => r(20, head === 'duoc lieu' || head === 'thao duoc'),
  essentialOil: () => r(20),
  incense: () => r(21, false),
  handicraft: () => r(21),
  craftWord: () => r(21, false),
  textile: (_has, head) => r(22, head !== '=vải' && head !== '=len'),
  flower: (_has, head) => r(23, head !== '=hoa'),
  plant: () => r(24),
  animal: () => r(25),
  notOcopSet: () => r(null, false),
};
