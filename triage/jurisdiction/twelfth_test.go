package jurisdiction

import (
	"slices"
	"testing"

	"github.com/tafkik/tafkik"
)

// TestAddedProblem: a twelfth and a thirteenth author's writers add a second problem with
// «یه چیز دیگه هم»، «تازه» (what's more) typed in haste after a verb, or name one only to put
// it after this one («البته مشکل فاضلاب هم داریم ولی فعلا این مهمتره»); the request is filed
// under the first. Operators sign «ثبت: اپراتور ۷»; a crane and a dump truck make a building
// site's noise; a utility that paved its own trench leaves the street's surface to the
// municipality. Written here in words and spellings of our own, each next to the outside
// request that uses the same words and must still be referred.
func TestAddedProblem(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text string
		agency     tafkik.Agency
		review     bool // the flag must go to a clerk
	}{
		// «یه چیز دیگه هم»: a second problem, an aside
		{"another thing, the alley's light", "سگای ولگرد تو کوچه زیاد شدن، یه چیز دیگه هم، روشنایی کوچه قطعه", tafkik.AgencyMunicipality, true},
		{"another thing with a colon", "آسفالت کوچه نشست کرده یه چیز دیگه: تلفن خونه‌ها قطعه", tafkik.AgencyMunicipality, true},
		{"another thing, joined", "ببخشید کانال رو پر نکردن یه چیزدیگه هم شاخه‌ها تا وسط پیاده‌رو اومده", tafkik.AgencyMunicipality, false},
		{"another thing, arabic letters", "زباله‌ها مونده يه چيز ديگه هم، كابل مخابرات افتاده", tafkik.AgencyMunicipality, true},
		{"the sparking branch first stays", "شاخه درخت روی سیم برق افتاده و جرقه میزنه، یه چیز دیگه هم، جوی گرفته", tafkik.AgencyPower, false},
		{"the water gushing first stays", "آب از زیر آسفالت فواره میزنه یه چیز دیگه هم، جعبه مخابرات شکسته", tafkik.AgencyWater, false},
		{"an earlier request was another thing", "درخواست قبلیم یه چیز دیگه بود، این مورد جدیده: بوی فاضلاب کل کوچه رو برداشته", tafkik.AgencyWater, false},
		// «تازه», what's more
		{"what's more, after a verb", "لاشه گربه وسط کوچه افتاده تازه کابل تلفن قطع شده", tafkik.AgencyMunicipality, true},
		{"what's more, after a comma", "بوی زباله کل کوچه رو گرفته، تازه بوی گاز هم میاد", tafkik.AgencyMunicipality, true},
		{"what's more, after a «می» verb", "با هر بارون چاله‌ها پر آب میشه تازه سیم برق هم آویزونه", tafkik.AgencyMunicipality, true},
		{"the power cut first stays", "چرا برق کوچه قطعه؟ تازه زباله‌ها هم مونده", tafkik.AgencyPower, false},
		{"just paved is no addition", "بوی گاز شدید میاد، تازه آسفالت شده", tafkik.AgencyGas, false},
		{"just arrived, after «هم»", "گاز شهری هم تازه به کوچه‌مون اومده، بوی گاز میاد", tafkik.AgencyGas, false},
		// a problem named only to be put after this one
		{"sewage too, but this matters more", "برگ درختا کل پیاده‌رو رو پوشونده البته مشکل فاضلاب هم داریم ولی فعلا این مهمتره", tafkik.AgencyMunicipality, false},
		{"power cuts too, this first", "جوی کوچه گرفته، قطعی برق هم داریم اما این مهم‌تره", tafkik.AgencyMunicipality, false},
		{"the sewage the request is about stays", "فاضلاب زده بیرون. آسفالت هم خرابه ولی این مهمتره", tafkik.AgencyWater, false},
		// an earlier dig the writer says is unrelated
		{"an earlier dig, unrelated", "ساختمون کناری نخاله ریخته تو کوچه. قبلا آب و فاضلاب اینجا رو کنده بود ولی ربطی به این موضوع نداره", tafkik.AgencyMunicipality, false},
		{"the dig itself stays", "آبفا کوچه رو کنده و رفته، قبلا هم زباله‌ها جمع نمیشد ولی ربطی به این موضوع نداره", tafkik.AgencyWater, false},
		// the 137 operator's signature
		{"the operator who took the call", "انسداد جوی آب باران - ثبت: اپراتور ۱۳", tafkik.AgencyMunicipality, false},
		{"the operator, arabic digits", "موضوع عدم جمع‌آوری زباله - ثبت: اپراتور ١٤", tafkik.AgencyMunicipality, false},
		{"a mobile operator stays", "اپراتور موبایل تو این محله آنتن نمیده", tafkik.AgencyTelecom, false},
		{"no operator's coverage stays", "تو کوچه ما هیچ اپراتوری پوشش نداره", tafkik.AgencyTelecom, false},
		// a building site's machines
		{"crane and dump truck from early morning", "جرثقیل و کمپرسی ساختمون کناری از صبح زود سر و صدا دارن", tafkik.AgencyMunicipality, false},
		{"crane, arabic letters", "جرثقيل و كمپرسي ساختمون بغلي از صبح سر و صدا ميكنن", tafkik.AgencyMunicipality, false},
		{"building work misspelt", "ساختومن‌سازی تا نصف شب سر و صدا داره", tafkik.AgencyMunicipality, false},
		{"the next building's party stays", "ساختمان کناری مهمونی گرفتن تا ۳ صبح سر و صدا", tafkik.AgencyPolice, false},
		// a trench the utility paved itself
		{"paved by the water company itself", "بعد از ترمیم لوله آب که خودشون آسفالت کردن، حالا آسفالت کل کوچه ترک خورده و گود شده", tafkik.AgencyMunicipality, false},
		{"paved by the gas company itself, written formally", "پس از تعمیر لوله گاز که خودشان آسفالت کردند، آسفالت کوچه نشست کرده", tafkik.AgencyMunicipality, false},
		{"not paved stays the utility's", "بعد از تعمیر لوله آب، ترانشه رو آسفالت نکردن", tafkik.AgencyWater, false},
		{"dug again stays the utility's", "آبفا خودشون آسفالت کردن ولی دوباره کندن و رفتن", tafkik.AgencyWater, false},
	}
	for _, c := range cases {
		x := e.Explain(tafkik.Request{ID: "1", Text: c.text})
		if x.Flag.Agency != c.agency {
			t.Errorf("%s: %s: got %s (%s %v), want %s", c.name, c.text, x.Flag.Agency, x.Flag.RuleID, x.Flag.Words, c.agency)
			continue
		}
		if c.review && !x.Flag.NeedsReview {
			t.Errorf("%s: %s: not sent for review (%s %.2f)", c.name, c.text, x.Flag.RuleID, x.Flag.Confidence)
		}
	}
}

// TestPhoneAppMisses: outside requests as a phone app's users type them: a question when the
// water comes back, a tap that gives only air («آب رو» is the water and its object marker, no
// «آبرو»), clean water welling up with no rain, a car left before a garage filed as «سد
// معبر», a park misspelt «پراک», and another utility's office named just before the water.
func TestPhoneAppMisses(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text string
		agency     tafkik.Agency
	}{
		{"when is the water back", "آب کی وصل میشه؟ لطفا پیگیری بفرمایید", tafkik.AgencyWater},
		{"when is the water back, joined", "آبکی وصلللل میشه", tafkik.AgencyWater},
		{"when is the water back, asked first", "کی آب وصل میشه؟ از صبح نداریم", tafkik.AgencyWater},
		{"only air from the tap", "شیر آب رو باز می‌کنیم فقط هوا میاد", tafkik.AgencyWater},
		{"the water cut, object marker", "آب رو قطع کردن از صبح", tafkik.AgencyWater},
		{"the gutter joined stays", "آبروی کوچه گرفته و آب بارون مونده", tafkik.AgencyMunicipality},
		{"no rain and the street under water", "خیابان رو آب گرفته بارونم نیومده، از زیر زمین آب میاد", tafkik.AgencyWater},
		{"no rain, written formally", "باران نیامده ولی کوچه را آب گرفته است", tafkik.AgencyWater},
		{"no rain, a blocked gutter stays", "بارون نیومده ولی جوی پر از آشغاله و آب جمع شده", tafkik.AgencyMunicipality},
		{"welling up through the asphalt", "آب از زیر آسفالت فواره میزنه", tafkik.AgencyWater},
		{"welling up beside the gas office", "کنار اداره گاز آب از زیر آسفالت فواره میزنه", tafkik.AgencyWater},
		{"the water company's office, no «و»", "کنار اداره آب فاضلاب زباله ریختن", tafkik.AgencyMunicipality},
		{"a park's fountain stays", "فواره پارک خرابه و آب نمیاد", tafkik.AgencyMunicipality},
		{"a car before the garage filed as obstruction", "سد معبر! یه ماشین جلو پارکینگ چند ماه مونده", tafkik.AgencyPolice},
		{"a car before the garage, formal", "سد معبر: یک خودرو جلوی پارکینگ ما دو هفته است مانده", tafkik.AgencyPolice},
		{"a shop's goods stay", "سد معبر در محله ما، ماشین ها مشکلی ندارند، مشکل اجناس مغازه است", tafkik.AgencyMunicipality},
		{"a dirty fast food kitchen", "فست فودی کثیفه آشپزخونه‌ش", tafkik.AgencyOther},
		{"park misspelt, lamps", "لامپ‌های پراک سوخته", tafkik.AgencyMunicipality},
		{"park misspelt, dark", "پراک تاریکه آدرس بلوار سبزه میدان", tafkik.AgencyMunicipality},
		{"scattered lights stay", "چراغ‌های پراکنده کوچه خاموشه", tafkik.AgencyPower},
		{"water wasted, in Finglish", "ab dare hadar mire kh takhti", tafkik.AgencyWater},
	}
	for _, c := range cases {
		x := e.Explain(tafkik.Request{ID: "1", Text: c.text})
		if x.Flag.Agency != c.agency {
			t.Errorf("%s: %s: got %s (%s %v), want %s", c.name, c.text, x.Flag.Agency, x.Flag.RuleID, x.Flag.Words, c.agency)
		}
	}
}

// TestJoinedWords: two words typed without the space between them are read apart when both
// are words the rules know («منهولفاضلاب», «جلویاداره»), never a verb's «نمی» from its verb
// («نمیرسند» is no «نمیر سند») nor a plural's or a doer's ending.
func TestJoinedWords(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text string
		agency     tafkik.Agency
	}{
		{"manhole and sewage joined", "درب منهولفاضلاب شکسته", tafkik.AgencyWater},
		{"telephone and tone joined", "خط تلفنبوق نمیده", tafkik.AgencyTelecom},
		{"the gas company's dig joined", "حفاری شرکت گازترمیم نشده", tafkik.AgencyGas},
		{"in front of, joined after", "باز هم اسفالت جلویاداره گاز چاله شده", tafkik.AgencyMunicipality},
		{"in front of, joined before", "داخل کوچه سه آسفالتجلوی اداره گاز چاله شده", tafkik.AgencyMunicipality},
		{"opposite, joined before", "دوبارهروبروی داروخانه دکتر رستمی سد معبر", tafkik.AgencyMunicipality},
		{"theft joined to a bank's name", "نرسیده به بانک ملیدزدی تو خیابان زیاد شده", tafkik.AgencyPolice},
		{"a verb's «نمی» stays on it", "شاخه‌ها به سیم برق نمیرسند، فقط جلوی خانه را گرفته", tafkik.AgencyMunicipality},
		{"a shopkeeper stays one word", "پیاده‌رو رو مغازه‌دار گرفته", tafkik.AgencyMunicipality},
		{"«در ضمن» run on to the word before", "کوچه شبا تاریک تاریکهدر ضمن بخاری کلاس مدرسه خرابه", tafkik.AgencyPower},
		// fees paid on time are a grievance, even where an office's answer shares the clause
		{"fees paid, and what the municipality said", "آبفا برای تعمیر لوله کوچه رو کنده و ترمیم نکرده ما عوارض شهرداری رو به موقع میدیم شهرداری گفت مربوط به ما نیست", tafkik.AgencyWater},
		{"fees for a permit stay", "عوارض شهرداری برای پروانه ساخت خیلی زیاد اومده", tafkik.AgencyMunicipality},
		// a pole and a transformer that endanger
		{"danger of a pole and a transformer", "خطر تیر برق و ترانس - درخواست بازدید و اقدام", tafkik.AgencyPower},
		{"a pole in the way is dangerous", "تیر برق وسط پیاده رو خطرناکه", tafkik.AgencyPower},
		{"a dangerous pothole by a pole stays", "چاله خطرناک جلوی تیر برق", tafkik.AgencyMunicipality},
	}
	for _, c := range cases {
		x := e.Explain(tafkik.Request{ID: "1", Text: c.text})
		if x.Flag.Agency != c.agency {
			t.Errorf("%s: %s: got %s (%s %v), want %s", c.name, c.text, x.Flag.Agency, x.Flag.RuleID, x.Flag.Words, c.agency)
		}
	}
}

func TestSplitJoined(t *testing.T) {
	vocab := setOf("منهول", "فاضلاب", "جلوی", "اداره", "نمیر", "سند", "مغازه", "دار", "درب", "اره")
	cases := []struct {
		key  string
		want []string
	}{
		{"منهولفاضلاب", []string{"منهول", "فاضلاب"}},
		{"جلویاداره", []string{"جلوی", "اداره"}},
		{"فاضلاب", []string{"فاضلاب"}},
		{"نمیرسند", []string{"نمیرسند"}},
		{"مغازهدار", []string{"مغازهدار"}},
		{"1405142608", []string{"1405142608"}},
		{"درباره", []string{"درباره"}}, // about, no door and saw
	}
	for _, c := range cases {
		if got := splitJoined(c.key, vocab); !slices.Equal(got, c.want) {
			t.Errorf("splitJoined(%s) = %q, want %q", c.key, got, c.want)
		}
	}
	if got := splitJoined("منهولفاضلاب", nil); len(got) != 1 {
		t.Errorf("no vocabulary: got %q, want the token whole", got)
	}
}
