package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestInPassing: a tenth author's municipal requests name another agency only in passing —
// an alley told by what stands at its head, the supplies a household has, where the children
// go, what an office said after the complaint, an earlier request «که درست شد، این یکی فرق
// داره», a grievance «... ولی این مشکل مال قبل بود», a threat to go to the governorate, a
// vendor's van, work left half done. Written here in words and spellings of our own, each
// next to the outside request that uses the same words and must still be referred.
func TestInPassing(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text string
		agency     tafkik.Agency
	}{
		// an alley told by what stands at its head
		{"gas office at the alley's head", "آسفالت کوچه‌ای که اداره گاز سرشه پر از چاله است", tafkik.AgencyMunicipality},
		{"gas office, arabic letters", "كوچه اي كه اداره گاز سرشه، خ شهيد انصاري خاكي مونده", tafkik.AgencyMunicipality},
		{"water office, written out", "زباله‌ها در کوچه‌ای که اداره آب و فاضلاب سرش است جمع نشده", tafkik.AgencyMunicipality},
		{"telecom centre inside it", "خیابونی که مرکز مخابرات توشه چاله بزرگی داره", tafkik.AgencyMunicipality},
		{"pharmacy at its head", "کوچه ای که داروخانه دکتر رضوی سرشه خراب است", tafkik.AgencyMunicipality},
		{"petrol station at its head", "کوچه‌ای که پمپ بنزین سرشه آب بارون جمع شده", tafkik.AgencyMunicipality},
		{"a pipe burst at its head stays", "کوچه‌ای که لوله آب سرش ترکیده، آب همه جا رو گرفته", tafkik.AgencyWater},
		{"gas smell in the alley of the gas office", "کوچه‌ای که اداره گاز سرشه بوی گاز میاد", tafkik.AgencyGas},
		// a school named as the place, with its level and pupils
		{"kerb at a girls' primary school", "شکستگی جدول واقع در نبش مدرسه دبستان دخترانه نرگس", tafkik.AgencyMunicipality},
		{"sweeping in the school's alley", "عدم رفت و روب در همون کوچه مدرسه دبستان دخترانه نرگس", tafkik.AgencyMunicipality},
		{"a high school named, zwnj", "کوچه کنار مدرسه هنرستان رازی زباله ریخته‌اند", tafkik.AgencyMunicipality},
		{"the school's own fees stay", "مدرسه دبستان دخترانه نرگس شهریه اضافه میگیره", tafkik.AgencyOther},
		// the supplies a household has
		{"power, gas and water we have", "کوچه پر از چاله است برق و گاز و آب همه چی داریم جز یه کوچه درست", tafkik.AgencyMunicipality},
		{"water and power we have, arabic letters", "زباله ها تلنبار شده آب و برق داريم ولي كوچه نداريم", tafkik.AgencyMunicipality},
		{"neither water nor power stays", "نه آب داریم نه برق، از صبح همه چی قطعه", tafkik.AgencyWater},
		{"gas and power cut stay referred", "گاز نداریم و برق هم نداریم از دیشب", tafkik.AgencyGas},
		// where the children go, and how
		{"children by school van", "کوچه کنده مونده بچه‌ها با سرویس مدرسه میرن و سرویس نمیتونه بیاد تو", tafkik.AgencyMunicipality},
		{"children by school van, no zwnj", "خاک و گل توی کوچه مونده بچه ها با سرویس مدرسه میرن", tafkik.AgencyMunicipality},
		{"pupils by van, spoken", "دانش آموزا با سرویس میان و وسط کوچه گیر میکنن چون کوچه خاکیه", tafkik.AgencyMunicipality},
		{"pupils come this way", "جوی سر کوچه گرفته دانش آموزا از اینجا میان", tafkik.AgencyMunicipality},
		{"the school van's driver stays", "راننده سرویس مدرسه بچه‌ها خیلی تند میره و پول اضافه میگیره", tafkik.AgencyOther},
		// what the power office said, after the complaint
		{"park lights, the power office said", "چراغ‌های پارک خاموشه اداره برق گفت پارک مال شهرداریه", tafkik.AgencyMunicipality},
		{"park lights, arabic letters", "چراغهاي پارك خاموشه اداره برق گفت پارك مال شهرداريه", tafkik.AgencyMunicipality},
		{"park lights, called them", "چراغ های بوستان خاموشه زنگ زدم اداره برق گفتن کار شهرداریه", tafkik.AgencyMunicipality},
		{"street lights, the municipality said", "چراغ‌های کوچه خاموشه به شهرداری گفتیم گفتن مال اداره برقه", tafkik.AgencyPower},
		// an earlier request on another topic
		{"last time for a burst pipe", "کوچه خاکی مونده و آسفالت نکردین دفعه قبل برای شکستگی لوله آب زنگ زدم کد 3449263 که درست شد، این یکی فرق داره", tafkik.AgencyMunicipality},
		{"last time, no comma", "چاله اینقدر عمیق شده که ماشین کف میزنه دفعه قبل برای مزاحمت صوتی همسایه زنگ زدم کد ۳۴۴۹۵۵۳ که درست شد این یکی فرق داره", tafkik.AgencyMunicipality},
		{"last time, sewage, arabic letters", "ماشين زباله سه شبه نيومده بار قبل براي بوي فاضلاب از منهول زنگ زدم كد 3462558 كه درست شد، اين مورد فرق ميكنه", tafkik.AgencyMunicipality},
		{"earlier in brackets, what it was about", "جرقه در سیم های برق. (قبلا هم بابت گل آلود بودن آب شرب با کد ۳۴۴۷۲۸۸ تماس گرفته بود)", tafkik.AgencyPower},
		{"the outside complaint before it stays", "برق کوچه از صبح قطعه دفعه قبل برای چاله زنگ زدم کد ۱۲۳۴۵۶۷ که درست شد، این یکی فرق داره", tafkik.AgencyPower},
		{"a follow-up of the same stays", "دفعه قبل برای بوی گاز زنگ زدم کد ۳۴۵۶۷۸۹ هنوز بو میاد", tafkik.AgencyGas},
		// a grievance the writer says the problem predates
		{"telecom pulled its cable, the problem is older", "یه چاله بزرگ وسط کوچه هست ماشینا توش میفتن مخابرات هم که کابلشو کشید رفت ولی این مشکل مال قبل بود", tafkik.AgencyMunicipality},
		{"telecom, nothing else named", "مخزن رو جلوی خونه ما گذاشتن جابجاش کنید مخابرات هم که کابلشو کشید رفت ولی این مشکل مال قبل بود", tafkik.AgencyMunicipality},
		{"gas company, from before", "دیوار پارک ریخته شرکت گاز هم که اینجا رو کند ولی این خرابی از قبل بود", tafkik.AgencyMunicipality},
		{"telecom dug and left, no dismissal", "مخابرات کابلشو کشید رفت و کوچه رو کنده ول کرده", tafkik.AgencyTelecom},
		// a threat to go higher
		{"I'll go to the governorate", "نیمکت ایستگاه رو کندن اگه درست نشه میرم استانداری", tafkik.AgencyMunicipality},
		{"we'll go to the governor's office", "زباله‌ها رو نبردن وگرنه به فرمانداری میریم", tafkik.AgencyMunicipality},
		// a vendor's van is a vendor; one that closes the way is the police's
		{"fruit van parks and shouts", "وانت میوه‌فروشی هر روز همینجا پارک میکنه و بلندگو داره", tafkik.AgencyMunicipality},
		{"fruit vans, arabic letters", "وانت ميوه فروشي هر روز همينجا پارك ميكنه و بلندگو داره", tafkik.AgencyMunicipality},
		{"fruit vans close the alley", "وانت های میوه فروش در کوچه پارک میکنن و راه رو میبندن", tafkik.AgencyPolice},
		{"vans double-parked", "وانت‌ها دوبله پارک می‌کنند و کوچه بسته می‌شود", tafkik.AgencyPolice},
		// work left half done is no abandoned car
		{"kerbing left half done", "شهرداری جدول‌گذاری رو نصفه ول کرده کوچه کنده مونده ماشین نمیتونه وارد شه", tafkik.AgencyMunicipality},
		{"left half done, arabic letters", "شهرداري جدول گذاري رو نصفه ول كرده ماشين نميتونه رد شه", tafkik.AgencyMunicipality},
		{"an abandoned car stays", "یه ماشین قراضه رو سر کوچه ول کردن و رفتن", tafkik.AgencyPolice},
		// expired goods sold are the guild's and the health inspectors', with or without a shop
		{"expired goods sold", "فروش کالای تاریخ گذشته. خواستار رسیدگی فوری است.", tafkik.AgencyOther},
		{"expired goods, arabic letters", "از فروش كالاهاي تاريخ گذشته در مغازه سر كوچه شكايت دارد", tafkik.AgencyOther},
		{"expired items, colloquial", "سوپری محل جنسای تاریخ گذشته میفروشه", tafkik.AgencyOther},
		{"raw bread in Finglish", "salam nanvayi nan khamir mide lotfan residegi konid", tafkik.AgencyOther},
		{"raw bread in Finglish, ezafe", "nanvayi sare kooche nane khamir mide", tafkik.AgencyOther},
		// the alley named after the telecom centre
		{"that same telecom alley", "وجود چاله در آسفالت در محدوده همون کوچه مخابرات خیابان منظریه", tafkik.AgencyMunicipality},
		{"that same telecom alley, written", "همان کوچه مخابرات آسفالتش خراب شده", tafkik.AgencyMunicipality},
		{"telecom cut at the head of the alley stays", "سر کوچه مخابرات قطعه، تلفن ها بوق نمیزنه", tafkik.AgencyTelecom},
		// the earlier occasion typed in a hurry
		{"last time, letters swapped", "مخزن زباله بو میده دفهع قبل برای گرفتگی شبکه فاضلاب زنگ زدم کد ۳۴۵۹۵۵۲ که درست شد این یکی فرق داره", tafkik.AgencyMunicipality},
		// «رد شن» is «رد شوند», no sand
		{"a truck closes the alley, cars can't pass", "یه کامیون تو کوچه پارک کرده کل کوچه رو بسته، ماشین ها نمیتونن رد شن", tafkik.AgencyPolice},
		{"cars parked, can't get in", "ماشینا جلوی در پارک کردن راه رو بستن، نمیتونیم وارد شن", tafkik.AgencyPolice},
		{"sand dumped stays the municipality's", "کامیون شن ریخته وسط کوچه و ماشین‌ها نمیتونن رد شن، پارک کرده و رفته", tafkik.AgencyMunicipality},
		// a resident speaks
		{"a resident: power out", "ساکن محل: برق کوچمون از دو ساعت پیش قطعه", tafkik.AgencyPower},
		{"a resident: sewage", "ساکن محل: فاضلاب از منهول وسط کوچه بیرون زده", tafkik.AgencyWater},
		{"a site label stays where", "محل: پست برق خ ۱۰۷، زباله ریخته اند", tafkik.AgencyMunicipality},
	}
	for _, c := range cases {
		x := e.Explain(tafkik.Request{ID: "1", Text: c.text})
		if x.Flag.Agency != c.agency {
			t.Errorf("%s: %s: got %s (%s %v), want %s", c.name, c.text, x.Flag.Agency, x.Flag.RuleID, x.Flag.Words, c.agency)
		}
	}
}
