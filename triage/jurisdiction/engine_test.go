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
	// plain municipal work stays with the municipality
	{"asphalt", "آسفالت کوچه خراب است و چاله دارد", tafkik.AgencyMunicipality},
	{"asphalt near school", "جلوی مدرسه آسفالت خراب است", tafkik.AgencyMunicipality},
	{"garbage", "زباله‌ها سه روز است جمع‌آوری نشده", tafkik.AgencyMunicipality},
	{"traffic light", "چراغ راهنمایی تقاطع خراب است", tafkik.AgencyMunicipality},
	{"stray dogs", "سگ‌های ولگرد در محله زیاد شده‌اند", tafkik.AgencyMunicipality},
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
