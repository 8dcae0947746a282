package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestSecondComplaint: an eleventh author's residents report at their own alley, number two
// complaints («۱- ... ۲- ...») and are filed under the first; live in a «مسکن مهر» estate, a
// neighbourhood's name; and complain of rubble a neighbour dumped after a utility's repair.
// Written here in words and spellings of our own, each next to the outside request that uses
// the same words and must still be referred.
func TestSecondComplaint(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text string
		agency     tafkik.Agency
	}{
		// a numbered list is filed under its first item
		{"rubbish, then the alley's light", "۱- زباله‌ها رو چند روزه نبردن ۲- چراغ کوچه هم خاموشه", tafkik.AgencyMunicipality},
		{"latin digits and brackets", "1) آسفالت کوچه پر از چاله است 2) لامپ تیر برق سوخته", tafkik.AgencyMunicipality},
		{"after a dead end in brackets", "کوچه غلامی (بن‌بست) ۱- درخواست سمپاشی محله ۲- چراغ کوچه هم خاموشه", tafkik.AgencyMunicipality},
		{"after a full stop and a place", "به نمایندگی از اهالی کوچه. ۱- رفتگر نیومده ۲- چراغ کوچه خاموشه", tafkik.AgencyMunicipality},
		{"the quarter before the second mark", "۱- درخواست سمپاشی محله ۲- برق کوچه قطعه", tafkik.AgencyMunicipality},
		{"first and second in words", "اولا جوی آب گرفته، ثانیا تیر برق کج شده", tafkik.AgencyMunicipality},
		{"a dead end's ordinal with a colon is no item", "بن بست اول: زباله‌ها جمع نشده. کوچه دوم: برق کل کوچه قطعه", tafkik.AgencyPower},
		{"one thing, second thing", "یکی اینکه جدول کوچه شکسته، دوم اینکه تیر برق کج شده", tafkik.AgencyMunicipality},
		{"latin digits with full stops", "1. درخت افتاده وسط کوچه 2. کابل تلفن پاره شده", tafkik.AgencyMunicipality},
		{"marks with a tatweel", "۱ـ زباله‌ها مونده ۲ـ چراغ کوچه خاموشه", tafkik.AgencyMunicipality},
		{"marks joined to their words", "۱.زباله ها مونده ۲.چراغ کوچه خاموشه", tafkik.AgencyMunicipality},
		{"marks joined by a hyphen, one a line", "۱-آشغالا رو نبردن\n۲-برق تیر چراغ قطعه", tafkik.AgencyMunicipality},
		{"first problem, second problem", "مشکل اول زباله‌هاست، مشکل دوم چراغ کوچه که خاموشه", tafkik.AgencyMunicipality},
		{"the gas smell first stays", "اولا بوی گاز میاد، ثانیا زباله‌ها مونده", tafkik.AgencyGas},
		{"the power cut first stays", "۱- برق کل کوچه از دیشب قطعه ۲- زباله هم جمع نشده", tafkik.AgencyPower},
		{"the light first stays", "۱- چراغ کوچه خاموشه ۲- جوی هم گرفته", tafkik.AgencyPower},
		{"an alley's number is no item", "کوچه ۱- بوی گاز شدید میاد", tafkik.AgencyGas},
		// «مسکن مهر» is a neighbourhood
		{"mehr estate, block", "مسکن مهر فاز ۲ بلوک شماره ۱۲، کوچه جارو نمیشه", tafkik.AgencyMunicipality},
		{"mehr estate, arabic letters", "مسكن مهر رشت فاز1 ب 5 تپه خاك و ضايعات وسط كوچه مونده", tafkik.AgencyMunicipality},
		{"a resident of the estate", "ساکن مسکن مهر، بلوک ۲۶ هستم. درخت افتاده وسط کوچه", tafkik.AgencyMunicipality},
		{"the estate's unit not delivered", "واحد مسکن مهر ما هنوز تحویل داده نشده", tafkik.AgencyOther},
		{"national housing not delivered", "مسکن ملی ما تحویل داده نشده", tafkik.AgencyOther},
		{"instalments of the housing", "اقساط مسکن مهر رو چطور پرداخت کنیم؟", tafkik.AgencyOther},
		{"gas smell in the estate", "مسکن مهر فاز ۳ بلوک ۸ بوی گاز میاد", tafkik.AgencyGas},
		// rubble a neighbour dumped
		{"rubble after a water pipe repair", "بعد از تعمیر لوله آب نخاله‌ها رو همسایه ریخته تو کوچه", tafkik.AgencyMunicipality},
		{"the neighbour dumped, word order", "بعد از تعمير لوله آب، همسایه نخاله ريخته تو کوچه", tafkik.AgencyMunicipality},
		{"a truck dumped earth and bricks at night", "کامیون شب اومد خاک و آجر خالی کرد، راه بسته شده، همسایه‌ها همه شاکی‌ان", tafkik.AgencyMunicipality},
		{"earth a neighbour dumped after a gas dig", "بعد از حفاری گاز، خاک‌ها رو همسایه ریخته وسط کوچه", tafkik.AgencyMunicipality},
		{"the utility's dig left open stays", "بعد از تعمیر لوله آب جای کندن را رها کرده اند", tafkik.AgencyWater},
		{"a burst pipe stays", "لوله آب ترکیده و همه جا آب گرفته", tafkik.AgencyWater},
		// neighbours fed up, said with «are»
		{"neighbours fed up, dark at night", "رمپ معلولین نداره پیاده رو. خطرناکه شب. همسایه‌ها همه شاکی‌ان", tafkik.AgencyMunicipality},
		{"neighbours fed up, written apart", "جدول شکسته، شب خطرناکه، همسایه ها شاکی هستن", tafkik.AgencyMunicipality},
		{"the neighbours' party at night stays", "همسایه‌ها هر شب تا صبح مهمونی دارن و سر و صدا میکنن", tafkik.AgencyPolice},
		// the municipality's own department named
		{"city services named", "شهروند محترم خواستار رسیدگی به مشکل خدمات شهری در خیابان ۱۵۰ می‌باشد", tafkik.AgencyMunicipality},
		// another agency's office as a landmark, with «بالاتر از», «پایین‌تر از», «حوالی», «اطراف»
		{"above the water office", "سلام، بالاتر از اداره آب و فاضلاب، زباله‌ها رو نبردن", tafkik.AgencyMunicipality},
		{"below the gas office", "آسفالت کوچه پر از چاله است پایین‌تر از اداره گاز", tafkik.AgencyMunicipality},
		{"below the telecom centre, joined", "پایینتر از مرکز مخابرات جوی گرفته و آب بارون جمع شده", tafkik.AgencyMunicipality},
		{"around the power substation", "حوالی پست برق، آسفالت کوچه پر از چاله است", tafkik.AgencyMunicipality},
		{"around the water office, arabic letters", "اطراف اداره آب و فاضلاب زباله ها رو نبردن", tafkik.AgencyMunicipality},
		{"above the water office, a power cut stays", "بالاتر از اداره آب و فاضلاب، برق کل کوچه از دیشب قطعه", tafkik.AgencyPower},
		{"below the gas office, gas smell stays", "پایین‌تر از اداره گاز بوی گاز شدید میاد", tafkik.AgencyGas},
		{"around the substation, telephone cut stays", "حوالی پست برق، تلفن ثابت قطعه", tafkik.AgencyTelecom},
		// cars left so that the way is closed
		{"guests leave their cars", "مهمونای تالار ماشیناشونو تو کوچه ول میکنن و راه بسته است", tafkik.AgencyPolice},
		{"cars left, arabic letters", "مهموناي تالار ماشيناشونو تو كوچه ول ميكنن و راه بسته است", tafkik.AgencyPolice},
		{"cars left, ambulance cannot come", "ماشین‌هاشون رو جلوی کوچه میذارن، آمبولانس نمیتونه بیاد", tafkik.AgencyPolice},
		{"work left half done stays", "شهرداری جدول رو نصفه ول کرده، ماشین نمیتونه بیاد، راه بسته است", tafkik.AgencyMunicipality},
	}
	for _, c := range cases {
		x := e.Explain(tafkik.Request{ID: "1", Text: c.text})
		if x.Flag.Agency != c.agency {
			t.Errorf("%s: %s: got %s (%s %v), want %s", c.name, c.text, x.Flag.Agency, x.Flag.RuleID, x.Flag.Words, c.agency)
		}
	}
}

// TestFinglishConstruction: a text in Finglish that names building work must say so itself, so
// that an issue's votes for another agency do not carry it («sakhto saz gheyre mojaz»).
func TestFinglishConstruction(t *testing.T) {
	e := defaultEngine(t)
	for _, text := range []string{
		"slm sakhto saz gheyre mojaz",
		"nakhale rikhtan too kooche",
		"sakht o saz shabane dare anjam mishe",
		"nakhaleh haye sakhtemani vasate kooche",
	} {
		x := e.Explain(tafkik.Request{ID: "1", Text: text})
		if x.Flag.Agency != tafkik.AgencyMunicipality || x.Flag.RuleID != "municipality.construction" {
			t.Errorf("%s: got %s by %q, want municipality by municipality.construction", text, x.Flag.Agency, x.Flag.RuleID)
		}
	}
}
