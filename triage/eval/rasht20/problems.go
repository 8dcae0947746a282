package rasht20

// episodeKind says how an issue's episode ends (README: the labelling rule).
type episodeKind int

const (
	defect  episodeKind = iota // lasts until repaired
	flood                      // one rain event
	chronic                    // while calls keep coming with gaps under 21 days
)

// problem is one kind of thing a crew (or another agency) would deal with.
type problem struct {
	key    string
	family string // problems of one family at one spot are one issue
	agency string
	ep     episodeKind
	weight float64 // share of issues
	// singles is the chance an issue of this problem is reported once only; tail scales the
	// long tail of repeat calls.
	singles, tail float64
	// right are the categories an operator files it under; vague and wrong are the noise.
	right, wrong []string
	// says are the ways a caller names the problem; why are what they add.
	says, why []string
	finglish  []string
	night     bool     // calls come late at night
	only      []string // road keys where it happens (nil: anywhere)
}

var vagueCategories = []string{"سایر", "متفرقه", "شکایت", "درخواست", "", "عمومی", "پیگیری", "خدمات شهری"}

var problems = []problem{
	{key: "pothole", family: "asphalt", agency: "municipality", ep: defect, weight: 26, singles: 0.42, tail: 1.5,
		right: []string{"آسفالت و معابر", "معابر", "آسفالت", "ترمیم آسفالت"}, wrong: []string{"عمرانی", "ترافیک", "آب‌های سطحی"},
		says:     []string{"یک چاله بزرگ وسط خیابان افتاده", "چاله عمیق توی خیابون", "آسفالت کنده شده و چاله شده", "دست‌انداز خیلی بد وسط مسیر", "چاله جلوی {mark} هر روز بزرگتر میشه", "آسفالت خراب و پر از چاله است", "یه چاله هست که ماشینا توش میفتن", "چاله‌ای که با بارون پر آب میشه و دیده نمیشه"},
		why:      []string{"دیروز لاستیک ماشینم پاره شد", "موتوری‌ها زمین میخورن", "ماشینا برای دور زدن چاله میرن تو لاین مخالف", "شب اصلا دیده نمیشه", "تاکسی‌ها هم شکایت دارن", "خطر تصادف داره", "از تو ماشین رد میشدم دیدم", "هر روز از اینجا رد میشم"},
		finglish: []string{"chale bozorg vasate khiaban", "asfalt kharab shode chale dare"}},
	{key: "patch", family: "asphalt", agency: "municipality", ep: defect, weight: 6, singles: 0.55, tail: 0.9,
		right: []string{"آسفالت و معابر", "ترمیم حفاری", "معابر"}, wrong: []string{"آب و فاضلاب", "عمرانی"},
		says:     []string{"وصله آسفالت نشست کرده", "جای حفاری قبلی که آسفالت کردن دوباره نشست کرده و گود شده", "ترمیم آسفالت کیفیت نداره و دوباره خراب شده", "نوار حفاری قدیمی پایین رفته", "جای حفاری آبفا که پارسال پر کردن نشست کرده", "جای کانال گاز که آسفالت شده بود گود افتاده"},
		why:      []string{"پول بیت‌المال هدر رفته", "دو ماه پیش آسفالت کردن", "ماشین‌ها ضربه میخورن"},
		finglish: []string{"asfalt neshast karde"}},
	{key: "cover_storm", family: "cover", agency: "municipality", ep: defect, weight: 4, singles: 0.5, tail: 1.0,
		right: []string{"آب‌های سطحی", "معابر", "آسفالت و معابر"}, wrong: []string{"آب و فاضلاب", "فاضلاب"},
		says: []string{"دریچه جوی وسط خیابون نشست کرده", "درپوش کانال آب‌های سطحی شکسته", "دریچه آهنی وسط خیابون پایین رفته", "درب منهول نیست و دهانه‌اش بازه", "دریچه کنار جدول شکسته"},
		why:  []string{"یه بچه ممکنه بیفته", "شب خیلی خطرناکه", "ماشین‌ها میرن توش"}, finglish: []string{"darije vasate khiaban neshast karde"}},
	{key: "cover_sewer", family: "cover", agency: "water", ep: defect, weight: 1.0, singles: 0.5, tail: 0.9,
		right: []string{"آب و فاضلاب", "فاضلاب"}, wrong: []string{"آسفالت و معابر", "معابر", "آب‌های سطحی"},
		says: []string{"دریچه فاضلاب نشست کرده", "درپوش منهول فاضلاب شکسته", "دریچه فاضلاب وسط خیابون باز مونده", "دریچه وسط خیابون پایین رفته، مال فاضلاب است", "دریچه وسط خیابون گود افتاده"},
		why:  []string{"بوی بد هم میاد", "ماشین‌ها بهش ضربه میزنن"}, finglish: []string{"darije fazelab neshast karde"}},
	{key: "cover_telecom", family: "cover", agency: "telecom", ep: defect, weight: 0.7, singles: 0.6, tail: 0.6,
		right: []string{"مخابرات", "سایر"}, wrong: []string{"معابر", "آسفالت و معابر"},
		says: []string{"دریچه مخابرات توی پیاده‌رو شکسته", "درپوش چاهک مخابرات نیست", "دریچه مخابرات جلوی {mark} باز مونده"},
		why:  []string{"عابرین پاشون میره توش", "یک خانم مسن زمین خورد"}, finglish: []string{"darije mokhaberat shekaste"}},
	{key: "flood", family: "flood", agency: "municipality", ep: flood, weight: 5, singles: 0.3, tail: 1.6,
		right: []string{"آب‌های سطحی", "آبگرفتگی معابر"}, wrong: []string{"آب و فاضلاب", "فاضلاب", "آسفالت و معابر"},
		says: []string{"با این بارون آب گرفتگی شدید شده", "زیرگذر پر آب شده و ماشین‌ها گیر کردن", "آب تا زانو بالا اومده", "کانال آب گرفته و آب ریخته تو خیابون", "آبگرفتگی شدید، جوی‌ها پره", "آب رفته تو مغازه‌ها"},
		why:  []string{"ماشینم خاموش کرد وسط آب", "مغازه‌ها دارن آب میکشن بیرون", "عابرها نمیتونن رد بشن", "هر بار بارون میاد همینه"}, finglish: []string{"ab gerefte", "zirgozar por abe"}},
	{key: "vendors", family: "vendors", agency: "municipality", ep: chronic, weight: 7, singles: 0.35, tail: 1.3,
		right: []string{"سد معبر", "دستفروشان", "اجرائیات"}, wrong: []string{"ترافیک", "پسماند"},
		says: []string{"دستفروش‌ها کل پیاده‌رو رو گرفتن", "سد معبر توسط دستفروشان", "وانت‌های میوه‌فروش کنار خیابون ایستادن", "بساط دستفروشا جلوی مغازه ما پهنه", "دستفروشان اجازه عبور نمیدن"},
		why:  []string{"ما اجاره و عوارض میدیم اینا هیچی", "مشتری نمیتونه بیاد تو مغازه", "عابرین مجبورن از تو خیابون برن", "برای بار چندمه زنگ میزنم"}, finglish: []string{"dastforosha piaderoo ro gereftan"}},
	{key: "goods", family: "goods", agency: "municipality", ep: chronic, weight: 4.5, singles: 0.45, tail: 1.0,
		right: []string{"سد معبر", "اجرائیات"}, wrong: []string{"ترافیک", "سایر"},
		says: []string{"مغازه‌دار اجناسشو ریخته تو پیاده‌رو", "سد معبر مغازه‌ها، پیاده‌رو جای عبور نیست", "مغازه {mark} جنساشو چیده جلوی در", "کارتن و جنس مغازه‌ها پیاده‌رو رو بسته"},
		why:  []string{"ویلچر و کالسکه رد نمیشه", "آدم مجبوره بره تو خیابون"}, finglish: []string{"maghaze ajnas ro rikhte to piaderoo"}},
	{key: "kerb", family: "kerb", agency: "municipality", ep: defect, weight: 3, singles: 0.7, tail: 0.5,
		right: []string{"معابر", "جدول‌گذاری", "عمرانی"}, wrong: []string{"آسفالت و معابر", "فضای سبز"},
		says: []string{"جدول کنار خیابون شکسته", "جدول‌ها خرد شده و ریخته تو جوی", "سنگ جدول کنده شده", "موزاییک پیاده‌رو و جدول خراب است"},
		why:  []string{"آب جمع میشه", "ماشین‌ها پارک میکنن روی پیاده‌رو"}, finglish: []string{"jadval shekaste"}},
	{key: "dark", family: "dark", agency: "power", ep: defect, weight: 2.1, singles: 0.45, tail: 0.8,
		right: []string{"روشنایی معابر", "برق", "روشنایی"}, wrong: []string{"فضای سبز", "معابر", "سایر"},
		says: []string{"چراغ‌های خیابون خاموشه", "تیر چراغ برق‌ها چند شبه روشن نمیشن", "کل مسیر تاریکه", "لامپ‌های روشنایی سوخته", "روشنایی معابر قطعه"},
		why:  []string{"خانم‌ها شب میترسن رد بشن", "دزدی زیاد شده", "خطر تصادف عابر"}, finglish: []string{"cheragh ha khamooshe", "khiaban tarike"}},
	{key: "sign", family: "sign", agency: "municipality", ep: defect, weight: 2, singles: 0.6, tail: 0.6,
		right: []string{"تابلو و علائم", "ترافیک", "تبلیغات"}, wrong: []string{"برق", "سایر"},
		says: []string{"تابلوی راهنمایی افتاده", "تابلوی بزرگ تبلیغاتی کج شده و داره میفته", "تابلو مغازه با باد افتاده رو پیاده‌رو", "تابلوی ایستگاه شکسته"},
		why:  []string{"ممکنه رو سر مردم بیفته", "از دیشب با باد افتاده"}, finglish: []string{"tablo oftade"}},
	{key: "garbage", family: "garbage", agency: "municipality", ep: chronic, weight: 4, singles: 0.35, tail: 1.3, night: true,
		right: []string{"پسماند", "نظافت", "خدمات شهری"}, wrong: []string{"فضای سبز", "بهداشت"},
		says: []string{"زباله‌های {street} شب جمع نمیشه", "آشغال و ضایعات{fish} ریخته کف {street}", "کیسه‌های زباله تا صبح رو زمین میمونه", "بوی تعفن زباله کل {street} رو گرفته", "سطل‌های زباله پر شده و ریخته بیرون"},
		why:  []string{"گربه‌ها و موش‌ها پخشش میکنن", "صبح که میایم کل جلوی مغازه کثیفه", "بو غیر قابل تحمله"}, finglish: []string{"ashghal ha jam nemishe"}, only: []string{"bazaar", "sabze", "shahrdari", "saadi", "lakani", "imam"}},
	{key: "trafficlight", family: "trafficlight", agency: "municipality", ep: defect, weight: 2, singles: 0.4, tail: 1.0,
		right: []string{"ترافیک", "چراغ راهنمایی"}, wrong: []string{"روشنایی معابر", "برق", "پلیس راهور"},
		says: []string{"چراغ راهنمایی خاموشه", "چراغ قرمز خرابه و همش چشمک میزنه", "چراغ راهنمایی چهارراه کار نمیکنه", "زمان چراغ سبز خیلی کمه", "چراغای چهارراه از دیشب خاموشه"},
		why:  []string{"ترافیک وحشتناک شده", "نزدیک بود تصادف بشه", "عابرها نمیتونن رد بشن"}, finglish: []string{"cheragh ghermez kharabe"}},
	{key: "parking", family: "parking", agency: "police", ep: chronic, weight: 2, singles: 0.55, tail: 0.7,
		right: []string{"پلیس راهور", "ترافیک", "سایر"}, wrong: []string{"سد معبر", "معابر"},
		says: []string{"پارک دوبل ماشین‌ها خیابونو بسته", "ماشین‌ها رو پیاده‌رو پارک میکنن", "جلوی ایستگاه اتوبوس پارک کردن و اتوبوس نمیتونه بایسته", "یک ماشین جلوی در پارکینگ پارک کرده", "پارک دوبله و کسی برخورد نمیکنه"},
		why:  []string{"ترافیک قفل شده", "پلیس هم نیست", "آمبولانس رد نمیشه"}, finglish: []string{"park doble karadan"}},
	{key: "trench_water", family: "trench", agency: "water", ep: defect, weight: 0.9, singles: 0.5, tail: 0.8,
		right: []string{"آب و فاضلاب", "حفاری"}, wrong: []string{"آسفالت و معابر", "معابر", "عمرانی"},
		says: []string{"آبفا حفاری کرده و رها کرده", "شرکت آب کانال زده و پر نکرده", "گودال حفاری لوله آب بدون حفاظ مونده", "ترانشه آب و فاضلاب یک هفته است باز مونده"},
		why:  []string{"هیچ علامت هشداری نذاشتن", "خاکش ریخته تو خیابون"}, finglish: []string{"abfa hafari karde raha karde"}},
	{key: "trench_gas", family: "trench", agency: "gas", ep: defect, weight: 0.9, singles: 0.55, tail: 0.8,
		right: []string{"گاز", "حفاری"}, wrong: []string{"آسفالت و معابر", "معابر"},
		says: []string{"شرکت گاز حفاری کرده و ول کرده", "کانال لوله گاز پر نشده", "ترانشه گاز وسط پیاده‌رو بازه"},
		why:  []string{"بچه‌ها میرن توش", "بدون نوار هشدار"}, finglish: []string{"sherkat gaz hafari karde"}},
	{key: "trench_telecom", family: "trench", agency: "telecom", ep: defect, weight: 0.6, singles: 0.6, tail: 0.6,
		right: []string{"مخابرات", "حفاری"}, wrong: []string{"معابر", "آسفالت و معابر"},
		says: []string{"مخابرات برای فیبر نوری حفاری کرده و رها کرده", "کانال کابل مخابرات باز مونده"},
		why:  []string{"چند روزه همینطوره"}, finglish: []string{"mokhaberat hafari karde"}},
	{key: "noise", family: "noise", agency: "police", ep: chronic, weight: 1.2, singles: 0.55, tail: 0.8, night: true,
		right: []string{"مزاحمت", "سایر", "آلودگی صوتی"}, wrong: []string{"اجرائیات", "سد معبر"},
		says: []string{"بلندگوی مغازه تا نصف شب آهنگ پخش میکنه", "سر و صدای مغازه‌ها شب‌ها تا ۲ ادامه داره", "مغازه {mark} شب‌ها بار خالی میکنه و سر و صدا میکنه", "موتورهای بدون اگزوز شب‌ها جلوی فست‌فود جمع میشن"},
		why:  []string{"بچه‌ها نمیتونن بخوابن", "ما بالای مغازه‌ها زندگی میکنیم"}, finglish: []string{"sar o sedaye maghaze shab"}},
	{key: "beggars", family: "beggars", agency: "municipality", ep: chronic, weight: 1.2, singles: 0.6, tail: 0.6,
		right: []string{"ساماندهی متکدیان", "سایر", "امور اجتماعی"}, wrong: []string{"سد معبر"},
		says: []string{"متکدی‌ها جلوی بانک مزاحم مردم میشن", "تکدی‌گری کودکان سر چهارراه", "چند نفر گدا جلوی {mark} ایستادن و ول نمیکنن"},
		why:  []string{"مردم اذیت میشن", "هر روز هستن"}, finglish: []string{"gedaha mozahem mishan"}},
	{key: "dogs", family: "dogs", agency: "municipality", ep: chronic, weight: 1.3, singles: 0.5, tail: 0.8,
		right: []string{"حیوانات رها", "سگ‌های ولگرد", "بهداشت محیط"}, wrong: []string{"فضای سبز", "سایر"},
		says: []string{"سگ‌های ولگرد تو پارک جمع شدن", "چند تا سگ ولگرد به بچه‌ها حمله کردن", "گله سگ شب‌ها تو پارک پارس میکنن"},
		why:  []string{"بچه‌ها میترسن بیان پارک", "یک نفرو گاز گرفتن"}, finglish: []string{"sag haye velgard"}, only: []string{"sabze"}},
	{key: "tree", family: "tree", agency: "municipality", ep: defect, weight: 1.5, singles: 0.65, tail: 0.5,
		right: []string{"فضای سبز"}, wrong: []string{"برق", "معابر"},
		says: []string{"شاخه درخت شکسته و افتاده رو پیاده‌رو", "درخت کج شده داره میفته رو ماشین‌ها", "شاخه‌های درخت جلوی تابلو رو گرفته"},
		why:  []string{"با طوفان دیشب", "خطرناکه"}, finglish: []string{"derakht oftade"}},
	{key: "shelter", family: "shelter", agency: "municipality", ep: defect, weight: 1.2, singles: 0.65, tail: 0.5,
		right: []string{"حمل و نقل عمومی", "اتوبوسرانی"}, wrong: []string{"ترافیک", "سایر"},
		says: []string{"سقف ایستگاه اتوبوس شکسته", "صندلی ایستگاه کنده شده", "اتوبوس خط ۲ تو ایستگاه نمیایسته", "نیمکت ایستگاه اتوبوس شکسته"},
		why:  []string{"مردم زیر بارون میمونن", "سالمندا جای نشستن ندارن"}, finglish: []string{"istgah otobus kharabe"}},
	{key: "burst", family: "burst", agency: "water", ep: defect, weight: 1.1, singles: 0.4, tail: 0.8,
		right: []string{"آب و فاضلاب", "آب"}, wrong: []string{"آب‌های سطحی", "آسفالت و معابر"},
		says: []string{"لوله آب ترکیده و آب داره میره تو خیابون", "آب از زیر آسفالت بیرون میزنه", "شکستگی لوله آب، آب هدر میره", "از دیشب آب شرب داره رو زمین میریزه"},
		why:  []string{"حیف این همه آب", "آسفالت داره میشوره میره"}, finglish: []string{"looleye ab tarakide"}},
	{key: "sewage", family: "sewage", agency: "water", ep: defect, weight: 1, singles: 0.5, tail: 0.7,
		right: []string{"فاضلاب", "آب و فاضلاب"}, wrong: []string{"آب‌های سطحی", "پسماند", "بهداشت"},
		says: []string{"فاضلاب از منهول بیرون زده", "پس زدن فاضلاب تو خیابون", "بوی فاضلاب و آب کثیف جاری شده", "چاه فاضلاب سرریز کرده"},
		why:  []string{"بوی وحشتناک", "مغازه‌ها نمیتونن باز کنن"}, finglish: []string{"fazelab biroon zade"}},
	{key: "wire", family: "wire", agency: "power", ep: defect, weight: 0.8, singles: 0.55, tail: 0.8,
		right: []string{"برق"}, wrong: []string{"روشنایی معابر", "سایر"},
		says: []string{"سیم برق از تیر آویزون شده", "ترانس برق صدای وزوز میده و جرقه میزنه", "برق مغازه‌های این ردیف از صبح قطعه", "تیر برق کج شده"},
		why:  []string{"خطر برق گرفتگی", "بارون که میاد جرقه میزنه"}, finglish: []string{"sim bargh avizoon"}},
	{key: "gas", family: "gas", agency: "gas", ep: defect, weight: 0.8, singles: 0.6, tail: 0.7,
		right: []string{"گاز"}, wrong: []string{"سایر", "آتش‌نشانی"},
		says: []string{"بوی گاز شدید میاد", "نشت گاز از لوله کنار دیوار", "بوی گاز از زیر پیاده‌رو"},
		why:  []string{"خطر انفجار", "از صبح بو میاد"}, finglish: []string{"booye gaz miad"}},
	{key: "cable", family: "cable", agency: "telecom", ep: defect, weight: 0.8, singles: 0.6, tail: 0.6,
		right: []string{"مخابرات"}, wrong: []string{"برق", "سایر"},
		says: []string{"کابل تلفن از تیر افتاده روی پیاده‌رو", "کافو مخابرات درش بازه و سیم‌ها بیرونه", "تلفن و اینترنت مغازه‌های این راسته قطعه"},
		why:  []string{"کارتخوان‌ها کار نمیکنه", "چند روزه همینطوره"}, finglish: []string{"kabl telefon oftade"}},
	{key: "trade", family: "trade", agency: "other", ep: defect, weight: 1.6, singles: 0.8, tail: 0.3,
		right: []string{"سایر", "اصناف"}, wrong: []string{"پسماند", "بهداشت", "اجرائیات"},
		says: []string{"گرانفروشی در مغازه {mark}", "فروش مواد غذایی تاریخ گذشته", "رستوران {mark} بهداشت رو رعایت نمیکنه", "ماهی فاسد میفروشن"},
		why:  []string{"کسی هم نظارت نمیکنه", "بچم مسموم شد"}, finglish: []string{"geran forooshi"}},
}
