package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestClauses: sentences that name another agency without asking anything of it — a
// courtesy, what another office said, bills the writer pays, a denial, a guess, the address
// repeated — leave the request with the municipality; the same words said as the complaint
// still refer it.
func TestClauses(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text, address string
		agency              tafkik.Agency
	}{
		// a courtesy is no harassment; the operator's «تماس گرفته» is no blocked door
		{"courtesy", "ببخشید مزاحمتون شدم، جدول جلوی خونه شکسته و بچه ها زمین میخورن", "", tafkik.AgencyMunicipality},
		{"courtesy, arabic letters", "ببخشيد مزاحم شدم. مردم از روي پياده رو رد نميشن چون سنگ فرشش كنده شده", "", tafkik.AgencyMunicipality},
		{"real harassment", "چند تا جوان مزاحم دخترای مدرسه میشن", "", tafkik.AgencyPolice},
		{"operator called", "همسایه تماس گرفته که جلوی در ورودی ساختمان نخاله ریختن", "", tafkik.AgencyMunicipality},
		// what another office said when the citizen called it
		{"water office sent us back", "جوی کوچه پر از گل و لای شده. زنگ زدیم آبفا گفتن کار شهرداریه", "", tafkik.AgencyMunicipality},
		{"power office not theirs", "پیاده رو پر از چاله ست؛ اداره برق گفت ربطی به ما نداره", "", tafkik.AgencyMunicipality},
		{"police said call 137", "زباله ها وسط کوچه مونده. پلیس گفت با ۱۳۷ تماس بگیرید", "", tafkik.AgencyMunicipality},
		{"office sent us to the water company", "آب شهری از دیروز قطعه، شهرداری گفت به آبفا زنگ بزنید", "", tafkik.AgencyWater},
		// bills the writer pays
		{"we pay our bills", "سطل زباله کوچه شکسته، ما که قبض برق و گازمونو سر وقت پرداخت میکنیم", "", tafkik.AgencyMunicipality},
		{"cut despite paying", "تلفن منزل رو قطع کردن با اینکه قبض رو پرداخت کردیم", "", tafkik.AgencyTelecom},
		// a denial
		{"no sewage smell", "آب بارون تو کوچه جمع شده، بوی فاضلاب نمیده", "", tafkik.AgencyMunicipality},
		{"nothing to do with the wire", "درخت چنار کج شده، کاری به سیم برق نداره فقط هرس میخواد", "", tafkik.AgencyMunicipality},
		{"sewage smell", "بوی فاضلاب کل کوچه رو برداشته", "", tafkik.AgencyWater},
		// a guess against a municipal topic named for sure
		{"maybe sewage", "کانال آب سطحی کوچه گرفته (شاید فاضلاب هم قاطیش باشه)", "", tafkik.AgencyMunicipality},
		{"guessed pipe, nothing municipal", "آب تمیز از زیر آسفالت میزنه بیرون، احتمالا لوله شکسته", "", tafkik.AgencyWater},
		// the address repeated as where
		{"address repeated", "آسفالت خرابه جلوی پست برق سر کوچه", "کوچه ۳، جلوی پست برق", tafkik.AgencyMunicipality},
		{"after «آدرس»", "سطل زباله پر شده. آدرس: روبروی اداره گاز، کوچه ۲", "", tafkik.AgencyMunicipality},
		{"the address's landmark as subject", "ترانس برق سر کوچه صدا میده و دود میکنه", "کوچه ۵، جنب ترانس برق", tafkik.AgencyPower},
		{"gas smell at the address", "بوی گاز شدید میاد", "کوچه ۳، جنب ایستگاه گاز", tafkik.AgencyGas},
		// sentences run together with a full stop, a contact number
		{"run-on sentences", "برق کل محله قطعه.لطفا رسیدگی کنید.تلفن:09121234567", "", tafkik.AgencyPower},
		{"contact number", "جدول کنار خیابون شکسته، شماره تماس ۰۹۱۳۱۲۳۴۵۶۷", "", tafkik.AgencyMunicipality},
		{"phone line", "تلفن ثابت خونه از دیروز بوق نمیزنه", "", tafkik.AgencyTelecom},
		// when it happened is no request
		{"background power cut", "یه چاله وسط کوچه هست، وقتی برق رفته بود پدرم توش افتاد", "", tafkik.AgencyMunicipality},
		{"power cut now", "از دیشب برق کوچه قطع شده و هنوز وصل نشده", "", tafkik.AgencyPower},
		// what does not reach, a question, a comparison
		{"branches short of the wire", "شاخه های چنار به سیم برق نرسیده ولی پنجره رو گرفته", "", tafkik.AgencyMunicipality},
		{"branches on the wire", "شاخه های چنار به سیم برق گیر کرده", "", tafkik.AgencyPower},
		{"operator's question", "درخت خشک کوچه رو قطع کنید (به سیم برق نزدیکه؟)", "", tafkik.AgencyMunicipality},
		{"like the gas company", "کوچه پر از گل شده، شهرداری هم مثل اداره گاز زود بیاد", "", tafkik.AgencyMunicipality},
		// the writer says what the problem is now
		{"but now the problem is", "اداره برق هنوز کنتورمون رو عوض نکرده اما الان مشکل آشغالای کوچه ست", "", tafkik.AgencyMunicipality},
		// the operator's «افزود» adds an aside
		{"telephone cut, no aside", "درخواست جمع آوری زباله و تلفن ثابتشان هم قطع است", "", tafkik.AgencyTelecom},
		{"citizen added", "درخواست جمع آوری زباله. شهروند افزود: تلفن ثابتشان هم قطع است", "", tafkik.AgencyMunicipality},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := e.Explain(tafkik.Request{ID: "1", Text: c.text, Address: c.address})
			if x.Flag.Agency != c.agency {
				t.Errorf("%q: got %s by %s %q, want %s; hits %v", c.text, x.Flag.Agency, x.Flag.RuleID, x.Flag.Words, c.agency, x.Hits)
			}
		})
	}
}

// TestPlacesAndOwners: a square or street named after an agency or a forest, one's own car
// hurt by a pothole, a park's toilet, and the outside requests in plain words next to them.
func TestPlacesAndOwners(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text string
		agency     tafkik.Agency
	}{
		{"square named Entezam", "دور میدان انتظام جوی ها پر از برگ شده", tafkik.AgencyMunicipality},
		{"police station", "جلوی در خونه ما هر شب دعوا و درگیریه، نیروی انتظامی هم نمیاد", tafkik.AgencyPolice},
		{"night patrol", "لطفا گشت شبانه تو کوچه ما بذارید، دو بار دزد اومده", tafkik.AgencyPolice},
		{"street named Jangal", "سر خیابان میرزا کوچک خان جنگلی سرعتگیر لازمه", tafkik.AgencyMunicipality},
		{"school named Nezami", "کنار دبیرستان نظامی گنجوی زباله ریخته اند", tafkik.AgencyMunicipality},
		{"school asks for money", "مدرسه پسرم برای ثبت نام پول زور میگیره", tafkik.AgencyOther},
		{"own car hurt", "چند ساله این خیابون آسفالت نشده و لاستیک ماشینم ترکید", tafkik.AgencyMunicipality},
		{"car left for months", "یه پیکان قدیمی ماه هاست کنار پارک ول شده", tafkik.AgencyPolice},
		{"park toilet closed", "سرویس بهداشتی بوستان همیشه قفله و بسته است", tafkik.AgencyMunicipality},
		{"house toilet backing up", "توالت خونه پس زده و بوی بد میده", tafkik.AgencyWater},
		{"bread like dough", "نون این نونوایی همیشه خمیره", tafkik.AgencyOther},
		{"pride blocks the alley", "یه پراید کوچه رو بسته و نمیتونیم ماشینو بیرون بیاریم", tafkik.AgencyPolice},
		{"contractor left the cable channel", "پیمانکار برق کانال کابل رو پر نکرده و رفته", tafkik.AgencyPower},
		{"weak water", "آب ساختمون خیلی ضعیفه طبقه دوم نمیرسه", tafkik.AgencyWater},
		// near words share a sentence
		{"shop, then another sentence", "مغازه دار جلوی در ورودی پیاده رو رو گرفته. یک ماهه همینطور مانده", tafkik.AgencyMunicipality},
		{"stale food in a shop", "این سوپرمارکت شیر مانده و تاریخ گذشته میفروشه", tafkik.AgencyOther},
		// «بعد از» is when as often as where
		{"after the telecom cabling", "بعد از کابل کشی مخابرات جلوی خونه رو آسفالت نکردن", tafkik.AgencyTelecom},
		{"after the shop, dirty alley", "بعد از فروشگاه محله کوچه خیلی کثیفه", tafkik.AgencyMunicipality},
		{"last year is no barking", "واحد بالایی هر شب تا ساعت ۲ سر و صدا داره، پارسال هم همین بود", tafkik.AgencyPolice},
		{"barking strays", "صدای پارس سگ های ولگرد تا صبح نمیذاره بخوابیم", tafkik.AgencyMunicipality},
		// a classroom's heater, a school's wall
		{"classroom heater", "بخاری کلاس پسرم خرابه و بچه ها سردشونه", tafkik.AgencyOther},
		{"school wall sprayed", "دیوار دبستان رو با اسپری خط خطی کردن", tafkik.AgencyMunicipality},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := e.Explain(tafkik.Request{ID: "1", Text: c.text})
			if x.Flag.Agency != c.agency {
				t.Errorf("%q: got %s by %s %q, want %s; hits %v", c.text, x.Flag.Agency, x.Flag.RuleID, x.Flag.Words, c.agency, x.Hits)
			}
		})
	}
}
