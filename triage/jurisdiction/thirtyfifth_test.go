package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestWorkingChildren: working and street children are the welfare office's, as the two
// authors who write of them label it; a beggar stays the municipality's, and a children's
// park whose tap does not work is no report of working children.
func TestWorkingChildren(t *testing.T) {
	e := defaultEngine(t)
	cases := []ruleCase{
		{"سلام وقت بخیر، کودک کار سر چهارراه، مرسی!!!", "سایر", tafkik.AgencyOther, "other.working-children"},
		{"کودکان کار خیابون ما هر روز هستن، چند بار زنگ زدیم کسی نیومد", "سایر موارد", tafkik.AgencyOther, "other.working-children"},
		{"مراجعه حضوری شهروند - کودکان کار - از چند روز قبل", "پارک‌ها و بوستان‌ها", tafkik.AgencyOther, "other.working-children"},
		{"متکدی و کودکان کار سر چهارراه گلسار", "", tafkik.AgencyOther, "other.working-children"},
		// a beggar is the municipality's (ساماندهی متکدیان)
		{"حضور متکدیان جلوی بانک ملت", "سایر", tafkik.AgencyMunicipality, "municipality.beggars"},
		// a children's park's tap
		{"آبخوری پارک کودک کار نمی‌کنه. رسیدگی فوری.", "پارک و بوستان", tafkik.AgencyMunicipality, ""},
		{"سلام وقت بخیر از دیروز نیمکتای پارک کودک گلسار شکسته", "پارک و بوستان", tafkik.AgencyMunicipality, ""},
	}
	checkRules(t, e, cases)
}

// TestNamedWaterCover: a manhole cover the text gives to the water company («دریچه منهول
// آبفا») is the water company's, whatever the operator's category; a cover that is simply
// gone, its network unnamed, is still the municipality's crew's first (rasht20).
func TestNamedWaterCover(t *testing.T) {
	e := defaultEngine(t)
	cases := []ruleCase{
		{"دریچه منهول آبفا شکسته خطرناکه", "آسفالت و معابر", tafkik.AgencyWater, ""},
		{"پیگیری درخواست قبلی، چمارسرا، خيابان چمارسرا، پشت كلانتري دريچه منهول آبفا شكسته خطرناكه", "آسفالت و معابر", tafkik.AgencyWater, ""},
		{"درپوش آبفا وسط کوچه جابجا شده", "عمومی", tafkik.AgencyWater, ""},
		{"سر کوچه درپوش منهول رو بردن و یه چاله باز مونده", "", tafkik.AgencyMunicipality, ""},
		// the water company's building as a landmark names no cover of it
		{"جوی روبروی آبفا گرفته و آب رفته تو خیابون", "آب های سطحی", tafkik.AgencyMunicipality, ""},
	}
	checkRules(t, e, cases)
}

// TestHomeless: people sleeping rough are the welfare office's (other.homeless), beggars
// beside them or not; beggars alone stay the municipality's, and cardboard in the rubbish is
// no report of them.
func TestHomeless(t *testing.T) {
	e := defaultEngine(t)
	cases := []ruleCase{
		{"حضور فرد کارتن‌خواب - خیابان ۱۱۶ کنار درمانگاه. شهروند درخواست رسیدگی دارد.", "سایر", tafkik.AgencyOther, "other.homeless"},
		{"سلام ببخشید خ ۲ سر کوچه چهارم، یه کارتن خواب شبا میخوابه واقعا که", "شکایات", tafkik.AgencyOther, "other.homeless"},
		{"شهروند از حضور متکدیان و کارتنخواب میدان حشمت شکایت دارد", "خدمات شهری", tafkik.AgencyOther, "other.homeless"},
		{"یه بی‌خانمان زیر پل میخوابه", "", tafkik.AgencyOther, "other.homeless"},
		{"حضور متکدیان جلوی بانک ملت", "سایر", tafkik.AgencyMunicipality, "municipality.beggars"},
		{"کارتن و پلاستیک کنار مخزن زباله ریختن", "زباله", tafkik.AgencyMunicipality, ""},
	}
	checkRules(t, e, cases)
}

// TestWorkshopSmokeAndSmell: a workshop's smoke told with its smell is the environment
// office's, as its smoke alone was; a building site's dust is the municipality's.
func TestWorkshopSmokeAndSmell(t *testing.T) {
	e := defaultEngine(t)
	cases := []ruleCase{
		{"شهروند از دود و بوی کارگاه گلایه دارد", "خدمات شهری", tafkik.AgencyOther, "other.smoke"},
		{"نامه ساکنین درباره دود و بوی کارگاه", "سایر", tafkik.AgencyOther, "other.smoke"},
		{"دود کارگاه میاد تو خونه‌ها", "سایر", tafkik.AgencyOther, "other.smoke"},
		{"شهروند از گرد و خاک و نخاله کارگاه ساختمانی گلایه دارد", "ساخت‌وساز", tafkik.AgencyMunicipality, ""},
	}
	checkRules(t, e, cases)
}

// TestTrenchRestoration: a dig whose digger the text does not name is a utility's to refill
// when it is left open, and the municipality's to restore when what the text asks for is the
// restoration («بدون ترمیم»): the municipality restores dug strips. A named digger stays
// its own.
func TestTrenchRestoration(t *testing.T) {
	e := defaultEngine(t)
	cases := []ruleCase{
		{"رها شدن محل حفاری در کوچه بدون ترمیم", "آسفالت و ترمیم معابر", tafkik.AgencyMunicipality, ""},
		{"رها شدن محل حفاری بدون ترمیم", "حفاری", tafkik.AgencyMunicipality, ""},
		{"حفاری رها شده و ترمیم نشده، کوچه ۲۱ استادسرا", "آسفالت و ترمیم معابر", tafkik.AgencyMunicipality, ""},
		{"حفاری رها شده در معبر", "آسفالت و معابر", tafkik.AgencyWater, "water.trench-unnamed"},
		{"یه ترانشه وسط کوچه کندن ولش کردن", "", tafkik.AgencyWater, "water.trench-unnamed"},
		{"ترانشه حفاری آب و فاضلاب در محل پس از تعمیر لوله رها شده و ترمیم نشده است", "آب و فاضلاب", tafkik.AgencyWater, ""},
	}
	checkRules(t, e, cases)
}

// TestDoubleParkedObstruction: a street blocked by cars parked double is the traffic police's,
// however the operator opens it («سد معبر با ...»); blocked by a shop's goods it stays the
// municipality's.
func TestDoubleParkedObstruction(t *testing.T) {
	e := defaultEngine(t)
	cases := []ruleCase{
		{"سد معبر با پارک دوبله خودروها", "ترافیک و حمل و نقل", tafkik.AgencyPolice, "police.parking"},
		{"سد معبر با پارک دوبله خودروها در کوچه. درخواست رسیدگی دارد.", "سد معبر", tafkik.AgencyPolice, "police.parking"},
		{"سد معبر توسط مغازه‌دار، اجناس رو گذاشته تو پیاده‌رو", "سد معبر", tafkik.AgencyMunicipality, ""},
		{"سد معبر در خیابان سعدی", "سد معبر", tafkik.AgencyMunicipality, "municipality.obstruction"},
	}
	checkRules(t, e, cases)
}
