package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestFallenTrees: a tree uprooted, fallen across the way, about to fall or lying on a car
// is the municipality's to clear, even when it also lies on a power line; a branch that only
// touches or rests on the wire, and a wire a tree broke or a cut it caused, stay the power
// company's. Found on a fifteenth author's storm days (triage/eval/rasht15), written here in
// words and spellings of our own.
func TestFallenTrees(t *testing.T) {
	e := defaultEngine(t)
	cases := []agencyCase{
		{"uprooted onto the line", "با طوفان دیشب درخت کاج از ریشه در اومده رو سیم برق افتاده", tafkik.AgencyMunicipality},
		{"uprooted, arabic letters", "درخت كاج از ريشه دراومده و رو سيم برق افتاده", tafkik.AgencyMunicipality},
		{"across the alley and the wire", "درخت افتاده وسط کوچه، رو سیم برق هم افتاده", tafkik.AgencyMunicipality},
		{"a car under it", "شاخه بزرگ افتاده، یه ماشین زیرش مونده، رو کابل برق هم افتاده", tafkik.AgencyMunicipality},
		{"about to fall", "درخت کج شده داره میفته رو خونه و سیم برق", tafkik.AgencyMunicipality},
		{"the way closed, formal", "سقوط درخت بر روی خطوط برق و مسدود شدن معبر", tafkik.AgencyMunicipality},
		{"broken onto a car", "یه شاخه شکسته افتاده رو ماشین و رو سیم برق", tafkik.AgencyMunicipality},
		// the power company's
		{"a branch on the wire", "شاخه درخت افتاده روی سیم برق و جرقه میزنه", tafkik.AgencyPower},
		{"branches in the wires", "شاخه های درخت رفته لای سیمای برق کوچه", tafkik.AgencyPower},
		{"fallen, the wire broken", "درخت از ریشه افتاده و سیم برق پاره شده", tafkik.AgencyPower},
		{"fallen, the power out", "درخت افتاده وسط کوچه رو سیم برق، برق کل کوچه قطع شده", tafkik.AgencyPower},
		{"prune near the line", "شاخه‌ها به کابل برق چسبیده لطفا هرس کنید", tafkik.AgencyPower},
	}
	checkAgencies(t, e, cases)
}

// TestSpokenRequests: a voice line's transcript says the address with no colon and no stop
// and runs it into the complaint; its keywords are spelt by ear (ط/ت، غ/ق، ث/س/ص، ذ/ز/ض/ظ،
// ح/ه); an office is named twice, in the operator's summary and in the caller's words.
// Found on the fifteenth author's text (triage/eval/rasht15), written here in words of our own.
func TestSpokenRequests(t *testing.T) {
	e := defaultEngine(t)
	cases := []agencyCase{
		// the address ends at its plate, at a thing after a name, or two words past its last place word
		{"after the plate", "الو آدرس گلسار خیابان ۱۱۰ کوچه سه پلاک بیست و یک بوی گاز میاد", tafkik.AgencyGas},
		{"plate in words", "آدرس منظریه کوچه دو پلاک سی و شش کنتور آب نشتی داره", tafkik.AgencyWater},
		{"a thing after the street's name", "آدرس حمیدیان خیابان حمیدیان برق کل خیابون رفته", tafkik.AgencyPower},
		{"a number as the street's name", "آدرس گلسار خیابان صد و هشت برق چند ساعته قطع شده", tafkik.AgencyPower},
		{"a neighbourhood split by ear", "آدرس حمیدی ان خیابان پروین کوچه شهید یوسفی درپوش منهول فاضلاب شکسته", tafkik.AgencyWater},
		{"cars before a garage", "آدرس بیستون کوچه کنار دبستان یه ماشین جلوی در پارکینگ پارک کرده", tafkik.AgencyPolice},
		{"telecom's trench", "آدرس عینک سرو کوچه یک مخابرات برای فیبر نوری کوچه رو کنده و رفته", tafkik.AgencyTelecom},
		// what the address names is still where
		{"an office in the address, colon", "آدرس: خیابان بهار جنب اداره برق، جوی آب گرفته", tafkik.AgencyMunicipality},
		{"an office in the spoken address", "آدرس گلسار کوچه کنار اداره گاز زباله ها رو نبردن", tafkik.AgencyMunicipality},
		// typed by ear
		{"power by ear", "برغ کل کوچه از صبح قطعه", tafkik.AgencyPower},
		{"telephone by ear", "سیم طلفن پاره شده افتاده", tafkik.AgencyTelecom},
		{"water cut by ear", "از صبح آب غطعه", tafkik.AgencyWater},
		{"sewage by ear", "فاضلآب از منهول زده بیرون", tafkik.AgencyWater},
		{"gas dig by ear", "هفاری گاز رو ول کردن رفتن", tafkik.AgencyGas},
		{"a courtesy by ear", "ببخشید مزاهم شدم چاله وسط خیابون لاستیک ماشینمو ترکوند", tafkik.AgencyMunicipality},
		{"a courtesy, another spelling", "ببخشید مظاحم شدم کوچه آب گرفته عابرا نمیتونن رد شن", tafkik.AgencyMunicipality},
		{"a short word stays", "صد متر جلوتر سد معبر کردن", tafkik.AgencyMunicipality},
		// an office named twice
		{"the water company twice", "رهاسازی ترانشه حفاری آبفا - آبفا کوچه رو کنده و ول کرده", tafkik.AgencyWater},
		{"a street named twice", "بلوار معلم معلم کوچه پنج زباله جمع نشده", tafkik.AgencyMunicipality},
		// the neighbourhood «معلم» and children in the street
		{"speeding past children", "معلم خیابان دانش ماشینا با سرعت زیاد رد میشن کوچه پر از بچه ست", tafkik.AgencyMunicipality},
		{"the playground", "من از معلم زنگ میزنم وسایل بازی پارک شکسته بچه‌ها آسیب میبینن", tafkik.AgencyMunicipality},
		{"a teacher still", "معلم مدرسه بچه ها رو تنبیه بدنی میکنه", tafkik.AgencyOther},
	}
	checkAgencies(t, e, cases)
}
