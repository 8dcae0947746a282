package persian

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Problem codes: what is wrong, whoever is responsible for it. "other" is returned when
// nothing is recognised.
const (
	ProblemAsphalt      = "asphalt"
	ProblemPothole      = "pothole"
	ProblemGarbage      = "garbage"
	ProblemCleaning     = "street_cleaning"
	ProblemDebris       = "construction_waste"
	ProblemSurfaceWater = "surface_water"
	ProblemSewage       = "sewage"
	ProblemLighting     = "lighting"
	ProblemTree         = "tree"
	ProblemBranchOnLine = "branch_powerline"
	ProblemStrayAnimals = "stray_animals"
	ProblemPests        = "pests"
	ProblemDeadAnimal   = "dead_animal"
	ProblemConstruction = "construction"
	ProblemSidewalk     = "sidewalk_obstruction"
	ProblemSidewalkDmg  = "sidewalk_damage"
	ProblemNoise        = "noise"
	ProblemParking      = "parking"
	ProblemWaterLeak    = "water_leak"
	ProblemWaterOutage  = "water_outage"
	ProblemGas          = "gas"
	ProblemTelecom      = "telecom"
	ProblemPower        = "power"
	ProblemTrench       = "trench"
	ProblemSpeedBump    = "speed_bump"
	ProblemTrafficLight = "traffic_light"
	ProblemTransit      = "transit"
	ProblemPublicOrder  = "public_order"
	ProblemFoodHygiene  = "food_hygiene"
	ProblemSnow         = "snow"
	ProblemOther        = "other"
)

// problemWords maps key words and two-word phrases (joined by a space) to problem codes with
// a weight: 3 names the problem outright, 1 only leans towards it.
var problemWords = map[string][]codeWeight{}

// bigrams holds the two-word entries of problemWords by first and second word, so a text's
// word pairs are looked up without building strings.
var bigrams = map[string]map[string][]codeWeight{}

// trigrams holds the three-word entries («ساخت و ساز», «سر و صدا»); hasTrigram their first words.
var (
	trigrams   = map[[3]string][]codeWeight{}
	hasTrigram = map[string]bool{}
)

// respelledClashes lists the Finglish problem words whose Persian key was listed before with
// another weight for the same problem; it should stay empty.
var respelledClashes []string

type codeWeight struct {
	code string
	w    float64
}

func init() {
	add := func(code string, w float64, words ...string) {
		for _, s := range words {
			k := Key(s)
			// a Finglish entry the spelling table turns into a Persian word already listed
			// must not change that word's weight (TestFinglishKeepsPersianWeight)
			if s[0] < utf8.RuneSelf && k != "" && k[0] >= utf8.RuneSelf {
				for _, cw := range problemWords[k] {
					if cw.code == code && cw.w != w {
						respelledClashes = append(respelledClashes, s)
					}
				}
			}
			// «asphalt» folds to «آسفالت»'s key: one word, counted once; a word listed
			// again for the same problem takes the later weight
			problemWords[k] = setWeight(problemWords[k], code, w)
			switch ws := strings.Fields(k); len(ws) {
			case 2:
				if bigrams[ws[0]] == nil {
					bigrams[ws[0]] = map[string][]codeWeight{}
				}
				bigrams[ws[0]][ws[1]] = setWeight(bigrams[ws[0]][ws[1]], code, w)
			case 3:
				k3 := [3]string{ws[0], ws[1], ws[2]}
				trigrams[k3] = setWeight(trigrams[k3], code, w)
				hasTrigram[ws[0]] = true
			}
			if w >= 3 {
				addTypos(k)
			}
		}
	}
	add(ProblemAsphalt, 3, "آسفالت", "قیر", "روکش", "لکه گیری", "لکهگیری", "زیرسازی", "قیرپاشی", "آسفالتی", "asphalt", "paving")
	add(ProblemAsphalt, 1, "خاکی", "ناهموار", "ترک", "ترمیم", "سنگفرش", "گل و لای", "خراب", "گل", "کنده شده")
	add(ProblemPothole, 3, "چاله", "گودال", "دست انداز", "دستانداز", "حفره", "چاله چوله", "pothole", "potholes")
	add(ProblemPothole, 1, "فرورفتگی", "نشست", "شکاف", "عمیق")
	add(ProblemGarbage, 3, "زباله", "سطل زباله", "مخزن زباله", "پسماند", "ماشین زباله", "شیرابه", "garbage", "trash", "sanitation")
	// also «اشغال», occupied, once folded (the phrases of occupying below take it back); the
	// Finglish «ashghal» gave it 3 through the spelling table long before that was said here
	add(ProblemGarbage, 3, "آشغال")
	add(ProblemGarbage, 1, "بوی بد", "تعفن", "کیسه", "جمع آوری", "جمعآوری", "تلنبار", "تلنبر")
	// (and spoken: «پیاده رو رو اشغال کردن»)
	add(ProblemSidewalk, 3, "اشغال کرده", "اشغال شده", "اشغال کردهاند", "اشغال کردن", "اشغال کردند", "اشغال میکنن", "اشغال میکنند")
	add(ProblemGarbage, -1.5, "اشغال کرده", "اشغال شده", "اشغال کردهاند", "اشغال کردن", "اشغال کردند", "اشغال میکنن", "اشغال میکنند")
	add(ProblemCleaning, 3, "نظافت", "جارو", "جاروب", "رفت و روب", "رفتگر", "کثیف", "کثیفه", "کثیفی", "خاک و برگ", "برگ و خاک", "شستشو")
	add(ProblemDebris, 3, "نخاله", "نخاله ساختمانی", "خاک و نخاله", "مصالح ساختمانی", "مصالح", "خاکبرداری")
	add(ProblemSurfaceWater, 3, "آبگرفتگی", "آب گرفتگی", "آب باران", "آب جمع", "آب راکد", "آب ایستاده", "جوی", "جوب",
		"آبرو", "کانال آب", "دریچه", "آبهای سطحی", "آب سطحی", "سیلاب", "تجمع آب", "آب میگیره", "آب میگیرد", "آب گرفته",
		"دریاچه", "water standing", "flooding")
	add(ProblemSurfaceWater, 1, "باران", "بارون", "بارندگی", "گرفتگی", "لایروبی", "آب", "کانال")
	add(ProblemSewage, 3, "فاضلاب", "منهول", "چاه فاضلاب", "بوی فاضلاب", "سرریز فاضلاب", "لوله فاضلاب", "پس زده", "sewer")
	add(ProblemSewage, 1, "چاه", "سرریز", "توالت")
	add(ProblemLighting, 3, "چراغ", "روشنایی", "لامپ", "تاریک", "تاریکی", "تاریکه", "چراغ برق", "تیر چراغ", "light", "lights", "streetlight")
	add(ProblemLighting, 1, "خاموش", "خاموشه", "تیر", "سوخته")
	add(ProblemPower, 3, "خاموشی", "خاموشی بدون", "قطع برق") // «خاموشی» is a blackout
	add(ProblemTree, 3, "درخت", "درختان", "شاخه", "هرس", "ریشه درخت", "قطع درخت", "tree", "trees")
	add(ProblemTree, 1, "فضای سبز", "چمن", "شمشاد", "باغچه", "شکسته", "خشک")
	add(ProblemStrayAnimals, 3, "سگ", "سگها", "ولگرد", "سگ ولگرد", "بلاصاحب", "حیوانات", "animal", "dog")
	add(ProblemStrayAnimals, 1, "گربه", "پارس", "حمله")
	add(ProblemPests, 3, "موش", "سوسک", "جوندگان", "سمپاشی", "سم پاشی", "حشرات", "rodent", "rat", "rats")
	add(ProblemPests, 1, "مار", "پشه")
	add(ProblemDeadAnimal, 3, "لاشه", "حیوان مرده", "سگ مرده", "گربه مرده", "dead animal", "مرده")
	add(ProblemDeadAnimal, 3, "جسد", "جسدش", "لاشهاش", "لاشه سگ", "لاشه گربه", "لاشه حیوان")
	// an open channel is a hazard of the channels, not of traffic; weeds are green space;
	// clean water welling up through the asphalt is a leaking main
	add(ProblemSurfaceWater, 3, "کانال روباز", "کانال باز", "دریچه کانال", "درپوش کانال")
	add(ProblemTree, 3, "علف هرز", "علفهای هرز", "علفهرز")
	add(ProblemWaterLeak, 3, "آب تمیز", "میجوشه", "آب میجوشد")
	// snow not cleared from a street or alley, and the ice after it (Rasht's heavy snows);
	// «از برف سنگین درخت افتاده»: the snow a cause, the fallen tree the problem
	add(ProblemSnow, 3, "برف روبی", "برفروبی", "برف روب", "برفروب", "برف نروبیدن", "یخ زدگی", "یخزدگی", "یخبندان",
		"نمک پاشی", "نمکپاشی", "شن پاشی", "شنپاشی", "barfroobi", "barf roobi")
	add(ProblemSnow, 2, "برف", "برفه", "برفها", "برفا", "یخ زده", "یخ بسته", "barf")
	add(ProblemSnow, 1, "یخ", "لیز", "سر میخوره", "لغزنده")
	add(ProblemStrayAnimals, -3, "سگ مرده", "گربه مرده", "لاشه سگ", "لاشه گربه")
	add(ProblemConstruction, 3, "ساخت و ساز", "ساختوساز", "غیرمجاز", "بدون مجوز", "بنایی", "گودبرداری", "گود برداری",
		"پیشامدگی", "پیش آمدگی", "تخلف ساختمانی", "اضافه بنا", "building")
	add(ProblemConstruction, 1, "ساختمان", "ساختمانی", "کارگر", "داربست", "پروانه", "حریم", "تخریب")
	add(ProblemSidewalk, 3, "سد معبر", "سدمعبر", "دستفروش", "اشغال پیادهرو", "بساط", "گاری", "graffiti", "کسبه", "اجناس")
	add(ProblemSidewalk, 1, "پیادهرو", "مغازه", "وسایل", "تابلو", "میز", "صندلی", "چیده")
	add(ProblemSidewalkDmg, 3, "پیادهرو ناهموار", "پیادهرو شکسته", "پیادهرو خراب", "موزاییک", "کفپوش", "سنگفرش پیادهرو", "جدول شکسته")
	add(ProblemSidewalkDmg, 1, "جدول", "جدولگذاری", "زمین میخوره", "زمین میخورن")
	add(ProblemNoise, 3, "سروصدا", "سر و صدا", "صدای", "مزاحمت صوتی", "بلندگو", "جوشکاری", "چکشکاری", "صدا", "noise")
	add(ProblemNoise, 1, "موسیقی", "ارکستر", "کارگاه", "نصف شب", "شبانه", "مزاحمت")
	add(ProblemParking, 3, "پارک دوبل", "پارک کرده", "پارک شده", "پارک میکنند", "پارک میکنن", "جلوی پارکینگ", "مسدود", "vehicle", "abandoned", "خودروی رها شده")
	add(ProblemParking, 1, "پارکینگ", "خودرو", "ماشین", "جلوی در", "ورودی", "راه بندان", "ترافیک", "عبور")
	add(ProblemWaterLeak, 3, "نشت آب", "ترکیدگی", "شکستگی لوله", "لوله آب", "کنتور آب", "لوله ترکیده",
		"هدر رفت", "ترکیده", "میجوشه", "میجوشد", "لوله اصلی")
	add(ProblemWaterLeak, 2, "هدر")
	add(ProblemWaterLeak, 1, "لوله", "نشتی", "نشت")
	add(ProblemWaterOutage, 3, "قطعی آب", "آب قطع", "آب قطعه", "فشار آب", "کم آبی", "بی آبی", "آب نداریم", "ab nadarim")
	add(ProblemWaterOutage, 1, "آب شرب", "قطعه")
	add(ProblemWaterLeak, 1, "آب شرب")
	add(ProblemGas, 3, "گاز", "بوی گاز", "نشت گاز", "لوله گاز", "انشعاب گاز", "gas")
	add(ProblemTelecom, 3, "مخابرات", "تلفن", "اینترنت", "کابل مخابرات", "جعبه مخابرات", "فیبر", "telephone")
	add(ProblemPower, 3, "قطعی برق", "برق قطع", "برق قطعه", "سیم برق", "کابل برق", "ترانس", "پست برق", "کنتور برق", "power")
	add(ProblemPower, 1, "برق", "سیم", "جرقه")
	add(ProblemPower, 3, "نوسان برق", "نوسانات برق", "افت ولتاژ")
	add(ProblemTrench, 4, "حفاری", "ترانشه", "کانال کنده", "کنده کاری", "کندهکاری", "trench")
	add(ProblemSpeedBump, 4, "سرعتگیر", "سرعت گیر", "سرعت شکن", "تند میرن", "speed bump")
	add(ProblemTrafficLight, 5, "چراغ راهنمایی", "چراغ قرمز", "راهنمایی و رانندگی", "چراغ چشمک زن", "traffic signal")
	add(ProblemTransit, 4, "ایستگاه اتوبوس", "اتوبوس", "ایستگاه تاکسی", "سقف ایستگاه", "bus", "اتوبوسرانی", "ناوگان")
	// taxis are the city's too (its تاکسیرانی): a driver's manners or fare is public transport
	add(ProblemTransit, 3, "تاکسی", "راننده تاکسی", "تاکسیرانی", "تاکسی ها", "کرایه اضافه", "taxi")
	add(ProblemPublicOrder, 3, "معتاد", "معتادها", "معتادین", "اراذل", "دعوا", "مزاحم", "ناامن")
	add(ProblemFoodHygiene, 1, "بهداشت")
	add(ProblemFoodHygiene, 3, "رستوران", "فست فود", "تاریخ مصرف", "مواد غذایی", "قصابی", "نانوایی کثیف")
	add(ProblemWaterLeak, 3, "شیر فلکه", "نشتی داره", "آب از زیر")
	add(ProblemDebris, 3, "بقایای تخریب", "آجر", "سیمان", "خاک ساختمان", "کامیون", "خالی کرده")
	add(ProblemDebris, 1, "ریختن") // «زباله ریختن»: dumping, of whatever is named
	add(ProblemNoise, 3, "بیل مکانیکی", "شبها کار", "تا نصف شب")
	add(ProblemSpeedBump, 4, "سرعتیر", "نصب سرعت")
	add(ProblemTrafficLight, 5, "cheragh ghermez", "cheraghe ghermez", "cheragh rahnamaei", "cheraghe rahnamaei")
	add(ProblemTrafficLight, 5, "چراغ عابر", "چراغ عابر پیاده", "زرد چشمک", "چشمک میزنه", "چهارراه خاموش")
	add(ProblemSidewalkDmg, 3, "کف پوش", "کف پوش پیادهرو", "لق شده", "شکستگی پیادهرو", "جدولها", "جدول های")
	add(ProblemLighting, -3, "چراغ عابر", "زرد چشمک")
	add(ProblemParking, 3, "دوبله پارک", "دوبل پارک", "کوچه رو بستن", "کوچه را بستند", "رو بستن", "جلوی درب", "وانت بار")
	add(ProblemParking, 1, "بستن", "بستند", "وانت", "خودروهای", "ماشینها")
	add(ProblemSidewalk, 3, "تعمیرگاه", "سایبان")
	add(ProblemNoise, 3, "پارتی", "داد و فریاد", "تلویزیون")
	add(ProblemNoise, 1, "همسایه")
	add(ProblemNoise, -1, "همسایهها هم", "همسایه ها هم", "همسایهها شاکی", "همسایه ها شاکی") // «همسایه‌ها هم ثبت کردن»: others reported it too
	// more ways people say it
	add(ProblemSurfaceWater, 3, "لجن", "نهر", "انسداد کانال", "دهانه ابرو")
	add(ProblemNoise, 3, "مهمونی", "مهمانی", "عروسی")
	add(ProblemFoodHygiene, 3, "نانوایی", "کمفروشی", "کم فروشی", "ساندویچی", "قنادی")
	add(ProblemWaterOutage, 3, "آب نمیرسه", "آب نمیرسد", "طبقات بالا", "قطعی مکرر آب", "آب شرب قطع")
	add(ProblemPower, 3, "قطعی مکرر برق")
	add(ProblemPower, -3, "خاموشی چراغ", "خاموشی چراغهای", "خاموشی روشنایی")
	add(ProblemLighting, 2, "خاموشی چراغ", "خاموشی چراغهای", "خاموشی روشنایی")
	add(ProblemGarbage, 3, "اشغالها", "اشغالا", "نبردن زباله")
	add(ProblemGarbage, 1, "نبردن")
	add(ProblemPothole, 2, "ترس چاله") // «ماشین‌ها از ترس چاله‌ها از پیاده‌رو رد میشن»
	add(ProblemSidewalkDmg, -5, "ترس چاله")
	add(ProblemAsphalt, 2, "کوچه خراب", "خیابان خراب")
	add(ProblemPublicOrder, 3, "ویراژ", "اگزوز", "دزدی", "سرقت", "موتورسوار", "موتورسوارها")
	add(ProblemSidewalk, 3, "پیادهرو رو گرفته", "پیادهرو را گرفته", "پیادهرو رو گرفتن")
	// phrases that undo a single word's lean
	add(ProblemStrayAnimals, 3, "گاز گرفتند", "گاز گرفته", "گاز گرفت", "گاز گرفتن", "گاز میگیرن", "گاز میگیرند")
	add(ProblemGas, -3, "گاز گرفت", "گاز گرفتند", "گاز گرفته", "فلکه گاز", "میدان گاز", "گاز گرفتن", "گاز میگیرن", "گاز میگیرند")
	add(ProblemParking, -3, "پارک محله", "داخل پارک", "پشت پارک")
	add(ProblemLighting, -3, "چراغ راهنمایی", "چراغ قرمز")
	add(ProblemSurfaceWater, -1, "آب شرب", "لوله آب", "قطعی آب", "آب قطع", "فشار آب", "نشت آب")
	add(ProblemSurfaceWater, -3, "زر جوب") // Zarjub, a neighbourhood and its river, written apart
	// «آب تا زانو بالا آمده، ماشین‌ها خاموش می‌کنند»: knee-deep water, engines stalling
	add(ProblemSurfaceWater, 3, "آب تا زانو")
	add(ProblemLighting, -1, "خاموش میکنند", "خاموش میکنن")

	// «پارک» alone is a park (بوستان), green space; parking is a car parked («پارک دوبل»,
	// «جای پارک», «ماشین ... پارک کرده», cueRules). A park's benches, swings and watering
	// are green space too; a dark park is lighting.
	// «پارک» mostly says where («پارک صیقلان»): it only tips a text that names nothing else
	add(ProblemTree, 0.5, "پارک", "park")
	add(ProblemTree, 0.5, "بوستان")
	add(ProblemTree, 3, "نیمکت", "سرسره", "الاکلنگ", "وسایل بازی", "وسیله بازی", "زمین بازی", "آبیاری", "آبخوری", "چمن کاری", "بوستان محله")
	add(ProblemTree, 2, "تاب")
	add(ProblemSidewalk, -1, "وسایل بازی") // «وسایل» leans to goods on the pavement
	add(ProblemParking, 3, "جای پارک", "جا پارک", "پارک میکنه", "پارک کردن", "پارک کردند", "پارک کردهاند", "پارک حاشیهای", "پارک ممنوع")
	add(ProblemParking, 2, "پارکینگ")
	add(ProblemLighting, 2, "پارک تاریک", "تاریکه پارک")
	add(ProblemLighting, 3, "ریسه", "ریسههای تزئینی", "نورپردازی", "نور کم", "نور کمه", "کم نور", "روشن نمیشه", "روشن نمیشن", "روشن نمیشود", "روشن نمیشوند")
	add(ProblemLighting, 1, "نور")
	// speeding cars ask for a speed bump, whatever car words come with them
	add(ProblemSpeedBump, 3, "سرعت", "سرعت بالا", "سرعت بالای", "سرعت بالی", "سرعت زیاد", "سرعت غیرمجاز", "با سرعت")
	add(ProblemSpeedBump, -3, "سرعت اینترنت")
	// a municipal bin is «مخزن»; a water tank says so
	add(ProblemGarbage, 3, "مخزن", "تخلیه مخزن", "satl")
	add(ProblemGarbage, -3, "مخزن آب")
	add(ProblemGarbage, 3, "پر از اشغال", "تپه اشغال", "کوه اشغال", "پر از اشغاله")
	add(ProblemSidewalk, -3, "پر از اشغال")
	// leaves filling the gutters want sweeping, not a tree surgeon
	add(ProblemCleaning, 4, "برگ درختان", "برگ درختا", "برگ ریزان", "خزان")
	add(ProblemTree, -3, "برگ درختان", "برگ درختا")
	add(ProblemCleaning, 1, "برگ")
	add(ProblemCleaning, 4, "برگ درخت") // «برگ درخت‌ها», however the plural is written
	add(ProblemTree, -3, "برگ درخت")
	// «بهداشت» alone is health, not food: «بهداشت محله در خطره» over rats, «بهداشت محیط»
	// is the office that baits them
	add(ProblemPests, 3, "طعمه گذاری", "طعمهگذاری", "طعمه", "ازدیاد جوندگان", "sampashi", "moosh")
	add(ProblemPests, 1.5, "بهداشت محیط")
	add(ProblemFoodHygiene, -1, "بهداشت محیط", "بهداشت محله", "مرکز بهداشت")
	add(ProblemFoodHygiene, 3, "مرغفروشی", "مرغ فروشی", "کیفیت نان", "نان بیکیفیت", "کیفیت پایین نان", "مواد غذایی فاسد")
	add(ProblemCleaning, 2, "سرویس بهداشتی", "دستشویی", "دستشوییها", "توالت عمومی")
	// a broken pavement, whatever the category says
	add(ProblemSidewalkDmg, 3, "رمپ", "رمپ معلولین", "ترمیم پیادهرو", "ترمیم جدول", "پستی بلندی", "پستی و بلندی", "پل عابر")
	add(ProblemSidewalkDmg, 1, "piaderoo", "piaderow", "piadero")
	// building materials left on the street block it: sidewalk obstruction (related to rubble)
	add(ProblemDebris, 3, "شن و ماسه", "تیرآهن", "ضایعات ساختمانی", "پسماند ساختمانی", "نخاله بنایی", "nakhale")
	add(ProblemGarbage, -3, "پسماند ساختمانی")
	add(ProblemConstruction, -3, "نخاله بنایی")
	add(ProblemSidewalk, 2, "روی پیادهرو", "رو پیادهرو")
	add(ProblemConstruction, 3, "در حال ساخت", "بتن ریزی", "بتنریزی", "قالب بندی")
	add(ProblemConstruction, 1, "بتن")
	add(ProblemPublicOrder, 3, "دعوای", "دعوا و درگیری")
	add(ProblemPublicOrder, 2, "درگیری")
	// «ببخشید مزاحم میشم» is politeness, not a nuisance
	add(ProblemPublicOrder, -3, "مزاحم میشم", "مزاحم شدم", "مزاحم میشوم", "مزاحم شدیم")
	add(ProblemSidewalk, -1, "نصب تابلو", "تابلو ایست", "تابلو راهنمایی", "تابلو نام")
	add(ProblemSurfaceWater, 3, "زیر اب", "زیر ابه", "لایروبی", "تخلیه اب", "jooy", "jooye", "joob")
	add(ProblemSurfaceWater, 1, "barun", "baran")
	add(ProblemWaterLeak, 3, "میزنه بیرون", "فواره میزنه", "فواره میزند", "انشعاب اب", "ابرسانی", "tarakide")
	add(ProblemWaterLeak, 2, "کنتور", "loole")
	add(ProblemTransit, 2, "ایستگاه")
	// a car parked in the way is parking, not a nuisance of public order
	add(ProblemParking, 3, "پارک مزاحم", "خودروی مزاحم", "ماشین مزاحم", "توقف خودرو", "توقف ماشین")
	add(ProblemPublicOrder, -3, "پارک مزاحم", "خودروی مزاحم", "ماشین مزاحم")
	add(ProblemTree, 3, "از ریشه") // «درخت از ریشه درآمده و افتاده روی پیاده‌رو»
	add(ProblemSurfaceWater, 2, "اب برداشته", "اب bardashte")
	// drinking water out in the street is a main leaking
	add(ProblemWaterLeak, 2, "آب شرب")
	add(ProblemWaterLeak, 1, "زیر زمین")
	// water welling up through the asphalt is a main, not the asphalt
	add(ProblemWaterLeak, 3, "بیرون میزند", "بیرون میزنه", "بیرون میاد")
	add(ProblemWaterLeak, 2, "زیر اسفالت")
	add(ProblemAsphalt, -3, "زیر اسفالت")
	add(ProblemSurfaceWater, 3, "پشت جدول", "gereftegi", "ab gereftegi")
	add(ProblemSidewalkDmg, -1, "پشت جدول")
	// a trade's hygiene, food that made someone ill
	add(ProblemFoodHygiene, 3, "بهداشت صنف", "رعایت بهداشت", "مسموم", "مسمومیت", "غذای مونده", "غذای مانده", "فست فودی")
	add(ProblemPower, 3, "جعبه فیوز", "فیوز", "سیمها بیرون", "سیم لخت")
	// spraying the trees is the trees' care
	add(ProblemTree, 3, "سمپاشی درختان", "سم پاشی درختان")
	add(ProblemPests, -3, "سمپاشی درختان", "سم پاشی درختان")
	add(ProblemSidewalk, 2, "جنس", "اجناسش", "اجناسشون", "اجناسشو", "مغازهدار", "مغازهدارها", "مغازه دار", "تو پیادهرو", "توی پیادهرو")
	add(ProblemParking, 3, "پارک دوبله")
	// «درخط» is how many write «درخت»; roots lifting the pavement are the tree's
	add(ProblemTree, 3, "درخط", "درخطان", "درخطها", "ریشه درخط")
	add(ProblemTree, 2, "ریشه")
	add(ProblemDeadAnimal, 3, "جنازه", "تلف شده", "تلف")
	add(ProblemWaterOutage, 3, "وصل اب", "طبقه بالا")
	// muddy tap water is the water company's, like an outage
	add(ProblemWaterOutage, 3, "اب لوله کشی", "گل الود بودن", "کلر", "بوی کلر")
	add(ProblemTree, 3, "وسایل ورزشی", "وسایل ورزش")
	add(ProblemSidewalk, -1, "وسایل ورزشی", "وسایل ورزش")
	add(ProblemPothole, 3, "دس انداز", "دسانداز")
	// «اداره برق گفت مربوط به ما نیست»: the office, not the power
	add(ProblemPower, -1, "اداره برق")
	add(ProblemGas, -3, "اداره گاز")
	// «پر علف و آشغال شده»: full of rubbish, not occupied
	add(ProblemSidewalk, -3, "و اشغال شده")
	add(ProblemGarbage, 3, "و اشغال شده")
	add(ProblemCleaning, 3, "رفتوروب", "رفت وروب", "جاروکشی", "جارو کشی")
	add(ProblemCleaning, 2, "سرویس عمومی")
	add(ProblemTree, 2, "علف")
	// Finglish as texted («sar o seda», «kanale kooche gerefte», «ajnas too piade ro»)
	add(ProblemNoise, 3, "sar o seda", "sar va seda", "sarosada")
	add(ProblemSurfaceWater, 2, "kanal", "kanale")
	add(ProblemSurfaceWater, 1, "gerefte")
	add(ProblemSidewalk, 3, "ajnas", "sade mabar", "sadde maabar", "dastforoosh", "dastforosh")
	add(ProblemSidewalk, 1, "piade", "piyade", "piaderoo", "piadero")
	add(ProblemConstruction, 3, "sakht va saz", "sakht o saz", "sakht va saze", "gheyre mojaz", "gheire mojaz")
	add(ProblemLighting, 3, "tarik", "tarike", "lamp")
	add(ProblemPothole, 3, "dast andaz", "dastandaz", "chaale")
	add(ProblemStrayAnimals, 3, "velgard", "sagha", "saga")
	add(ProblemStrayAnimals, 1, "hamle")
	add(ProblemTelecom, 3, "adsl", "mokhaberat")
	// «کافو», a telecom street cabinet, is as often a landmark («کنار کافوی مخابرات»)
	add(ProblemTelecom, 2, "کافو", "کافوی", "kafoo")
	add(ProblemTelecom, 3, "کافو مخابرات", "کافوی مخابرات", "کافو مخابراتی")
	add(ProblemLighting, 1, "khamooshe", "khamoosh", "khamoushe")
	add(ProblemGarbage, 2, "satle")
	add(ProblemGarbage, 1, "nabordan", "booye", "boo")
	add(ProblemTree, 3, "hers", "hars", "haras")
	add(ProblemTree, 1, "shekaste", "chaman")
	add(ProblemCleaning, 3, "jaroo", "kasif", "kasife")
	add(ProblemSidewalkDmg, 3, "mozaik", "mozaeik")
	add(ProblemConstruction, 1, "sakhtemoni", "sakhtemani")
	add(ProblemWaterLeak, 1, "looleye", "looleh")
	add(ProblemSurfaceWater, 3, "dariche", "daricheye")
	add(ProblemNoise, 3, "اهنگ بلند", "صدای اهنگ", "mehmooni") // loud music («ahang boland» folds to it), a party
	add(ProblemParking, 2, "parking")
	add(ProblemWaterLeak, 3, "zire asfalt", "zir asfalt", "zire asphalt", "loole tarkide", "looleh tarkide", "lole tarkide")
	add(ProblemAsphalt, -2, "zire asfalt", "zir asfalt", "zire asphalt")
	add(ProblemWaterOutage, 3, "feshar e ab", "feshare ab", "feshar ab", "ab ghate", "ab ghat", "abe ghat")
	add(ProblemSurfaceWater, -2, "feshar e ab", "feshare ab", "feshar ab")
	add(ProblemTrench, 3, "hafari", "kande", "kandan", "kandeh")
	add(ProblemSpeedBump, 3, "sorat gir", "soratgir", "sorat gire", "sorat gir ha")
	add(ProblemDeadAnimal, 3, "lashe", "laashe", "lasheh")
	add(ProblemConstruction, 3, "bedoone mojavez", "bedune mojavez", "bi mojavez", "sakht o saze")
	add(ProblemPests, 3, "soosk", "sooska", "sampashi", "moosh", "mooshha", "pashe")
	add(ProblemSidewalkDmg, 2, "jadval", "jadvale")
	// words the dev texts use often where nothing else named the problem
	add(ProblemAsphalt, 1, "داغون", "داغونه")
	add(ProblemSidewalk, 3, "دیوارنویسی", "دیوار نویسی") // as «graffiti»
	add(ProblemGarbage, 3, "اشغالدانی", "اشغالدونی")
	add(ProblemTree, 3, "چمنزنی", "چمن زنی")
	add(ProblemConstruction, 3, "بتونیر", "بتنساز", "بتن ساز")
	add(ProblemSidewalk, 2, "میوهفروش", "میوهفروشی", "میوه فروش", "میوه فروشی")
	add(ProblemParking, 2, "وانتبار", "وانتبارها", "وانتبارهای")
	add(ProblemWaterLeak, 2, "اب اصلی") // «لوله آب اصلی ترکیده»
	add(ProblemGarbage, 2, "ریختن زباله")
	add(ProblemDebris, -3, "ریختن زباله")
	add(ProblemTransit, 3, "نقل عمومی", "otoboos", "otobus", "autobus") // «حمل و نقل عمومی»: four words, matched by its last two
	add(ProblemNoise, 3, "آلودگی صوتی")
	// dogs barking and tearing the rubbish bags are the dogs
	add(ProblemStrayAnimals, 2, "پارس")
	// mosquitoes are the complaint; the stagnant gutter they breed in says where
	add(ProblemPests, 3, "پشه", "پشهها")
	// mud nobody cleared after the rain is an unswept street
	add(ProblemCleaning, 3, "پاک نکرد", "پاک نکردند", "پاک نکرده", "پاک نکردن", "پاک نشده", "پاک نمیکنه", "پاک نمیکنند", "پاکسازی")
	// a restaurant mostly says whose rubbish or smell it is
	add(ProblemFoodHygiene, 2, "رستوران")
	add(ProblemSurfaceWater, 3, "دهانه کانال")
	// the water out of the tap, muddy or yellow, is the supply's, however «لوله‌کشی» is spaced
	add(ProblemWaterOutage, 3, "اب لولهکشی", "اب شیر", "کدر", "گل الود", "گلالود")
	// words that named nothing in texts whose issue had a problem (issue 3, thirteen authors)
	// «کوچه خرابه» is the spoken «کوچه خراب است»; «سطح معبر» the road surface
	add(ProblemAsphalt, 2, "کوچه خرابه", "خیابان خرابه", "خیابون خرابه", "کوچمون خرابه", "کوچهمون خرابه")
	add(ProblemAsphalt, 3, "سطح معبر", "سطحمعبر")
	// «وضع کوچه خیلی بده», «وضعیت این کوچه افتضاحه», «خرابی معبر»: the alley's state, said with no
	// other word, is its surface to most authors who file it; weak, so that the operator's
	// category still says which when it names another problem (issue 3, seed 2026's listing)
	add(ProblemAsphalt, 1, "کوچه خیلی بده", "کوچه افتضاحه", "کوچمون افتضاحه", "خرابی معبر")
	add(ProblemPothole, 3, "چاهل", "چال", "چال ه") // «چال»: a pit, however «چاله‌ها» was split («چال هها»)
	// Gilaki «آشغال پُر بوسته», full of rubbish, however it is joined
	add(ProblemGarbage, 3, "اشغالپور", "اشغال پور", "زباله پور", "زبالهدونی", "زباله دونی")
	add(ProblemTree, 3, "وسایلبازی", "وسیلهبازی")
	add(ProblemGarbage, 2, "پاکبان") // «پاکبان چند روزه نیومده»: nobody took the rubbish
	add(ProblemCleaning, 3, "تمیز نکرد", "تمیز نکردند", "تمیز نکرده", "تمیز نکردن", "تمیز نشده", "تمیز نمیکنند", "تمیز نمیکنن")
	// «کوچه رو کنده و رفته»: dug and gone (not «کنده شده ... مدرسه رفتن»)
	add(ProblemTrench, 10, "کنده و رفته", "کنده و رفتن", "کندن و رفتن", "کندن و رفتند", "کندند و رفتند")
	add(ProblemConstruction, 2, "ساختمانسازی", "ساختمان سازی") // «خاک و آجر ساختمان‌سازی ریخته» is the rubble
	add(ProblemConstruction, 2, "گرد و خاک")
	add(ProblemDebris, 3, "ضایعات", "تپه خاک", "اوار")
	// a wall built out into the alley («دیوار را جلو آورده‌اند، کوچه تنگ شده»)
	add(ProblemConstruction, 3, "دیوارکشی", "دیوار کشی", "جلو اورده", "جلو اوردهاند", "جلو اوردن", "جلو کشیده")
	add(ProblemSpeedBump, 4, "سرعتکاه", "سرعت کاه", "سرعتکاهنده", "سرعت کاهنده")
	add(ProblemSpeedBump, 3, "خطکشی عابر", "خط کشی عابر") // a crossing for the school's children
	add(ProblemTrench, 4, "کانالکشی", "کانال کشی", "عملیات عمرانی")
	add(ProblemNoise, 3, "پیکور")
	add(ProblemStrayAnimals, 3, "سگای", "سگا")
	add(ProblemStrayAnimals, 2, "بیصاحب")
	add(ProblemPests, 3, "موشا", "موشای", "موشهای")
	add(ProblemSidewalkDmg, 3, "تخریب پیادهرو")
	// «چاله عمیق جلوی درب منزل»: the door says where, no car blocks it
	add(ProblemParking, -3, "جلوی درب منزل", "جلوی درب خانه", "جلوی درب خونه")
	// «دستفروش‌ها پیاده‌رو رو بستن»: the pavement blocked, not an alley closed by cars
	add(ProblemSidewalk, 3, "پیادهرو رو بستن", "پیادهرو را بستند", "پیادهرو رو بستند", "پیادهرو رو بسته", "پیادهرو را بسته")
	add(ProblemPublicOrder, 3, "مواد مخدر", "مواد فروش", "مواد فروشی")
	// more of the thirteenth authors' words: «درحت» is «درخت» with ح; an electrocution
	// hazard; everyone's phones; «صد معبر» misheard; Gilaki «وارش», rain
	add(ProblemTree, 3, "درحت", "درحتو", "درحتها", "درحتا", "درختو", "تنه درخت")
	add(ProblemPower, 3, "برقگرفتگی", "برق گرفتگی")
	add(ProblemTelecom, 3, "تلفنها", "تلفنهاشون", "تلفنامون", "تلفنا")
	add(ProblemSidewalk, 3, "صد معبر", "صدمعبر")
	add(ProblemPublicOrder, 3, "motad", "motada", "motadha")
	add(ProblemSurfaceWater, 1, "وارش")
	add(ProblemSurfaceWater, 3, "دریا میشه", "دریا شده", "دریا میشود")
	// «سطح کوچه پر از سوراخه»: holes in the alley; «مثل جاده خاکی», never paved; a dip written apart
	add(ProblemPothole, 3, "سوراخ", "سوراخه", "سوراخها", "پر از سوراخ")
	add(ProblemAsphalt, 3, "جاده خاکی")
	add(ProblemPothole, 1, "فرو رفتگی")
	// black water is the sewer's, whatever channel it runs in
	add(ProblemSewage, 5, "اب سیاه")
	add(ProblemSurfaceWater, -1, "اب سیاه")
	add(ProblemSewage, 3, "فاضلابه")
	add(ProblemPublicOrder, 3, "و فروش مواد") // «خرید و فروش مواد», not «فروش مواد غذایی»
	add(ProblemTelecom, 3, "telefon", "telefone", "telefonam")
	add(ProblemTelecom, 2, "boogh") // «telefon boogh nadare»
	add(ProblemTransit, 3, "سایه بان ایستگاه", "نبود سایه بان", "سایهبان ایستگاه", "نبود سایهبان")
	// «آب کثیف و بدبو از دریچه فاضلاب بیرون میاد»: the sewer's manhole, not the rain's grate
	add(ProblemSewage, 5, "دریچه فاضلاب", "کانال فاضلاب", "دریچه منهول")
	add(ProblemSewage, 2, "بدبو", "اب کثیف")
	add(ProblemCleaning, -3, "اب کثیف")
	// «آب خیابان روبروی کوچه ۱۳ نشت میکنه», «هدررفت آب از شبکه»: the mains leaking
	add(ProblemWaterLeak, 3, "نشت میکنه", "نشت میکند", "نشت میکنن", "هدررفت", "هدر رفت")
	// «گل و شل کوچه تا زانو است لطفا شن بریزید»: an unpaved lane's mud wants gravel
	add(ProblemAsphalt, 3, "شن بریزید", "شن بریزن", "شن ریختن")
	add(ProblemAsphalt, 2, "گل و شل")
	// «زمان چراغ سبز خیلی کمه», «جنس تاریخ گذشته میفروشه», «سگ همسایه شب تا صبح پارس
	// میکنه», «جعبه گذاشتن عابر مجبوره بره تو خیابون»
	add(ProblemTrafficLight, 4, "چراغ سبز", "زمان چراغ")
	add(ProblemFoodHygiene, 3, "تاریخ گذشته", "تاریخ مصرف گذشته")
	add(ProblemNoise, 4, "سگ همسایه")
	add(ProblemSidewalk, 3, "عابر مجبوره", "عابر مجبور", "عابرین مجبور", "عابران مجبور")
	// «lole ab kooche nastaran tarkide»: a burst pipe
	add(ProblemWaterLeak, 3, "tarkide", "tarakide", "tarkideh")
	// «جوی پر از برگ و آشغاله آب راه نداره»: the water cannot get away
	add(ProblemSurfaceWater, 3, "اب راه نداره", "اب راه ندارد")
	// «زورگیری خیابان زیاد شده», «آنتن نمیده», «جای کندن کوچه گود شده», «مجوز ندارن»,
	// «جرثقیل ساختمون تا ده شب کار میکنه», Finglish «dastforusha», «zirgozar por abe»
	add(ProblemPublicOrder, 3, "زورگیری", "زورگیر")
	add(ProblemTelecom, 3, "انتن", "انتن نمیده", "انتن نداره")
	add(ProblemTrench, 3, "جای کندن", "جای حفاری")
	add(ProblemConstruction, 3, "مجوز ندارن", "مجوز ندارند", "مجوز نداره", "مجوز ندارد", "جرثقیل")
	add(ProblemSidewalk, 3, "dastforush", "dastforusha", "dastforoosh", "dastforooshha")
	add(ProblemSurfaceWater, 3, "por abe", "por ab", "zirgozar")
	// «جلوی در پارکینگ چاله افتاده»: the garage door says where
	add(ProblemParking, -2, "در پارکینگ")
	// «آب کوچه رو گرفته، تا زانو آبه», «خیابون ما رو آب برده»
	add(ProblemSurfaceWater, 3, "تا زانو", "اب برده", "ابراه", "ابراهه", "ابراهها")
	// «نیاز به آسفالت‌ریزی», «شن‌ریزی کنید», «کوچه خاکیه»: a road to pave
	add(ProblemAsphalt, 3, "اسفالتریزی", "اسفالت ریزی", "شنریزی", "شن ریزی", "کوچه خاکی", "کوچه خاکیه", "کوچهها خاکیه")
	// «کوچه ما هنوز خاکیه», «کوچه گلی شده»: never paved; «چال‌ای که با بارون پر آب میشه»,
	// «پر از چله‌ست», Finglish «chaael»: a pothole
	add(ProblemAsphalt, 3, "هنوز خاکیه", "هنوز خاکی", "گلی شده")
	add(ProblemPothole, 3, "چالای", "چلهست", "پر از چله", "chaael", "chaal")
	// «زباله‌ریخته تو کوچه» written as one word, «ذباله» with ذ, Finglish «makhzane ... pore»
	add(ProblemGarbage, 3, "زبالهریخته", "ذباله", "ذبالهها", "ذباله دونی")
	add(ProblemGarbage, 2, "makhzan", "makhzane")
	// «pastor ... k 5 zire abe»: under water; «cheraghaye khiaban ... khamushe»
	add(ProblemSurfaceWater, 3, "zire abe", "zire ab", "zir abe")
	add(ProblemLighting, 3, "cheragh", "cheraghe", "cheragha", "cheraghaye", "cheraghhaye")
	add(ProblemLighting, 1, "khamushe", "khamush")
	// «خاک و ماسه وسط کوچه مونده کسی تمیز نمیکنه»
	add(ProblemCleaning, 3, "تمیز نمیکنه", "تمیز نمیکنید", "تمیز نمیکنی")
	// «یکی تو کوچه داره دیوار میکشه و بخشی از کوچه رو گرفته», «تغییر کاربری»
	add(ProblemConstruction, 3, "دیوار میکشه", "دیوار میکشن", "دیوار میکشند", "دیوار کشیده", "دیوار کشیدن", "تغییر کاربری")
	// Finglish «sadde mabar maghaze», «jaye rad shodan nist»
	add(ProblemSidewalk, 3, "sadde mabar", "sadde maabar", "sade maabar")
	add(ProblemSidewalk, 2, "jaye rad shodan", "jaye rad shodan nist")
	// «تخلیه غیرمجاز زباله در حاشیه جاده»: rubbish dumped, not a building without a permit
	add(ProblemGarbage, 3, "تخلیه غیرمجاز زباله", "تخلیه زباله")
	add(ProblemConstruction, -3, "غیرمجاز زباله")
	// «jade khakie ba baroon gel shode», «جاده خاکیه», «کوچه پر گل»: a road to pave
	add(ProblemAsphalt, 3, "jade khakie", "jade khaki", "gel shode", "جاده خاکیه", "کوچه پر گل")
	// «کارگرای شهرداری فقط سر کوچه رو جمع میکنن»: the rubbish collectors
	add(ProblemGarbage, 2, "کارگرای شهرداری", "کارگرهای شهرداری", "کارگران شهرداری")
	// «دریچه کنار جدول شکسته»: the gutter's grate
	add(ProblemSurfaceWater, 3, "دریچه کنار جدول")
	// «تخلیه غیرمجاز نخاله»: rubble dumped, not a building without a permit; «نخواله»
	add(ProblemDebris, 3, "تخلیه غیرمجاز نخاله", "تخلیه نخاله", "نخواله")
	add(ProblemConstruction, -3, "غیرمجاز نخاله")
	// «توقف غیرمجاز خودرو», «سد معبر توسط خودرو»: a car where it may not stand
	add(ProblemParking, 4, "توقف غیرمجاز", "توقف غیر مجاز", "توسط خودرو", "توسط خودروها", "توسط ماشین", "با خودرو")
	add(ProblemConstruction, -3, "توقف غیرمجاز", "توقف غیر مجاز")
	// «کدورت آب شرب»: the tap's water is turbid; «فاضلاپ» with پ
	add(ProblemWaterOutage, 3, "کدورت", "کدورت اب")
	add(ProblemSewage, 3, "فاضلاپ")
	// «برق تیرای کوچه قطعه شبا هیچی دیده نمیشه»: the poles' lamps, not the houses' power;
	// «خیابان یخ‌سازی» is a street's name, not ice
	add(ProblemLighting, 5, "برق تیرای", "برق تیرا", "برق تیرهای", "برق تیرها")
	add(ProblemSnow, -1, "یخ سازی", "یخسازی")
}

// Keywords returns the problem words found in a key (see Key), each with the code it points
// to; a weight below zero marks a phrase that cancels a word («گاز گرفت» is a bite, not gas).
// The jurisdiction engine can reuse it to explain a flag.
func Keywords(key string) []Keyword { return keywordsOf(strings.Fields(key)) }

func keywordsOf(ws []string) []Keyword {
	var out []Keyword
	scanKeywords(ws, func(phrase []string, code string, w float64) {
		out = append(out, Keyword{Word: strings.Join(phrase, " "), Code: code, Weight: w})
	})
	return out
}

// scanKeywords calls fn for every problem word and phrase in ws; phrase is only valid
// during the call. It allocates nothing on the way.
func scanKeywords(ws []string, fn func(phrase []string, code string, w float64)) {
	scanKeywordsAt(ws, func(_ int, phrase []string, code string, w float64) { fn(phrase, code, w) })
}

// scanKeywordsAt is scanKeywords telling fn where in ws each phrase starts.
func scanKeywordsAt(ws []string, fn func(at int, phrase []string, code string, w float64)) {
	var ph [3]string
	strong := false
	idx := keywordIndex()
	for i, w := range ws {
		e := idx[w]
		if e == nil {
			w = stem(w) // but «نوسان» opens «نوسان برق» as it is
			if e = idx[w]; e == nil {
				// a letter typed twice («جددول», «چالهههای»), or a word spelt by ear («برغ»)
				if w = undouble(ws[i]); w == ws[i] {
					if w = soundWord(ws[i]); w == "" || idx[w] == nil {
						continue
					}
				}
				if e = idx[w]; e == nil {
					if w = stem(w); idx[w] == nil {
						continue
					}
					e = idx[w]
				}
			}
		}
		for _, cw := range e.words {
			strong = strong || cw.w >= 3
			ph[0] = w
			fn(i, ph[:1], cw.code, cw.w)
		}
		if e.trigram && i+2 < len(ws) {
			for _, cw := range trigrams[[3]string{w, ws[i+1], ws[i+2]}] {
				strong = strong || cw.w >= 3
				ph = [3]string{w, ws[i+1], ws[i+2]}
				fn(i, ph[:3], cw.code, cw.w)
			}
		}
		if second := e.bigrams; second != nil && i+1 < len(ws) {
			n := ws[i+1]
			if _, ok := second[n]; !ok {
				n = stem(n)
				if _, ok := second[n]; !ok {
					if s := soundWord(ws[i+1]); s != "" {
						n = s // «آب غطعه»
					}
				}
			}
			for _, cw := range second[n] {
				strong = strong || cw.w >= 3 // «کیفیت پایین نان» is no misspelt «کثیف»
				ph[0], ph[1] = w, n
				fn(i, ph[:2], cw.code, cw.w)
			}
		}
	}
	if strong {
		return
	}
	// nothing named the problem outright: maybe a typo did («سعرتگیر», «زباهها»)
	for i, w := range ws {
		if e := idx[w]; e != nil && e.isWord {
			continue
		}
		k := fuzzyKeyword(w)
		if s := stem(w); k == "" && s != w {
			k = fuzzyKeyword(s) // «زبااله‌ها»
		}

		if k != "" {
			for _, cw := range problemWords[k] {
				if cw.w >= 3 {
					ph[0] = w
					fn(i, ph[:1], cw.code, cw.w-1)
				}
			}
		}
	}
}

// setWeight gives code the weight w in cws, once.
func setWeight(cws []codeWeight, code string, w float64) []codeWeight {
	for i := range cws {
		if cws[i].code == code {
			cws[i].w = w
			return cws
		}
	}
	return append(cws, codeWeight{code, w})
}

// scanProblem is scanKeywords for reading a text's problem: a problem word that names a
// landmark («جلوی پست برق یک چاله بزرگ», «کنار نانوایی زباله») says where the problem is,
// so it counts only when nothing else even leans to one.
func scanProblem(ws []string, fn func(code string, w float64)) {
	var held [8]codeScore
	n, named := 0, false
	scanKeywordsAt(ws, func(at int, phrase []string, code string, w float64) {
		if landmarkAt(ws, at) {
			if n < len(held) {
				held[n] = codeScore{code, w}
				n++
			}
			return
		}
		named = named || w > 0
		if len(phrase) == 1 && landmarkNameAt(ws, at) {
			// «برق» of «کنار پست برق» leans to no problem of its own; it still keeps the
			// landmark from standing in for a text that names nothing else
			return
		}
		fn(code, w)
	})
	if !named {
		for _, h := range held[:n] {
			fn(h.code, h.w)
		}
	}
}

// landmarkAt reports whether ws[i] is a place people give directions by, right after a
// word that says where («جلوی», «کنار», «بعد از»), or the name of an office after one
// («کنار مرکز بهداشت»).
func landmarkAt(ws []string, i int) bool {
	if landmarks[ws[i]] || landmarks[stem(ws[i])] {
		return whereAt(ws, i)
	}
	return i >= 1 && landmarkHeads[ws[i-1]] && whereAt(ws, i-1)
}

// landmarkNameAt reports whether ws[i] finishes the name of a landmark that landmarkAt
// found at ws[i-1], the two words a keyword pair: «روبروی پست برق», «کنار مخزن زباله».
func landmarkNameAt(ws []string, i int) bool {
	if i < 1 {
		return false
	}
	prev := ws[i-1]
	if !landmarks[prev] {
		prev = stem(prev)
	}
	second := bigrams[prev]
	if second == nil || !landmarks[prev] {
		return false
	}
	if _, ok := second[ws[i]]; !ok {
		if _, ok = second[stem(ws[i])]; !ok {
			return false
		}
	}
	return whereAt(ws, i-1)
}

// whereAt reports whether the words before ws[i] say where: «جلوی», «بعد از», «روبه روی».
func whereAt(ws []string, i int) bool {
	if i >= 1 && wherePreps[ws[i-1]] {
		return true
	}
	if i < 2 {
		return false
	}
	switch a, b := ws[i-2], ws[i-1]; {
	case b == "از":
		return a == "بعد" || a == "قبل" || a == "پس" || a == "پیش"
	case b == "به":
		return a == "نرسیده" || a == "نزدیک"
	case b == "روی": // «روبه روی», «رو به روی»
		return a == "روبه" || a == "به" && i >= 3 && ws[i-3] == "رو"
	case a == "سمت":
		return b == "چپ" || b == "راست"
	}
	return false
}

var (
	wherePreps = setOf("جلوی", "جلو", "کنار", "بغل", "جنب", "روبروی", "روبهروی", "روبرو", "نبش",
		"پشت", "مقابل", "نزدیک", "نزدیکی", "حوالی", "ابتدای", "انتهای", "سمت", "نرسیده", "سر")
	// problem words that are also places one gives directions by
	landmarks = setOf("پست", "ترانس", "نانوایی", "مخابرات", "پارک", "پارکینگ", "ایستگاه", "قصابی",
		"رستوران", "ساندویچی", "قنادی", "مغازه", "تعمیرگاه", "کارگاه", "ساختمان", "تیر", "چراغ",
		"جوی", "جوب", "کانال", "درخت", "مرغفروشی", "فست", "مخزن", "کافو", "کافوی")
	// offices named after what they look after: «اداره گاز», «مرکز بهداشت»
	landmarkHeads = setOf("مرکز", "اداره", "شرکت", "دفتر")
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[Key(w)] = true
	}
	return m
}

// keywordEntry is what scanKeywords needs to know of a word: one lookup, not three.
type keywordEntry struct {
	words   []codeWeight            // problemWords
	bigrams map[string][]codeWeight // bigrams
	trigram bool                    // hasTrigram
	isWord  bool                    // a key of problemWords
}

// keywordIndex joins problemWords, bigrams and hasTrigram (filled by init) by word.
var keywordIndex = sync.OnceValue(func() map[string]*keywordEntry {
	idx := map[string]*keywordEntry{}
	get := func(w string) *keywordEntry {
		if idx[w] == nil {
			idx[w] = &keywordEntry{}
		}
		return idx[w]
	}
	for w, cws := range problemWords {
		e := get(w)
		e.words, e.isWord = cws, true
	}
	for w, second := range bigrams {
		if second != nil {
			get(w).bigrams = second
		}
	}
	for w, ok := range hasTrigram {
		if ok {
			get(w).trigram = true
		}
	}
	return idx
})

// typos maps every strong one-word keyword with one letter deleted to the keyword, so a word
// one edit away from a keyword (a letter wrong, missing, added, or two swapped) finds it by
// deleting at most one letter of its own. Ambiguous variants map to "".
var typos = map[string]string{}

func addTypos(k string) {
	rs := []rune(k)
	if len(rs) < 5 || strings.Contains(k, " ") || isDigit(rs[0]) || rs[0] < 0x600 {
		return
	}
	for i := range rs {
		d := string(rs[:i]) + string(rs[i+1:])
		if old, ok := typos[d]; ok && old != k {
			typos[d] = ""
			continue
		}
		typos[d] = k
	}
}

func fuzzyKeyword(w string) string {
	n := utf8.RuneCountInString(w)
	if n < 4 || n > 12 || isDigit(firstRune(w)) || notTypos[w] || stopwords[w] {
		return ""
	}
	if k, ok := typos[w]; ok && k != "" { // a letter missing
		return k
	}
	var buf [64]byte
	for i := range w {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		_, size := utf8.DecodeRuneInString(w[i:])
		d := append(append(buf[:0], w[:i]...), w[i+size:]...)
		// a letter added, to a keyword long enough that this is not another word
		// («جلوی», «جواب» are not «جوی», «جوب» misspelt)
		if cws, ok := problemWords[string(d)]; ok && len(cws) > 0 && n > 4 {
			return string(d)
		}
		if k, ok := typos[string(d)]; ok && k != "" { // a letter wrong, or two swapped
			return k
		}
	}
	return ""
}

// notTypos are common words one letter from a keyword, counted in thousands of requests:
// «هرچه سریعتر» is no misspelt «سرعت‌گیر», «کد رهگیری» no «درگیری», «از تاریخ» no «تاریک»,
// «فرو رفتگی» no «رفتگر», «سیم‌ها» no «سیمان», «(تلفنی)» no «تلفن».
var notTypos = setOf("سریعتر", "سریع", "رهگیری", "پیگیری", "تاریخ", "تجاری", "تلفنی", "گذاری", "سیمها",
	"سیمهای", "سلیمان", "رفتگی", "فرورفتگی", "صالحی", "بیاید", "کبابی", "محدود", "اجباری", "بیاریم",
	"کارمون", "ریخته", "ریخت", "بنای", "فارسی", "سلمان", "اسیاب", "کیفیت", "حرکات", "رفتار", "ایجنا",
	"بایید", "ناله", "مدوده", "عابرا", "عابرها", "عابرین", "عابران")

// Keyword is a problem word found in a text.
type Keyword struct {
	Word   string
	Code   string
	Weight float64
}

// categoryHint is how much the operator's category counts against the text: it is a hint,
// often vague («سایر») and sometimes wrong, so a single clear word in the text beats it.
const categoryHint = 2.0

// Problem says what is wrong, as a code, from the text and the operator's category, with a
// confidence in 0..1. It returns ProblemOther, 0 when nothing is recognised.
func Problem(text, category string) (code string, confidence float64) {
	code, confidence, _, _ = problemsOf(keyTokens(text), categoryHintOf(keyTokens(category)))
	return code, confidence
}

// categoryHintOf is the problem an operator's category names, "" when none.
func categoryHintOf(category []string) string {
	var cs []codeScore
	scanKeywords(category, func(_ []string, code string, w float64) {
		for i := range cs {
			if cs[i].code == code {
				cs[i].w += w
				return
			}
		}
		cs = append(cs, codeScore{code, w})
	})
	var best codeScore
	tied := false
	for _, c := range cs {
		switch {
		case c.w > best.w:
			best, tied = c, false
		case c.w == best.w:
			if c.code < best.code {
				best = c
			}
			tied = true
		}
	}
	if best.w <= 0 || (tied && ties(cs, best.w) >= 3) {
		return ""
	}
	// «تاسیسات شهری (آب، برق، گاز، مخابرات)» names several agencies' problems: no hint
	// against anything the text names (problemsOf); a text naming nothing keeps it as a
	// stable guess, which grouping treats as vague anyway
	named := 0
	for _, c := range cs {
		if c.w > 0 {
			named++
		}
	}
	if named >= 3 {
		return vagueHint + best.code
	}
	return best.code
}

// vagueHint marks the hint of a category naming several problems.
const vagueHint = "?"

// ties counts the codes scoring w.
func ties(cs []codeScore, w float64) int {
	n := 0
	for _, c := range cs {
		if c.w == w {
			n++
		}
	}
	return n
}

type codeScore struct {
	code string
	w    float64
}

// problemsOf is Problem on key words, with the category's hint already worked out. fromText
// reports whether the text itself named a problem; second is a close runner-up ("" when there
// is none): a problem the text names nearly as strongly as the first.
func problemsOf(text []string, hint string) (code string, confidence float64, fromText bool, second string) {
	scores := make([]codeScore, 0, 8)
	add := func(code string, w float64) {
		for i := range scores {
			if scores[i].code == code {
				scores[i].w += w
				return
			}
		}
		scores = append(scores, codeScore{code, w})
	}
	// «... ضمنا ...» (by the way): what follows is an aside, the request is about what came
	// first; the aside's problem may only be a runner-up
	main, aside := splitAside(dropCovered(dropPhone(dropDetour(dropSpread(dropOrigin(dropChoked(dropPooled(dropParkPlace(dropDenied(text))))))))))
	scanProblem(main, func(code string, w float64) {
		add(code, w)
		fromText = fromText || w > 0
	})
	// «ماشین آشغال دیگه نمیتونه بیاد تو کوچه از بس چاله داره»: what comes after «از بس» (so
	// much ... that) is the cause, the problem to mend
	for i := 0; i+2 < len(main); i++ {
		if main[i] == "از" && main[i+1] == "بس" {
			scanProblem(main[i+2:min(i+5, len(main))], func(code string, w float64) {
				if w >= 3 {
					add(code, causeBonus)
				}
			})
		}
	}
	// a category names one problem, which gets the hint weight
	hinted := ""
	if h, vague := strings.CutPrefix(hint, vagueHint); h != "" && (!vague || !fromText) {
		add(h, categoryHint)
		hinted = h
	}
	// a word that names the object plus one that says what is wrong with it
	am := anchored(main)
	for i, r := range cueRules {
		if am&(1<<i) != 0 && r.holds(main) {
			add(r.code, r.w)
		}
	}
	if len(aside) > 0 {
		mainTop := 0.0
		for _, c := range scores {
			mainTop = max(mainTop, c.w)
		}
		var asides []codeScore
		addAside := func(code string, w float64) {
			for i := range asides {
				if asides[i].code == code {
					asides[i].w += w
					return
				}
			}
			asides = append(asides, codeScore{code, w})
		}
		scanProblem(aside, addAside)
		aa := anchored(aside)
		for i, r := range cueRules {
			if aa&(1<<i) != 0 && r.holds(aside) {
				addAside(r.code, r.w)
			}
		}
		for _, c := range asides {
			had := 0.0
			for _, m := range scores {
				if m.code == c.code {
					had = m.w
				}
			}
			if w := min(c.w*asideWeight, asideShare*mainTop-had); w > 0 {
				add(c.code, w)
			}
		}
	}
	// «آسفالت خراب ایستگاه تاکسی اسپیلی محله», «پایین‌تر از ایستگاه اتوبوس یک چاله»: a stop
	// that only says where is a landmark; a stop's own trouble has its words
	if t := scoreOf(scores, ProblemTransit); t > 0 && !stopTrouble(main) {
		for _, c := range scores {
			w := c.w
			if c.code == hinted {
				w -= categoryHint
			}
			if c.code != ProblemTransit && w >= 3 {
				add(ProblemTransit, -t)
				break
			}
		}
	}
	// «کنتور گاز نشتی داره», «شکستگی لوله گاز»: a leak or a broken pipe is the gas's when the
	// text names gas and no water
	if gas, leak := scoreOf(scores, ProblemGas), scoreOf(scores, ProblemWaterLeak); gas >= 3 && leak >= 3 && !slices.Contains(main, "اب") {
		add(ProblemGas, leak)
		add(ProblemWaterLeak, -leak)
	}
	// a branch on a power line is the power company's, whatever else the text says
	var tree, power float64
	for _, c := range scores {
		switch c.code {
		case ProblemTree:
			tree = c.w
		case ProblemPower:
			power = c.w
		}
	}
	if tree >= 3 && power >= 1 {
		add(ProblemBranchOnLine, tree+power+1)
	}
	// on a tie, what the text names beats what the category adds to a faint word
	// («روی جوی پل فلزی کنده شده» under «آسفالت»)
	before := func(a, b codeScore) bool {
		if a.w != b.w {
			return a.w > b.w
		}
		if (a.code == hinted) != (b.code == hinted) {
			return b.code == hinted
		}
		return a.code < b.code
	}
	total := 0.0
	top, next := codeScore{code: ProblemOther}, codeScore{}
	for _, c := range scores {
		if c.w <= 0 {
			continue
		}
		total += c.w
		switch {
		case before(c, top):
			top, next = c, top
		case before(c, next):
			next = c
		}
	}
	if top.w == 0 {
		return ProblemOther, 0, fromText, ""
	}
	if next.w >= 2 && next.w >= 0.6*top.w && Family(next.code) != Family(top.code) {
		second = next.code
	}
	return top.code, min(top.w/(total+1), 1), fromText, second
}

// stopTrouble reports whether ws say what is wrong with a bus or taxi stop or its service:
// its seat, roof or glass, a late bus, a fare («خرابی ایستگاه اتوبوس», «اتوبوس‌ها دیر میان»).
func stopTrouble(ws []string) bool {
	for i, w := range ws {
		if w == "خرابی" && i+1 < len(ws) && ws[i+1] == "ایستگاه" {
			return true
		}
	}
	return hasPrefix(ws, stopTroubles)
}

var stopTroubles = []string{"سقف", "سایبان", "سایهبان", "سایه", "نیمکت", "صندلی", "شیشه", "تابلو", "جابجا", "جابهجا",
	"دیر", "منتظر", "معطل", "کرایه", "خط$", "ناوگان", "حمل", "مسافر", "نمیا", "راننده", "ازدحام", "شلوغ"}

// scoreOf is code's score in scores, 0 when it has none.
func scoreOf(scores []codeScore, code string) float64 {
	for _, c := range scores {
		if c.code == code {
			return c.w
		}
	}
	return 0
}

// causeBonus is what a problem named right after «از بس» gains.
const causeBonus = 2.0

// asideWeight is how much a problem named after «ضمنا» counts, and asideShare the most it
// may reach of the main part's first problem.
const (
	asideWeight = 0.5
	asideShare  = 0.8
)

// asideWords open an aside; «در ضمن» is two words.
var asideWords = map[string]bool{"ضمنا": true, "همچنین": true, "ضمن": true}

// splitAside cuts the words at the first aside word, when something before it names a
// problem (a text that opens with «ضمنا» has no main part).
func splitAside(ws []string) (main, aside []string) {
	// «برق هم که هر روز قطع میشه بماند، بگذریم، زیرسازی کوچه رو کردن ...», «... عادت کردیم،
	// اما درخواستم اینه: ...»: what came before the turn is the writer letting off steam,
	// the request is what follows it
	if k := lastPivot(ws); k > 0 && k < len(ws) {
		named := false
		scanProblem(ws[k:], func(_ string, w float64) { named = named || w >= 3 })
		if named {
			return ws[k:], ws[:k]
		}
	}
	for i, w := range ws {
		end := i // the main part ends before ws[end]
		switch {
		case i == 0:
			continue
		case asideWords[w]:
			if w == "ضمن" && ws[i-1] != "در" {
				continue
			}
		case otherWords[w] && ws[i-1] == "مشکل": // «یه مشکل دیگه هم هست: ...»
			end = i - 1
		case w == "قبل" && i >= 2 && ws[i-1] == "دفعه" && ws[i-2] == "مثل":
			// «... چاله. مثل دفعه قبل که برق رفته بود کسی نیامد»: last time's trouble is a
			// comparison, not this request
			end = i - 2
		default:
			continue
		}
		named := false
		scanProblem(ws[:end], func(_ string, w float64) { named = named || w >= 3 })
		if !named {
			return ws, nil
		}
		return ws[:end], ws[i+1:]
	}
	return ws, nil
}

// dropDenied leaves out what the writer says the problem is not: «ربطی هم به حفاری گاز
// ندارد», «از جوی آب باران می‌آیند نه از فاضلاب». ws is returned as it is when nothing is denied.
func dropDenied(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		end := -1
		switch {
		case ws[i] == "ربطی" || ws[i] == "ربط" || ws[i] == "کاری" && i+1 < len(ws) && ws[i+1] == "به": // «کاری به سیم برق ندارد»
			for j := i + 1; j < len(ws) && j <= i+6; j++ {
				if denyVerbs[ws[j]] {
					end = j + 1
					break
				}
			}
		case ws[i] == "نه" && i+2 < len(ws) && notWhere[ws[i+1]]: // «نه از فاضلاب», «نه روی سیم»
			end = i + 3
		case ws[i] == "به" && i+2 < len(ws) && wireWords[ws[i+1]]:
			// «درخت‌ها بلند شده‌اند ولی به سیم برق نرسیده‌اند», «به سیم نمی‌رسه»: no branch on
			// a wire; «قبل از اینکه به سیم برسه» has not reached it yet
			before := i >= 3 && ws[i-1] == "اینکه" && ws[i-3] == "قبل"
			for j := i + 2; j < len(ws) && j <= i+3; j++ {
				if strings.HasPrefix(ws[j], "نرس") || strings.HasPrefix(ws[j], "نمیرس") || before && strings.HasPrefix(ws[j], "برس") {
					end = j + 1
					break
				}
			}
		case ws[i] == "با" && i+2 < len(ws) && wireWords[ws[i+1]]:
			// «با سیم برق فاصله دارد»: well clear of the wire
			for j := i + 2; j < len(ws) && j <= i+3; j++ {
				if ws[j] == "فاصله" {
					end = j + 1
					break
				}
			}
		case wireWords[ws[i]] && ws[i] != "برق":
			// «سیم برق نیست، فقط شاخه‌ها»
			j := i + 1
			if j < len(ws) && ws[j] == "برق" {
				j++
			}
			if j < len(ws) && (ws[j] == "نیست" || ws[j] == "نیستن" || ws[j] == "نیستند") {
				end = j + 1
			}
		}
		if end < 0 {
			if out != nil {
				out = append(out, ws[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)), ws[:i]...)
		}
		i = end - 1
	}
	if out == nil {
		return ws
	}
	return out
}

// dropParkPlace leaves out a park that only says where («کنار پارک ولیعصر چاله‌های بزرگ
// داره، ماشین‌ها آسیب می‌بینن»): after «کنار», «روبروی», «نزدیک» ... it is a landmark, not
// the park's trouble, and no car is parked in it. ws is returned as it is when there is none.
func dropParkPlace(ws []string) []string {
	var drop []int
	for i := 1; i < len(ws); i++ {
		if (ws[i] == "پارک" || ws[i] == "بوستان") && parkPlaceBefore[ws[i-1]] {
			drop = append(drop, i)
		}
	}
	return without(ws, drop)
}

// parkPlaceBefore are the words that make the park after them a landmark: the beside-words of
// place.go's landmarkWords, not «داخل» or «سر» (what is inside a park is the park's).
var parkPlaceBefore = setOf("کنار", "روبروی", "روبهروی", "جنب", "نزدیک", "پشت", "نبش", "بغل", "مقابل", "حوالی")

// dropPooled leaves out the water that stands in the holes: «آب بارون تو چاله‌ها جمع میشه»,
// «چاله‌ها پر آب میشود» tell how deep the potholes are, not a flooded street. ws is returned
// as it is when no water is said to stand in a hole.
func dropPooled(ws []string) []string {
	var drop []int
	for i, w := range ws {
		// «آسفالت نشست کرده و آب جمع میشه توش»: the water stands in the dip just named
		if (w == "توش" || w == "توشون") && i >= 2 && slices.ContainsFunc(ws[:i], isRoadWord) {
			for j := max(i-4, 0); j < i; j++ {
				if poolWater[ws[j]] {
					drop = append(drop, j)
				}
			}
			continue
		}
		// «چاله‌ای که با بارون پر آب میشه»: the hole that fills when it rains
		if i+1 < len(ws) && (ws[i+1] == "که" || i+2 < len(ws) && ws[i+1] == "ای" && ws[i+2] == "که") && isPotholeWord(w) {
			if k := slices.Index(ws[i+1:min(i+8, len(ws))], "پر"); k >= 0 {
				for j := i + 1; j < min(i+k+4, len(ws)); j++ {
					if poolWater[ws[j]] {
						drop = append(drop, j)
					}
				}
				continue
			}
		}
		// the cheap test first: this runs for every word of every request
		in, full := i >= 1 && holeIn[ws[i-1]], i+1 < len(ws) && ws[i+1] == "پر"
		if !in && !full || !isPotholeWord(w) {
			continue
		}
		lo, hi := i+1, min(i+3, len(ws)) // «چاله‌ها پر آب», «دست‌اندازها آب جمع شده»
		if in {
			lo = max(i-4, 0) // «آب باران در چاله‌ها», «آب توی چاله‌ها»
		}
		for j := lo; j < hi; j++ {
			if j != i && poolWater[ws[j]] {
				drop = append(drop, j)
			}
		}
	}
	return without(ws, drop)
}

// isRoadWord reports whether w names the road surface or a hole in it outright.
func isRoadWord(w string) bool {
	if isPotholeWord(w) {
		return true
	}
	for _, cw := range problemWords[w] {
		if cw.code == ProblemAsphalt && cw.w >= 3 && !strings.Contains(w, " ") {
			return true
		}
	}
	return false
}

// dropChoked leaves out the rubbish a channel is full of: «نهر کنار خیابون پر از زباله
// است», «جوی‌های محله پر از آشغاله و آب راه نداره» ask for the channel to be cleared, not
// for a bin to be emptied. «جوی و کنار خیابون پر از آشغال» (the channel one of several
// things full of rubbish) is left as it is.
func dropChoked(ws []string) []string {
	if !slices.Contains(ws, "پر") && !slices.Contains(ws, "por") {
		return ws
	}
	var drop []int
	for i, w := range ws {
		if !channelNames[w] && !channelNames[stem(w)] || i >= 1 && ws[i-1] == "زر" { // «زر جوب», Zarjub
			continue
		}
		// «جوی آب خیابان حمیدیان بعد از کوچه‌ی چهارم پر از آشغال و برگه»
		for j := i + 1; j+2 < len(ws) && j <= i+8; j++ {
			if ws[j] == "و" {
				break
			}
			if (ws[j] == "پر" || ws[j] == "por") && (ws[j+1] == "از" || ws[j+1] == "az") {
				// «پر از برگ و آشغاله»: the rubbish and leaves named together
				dropped := false
				for k := j + 2; k < len(ws); k++ {
					if isGarbageWord(ws[k]) {
						drop, dropped = append(drop, k), true
					} else if !litter[ws[k]] && !litter[strings.TrimSuffix(ws[k], "ه")] {
						break
					}
					if k+2 < len(ws) && ws[k+1] == "و" {
						k++
					}
				}
				if dropped {
					drop = append(drop, j, j+1)
				}
				break
			}
		}
	}
	return without(ws, drop)
}

// channelNames are the channels that carry the rain off the street.
var channelNames = setOf("جوی", "جوب", "نهر", "کانال", "آبرو", "آبروی", "آبراه", "آبراهه", "joob", "jooy", "kanal")

// isGarbageWord reports whether w (or its stem, or w less a spoken «ـه») names rubbish.
func isGarbageWord(w string) bool {
	for _, k := range [...]string{w, stem(w), strings.TrimSuffix(w, "ه")} {
		for _, cw := range problemWords[k] {
			if cw.code == ProblemGarbage && cw.w >= 1.5 {
				return true
			}
		}
	}
	return false
}

// dropOrigin leaves out the channel vermin come out of: «سوسک از جوی بیرون میاد», «از جوی
// آب باران می‌آیند نه از فاضلاب» say where the rats or roaches come from, the request is to
// bait or spray them. Only in a text that names vermin outright: «آب باران از جوی بیرون
// زده» is the channel's.
func dropOrigin(ws []string) []string {
	var drop []int
	vermin := false
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "از" || !channelNames[ws[i+1]] && !channelNames[stem(ws[i+1])] {
			continue
		}
		if !vermin {
			scanKeywords(ws, func(_ []string, code string, w float64) {
				vermin = vermin || code == ProblemPests && w >= 3
			})
			if !vermin {
				return ws
			}
		}
		drop = append(drop, i+1)
		for j := i + 2; j < len(ws) && j <= i+3 && poolWater[ws[j]]; j++ {
			drop = append(drop, j)
		}
	}
	return without(ws, drop)
}

// dropSpread reads who spreads the rubbish by which is named first. «سگ‌ها زباله‌ها را پخش
// می‌کنند و مردم می‌ترسند», «سگ‌ها کیسه زباله‌ها رو پاره میکنن» complain of the dogs: the
// rubbish they spread is left out. «زباله‌ها رو سگ و گربه پخش کردن», «زباله کوچه رو دیر جمع
// میکنن و تا صبح سگ و گربه پخشش میکنن» complain of the rubbish: the animals that spread it
// are left out. Cats tearing the bags («گربه‌ها کیسه‌ها رو پاره کردن») are the rubbish's too.
func dropSpread(ws []string) []string {
	if !slices.ContainsFunc(ws, spreads) {
		return ws
	}
	var drop []int
	for i := 0; i < len(ws); i++ {
		if !animalWords[ws[i]] && !animalWords[stem(ws[i])] {
			continue
		}
		// the animals named together: «سگ و گربه», «سگ‌ها هم»
		k, cats := i, false
		for ; k < len(ws) && (animalWords[ws[k]] || animalWords[stem(ws[k])] || ws[k] == "و" && k > i); k++ {
			cats = cats || !dogWords[ws[k]] && !dogWords[stem(ws[k])] && ws[k] != "و"
		}
		if ws[k-1] == "و" {
			k--
		}
		group := i
		i = k - 1
		if k < len(ws) && ws[k] == "هم" {
			k++
		}
		var rubbish []int
		spread := false
		for j := k; j < len(ws) && j < k+5; j++ {
			if isGarbageWord(ws[j]) || strings.HasPrefix(ws[j], "کیسه") {
				rubbish = append(rubbish, j)
				continue
			}
			if spread = spreads(ws[j]); spread {
				break
			}
			if ws[j] != "را" && ws[j] != "رو" {
				break
			}
		}
		switch {
		case !spread:
		case slices.ContainsFunc(ws[:group], namesRubbish):
			for j := group; j < k; j++ {
				drop = append(drop, j)
			}
		case !cats && len(rubbish) > 0:
			drop = append(drop, rubbish...)
		}
	}
	return without(ws, drop)
}

// spreads reports whether w is a word of spreading or tearing («پخش», «پاره کردن»).
func spreads(w string) bool {
	return strings.HasPrefix(w, "پخش") || strings.HasPrefix(w, "پاره")
}

// namesRubbish reports whether w names rubbish, however misspelt («زبلاه», «آشقال»).
func namesRubbish(w string) bool {
	if isGarbageWord(w) || isGarbageWord(undouble(w)) {
		return true
	}
	k := fuzzyKeyword(w)
	if s := stem(w); k == "" && s != w {
		k = fuzzyKeyword(s)
	}
	return k != "" && isGarbageWord(k)
}

// dogWords name stray dogs; animalWords dogs and cats.
var (
	dogWords    = setOf("سگ", "سگها", "سگا", "سگای", "سگهای", "sagha", "saga")
	animalWords = setOf("سگ", "سگها", "سگا", "سگای", "سگهای", "sagha", "saga", "گربه", "گربهها", "گربها", "گربههای")
)

// dropDetour leaves out the pavement the traffic is driven onto: «کوچه پر از چاله است،
// ماشین‌ها مجبورن از پیاده‌رو رد بشن» complains of the holes; the pavement is the way round
// them, not a broken pavement («چاله» anywhere in the text would make it one, cueRules).
func dropDetour(ws []string) []string {
	var drop []int
	for i := 1; i+1 < len(ws); i++ {
		if ws[i-1] == "از" && pavementWords[ws[i]] && (strings.HasPrefix(ws[i+1], "رد") || strings.HasPrefix(ws[i+1], "عبور")) {
			drop = append(drop, i-1, i)
		}
	}
	return without(ws, drop)
}

// pavementWords name the pavement.
var pavementWords = setOf("پیادهرو", "پیادهروی", "پیادهروها")

// dropPhone leaves out «تلفن» that labels the caller's number: «سقوط درخت در معبر تلفن
// ۰۹۱۲...», «شماره تلفن: ۰۹۱۱...», «تلفن تماس ۰۹۳۵...» is no telephone fault.
func dropPhone(ws []string) []string {
	var drop []int
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "تلفن" {
			continue
		}
		j := i + 1
		if ws[j] == "تماس" || ws[j] == "همراه" {
			j++
		}
		if j < len(ws) && isDigit(firstRune(ws[j])) {
			drop = append(drop, i)
		}
	}
	return without(ws, drop)
}

// dropCovered leaves out the pavement that leaves or mud cover: «برگ و خاک کل پیاده‌رو رو
// گرفته», «برگ درخت‌ها کل پیاده‌رو رو پوشونده» want sweeping; «دستفروش‌ها پیاده‌رو رو گرفتن»
// is the pavement occupied.
func dropCovered(ws []string) []string {
	var drop []int
	for i := 1; i+2 < len(ws); i++ {
		if !pavementWords[ws[i]] || ws[i+1] != "رو" && ws[i+1] != "را" ||
			!strings.HasPrefix(ws[i+2], "گرفت") && !strings.HasPrefix(ws[i+2], "پوشون") && !strings.HasPrefix(ws[i+2], "پوشاند") {
			continue
		}
		if slices.ContainsFunc(ws[max(0, i-4):i], func(w string) bool { return litter[w] || litter[stem(w)] }) {
			drop = append(drop, i, i+1, i+2)
		}
	}
	return without(ws, drop)
}

// litter is what a sweeper clears off a pavement.
var litter = setOf("برگ", "برگا", "خاک", "گل", "لای", "لجن", "شن", "ماسه", "گلولای")

// without is ws less the words at drop; ws itself when drop is empty.
func without(ws []string, drop []int) []string {
	if len(drop) == 0 {
		return ws
	}
	out := make([]string, 0, len(ws))
	for j, w := range ws {
		if !slices.Contains(drop, j) {
			out = append(out, w)
		}
	}
	return out
}

// holeIn are the words that put water in a hole; poolWater the water put there.
var (
	holeIn    = setOf("تو", "توی", "داخل", "در", "درون")
	poolWater = setOf("آب", "باران", "بارون", "بارندگی")
)

// isPotholeWord reports whether w (or its stem) names a pothole outright.
func isPotholeWord(w string) bool {
	for _, k := range [...]string{w, stem(w)} {
		for _, cw := range problemWords[k] {
			if cw.code == ProblemPothole && cw.w >= 3 && !strings.Contains(k, " ") {
				return true
			}
		}
	}
	return false
}

// notWhere after «نه» deny a place or a source: «نه از فاضلاب», «نه روی سیم».
var notWhere = setOf("از", "به", "روی", "رو", "زیر", "تو", "توی", "در", "داخل")

// wireWords are what a branch is said to reach or not.
var wireWords = setOf("سیم", "سیمها", "سیمهای", "سیما", "کابل", "کابلها", "برق")

var denyVerbs = map[string]bool{"ندارد": true, "نداره": true, "نداشت": true, "نداشته": true, "نیست": true,
	"ندارن": true, "ندارند": true, "نیستن": true, "نیستند": true, "نبوده": true}

// otherWords after «مشکل» open an aside: «یه مشکل دیگه هم هست».
var otherWords = map[string]bool{"دیگه": true, "دیگر": true, "دیگری": true, "دیگهای": true}

var problemTitles = map[string]string{
	ProblemAsphalt: "آسفالت", ProblemPothole: "چاله و دست‌انداز", ProblemGarbage: "زباله",
	ProblemSurfaceWater: "آب‌گرفتگی", ProblemSewage: "فاضلاب", ProblemLighting: "روشنایی معابر",
	ProblemTree: "درخت و فضای سبز", ProblemStrayAnimals: "حیوانات ولگرد", ProblemConstruction: "ساخت‌وساز",
	ProblemSidewalk: "سد معبر", ProblemCleaning: "نظافت معابر", ProblemDebris: "نخاله ساختمانی",
	ProblemBranchOnLine: "شاخه روی سیم برق", ProblemPests: "جوندگان و حشرات", ProblemSidewalkDmg: "خرابی پیاده‌رو",
	ProblemWaterOutage: "قطعی آب", ProblemTrench: "ترانشه حفاری", ProblemSpeedBump: "سرعت‌گیر",
	ProblemTrafficLight: "چراغ راهنمایی", ProblemTransit: "ایستگاه اتوبوس", ProblemPublicOrder: "نظم عمومی",
	ProblemFoodHygiene: "بهداشت مواد غذایی", ProblemNoise: "سروصدا", ProblemParking: "پارک خودرو",
	ProblemWaterLeak: "نشت آب", ProblemGas: "گاز", ProblemTelecom: "مخابرات", ProblemPower: "برق",
	ProblemDeadAnimal: "لاشه حیوان", ProblemSnow: "برف‌روبی و یخ‌زدگی", ProblemOther: "سایر",
}

// ProblemTitle is the Persian name of a problem code, for people.
func ProblemTitle(code string) string {
	if t, ok := problemTitles[code]; ok {
		return t
	}
	return code
}

// families are problems that people describe with each other's words: a pothole is an
// asphalt defect. Grouping blocks by family, so the two can be one issue.
var families = map[string]string{ProblemPothole: ProblemAsphalt,
	// construction noise is written as either («ساخت و ساز شبانه», «صدای بتن‌ساز»)
	ProblemNoise: ProblemConstruction}

// relatedPairs are families one complaint at one place is often written as, whichever the
// words lean to: a blocked pavement and the cars on it, a tree and the branch on a wire, a
// street light and the power, speeding cars and the bump asked for, a night's disturbance (a
// fight, shouting, motorbikes revving) as noise or as public order. Pairs that two issues at
// one alley often are (a flooded alley and its potholes, rubble and rubbish) are not here, nor
// since the fourteenth session rubbish and an unswept street, a building site and its rubble,
// a road dug up and its asphalt: joined as one, they were right for 3-6%, 23-27% and 26-44% of
// the reports on the authors asked for an ordinary district, 33-54% on the others.
var relatedPairs = [...][2]string{
	{ProblemSidewalk, ProblemParking},
	{ProblemTree, ProblemBranchOnLine}, {ProblemLighting, ProblemPower},
	{ProblemParking, ProblemSpeedBump}, {ProblemNoise, ProblemPublicOrder},
}

var related = map[[2]string]bool{}

func init() {
	for _, p := range relatedPairs {
		a, b := Family(p[0]), Family(p[1])
		related[[2]string{a, b}], related[[2]string{b, a}] = true, true
	}
}

// Related reports whether two different problem families are often one problem at one
// place, written two ways (relatedPairs). «other», a text whose problem was not recognised,
// is related to every family.
func Related(a, b string) bool {
	if a == b {
		return false
	}
	return a == ProblemOther || b == ProblemOther || related[[2]string{a, b}]
}

// Families lists every problem family.
func Families() []string {
	var out []string
	seen := map[string]bool{}
	for _, cws := range problemWords {
		for _, cw := range cws {
			if f := Family(cw.code); !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	if !seen[ProblemOther] {
		out = append(out, ProblemOther)
	}
	sort.Strings(out)
	return out
}

// Family is the problem family of a code, used to decide what may be one issue.
func Family(code string) string {
	if f, ok := families[code]; ok {
		return f
	}
	return code
}

// stem strips a plural suffix («چالهها» → «چاله») so plurals find their word.
func stem(w string) string {
	for _, suf := range []string{"هایی", "های", "ها", "ان"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	// the spoken plural («چراغای خیابون», «آشغالا»), on words long enough not to be
	// something else
	for _, suf := range []string{"ای", "ا"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-utf8.RuneCountInString(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// cueRule: when a text names anchor and a word starting with one of cues, it is about code.
// Colloquial endings («ناهمواره», «شکستگیه») defeat a word list; a prefix does not.
type cueRule struct {
	anchor []string
	cues   []string
	code   string
	w      float64
	with   []string // when set, a word starting with one of these must be there too
	not    []string // when set, no word may start with one of these
}

var cueRules = []cueRule{
	// «دیوار خونه متروکه کج شده، خطرناکه», «خانه قدیمی داره میریزه», «ایمن‌سازی خانه مخروبه»: a
	// derelict building about to fall is the building control's (not «معتادین در منزل متروکه»)
	{[]string{"خانه", "خانهها", "ساختمان", "دیوار", "بنا", "بنای", "منزل"}, []string{"میریز", "فرومیریز", "فروریخت", "فرو$", "ریزش", "کج", "خطرناک", "ایمن"}, ProblemConstruction, 3,
		[]string{"متروکه", "مخروبه", "قدیمی", "فرسوده", "خرابه"}, []string{"معتاد"}},
	// «مخابرات برای فیبر پیاده‌رو را کنده و رها کرده»: a utility's dig left open is a trench,
	// whatever it cut through
	// «بعد از لوله‌کشی گاز کوچه را همان‌طور خاکی رها کرده‌اند», «کابل‌کشی برق تموم شده ولی
	// گودالش رو پر نکردن»
	{[]string{"مخابرات", "گاز", "ابفا", "پیمانکار", "فیبر", "کابل", "کابلکشی", "گازکشی", "لولهکشی", "لولهگذاری", "شرکت"}, []string{"کنده", "حفاری", "ترانشه", "گودبرداری", "ترمیم", "خاکی", "رها", "گودال"}, ProblemTrench, 8, nil,
		// («جعبه مخابرات درش کنده شده»: its door torn off, no dig)
		[]string{"درش"}},
	// «برگ درخطان همه جوی‌ها را پر کرده», however «درختان» is spelt
	{[]string{"برگ", "برگها", "برگهای"}, []string{"جوی", "جوب"}, ProblemCleaning, 4, nil, nil},
	// «برگ درختا جوی رو بسته و هر بارون آب میزنه بالا»: leaves that block the channel are
	// the channel's, the water it no longer carries
	{[]string{"برگ", "برگها", "برگهای"}, []string{"بسته", "بسه$", "بستن", "گرفته", "مسدود", "گرفتگی", "کور"}, ProblemSurfaceWater, 6, channels, nil},
	// «برق نداریم», «برق کوچه رفته و هنوز نیومده»: the power is out
	{[]string{"برق"}, []string{"نداریم", "نداره", "ندارد", "رفته", "رفت", "رفه", "نیست", "نیومده", "نیامده"}, ProblemPower, 3, nil, nil},
	{[]string{"پیادهرو", "پیادهروی", "پیادهروها", "پیادهروهای", "سنگفرش", "piade", "piyade", "جدول", "جدولهای", "جدولها", "جدولگذاری", "piaderoo", "piaderow", "piadero"}, []string{"ناهموار", "شکست", "خراب", "چاله", "کنده", "لق", "موزاییک", "کفپوش", "کفسازی", "تیز", "ترمیم", "پستی", "رمپ", "نشست", "تیکه", "فرورفت", "تخریب", "کندن", "kharab"}, ProblemSidewalkDmg, 5, nil,
		// «دریچه کنار جدول شکسته», «جدول و جوی خراب شده، آب سرریز میکنه»: the gutter's grate
		// or channel, not the kerb
		[]string{"دریچه", "سرریز"}},
	// «تیر برق کج شده داره میفته»: a leaning pole is the power company's, not a dark street
	{[]string{"تیر"}, []string{"کج", "افتاده", "میفته", "واژگون"}, ProblemPower, 4, []string{"برق"}, nil},
	// «ماشینش رو جلوی در پارک کرده»: a car and «پارک» is parking, not a park
	{[]string{"ماشین", "ماشینها", "ماشینا", "ماشینش", "خودرو", "خودروها", "خودروی", "وانت", "کامیون", "موتور", "موتورها"}, []string{"پارک"}, ProblemParking, 4, nil, nil},
	// «علف‌های هرز قد آدم شده، مار و موش لونه کردن»: vermin in the weeds are the weeds'
	{[]string{"هرز", "علف", "علفها", "علفهای", "علفهرز", "چمن", "چمنها", "چمنهای"}, []string{"موش", "مار", "لونه", "لانه", "حشرات", "پشه"}, ProblemTree, 5, nil, nil},
	// «آب ... از دیشب قطعه»: the water is cut, whatever words come between
	{[]string{"اب"}, []string{"قطع", "نمیرس"}, ProblemWaterOutage, 3, nil, nil},
	// «پروژه جدول‌گذاری شهرداری نیمه‌کاره مونده», «عدم تکمیل جدول‌گذاری»: works left half
	// done in the street are the dig, however each caller names them
	{[]string{"جدولگذاری", "پروژه", "پیمانکار"}, []string{"نیمهکاره", "نیمهتمام", "نیمه", "تکمیل", "رها", "ول$", "ولش"}, ProblemTrench, 8, nil, nil},
	// «سگ‌های بی‌صاحب دور مخزن زباله هستن»: stray dogs at the bins are the dogs (who spreads
	// the rubbish is dropSpread's)
	{[]string{"بیصاحب", "ولگرد", "بلاصاحب"}, []string{"زباله", "مخزن"}, ProblemStrayAnimals, 7, nil, nil},
	// «... رو کنده و ول کرده»: dug and left is a trench, whoever dug it
	// («اداره آب کوچه رو کند و ول کرد رفت»)
	{[]string{"کنده", "کند"}, []string{"ول$", "ولش", "رها"}, ProblemTrench, 10, nil, nil},
	// «لوله اصلی آب شکسته و خیابون رو آب برداشته»: a broken pipe is a leaking main, however
	// much water it put in the street
	{[]string{"لوله", "لولهی", "لولههای", "loole", "looleh"}, []string{"شکست", "ترکید", "ترکیده", "tarakide"}, ProblemWaterLeak, 4, nil, nil},
	// «لامپ خیابان چشمک میزنه»: a street lamp flickering, not the traffic lights
	{[]string{"لامپ", "لامپها", "لامپهای"}, []string{"چشمک"}, ProblemLighting, 4, nil, nil},
	// «نور پارک خیلی کمه»
	{[]string{"نور"}, []string{"کم"}, ProblemLighting, 3, nil, nil},
	// «چراغ‌های مسیر پیاده‌روی پارک»: a park's lights are lighting, not its green
	{[]string{"چراغ", "چراغها", "چراغهای", "روشنایی", "لامپ", "لامپها", "لامپهای", "تیر", "پایه"}, []string{"پارک", "بوستان"}, ProblemLighting, 2, nil, nil},
	{[]string{"سرعتگیر", "سرعتگیرها"}, []string{""}, ProblemSpeedBump, 5, nil, nil},
	// «برق ... از دیشب قطعه»: the power is cut, whatever words come between
	{[]string{"برق"}, []string{"قطع"}, ProblemPower, 3, nil, nil},
	{[]string{"ساختمان", "ساختمانی", "کارگاه", "کارگرا", "کارگرای", "کارگرها"}, []string{"شب", "صدا", "جمعه", "تعطیل", "سروصدا"}, ProblemNoise, 4, nil, nil},
	// «شهرداری برای کانال آب باران اینجا رو کنده و نیمه کاره ول کرده», «kanal sazi shahrdari
	// nime kare mounde»: a channel dug and left half done is the dig, not the rain
	{[]string{"کانال", "کانالها", "کانالسازی", "کانالکشی", "kanal"}, []string{"نیمهکاره", "نیمهتمام", "کاره$", "nime"}, ProblemTrench, 8, nil, nil},
	// «آب لوله‌کشی توی کوچه جاری است», «... مثل چشمه داره میزنه بیرون», «... داره هدر میره»:
	// the mains water running in the street is a leak; muddy or cut, it is the supply's
	{[]string{"لولهکشی", "کشی"}, []string{"جاری", "چشمه", "میریز", "هدر", "فواره"}, ProblemWaterLeak, 5, []string{"اب"}, nil},
	// «شرکت گاز کانال زده برای لوله و همینطور ول کرده», «گودال لوله‌کشی گاز وسط کوچه باز
	// مونده», «لوله گاز کشیدن ولی جاش رو درست نکردن»: the gas company's dig left open is a
	// trench; a smell or a leak is still the gas
	{[]string{"گاز", "گازکشی", "گازرسانی"}, []string{"کانال", "گودال", "کندن", "کندند", "کند$", "ول$", "ولش", "جاش", "کشیدن", "کشیدند", "کشید$"}, ProblemTrench, 8, nil,
		[]string{"بو", "نشت", "کپسول", "فشار", "قطع", "انفجار", "فلکه", "میدان"}},
	// «آب و فاضلاب کوچه رو کندن رفتن», «برا لوله فاضلاب کندن درست نکردن»: a dig for the
	// sewer left open is a trench («گودال حفاری آب و فاضلاب وسط کوچه مونده», «از وقتی فاضلاب
	// کشی کردن کوچه خرابه», «عدم ترمیم آسفالت پس از حفاری آب و فاضلاب»: «پس از» is after, no
	// sewer backing up); the sewer overflowing is the sewer's
	{[]string{"فاضلاب", "ابفا"}, []string{"کندن", "کندند", "کند$", "کنده", "حفاری", "ترانشه", "گودال", "کشی$"}, ProblemTrench, 8, nil,
		[]string{"بو", "سرریز", "پسزده", "پسمیده", "بیرون", "نشت"}},
	// «جوی کوچه گرفته، پشه زیاد شده»: the mosquitoes are the blocked channel's
	{[]string{"جوی", "جوب", "جویها", "جوبها", "کانال", "کانالها"}, []string{"گرفته", "مسدود", "بسته", "گرفتگی", "بو"}, ProblemSurfaceWater, 3, []string{"پشه", "مگس", "حشرات", "سوسک"}, nil},
	// «جاده روستا گل‌آلود و غیرقابل تردد شده», «کوچه خاکی و گل‌آلود است و درخواست شن‌ریزی
	// دارند»: a muddy road wants paving; muddy water from the tap is the water's
	{[]string{"گلالود", "الود"}, []string{"جاده", "خاکی", "تردد", "شنریزی", "شن$", "باتلاق", "عبور"}, ProblemAsphalt, 6, nil, []string{"اب", "شیر", "لوله"}},
	// «آبروی سر کوچه مسدود شده»: the alley's water channel is blocked, nobody's car
	// («آبروی محل رفته»: the neighbourhood's good name, not its channel)
	{[]string{"ابرو", "ابروی", "ابروها", "ابروهای"}, []string{"مسدود", "گرفته", "گرفتگی", "بسته", "پر$", "لایروبی", "کور"}, ProblemSurfaceWater, 6, nil,
		[]string{"رفته", "رفت$", "ریخت", "بردید", "بردن", "بردند"}},
	// «شیر آب نبش بن‌بست ۲ شکسته آب راه افتاده»: a broken tap on the mains
	{[]string{"شیر"}, []string{"شکست"}, ProblemWaterLeak, 4, []string{"اب$"}, nil},
	// «زیرگذر پر آب شده و ماشین‌ها گیر کردن»: a flooded underpass
	{[]string{"زیرگذر"}, []string{"اب$", "ابگرفتگی"}, ProblemSurfaceWater, 5, nil, nil},
	// «آب وارد حیاط و پارکینگ شده»: water come into the houses is a flood, whatever room
	{[]string{"حیاط", "حیاطها", "منازل", "خانهها", "خونهها", "پارکینگ", "زیرزمین", "مغازهها", "مغازها"}, []string{"وارد", "رفته", "اومده", "امده"}, ProblemSurfaceWater, 5, []string{"اب$", "ابها"}, []string{"سیاه", "فاضلاب", "بدبو", "نشت", "لوله", "شیر", "کنتور"}},
	// «کارگرهای شهرداری کانال خیابون رو باز کردن و رفتن»: a channel opened and left is a dig
	{[]string{"باز"}, []string{"رفتن$", "رفتند$", "رفته$", "ول$", "رها"}, ProblemTrench, 8, []string{"کانال"}, nil},
	// «گودبرداری رها شده در معبر»: a pit dug in the road and left is a trench
	{[]string{"گودبرداری"}, []string{"رها"}, ProblemTrench, 8, []string{"معبر"}, nil},
	// «برگ‌ها کل کوچه رو گرفته لیز شده»: slippery with leaves, not ice; «برف خیابون رو کسی پاک
	// نکرده»: the snow nobody cleared, not an unswept street
	{[]string{"برگ", "برگها", "برگا", "برگهای"}, []string{"لیز"}, ProblemCleaning, 3, nil, []string{"برف", "یخ$"}},
	{[]string{"برف", "برفها"}, []string{"پاک"}, ProblemSnow, 5, nil, nil},
	// «چراغ خیابون چشمک میزنه و خاموش میشه»: a street lamp failing, not the traffic light
	{[]string{"چراغ", "چراغها", "چراغهای", "چراغای", "لامپ"}, []string{"خاموش"}, ProblemLighting, 5, []string{"چشمک"}, []string{"راهنمایی", "قرمز", "سبز"}},
	// «فاضلاب از دریچه وسط کوچه بیرون میزنه»: the sewer overflowing
	{[]string{"فاضلاب"}, []string{"بیرون", "پس$", "پسزده"}, ProblemSewage, 3, nil, nil},
	// «کف کوچه کاملا از بین رفته، با هر بارون پر از گل و آب میشه», «کف کوچه گود افتاده»,
	// «کف کوچه داغوننه»: the road's surface is gone, whatever the rain then does to it
	{[]string{"کف"}, []string{"رفته$", "داغون", "گود", "تیکه", "ناهموار", "خراب", "نابود", "کنده"}, ProblemAsphalt, 4,
		[]string{"کوچه", "خیابان", "خیابون", "معبر", "کوچمون", "کوچهمون"},
		[]string{"فاضلاب", "زباله", "اشغال", "سیاه", "پیادهرو", "موزاییک", "چاله", "چال$", "چالهها", "دستانداز"}},
	// «کف محل داغونه، تاکسی‌ها دیگه نمیان داخل»: taxis that will not come into the alley
	// say its road is bad, not that a bus or taxi line is wanted
	{[]string{"تاکسی", "تاکسیها", "تاکسیا"}, []string{"نمیان", "نمیاد", "نمیایند", "نمیاین"}, ProblemAsphalt, 4, []string{"داخل"}, nil},
	// «درخواست جمع‌آوری نخاله در محل. آب بارون نمیتونه بره»: the rain cannot drain for the
	// rubble, which is what to clear
	{[]string{"نخاله", "نخالهها", "مصالح", "مصالحش", "اجر"}, []string{"نمیتونه", "نمیتواند", "نمیره"}, ProblemDebris, 4, []string{"اب$"}, nil},
	// «آبگیر وسط خیابان، کانال پر از برگ و گل شده», «جدول کنار خیابان پر از گل و لای شده»:
	// the channel full of mud wants clearing; the mud is not an unpaved road's
	{[]string{"کانال", "کانالها", "جوی", "جوب", "جدول", "جدولها", "ابگیر"}, []string{"گل$", "لای$", "لجن", "گلولای"}, ProblemSurfaceWater, 3, []string{"پر$"}, nil},
	// «بعد از لوله‌کشی آب کوچه رو همینطوری ول کردن»: the mains dig left as it was is a
	// trench, whoever is asked to pave it
	{[]string{"لولهکشی", "کشی"}, []string{"ول$", "ولش", "رها"}, ProblemTrench, 8, nil, []string{"جاری", "چشمه", "هدر", "نشت", "فواره"}},
	// «کانالی که برای لوله آب کندند باز مانده»: a dig for a pipe or a cable left open is a
	// trench (a pit nobody says what for stays a hole in the road; a pavement's stones taken up
	// are the pavement's)
	{[]string{"کندند", "کندن", "کندهاند"}, []string{"باز$", "ول$", "ولش", "رها", "مونده", "مانده"}, ProblemTrench, 8,
		[]string{"لوله", "کابل", "فیبر"}, []string{"پیادهرو", "سنگفرش", "موزاییک", "جدول", "درش"}},
	// «درپوش جوی را برده‌اند و یک چاله باز مانده»: the channel's cover taken, no hole in the road
	{[]string{"درپوش", "دریچه"}, []string{"برد", "دزدید", "مفقود"}, ProblemSurfaceWater, 3, []string{"جوی", "جوب", "کانال"}, nil},
}

// holds reports whether ws, which name one of r's anchors, also name its cue (and its with,
// and none of its not).
func (r *cueRule) holds(ws []string) bool {
	return hasPrefix(ws, r.cues) && (r.with == nil || hasPrefix(ws, r.with)) && (r.not == nil || !hasPrefix(ws, r.not))
}

// channels are the words that put leaves in a channel («برگ‌ها جوی رو گرفته»), not on a
// pavement («برگ و خاک کل پیاده‌رو رو گرفته»).
var channels = []string{"جوی", "جوب", "کانال", "ابرو", "دریچه", "نهر", "لوله", "joo", "kanal"}

// cueAnchors maps each anchor word of cueRules to the rules it anchors, one bit a rule, so
// a text is scanned once for all of them (this runs for every request).
var cueAnchors = func() map[string]uint64 {
	if len(cueRules) > 64 {
		panic("persian: more than 64 cue rules")
	}
	m := map[string]uint64{}
	for i, r := range cueRules {
		for _, a := range r.anchor {
			m[a] |= 1 << i
		}
	}
	return m
}()

// anchored is the set of cueRules whose anchor word ws holds.
func anchored(ws []string) uint64 {
	var m uint64
	for _, w := range ws {
		a, ok := cueAnchors[w]
		if !ok {
			a = cueAnchors[undouble(w)]
		}
		m |= a
	}
	return m
}

// undouble is w with a letter typed twice in a row written once («جددول» → «جدول»); w
// itself, without allocating, when it has none. Digits stay as they are.
func undouble(w string) string {
	// this runs on most words of every text: look for a repeat bytewise first (a Persian
	// letter is two bytes, «ددو» is d1 d2 d1 d2)
	found := false
	for i := 3; i < len(w); i++ {
		if w[i] == w[i-2] && w[i-1] == w[i-3] && w[i-3] >= 0xC0 {
			found = true
			break
		}
	}
	for i := 1; !found && i < len(w); i++ {
		found = w[i] == w[i-1] && w[i] < 0x80 && !isDigit(rune(w[i]))
	}
	if !found {
		return w
	}
	b := make([]byte, 0, len(w))
	var prev rune
	for _, r := range w {
		if r == prev && !isDigit(r) {
			continue
		}
		b = utf8.AppendRune(b, r)
		prev = r
	}
	return string(b)
}

// hasPrefix reports whether a word of ws starts with one of prefixes; a prefix ending in
// "$" is a whole word («ول$» is «ول کرده», not «ولی»).
func hasPrefix(ws, prefixes []string) bool {
	for _, w := range ws {
		for _, p := range prefixes {
			if whole, ok := strings.CutSuffix(p, "$"); ok {
				if w == whole {
					return true
				}
			} else if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// pivots are the turns from venting to the request, in key form.
var pivots = [][]string{{"بگذریم"}, {"بماند"}, {"درخواستم", "اینه"}, {"درخواستم", "این", "است"},
	{"عرضم", "اینه"}, {"عرضم", "این", "است"}, {"مشکل", "اصلی"}, {"اصل", "مطلب"}, {"اصل", "مشکل"}}

var pivotFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range pivots {
		m[p[0]] = true
	}
	return m
}()

// lastPivot is where the words after the last pivot begin, 0 when there is none.
func lastPivot(ws []string) int {
	at := 0
	for i, w := range ws {
		if !pivotFirst[w] {
			continue
		}
		for _, p := range pivots {
			if i+len(p) <= len(ws) && slices.Equal(ws[i:i+len(p)], p) {
				at = i + len(p)
			}
		}
	}
	return at
}
