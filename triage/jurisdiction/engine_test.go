package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

func defaultEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := Default()
	if err != nil {
		t.Fatalf("default rules: %v", err)
	}
	return e
}

// hardCases are the separations the rules exist for, each in several spellings: formal and
// informal, Arabic ي/ك, with and without ZWNJ, with typos.
var hardCases = []struct {
	name string
	text string
	want tafkik.Agency
}{
	// «our guests complain too» is not a party: guests (مهمون) are no noise complaint
	{"guests complain, pothole", "سه روزه پیاده‌رو پر از چاله و شکستگیه. مهمونامون هم اعتراض میکنن", tafkik.AgencyMunicipality},
	{"guests complain, flooding", "سلام، آبگرفتگی معبر، مهمونامون هم اعتراض میکنن", tafkik.AgencyMunicipality},
	{"neighbours' party at night", "همسایه ها هر شب تا ساعت ۲ مهمونی دارن و صدای آهنگ میاد", tafkik.AgencyPolice},
	{"party formal", "مهمانی پر سر و صدای همسایه تا نیمه شب ادامه دارد", tafkik.AgencyPolice},
	// sewage network (آبفا) vs surface water in street channels (municipality)
	{"sewage formal", "فاضلاب از منهول وسط کوچه بیرون زده و بوی بد می‌دهد", tafkik.AgencyWater},
	{"sewage arabic letters", "فاضلاب از منهول وسط كوچه بيرون زده", tafkik.AgencyWater},
	{"sewage informal", "چاه فاضلابمون پس زده کل حیاط رو گرفته", tafkik.AgencyWater},
	{"sewage typo", "فاضلاپ کوچه سرریز شده", tafkik.AgencyWater},
	{"sewage abfa", "آبفا بیاد منهول رو درست کنه", tafkik.AgencyWater},
	{"manhole lid", "درب منهول کوچه مفقود شده خطرناک است", tafkik.AgencyWater},
	{"surface water", "آب‌گرفتگی شدید در خیابان به دلیل گرفتگی جوی", tafkik.AgencyMunicipality},
	{"surface water no zwnj", "آبگرفتگی خیابان بعد از باران، جوی ها پر شده", tafkik.AgencyMunicipality},
	{"surface water spaced", "آب گرفتگی کوچه با هر باران", tafkik.AgencyMunicipality},
	{"surface channel", "کانال آب سطحی مسدود است و لایروبی نشده", tafkik.AgencyMunicipality},
	{"surface manhole", "دریچه منهول آب های سطحی شکسته", tafkik.AgencyMunicipality},
	{"jub informal", "جوب کوچمون پر آشغاله آب بارون میمونه", tafkik.AgencyMunicipality},
	// burst drinking-water main (water)
	{"burst main", "ترکیدگی لوله آب و آب‌گرفتگی خیابان", tafkik.AgencyWater},
	{"burst main informal", "لوله آب ترکیده کل کوچه رو آب گرفته", tafkik.AgencyWater},
	{"burst main no zwnj", "لوله اصلي آب شكسته و آب هدر ميرود", tafkik.AgencyWater},
	{"water cut", "از دیروز آب قطعه هیچکس جواب نمیده", tafkik.AgencyWater},
	// street lights (power) vs lights in a park (municipality)
	{"street light", "چراغ برق تیر کوچه خاموش است", tafkik.AgencyPower},
	{"street light informal", "لامپای کوچمون چند شبه خاموشه", tafkik.AgencyPower},
	{"street light arabic", "روشنايي معابر خيابان خاموش", tafkik.AgencyPower},
	{"park light", "چراغ‌های پارک محله خاموش است و شب‌ها تاریک است", tafkik.AgencyMunicipality},
	{"park light no zwnj", "چراغهای بوستان خاموش است", tafkik.AgencyMunicipality},
	{"park light pole", "تیر چراغ برق داخل پارک کج شده", tafkik.AgencyMunicipality},
	// branch on a power line (power) vs tree pruning (municipality)
	{"branch on line", "شاخه درخت روی سیم برق افتاده و جرقه می‌زند", tafkik.AgencyPower},
	{"branch on line informal", "شاخه‌ی درختا رفته تو سیمای برق", tafkik.AgencyPower},
	{"pruning", "درختان کوچه نیاز به هرس دارند", tafkik.AgencyMunicipality},
	{"pruning informal", "لطفا درختای جلو خونه رو هرس کنید", tafkik.AgencyMunicipality},
	// unrepaired trench dug by a utility (that utility)
	{"trench gas", "حفاری گاز در کوچه انجام شده و هنوز ترمیم نشده", tafkik.AgencyGas},
	{"trench telecom", "حفاری مخابرات در پیاده‌رو رها شده", tafkik.AgencyTelecom},
	{"trench water", "آبفا کنده و رفته، یک ماه است گودال مانده", tafkik.AgencyWater},
	{"trench water informal", "آب و فاضلاب کوچه رو کندن درست نکردن", tafkik.AgencyWater},
	{"trench power", "اداره برق برای کابل کشی خیابان را کنده و رها کرده", tafkik.AgencyPower},
	// private cars blocking an alley (police) vs a shop's goods on the sidewalk (municipality)
	{"car blocking", "خودروی شخصی جلوی در پارکینگ پارک کرده و راه بسته است", tafkik.AgencyPolice},
	{"car blocking informal", "یه ماشین جلو درمون پارک کرده نمیتونیم بریم بیرون", tafkik.AgencyPolice},
	{"car double parked", "پارک دوبل خودروها در کوچه باعث راه‌بندان شده", tafkik.AgencyPolice},
	{"shop goods", "سد معبر مغازه‌دار با گذاشتن اجناس در پیاده‌رو", tafkik.AgencyMunicipality},
	{"shop goods informal", "مغازه داره جنساشو چیده تو پیاده رو سد معبر کرده", tafkik.AgencyMunicipality},
	{"vendors", "دستفروشان پیاده رو را اشغال کرده اند", tafkik.AgencyMunicipality},
	// neighbour night noise (police) vs construction noise (municipality)
	{"neighbour noise", "همسایه هر شب تا صبح سر و صدا و موسیقی بلند دارد", tafkik.AgencyPolice},
	{"neighbour noise informal", "همسایمون هرشب پارتی میگیره صدای آهنگ نمیزاره بخوابیم", tafkik.AgencyPolice},
	{"construction noise", "سر و صدای کارگاه ساختمانی از ساعت ۶ صبح", tafkik.AgencyMunicipality},
	{"construction noise informal", "ساخت و ساز همسایه تا نیمه شب صدای پیکور میاد", tafkik.AgencyMunicipality},
	// gas smell
	{"gas smell", "بوی گاز شدید در کوچه", tafkik.AgencyGas},
	{"gas smell informal", "بوی گاز میاد از سر کوچمون", tafkik.AgencyGas},
	{"gas leak", "نشت گاز از علمک ساختمان", tafkik.AgencyGas},
	// landline and internet
	{"landline", "تلفن ثابت منزل یک هفته است قطع است", tafkik.AgencyTelecom},
	{"internet", "اینترنت ADSL محله مدام قطع می‌شود", tafkik.AgencyTelecom},
	{"internet persian", "ای دی اس ال خونه کار نمیکنه", tafkik.AgencyTelecom},
	// other agencies
	{"pension", "حقوق بازنشستگی پدرم سه ماه است پرداخت نشده", tafkik.AgencyOther},
	{"school", "مدرسه پسرم شهریه اضافه می‌گیرد", tafkik.AgencyOther},
	{"restaurant", "رستوران سر خیابان غذای فاسد می‌فروشد و بهداشت را رعایت نمی‌کند", tafkik.AgencyOther},
	{"health", "درمانگاه محله پزشک ندارد", tafkik.AgencyOther},
	// more spellings of each hard case: Arabic letters, no ZWNJ, typos, Finglish, asides
	{"sewage no zwnj", "فاضلابها از چاه بیرون زده", tafkik.AgencyWater},
	{"sewage arabic manhole", "منهول فاضلاب كوچه سر ريز كرده", tafkik.AgencyWater},
	{"sewage finglish", "fazelab kooche zade biroon", tafkik.AgencyWater},
	{"surface arabic", "آب گرفتگي شديد خيابان بعد از باران", tafkik.AgencyMunicipality},
	{"surface typo", "جوی آب کوچه گرفته و آب بارن جمع شده", tafkik.AgencyMunicipality},
	{"burst main arabic", "لوله آب شكسته و آب در خيابان جاري است", tafkik.AgencyWater},
	{"burst main typo", "ترکیدگی لوله اب جلوی پلاک ۵", tafkik.AgencyWater},
	{"burst main finglish", "looleye ab tarakide", tafkik.AgencyWater},
	{"street light typo", "چراغ برق کوچه خاموشهههه", tafkik.AgencyPower},
	{"street light dark", "کوچه شب‌ها مثل قیر تاریکه", tafkik.AgencyPower},
	{"park light arabic", "لامپهاي پارك خاموش است", tafkik.AgencyMunicipality},
	{"park light with street word", "خیابان پارک چراغ ندارد", tafkik.AgencyPower},
	{"branch on line no zwnj", "شاخه های درخت روی سیمهای برق افتاده", tafkik.AgencyPower},
	{"branch on line arabic", "درخت روي كابل برق خم شده", tafkik.AgencyPower},
	{"pruning formal", "درخواست هرس درختان معبر", tafkik.AgencyMunicipality},
	{"trench gas informal", "شرکت گاز کوچه رو کنده درست نکرده", tafkik.AgencyGas},
	{"trench telecom informal", "مخابرات واسه فیبر نوری پیاده رو رو کنده", tafkik.AgencyTelecom},
	{"trench water arabic", "حفاري آبفا در كوچه رها شده", tafkik.AgencyWater},
	{"trench power typo", "حفااری برق وسط پیاده‌رو رها شده", tafkik.AgencyPower},
	// the municipality's own project's trench is its own, whatever its trench looks like
	{"trench own project", "عدم ترمیم ترانشه پروژه شهرداری، درخواست رسیدگی", tafkik.AgencyMunicipality},
	{"trench own project informal", "حفاری پروژه کانال‌سازی شهرداری رو ول کردن رفتن", tafkik.AgencyMunicipality},
	{"trench own kerbs", "بعد از جدولگذاری شهرداری کوچه رو همینطوری ول کردن", tafkik.AgencyMunicipality},
	{"trench own arabic", "پيمانكار شهرداري كوچه را كنده و رها كرده", tafkik.AgencyMunicipality},
	{"trench gas not the municipality's", "حفاری گاز کوچه رها شده، شهرداری هم کاری نکرده", tafkik.AgencyGas},
	{"car blocking arabic", "خودروي شخصي جلوي درب پاركينگ پارك كرده", tafkik.AgencyPolice},
	{"car blocking typo", "پارک خودرو جلوی درب پارکنیگ", tafkik.AgencyPolice},
	{"cars close alley", "ماشینا دوبله پارک میکنن و کوچه بسته میشه", tafkik.AgencyPolice},
	{"shop goods arabic", "سد معبر مغازه دار با اجناس در پياده رو", tafkik.AgencyMunicipality},
	{"neighbour noise arabic", "سر و صداي همسايه تا نيمه شب", tafkik.AgencyPolice},
	{"neighbour party", "مهمونی همسایه هر شب تا ساعت ۳ صبح", tafkik.AgencyPolice},
	{"construction noise formal", "سر و صدای ماشین آلات ساختمانی در ساعات استراحت", tafkik.AgencyMunicipality},
	{"gas smell arabic", "بوي گاز در كوچه مي آيد", tafkik.AgencyGas},
	{"gas leak typo", "نشتی گاز از رگولاتور ساختمان", tafkik.AgencyGas},
	{"landline informal", "تلفن خونه یه هفته ست قطعه", tafkik.AgencyTelecom},
	{"internet finglish", "internet ghate", tafkik.AgencyTelecom},
	{"pension informal", "مستمری بابام رو ندادن", tafkik.AgencyOther},
	{"food informal", "قصابی گوشت مونده میفروشه", tafkik.AgencyOther},
	// place names are not topics
	{"gas square", "فلکه گاز، کوچه ۵، آسفالت خراب است", tafkik.AgencyMunicipality},
	{"teacher street", "خیابان معلم کوچه ۳ زباله جمع نشده", tafkik.AgencyMunicipality},
	{"telecom building", "روبروی مخابرات جوی آب گرفته", tafkik.AgencyMunicipality},
	{"petrol station", "روبروی پمپ بنزین چاله بزرگی هست", tafkik.AgencyMunicipality},
	// an aside does not decide
	{"aside gas", "آسفالت کوچه خراب است، ضمنا بوی گاز هم میاد", tafkik.AgencyMunicipality},
	{"aside main outside", "فاضلاب زده بیرون ضمناً آسفالت هم خراب است", tafkik.AgencyWater},
	// «همسایه‌ها هم گزارش دادن»: the neighbours complained too; they are no night noise
	{"neighbours reported too, dogs", "سگ‌ها شب‌ها زوزه می‌کشن همسایه‌ها هم جداگانه گزارش دادن لطفاً پیگیری کنید", tafkik.AgencyMunicipality},
	{"neighbours reported too, dark", "این کوچه، شب ها خیابون کاملا تاریکه، چراغ ها روشن نمیشن، همسایه ها هم جداگانه گزارش دادن", tafkik.AgencyPower},
	{"neighbours called too", "همسایه ها هم تماس گرفتن، شب ها سگ های ولگرد تو کوچه پارس میکنن", tafkik.AgencyMunicipality},
	{"neighbour's noise, others reported too", "همسایه طبقه بالا هر شب تا صبح سر و صدا میکنه، بقیه همسایه ها هم شکایت کردن", tafkik.AgencyPolice},
	{"roundabout named gas, with ezafe", "سلام وقتتون بخیر تو فلکه‌ی گاز، کوچه ۱۰ این چاله‌ها رو کی پر میکنید؟", tafkik.AgencyMunicipality},
	{"ramp for the disabled", "رمپ معلولین خیابون خرابه خجالت داره", tafkik.AgencyMunicipality},
	{"ramp for the disabled by a fuel station", "روبه روی جایگاه سوخت در خیابان آزادگان رمپ معلولين خراب است", tafkik.AgencyMunicipality},
	{"concrete truck mud", "ماشین بتن کوچه رو گلی کرده و رفته", tafkik.AgencyMunicipality},
	{"aside typo", "سقف ایستگاه اتوبوس شکسته ضما بوی گاز تو کوچه میاد", tafkik.AgencyMunicipality},
	{"aside typo power", "جوی آب گرفته و آب بارون تو کوچه جمع شده. ضما شاخه درخت روی سیم برق افتاده", tafkik.AgencyMunicipality},
	// plain municipal work stays with the municipality
	{"asphalt", "آسفالت کوچه خراب است و چاله دارد", tafkik.AgencyMunicipality},
	{"asphalt near school", "جلوی مدرسه آسفالت خراب است", tafkik.AgencyMunicipality},
	{"garbage", "زباله‌ها سه روز است جمع‌آوری نشده", tafkik.AgencyMunicipality},
	{"traffic light", "چراغ راهنمایی تقاطع خراب است", tafkik.AgencyMunicipality},
	{"stray dogs", "سگ‌های ولگرد در محله زیاد شده‌اند", tafkik.AgencyMunicipality},
	// a postcode is not the post office
	{"postcode", "گلسار، خ ۱۸۵، کد پستی ۴۱۱۱۶۳۰۳۶۴. آبروی کوچه گرفته", tafkik.AgencyMunicipality},
	{"parcel", "بسته پستی من دو هفته است نرسیده", tafkik.AgencyOther},
	// the fire brigade and its hydrants are the municipality's; cars in its way the police's
	{"hydrant leaks", "شیر آتش نشانی سر کوچه شکسته و آب ازش بیرون میزنه", tafkik.AgencyMunicipality},
	{"hydrant arabic", "شير آتشنشاني جلوي پاساژ خراب است", tafkik.AgencyMunicipality},
	{"fire truck blocked", "ماشینا تو کوچه دوبله پارک میکنن، ماشین آتش نشانی نمیتونه رد بشه", tafkik.AgencyPolice},
	// street vendors are obstruction, unless their trucks close the way
	{"vendor trucks", "وانت های میوه جلوی بازار با بلندگو داد میزنن", tafkik.AgencyMunicipality},
	{"vendors typo", "دسفروشا پیاده رو رو گرفتن", tafkik.AgencyMunicipality},
	{"vendor trucks close alley", "وانت میوه فروش تو کوچه پارک میکنه و راه رو میبنده", tafkik.AgencyPolice},
	// squares' lights and landmarks of utilities
	{"square lights", "چراغ‌های میدان خاموشه", tafkik.AgencyMunicipality},
	{"substation landmark", "زباله ها کنار پست برق ریخته شده و بو میده", tafkik.AgencyMunicipality},
	{"substation noise", "پست برق سر کوچه صدا میده و بوی سوختگی میاد", tafkik.AgencyPower},
	{"mast landmark", "نزدیک دکل مخابرات زمین خالی پر از زباله است", tafkik.AgencyMunicipality},
	// an office named as a place is not the topic
	{"water office landmark", "کنار شرکت آب و فاضلاب زباله جمع شده", tafkik.AgencyMunicipality},
	{"power office landmark", "جلوی اداره برق پیاده رو شکسته", tafkik.AgencyMunicipality},
	{"water office dug", "شرکت آب و فاضلاب کوچه رو کنده و ول کرده", tafkik.AgencyWater},
	{"waste fee on the water bill", "عوارض پسماند رو با قبض آب حساب کردن", tafkik.AgencyMunicipality},
	{"water bill", "قبض آب این ماه خیلی زیاد اومده", tafkik.AgencyWater},
	{"car dealer on the sidewalk", "نمایشگاه ماشین ماشیناشو تو پیاده رو گذاشته برای فروش", tafkik.AgencyMunicipality},
	{"cars on the sidewalk", "ماشینا روی پیاده رو پارک میکنن", tafkik.AgencyPolice},
	// the writer says what it is not
	{"not sewage", "فاضلاب نیست، آب بارونه که تو زیرگذر جمع شده", tafkik.AgencyMunicipality},
	{"not sewage, spoken", "بوی فاضلاب نه، بوی زباله های کانتینر میاد", tafkik.AgencyMunicipality},
	{"not a car alarm", "دزدگیر ماشین نه، دستگاه تهویه رستوران شبها صدا میده", tafkik.AgencyMunicipality},
	{"neither power nor water", "دو روزه نه برق داریم نه آب", tafkik.AgencyPower},
	{"no water is a cut", "آب نیست، کی وصل میشه", tafkik.AgencyWater},
	// spoken price and weight words
	{"bakery short weight", "نونوایی نون رو کم وزن میده و گرون میفروشه", tafkik.AgencyOther},
	{"court", "پرونده من تو دادگاه یک ساله معطله", tafkik.AgencyOther},
	{"hens at home", "مرغ و خروس همسایه بو میده و کوچه رو کثیف کرده", tafkik.AgencyMunicipality},
}

func TestHardCases(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range hardCases {
		t.Run(tc.name, func(t *testing.T) {
			x := e.Explain(tafkik.Request{ID: "r", Text: tc.text})
			if x.Flag.Agency != tc.want {
				t.Errorf("%q: got %s by %s %q, want %s; hits %v", tc.text, x.Flag.Agency,
					x.Flag.RuleID, x.Flag.Words, tc.want, x.Hits)
			}
		})
	}
}

// TestReview: a flag that should not be trusted without a person says so.
func TestReview(t *testing.T) {
	e := defaultEngine(t)
	tests := []struct {
		name, text, category string
		agency               tafkik.Agency
		review               bool
	}{
		{"clear sewage", "فاضلاب از منهول بیرون زده", "", tafkik.AgencyWater, false},
		{"clear municipal", "آسفالت کوچه خراب است", "آسفالت", tafkik.AgencyMunicipality, false},
		{"nothing known", "لطفا رسیدگی کنید", "", tafkik.AgencyMunicipality, false},
		{"category alone", "لطفا رسیدگی کنید", "آب شرب", tafkik.AgencyWater, true},
		{"category alone, Arabic letters", "لطفا رسيدگي كنيد", "آب شرب", tafkik.AgencyWater, true},
		{"text beats category", "آسفالت کوچه خراب است", "آب شرب", tafkik.AgencyMunicipality, false},
		{"only an aside names an agency", "کوچه خیلی کثیفه ضمنا بوی گاز میاد", "", tafkik.AgencyMunicipality, true},
		{"a bare word", "برق نداریم", "", tafkik.AgencyPower, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := e.Flag(tafkik.Request{ID: "r", Text: tc.text, Category: tc.category})
			if f.Agency != tc.agency || f.NeedsReview != tc.review {
				t.Errorf("%q [%s]: got %s review=%v (%.2f by %s), want %s review=%v",
					tc.text, tc.category, f.Agency, f.NeedsReview, f.Confidence, f.RuleID, tc.agency, tc.review)
			}
			if f.NeedsReview != (f.Confidence < defaultReviewBelow) {
				t.Errorf("review=%v but confidence %.2f", f.NeedsReview, f.Confidence)
			}
		})
	}
}

// TestNoText: a request with no text (the app's category and pin alone) is flagged by its
// category, read as the text would be.
func TestNoText(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range []struct {
		category string
		want     tafkik.Agency
	}{
		{"قطع برق", tafkik.AgencyPower},
		{"نشت گاز", tafkik.AgencyGas},
		{"قطعی آب", tafkik.AgencyWater},
		{"آسفالت", tafkik.AgencyMunicipality},
		{"پسماند و نظافت شهری", tafkik.AgencyMunicipality},
		{"", tafkik.AgencyMunicipality},
	} {
		if got := e.Flag(tafkik.Request{ID: "r", Category: tc.category, Address: "گلسار، کوچه ۱۲"}); got.Agency != tc.want {
			t.Errorf("category %q with no text: %s by %s, want %s", tc.category, got.Agency, got.RuleID, tc.want)
		}
	}
}
