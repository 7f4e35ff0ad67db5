// Keyword rules for guessing the Decision 26/2026 product set (1–26) of a product from its name.
//
// Vietnamese product names put the kind of product first ("Trà hoa vàng", "Mứt chuối", "Nước mắm Phú Quốc"),
// so the earliest keyword in the name names a family (tea, alcohol, fresh fruit…); the family then looks at the
// rest of the name for modifiers ("sấy", "khô", herbal words, fruit wine words) to pick the set.
// A key is folded (no accents) unless it starts with "=": then it must match with its accents ("=cam" is an
// orange, not "cám"/"cẩm"/"cảm"; "=trà" is not the fish "tra"); names typed without any accent fall back to
// folded matching for those too.

export type Family =
  | 'tourism'
  | 'fruitVeg'
  | 'mushroom'
  | 'nuts'
  | 'meatFish'
  | 'egg'
  | 'milk'
  | 'cereal'
  | 'riceProduct'
  | 'confectionery'
  | 'processedPlant'
  | 'oil'
  | 'honey'
  | 'sugar'
  | 'birdNest'
  | 'processedMeat'
  | 'liquidCondiment'
  | 'fermentedPaste'
  | 'condiment'
  | 'tea'
  | 'coffee'
  | 'alcohol'
  | 'water'
  | 'drink'
  | 'medicine'
  | 'cordyceps'
  | 'cosmetic'
  | 'herb'
  | 'essentialOil'
  | 'incense'
  | 'handicraft'
  | 'craftWord'
  | 'textile'
  | 'flower'
  | 'plant'
  | 'animal'
  | 'notOcopSet';

export interface KeywordRule {
  readonly family: Family;
  /** '|'-separated keys. */
  readonly keys: string;
}

/** Generic words ("trang trí", "thủ công mỹ nghệ"): used only when no other keyword is found. */
export const WEAK_FAMILIES: ReadonlySet<Family> = new Set(['craftWord']);

/** In matching order of preference at the same position: the longest key wins, then the first rule. */
export const KEYWORD_RULES: readonly KeywordRule[] = [
  { family: 'tourism', keys: 'du lich|homestay|farmstay|diem du lich|khu du lich|lang du lich' },
  { family: 'notOcopSet', keys: 'nuoc rua chen|nuoc rua|nuoc giat|nuoc lau san|nuoc tay' },
  { family: 'water', keys: 'nuoc khoang|nuoc uong dong chai|nuoc tinh khiet|nuoc suoi|nuoc uong' },
  { family: 'drink', keys: '=nước|nuoc ep|siro|si ro|sinh to|nuoc giai khat|kombucha' },
  { family: 'liquidCondiment', keys: 'nuoc mam|nuoc cham|nuoc tuong|=tương|xi dau|=giấm|=dấm' },
  { family: 'fermentedPaste', keys: '=mắm' },
  {
    family: 'condiment',
    keys: '=muối|=ớt|=tiêu|ho tieu|=tỏi|=hành|=gừng|=sả|=quế|=hồi|hoa hoi|=nghệ',
  },
  { family: 'condiment', keys: 'gia vi|hat nem|bot canh|sa te|mac khen|thao qua' },
  { family: 'tea', keys: '=chè|=trà|hong tra|bach tra|matcha|oolong' },
  { family: 'coffee', keys: 'ca phe|cafe|coffee|ca cao|cacao|cocoa|socola|chocolate' },
  { family: 'alcohol', keys: '=rượu|=tửu|=đế|ruou vang|=vang|=bia' },
  { family: 'essentialOil', keys: 'tinh dau' },
  { family: 'cosmetic', keys: 'my pham|xa phong|xa bong|dau goi|sua tam|sua rua mat|kem duong' },
  { family: 'cosmetic', keys: 'nuoc hoa|son moi|tay trang|muoi tam|bot tam' },
  {
    family: 'medicine',
    keys: 'thuc pham bao ve suc khoe|thuc pham chuc nang|tpbvsk|tpcn|=thuốc|=cao|vien nang',
  },
  { family: 'medicine', keys: 'vien hoan|dau gio|dau xoa|cao dan|linh chi' },
  { family: 'cordyceps', keys: 'dong trung ha thao|dong trung' },
  {
    family: 'herb',
    keys: 'duoc lieu|thao duoc|=sâm|dang sam|dinh lang|ca gai leo|giao co lam|ba kich',
  },
  { family: 'herb', keys: 'ha thu o|la xong|xong hoi|ngam chan|nu hoa|atiso|actiso' },
  { family: 'incense', keys: 'huong tram|=nhang|tram huong|=hương' },
  { family: 'birdNest', keys: 'yen sao|to yen|=yến' },
  { family: 'honey', keys: 'mat ong|=mật' },
  { family: 'sugar', keys: '=đường' },
  {
    family: 'processedMeat',
    keys: '=chả|=giò|lap xuong|lap suon|xuc xich|=nem|=ruốc|cha bong|khau nhuc|pate',
  },
  { family: 'processedMeat', keys: '=khô|thit kho|thit chua|gac bep' },
  {
    family: 'meatFish',
    keys: '=thịt|=cá|=tôm|=cua|=ghẹ|=mực|=ốc|=lươn|=ếch|=gà|=vịt|=heo|=lợn',
  },
  { family: 'meatFish', keys: '=bò|=dê|=trâu|=hàu|=nghêu|=sò|=hến|=rươi|=ba ba|thuy san' },
  { family: 'egg', keys: '=trứng' },
  { family: 'milk', keys: '=sữa|sua chua|pho mai|=kem' },
  { family: 'riceProduct', keys: '=bánh|=bún|=phở|=miến|=mì|=mỳ|hu tieu|=cốm|che lam' },
  { family: 'riceProduct', keys: 'com chay|=xôi|bot gao|ngu coc|banh trang|banh phong' },
  { family: 'cereal', keys: '=gạo|=nếp|=lúa|ngo hat|bap hat|=đậu|=vừng|=mè' },
  { family: 'confectionery', keys: '=kẹo' },
  { family: 'processedPlant', keys: '=mứt|o mai|kim chi|dua muoi|dua cai|snack|tinh bot' },
  { family: 'oil', keys: '=dầu' },
  { family: 'nuts', keys: 'mac ca|maca|hat dieu|=điều|dau phong|=lạc|hat sen|hat de' },
  { family: 'nuts', keys: '=óc chó|hat mac ca|sachi' },
  { family: 'mushroom', keys: '=nấm|moc nhi' },
  {
    family: 'fruitVeg',
    keys: '=cam|=bưởi|xoai|=nhãn|vai thieu|thanh long|sau rieng|chom chom|mang cut',
  },
  {
    family: 'fruitVeg',
    keys: '=chuối|=dừa|=dưa|=dứa|=khóm|mang cau|=na|=me|=lê|=mận|=hồng|vu sua',
  },
  {
    family: 'fruitVeg',
    keys: '=nho|=mít|=ổi|=chanh|=quýt|=táo|du du|=bơ|ca na|=gấc|=dâu|=sim',
  },
  {
    family: 'fruitVeg',
    keys: '=mơ|=đào|=cóc|bon bon|thanh tra|=khoai|=sắn|=củ|=cải|=rau|=bí|=bầu',
  },
  {
    family: 'fruitVeg',
    keys: '=mướp|=măng|su su|ca chua|ca tim|ca rot|dau bap|hoa qua|trai cay|rau cu',
  },
  { family: 'fruitVeg', keys: '=lựu|thot not|rong bien|nha dam|la dua' },
  {
    family: 'handicraft',
    keys: 'may tre|=mây|=tre|=trúc|=cói|luc binh|=gốm|=sứ|bat dia|=chén|=đũa',
  },
  {
    family: 'handicraft',
    keys: 'ong hut|=giỏ|=rổ|=thảm|=đèn|long den|=tượng|cham khac|son mai|=khảm',
  },
  {
    family: 'handicraft',
    keys: 'non la|=nón|=gỗ|=tranh|=gương|vong deo tay|=dao|=thìa|=dĩa|=chổi|=chiếu',
  },
  { family: 'handicraft', keys: 'do da|=quạt|dan lat|ban ghe|xo dua|guong may' },
  { family: 'craftWord', keys: 'thu cong my nghe|thu cong|my nghe|trang tri|luu niem' },
  { family: 'textile', keys: 'tho cam|=lụa|=vải|=dệt|may mac|=áo|=khăn|sa rong|=thêu' },
  { family: 'textile', keys: 'to tam|=len|=chăn|tui vai' },
  { family: 'flower', keys: '=hoa|hoa lan|lan ho diep|hoa cuc|hoa hong|hoa dao|hoa mai' },
  { family: 'plant', keys: 'cay canh|bonsai|cay kieng|=kiểng|mai vang|mai chieu thuy|quat canh' },
  { family: 'plant', keys: 'cay the|tieu canh|sen da' },
  { family: 'animal', keys: 'ca canh|chim canh|ca koi|ga canh|ga choi|dong vat canh|ca rong' },
];

/** Words that say nothing about the kind of product; they do not count when judging "first word". */
export const FILLER_KEYS = '=trái|=quả|san pham|=nhóm|=bộ|combo|=hộp|=gói|dac san|=bột';

/** "Trà" followed by one of these is a place (Trà Vinh, Trà Cú, Trà Bồng, Trà My, Trà Ôn, Trà Lĩnh). */
export const TEA_PLACE_NEXT: ReadonlySet<string> = new Set(['vinh', 'cu', 'bong', 'my', 'on', 'linh']);
