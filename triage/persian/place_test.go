package persian

import "testing"

func TestParsePlaceSameAlley(t *testing.T) {
	// each row: addresses (and texts) people write for one place
	rows := [][][2]string{
		{{"گلسار، خیابان ۱۲۴، کوچه ۱۲", ""}, {"کوچه دوازدهم ۱۲۴ گلسار", ""}, {"گلسار 124 ک 12", ""},
			{"golsar kh 124 kooche 12", ""}, {"گلسار خیابان صد و بیست و چهار کوچه دوازده", ""},
			{"گلسار، خ ۱۲۴", "آسفالت کوچه دوازدهم خراب است"}},
		{{"خیابان معلم، کوچه یاس", ""}, {"معلم کوچه یاس", ""}, {"خ شهید معلم ک یاس", ""}},
		{{"منظریه بن‌بست ۳", ""}, {"منظریه بن بست سوم", ""}, {"منظریه بنبست 3", ""}},
		// a boulevard and then a street in a text: the boulevard is the area, as in an address
		{{"بلوار معلم، خیابان شریعتی، کوچه گلستان", ""}, {"", "من ساکن بلوار معلم خیابان شریعتی ک گلستان زباله ها رو نبردن"}},
		// «کوی قدس» is the boulevard's name after «بلوار», not a neighbourhood
		{{"ساغری سازان، بلوار کوی قدس، کوچه زمانی", ""}, {"بلوار کوی قدس، کوچه زمانی، پلاک: 115", ""}},
		{{"رشت، حاجی‌آباد، کوچه ۵ پلاک ۷", ""}, {"حاجی آباد کوچه پنجم", ""}, {"حاجیآباد ک 5 روبروی مسجد", ""}},
	}
	for _, row := range rows {
		first := ParsePlace(row[0][0], row[0][1])
		if first.Alley == "" {
			t.Errorf("ParsePlace(%q) = %+v: no alley", row[0][0], first)
		}
		for _, c := range row[1:] {
			p := ParsePlace(c[0], c[1])
			if m := first.Match(p); m < 2 {
				t.Errorf("%q %+v vs %q %+v: match %d, want ≥2", row[0][0], first, c[0], p, m)
			}
		}
	}
}

func TestParsePlaceDifferent(t *testing.T) {
	pairs := [][2]string{
		{"گلسار، خیابان ۱۲۴، کوچه ۱۲", "گلسار، خیابان ۱۲۴، کوچه ۱۴"},
		{"گلسار، خیابان ۱۲۴، کوچه ۱۲", "گلسار، خیابان ۱۲۸، کوچه ۱۲"},
		{"معلم کوچه یاس", "معلم کوچه لاله"},
		{"منظریه کوچه ۵", "حمیدیان کوچه ۵"},
		{"کوچه دوازدهم", "کوچه سیزدهم"},
	}
	for _, pr := range pairs {
		a, b := ParsePlace(pr[0], ""), ParsePlace(pr[1], "")
		if m := a.Match(b); m != -1 {
			t.Errorf("%q %+v vs %q %+v: match %d, want -1", pr[0], a, pr[1], b, m)
		}
	}
}

func TestPlaceFields(t *testing.T) {
	cases := []struct {
		addr, text string
		want       Place
	}{
		{"گلسار، خیابان ۱۲۴، کوچه ۱۲ پلاک ۳۰", "", Place{Area: "گلسار", Street: "124", Alley: "12", Plate: "30"}},
		{"بلوار گیلان نبش کوچه ۴", "", Place{Street: "گیلان", Alley: "4"}}, // «نبش کوچه ۴» is the alley's corner: no landmark of its own
		{"", "چراغ کوچه ۱۲ خاموش است", Place{Alley: "12"}},
		{"", "آسفالت خیابون داغونه", Place{}}, // in free text only numbers name streets
		{"سعدی", "جنب نانوایی", Place{Area: "سعدی", Landmark: "جنب نانوایی"}},
		// a landmark's words end at what is wrong there
		{"", "آسفالت بعد از داروخانه تخریب شده و تردد خودروها با مشکل مواجه است", Place{Landmark: "بعد از داروخانه"}},
		{"", "سیم برق در خیابان پاستور جنب داروخانه آویزان شده", Place{Street: "پاستور", Landmark: "جنب داروخانه"}},
		{"خیابان امام خمینی، کوچه شهید رجایی، پلاک ۱۲", "", Place{Street: "امام", Alley: "رجایی", Plate: "12"}},
		{"گلسار خ۱۲۴ ک۱۲ پ۳۰", "", Place{Area: "گلسار", Street: "124", Alley: "12", Plate: "30"}},
		// «آیت ا...» is the title cut short
		{"بلوار آیت ا... رودباری، کوچه ایثار", "", Place{Street: "رودباری", Alley: "ایثار"}},
		// a spoken «خب» and a problem word before a street word are no neighbourhood
		{"", "خب چاله های خیابان نامجو ماشین ها رو داغون کرده", Place{}},
		{"", "در پل عراق، کوچه ۴ زباله ریخته", Place{Area: "پلعراق", Alley: "4"}},
		// «منطقه ۲ شهرداری» is the municipality's district, no neighbourhood
		{"منطقه 2 شهرداری، خیابان ظیابری، ک 21", "", Place{Street: "ظیابری", Alley: "21"}},
		{"منطقهٔ ۲ شهرداری, خیابان آیت الله طالقانی روبروی کوچه ۴", "", Place{Street: "طالقانی", Alley: "4"}},
		// the complaint after a landmark in free text is no part of its name; «دیگه» (any
		// more) is no neighbourhood
		{"", "با سلام و احترام, پیگیری مجدد, چاله‌های جنب نانوایی بربری ماشینها رو داغون کرده", Place{Landmark: "جنب نانوایی بربری"}},
		{"", "سلام و عرض ادب، دیگه خیابان استادسرا، نزدیک نونوایی بربری زباله‌های زیادی ریخته", Place{Landmark: "نزدیک نانوایی بربری"}},
		// a stretch between two named alleys, the second named without its word
		{"رشت، خيابان آزادگان بين كوچه فجر و شاليزار", "", Place{Street: "ازادگان", Alley: "فجر", AlleyName: "شالیزار"}},
		{"بلوار رودباری بین بن بست مهر و مولوی", "", Place{Street: "رودباری", Alley: "مهر", AlleyName: "مولوی"}},
		// a two-letter problem word and the next word are no neighbourhood («در پل عراق» is)
		{"", "سگ ولگرت کوچه ابریشمچیان، خیابان امام خمینی", Place{}},
		{"", "sag ha kooche 17 motahari hamle mikonan", Place{Alley: "17"}},
		// «زبال ها» is rubbish misspelt, no neighbourhood
		{"", "لطفا زبال ها داخل اول کوچع ۱۹، خیابان فرهنگ رو جمع کنید خیلی بو میده", Place{Street: "فرهنگ", Alley: "19"}},
		// «پلاک شماره ۲۷» is a plate, no street 27
		{"پلاک شماره ۲۷، کوچه ۱۹، رازی", "", Place{Area: "رازی", Alley: "19", Plate: "27"}},
		// «ش» alone is the martyr's title, in Persian and Finglish
		{"عینک، خیابان عینک، ک ش پورحسن، پلاک 61", "", Place{Area: "عینک", Street: "عینک", Alley: "پورحسن", Plate: "61"}},
		{"Hamidian kh bahar kooche shahid rezaei pelak 20", "", Place{Area: "hamidian", Street: "bahar", Alley: "rezaei", Plate: "20"}},
		// the main street named after its neighbourhood, with or without its street word
		{"منظریه، خیابان اصلی منظریه، کوچه ۴", "", Place{Area: "منظریه", Street: "منظریه", Alley: "4"}},
		{"منظریه، اصلی منظریه، کوچه ۴", "", Place{Area: "منظریه", Street: "منظریه", Alley: "4"}},
		{"گلسار، خیابان اصلی، کوچه ۴", "", Place{Area: "گلسار", Alley: "4"}},
		// «تو کوچه» the complaint's, then the address opening with the neighbourhood
		{"", "یه کامیون نخاله خالی کرده تو کوچه معلم بلوار معلم کوچه هفتم پلاک سی و چهار", Place{Street: "معلم", Alley: "7", Plate: "34"}},
		{"انتهای کوچه پنجم سمت چپ", "", Place{Alley: "5"}},
		// «بن بسست»: the dead end's «س» typed twice
		{"بیستون", "تو خ.بیستون، نبش کوچه هشتم بن بسست 1. ماشین ها از ترس چاله ها رد میشن", Place{Area: "بیستون", Alley: "8/1", DeadEnd: true}},
		// «ببست»: the dead end missing its «ن»
		{"بیستون، ک ۴ ببست ۱", "با سلام و اترام آسفالت کوچه خیلی خراب شده", Place{Area: "بیستون", Alley: "4/1", DeadEnd: true}},
		// a neighbourhood and a street without their words: the second name is kept
		{"ساغری‌سازان مطهری بن بست ۳", "", Place{Area: "ساغریسازان", AreaAlt: "مطهری", Alley: "3", DeadEnd: true}},
		// an address left «نامشخص»; a form's notes; a date's numbers; «محله» misspelt
		{"اعلام نشد", "", Place{}},
		{"نامشخص", "", Place{}},
		{"", "ادامه درخواست ۰۴۰۹-۰۲۱۰۸", Place{}},
		{"خیابان طالقانی پلاک ۵۲ - ۱۴۰۴/۰۹/۰۸", "", Place{Street: "طالقانی", Plate: "52"}},
		{"مححله زرجوب، خيابان زرجوب، كوچه ۱۱", "", Place{Area: "زرجوب", Street: "زرجوب", Alley: "11"}},
		{"مله معلم", "", Place{Area: "معلم"}},
		// an earlier request's number is no street; nor is the line's own number after a greeting
		{"", "آب جمع شده گیلان، رشت - گلسار - خیابان ۹۵ - کوچه ۷ - کد پیگیری ۰۴۱۰-۰۲۴۰۸", Place{Area: "گلسار", Street: "95", Alley: "7"}},
		{"", "سلام ۱۳۷، بن‌بست نیلوفر اسفالت کوچه خراب شده", Place{Alley: "نیلوفر", DeadEnd: true}},
		// an ordinal or «شماره» misspelt by a letter after a place word (one reading only:
		// «چهارهم» is «چهارم» or «چهاردهم», and stays a name)
		{"خیابان ۱۲۴، کوچه یازهدم", "", Place{Street: "124", Alley: "11"}},
		{"خیابان ۱۲۴، کوچه شماره چاهرم", "", Place{Street: "124", Alley: "4"}},
		{"خیابان ۱۲۴، کوچه شامره ۵", "", Place{Street: "124", Alley: "5"}},
		{"خیابان ۱۲۴، کوچه چهارهم", "", Place{Street: "124", Alley: "چهارهم"}},
		// written from the alley out: the second street is the larger one
		{"کوچه پروانه خیابان شهید انصاری خیابان بیستون پلاک 40", "", Place{Area: "بیستون", Street: "انصاری", Alley: "پروانه", Plate: "40"}},
		{"کوچه ۵ خیابان ۱۲۴ بلوار گلسار", "", Place{Area: "گلسار", Street: "124", Alley: "5"}},
		// «بنست» is «بن‌بست»; «سر ب ۵» is the head of dead end 5, not a landmark «سر ب»
		{"خیابان نواب - کوچه 1 - بنست 4", "", Place{Street: "نواب", Alley: "1/4"}},
		{"خیابان تختی، کوچه ی پروین، سر ب ۵", "", Place{Street: "تختی", Alley: "پروین/5"}},
		// a stretch of a street between an intersection and a spot is on that street
		{"خیابان شریعتی حد فاصل چهارراه استادسرا و لوازم التحریر، پلاک 95", "", Place{Street: "شریعتی", Plate: "95", Landmark: "چهارراه استادسرا و لوازم التحریر"}},
		// to the other end, however it is named («میدان», «چهارراه»)
		{"بلوار گیلان، حد فاصل میدان گیل و چهارراه نوروزی", "", Place{Street: "گیلان", Landmark: "میدان گیل و چهارراه نوروزی"}},
		// a bare square after the word placing the spot is the spot
		{"بلوار گیلان، کنار میدان", "", Place{Street: "گیلان", Landmark: "کنار میدان"}},
		// a new town: the phase is the street, a block (tower, complex) the alley; a street
		// inside the phase is left out; «ف۳ ب۷» is phase 3, block 7
		{"رشت، شهرک قدس، فاز ۱، خیابان ۵، بلوک ۲۰", "", Place{Area: "قدس", Street: "فاز1", Alley: "20"}},
		{"مسكن مهر رشت ف3 ب10", "", Place{Area: "مهر", Street: "فاز3", Alley: "10"}},
		{"شهرک فرهنگیان، فاز ۲، بلوک ۳، مجتمع ارکیده", "", Place{Area: "فرهنگیان", Street: "فاز2", Alley: "3", AlleyName: "ارکیده"}},
		{"مسکن مهر فاز دو بلوک بیست و دو", "", Place{Area: "مهر", Street: "فاز2", Alley: "22"}},
		{"ghods faz 2 block 12", "", Place{Area: "ghods", Street: "فاز2", Alley: "12"}},
		{"مجتمع یاس شهرک قدس", "", Place{Area: "قدس", Alley: "یاس"}},
		// «مسکن مهر» after a block is the town, not the block's name
		{"بلوک ۱۷ فاز ۲ مسکن مهر", "", Place{Area: "مهر", Street: "فاز2", Alley: "17"}},
		// a street inside a phase, in a text too
		{"", "مخزن زباله مسکن مهر رشت فاز ۱ خیابان اول بلوک سه پره", Place{Street: "فاز1", Alley: "3"}},
		// a village joined to the city: «روستای X» names it, in one to three words and a
		// closing «محله»; «جاده روستا» and «منطقه الحاقی» name nothing
		{"روستای کاسه گر محله - سر پل پلاک ٦٨", "", Place{Area: "کاسهگرمحله", Plate: "68", Landmark: "سر پل"}},
		{"روستای پیر بازار، جنب برنج‌کوبی", "", Place{Area: "پیربازار", Landmark: "جنب برنجکوبی"}},
		{"روستاي لاکان - جاده روستا - کنار نهر", "", Place{Area: "لاکان", Landmark: "کنار نهر"}},
		{"منطقه الحاقی سیاه‌اسطلخ، جاده اصلی، انتهای کوچه شهید رضایی", "", Place{Area: "سیاهاسطلخ", Alley: "رضایی"}},
		// (in a text the words after the village's name are the complaint's)
		{"", "روستای لکان کوچه ها خاکی است", Place{Area: "لکان"}},
		// a lane named after a pilgrim of the family: the title is no name
		{"سیاه‌اسطلخ، کوچه کربلایی جعفر", "", Place{Area: "سیاهاسطلخ", Alley: "جعفر"}},
		{"سیاه‌اسطلخ، ک مشهدی علی", "", Place{Area: "سیاهاسطلخ", Alley: "علی"}},
		// a two-letter word opening no name
		{"", "یه ماشین جلوی در پارکینگ پارک کرده در صیقلان، کوچه شهید قلیپور", Place{Area: "صیقلان", Alley: "قلیپور"}},
		// a dead end the text names is one, as in an address
		{"ساغری‌سازان", "زباله در انتهای بن‌بست ۳ مانده", Place{Area: "ساغریسازان", Alley: "3", DeadEnd: true}},
		// the martyr's title misspelt («شحید», «شهبد» anywhere; «شید», «شهد» between a place
		// word and a name)
		{"چمارسرا، خیابان شید مدنی، کوچه ۹", "", Place{Area: "چمارسرا", Street: "مدنی", Alley: "9"}},
		{"پلاک 11,ک 7,خ شهد رجایی", "", Place{Street: "رجایی", Alley: "7", Plate: "11"}},
		{"خیابون شحید انصاری، نبش کوچه 6", "", Place{Street: "انصاری", Alley: "6"}},
		{"رشت - منطقه ۳، شهبد باهنر، کوچه شقایق", "", Place{Area: "باهنر", Alley: "شقایق"}},
		// a two-letter first word and the next are one neighbourhood after «محله» too; a
		// letter alone is an abbreviation
		{"محله پل عراق، پل عراق، نبش کوچه ۵", "", Place{Area: "پلعراق", Alley: "5"}},
		{"", "در محدوده ب.معلم کوچهٔ هفدهم", Place{Area: "ب", Alley: "17"}},
		// the neighbourhood written with «محله» after a name the address opened with
		{"کاظمی کوچه‌ی ۵ محله پاستور", "", Place{Area: "پاستور", AreaAlt: "کاظمی", Alley: "5"}},
		// a park after its street is the place, with or without the neighbourhood before
		{"خیابان ۱۴۱ - بوستان نسیم", "", Place{Area: "141", Street: "نسیم"}},
		{"گلسار، خیابان ۱۴۱، بوستان نسیم", "", Place{Area: "گلسار", AreaAlt: "141", Street: "نسیم"}},
		{"منظریه، بن بست سوم", "", Place{Area: "منظریه", Alley: "3"}},
		{"", "تو گلسار ۱۰۴ ک ۲۱ زباله جمع نشده", Place{Area: "گلسار", Street: "104", Alley: "21"}},
		// a number right before a numbered alley is its street anywhere in the text
		{"", "زبال جم نشده 107 کوچه 11 لطفااااا", Place{Street: "107", Alley: "11"}},
		{"", "چراغ دو کوچه پایین تر خاموشه", Place{}},
		// a name in brackets after an alley's number is its other name
		{"خیابان شهید رجایی، کوچه ۲۶ (شهید باهنر)", "", Place{Street: "رجایی", Alley: "26", AlleyName: "باهنر"}},
		{"", "درخواست آسفالت كوچه ۲۶ (شهيد باهنر)", Place{Alley: "26", AlleyName: "باهنر"}},
		// a number right after a street's name, with the alley given by its own word, is the
		// street's: the town's tenth street, as «بعثت ۱۰، ک.۶» writes it
		{"شهرک بعثت - خ بعثت ۱۰ - کوچه ۲ - پلاک ۶۱", "", Place{Area: "بعثت", Street: "10", Alley: "2", Plate: "61"}},
		{"ک.۲، خ بعثت ۱۴، شهرک بعثت", "", Place{Area: "بعثت", Street: "14", Alley: "2"}},
		{"خیابان بعثت 12 کوچه 5", "", Place{Area: "بعثت", AreaStreet: true, Street: "12", Alley: "5"}},
		{"بعثت ۱۰، ک.۶", "", Place{Area: "بعثت", Street: "10", Alley: "6"}},
		{"صیقلان، خیابان امام ۳، کوچه ۵", "", Place{Area: "صیقلان", AreaAlt: "امام", Street: "3", Alley: "5"}},
		// (without an alley word the number is the boulevard's alley)
		{"بلوار گیلان ۱۷", "", Place{Street: "گیلان", Alley: "17"}},
		// «سر ریز» overflows: no head of anything
		{"", "منهول فاضلاب سر ریز کرده", Place{}},
		// after an alley word in free text a problem word is the complaint, not the alley
		{"", "لطفا تو کوچه سرعت گیر بذارید", Place{}},
		{"", "شیرابه راه افتاده تو کوچه، موش و گربه جمع شده", Place{}},
		{"", "تو کوچه یاس زباله جمع نشده", Place{Alley: "یاس"}},
		{"بوار دیلمان، ک ۲۰ بنبست اول", "", Place{Street: "دیلمان", Alley: "20/1"}}, // «بلوار» misspelt
		{"", "خیابون کثیف و پر از خاکه", Place{}},
		{"", "کوچه سال‌هاست آسفالت نشده", Place{}},
		{"بنبست۳، کووچه مریم، ولیعصر، زرجوب", "", Place{Area: "ولیعصر", Alley: "مریم/3"}}, // the dead end first
		{"پل عراق، کوچه ۴", "", Place{Area: "پلعراق", Alley: "4"}},                        // as «پل‌عراق» is keyed
		// «ب ۵» after an alley is its dead end, not a street numbered 5
		{"شهید انصاری ک نسترن ب 5 پلاک 19", "", Place{Area: "انصاری", Alley: "نسترن/5", Plate: "19"}},
		{"مژده - کوچهی ۱ - ب ۴", "", Place{Area: "مژده", Alley: "1/4"}},
		// a second street after the area and the first: the alley after it is on it (an
		// address a map pin filled in, the writer's own after it)
		{"گیلان، رشت، پاستور، خیابان بیستون - طالقانی - خ حافظ - کوچه ی ۱", "", Place{Area: "طالقانی", Street: "حافظ", Alley: "1"}},
		{"گلسار، بلوار گیلان، خیابان ۱۲۴، کوچه ۱۲", "", Place{Area: "گلسار", Street: "124", Alley: "12"}},
		{"گلسار، بلوار گیلان، کوچه ۱۲، خیابان ۱۲۴", "", Place{Area: "گلسار", Street: "گیلان", Alley: "12"}},
		{"", "سر و صدای کارگاه کوچه پنجم مهدی ب 2 پلاک 43", Place{Alley: "5/2", Plate: "43"}},
		// place words misspelt, a park named after a landmark word, the edge of a square
		{"خیاون مژده، ک 4", "", Place{Street: "مژده", Alley: "4"}},
		{"ميدن مصلي", "", Place{Street: "مصلی"}},
		{"خ فرهنگ - روبه روی بوستان گلها", "", Place{Street: "فرهنگ", Landmark: "روبه روی بوستان گلها"}},
		{"حاشیه میدان شهرداری، سلیمانداراب", "", Place{Area: "سلیمانداراب", Street: "شهرداری"}},
		// a park in a street is the park; a square after a landmark word is the landmark's
		{"پارک لاله در خ شهید صدوقی", "", Place{Street: "لاله", AreaAlt: "صدوقی"}},
		{"بوستان ملت در خیابان دانش", "", Place{Street: "ملت", AreaAlt: "دانش"}},
		{"خیابان مطهری بعد از میدان حشمت، رشت", "", Place{Street: "مطهری", Landmark: "بعد از میدان حشمت"}},
		{"نزدیک میدان ولیعصر", "", Place{Street: "ولیعصر"}},
		{"گیلان، رشت، آتشگاه، بلوارآتشگاه، کوچه ۶", "", Place{Area: "اتشگاه", Street: "اتشگاه", Alley: "6"}},
		{"کچوه شماره 10، پیرسرا", "", Place{Area: "پیرسرا", Alley: "10"}},
		{"ته کوچهی 6 بن بست دوم خیابان استادسرا", "", Place{Street: "استادسرا", Alley: "6/2"}},
		{"خیابان شهیید قربانی،کوچه دو", "", Place{Street: "قربانی", Alley: "2"}},
		// an operator's words after a dash are no neighbourhood; misspelt «نرسیده», «شماره»
		{"", "اعلام وجود چاله در معبر - کوچه ۶ توسط شهروند لطفا بررسی شود", Place{Alley: "6"}},
		{"ضیابری خیابان ضیابری کوچه شمازه ۱ بن‌بست ایثار", "", Place{Area: "ضیابری", Street: "ضیابری", Alley: "1/ایثار"}},
		// «اواسط» (the middle of) is no neighbourhood
		{"خيابون 124 - اواسط كوچه صفا", "", Place{Street: "124", Alley: "صفا"}},
		// a landmark's name runs on over «و»: «آب و فاضلاب» is no area «فاضلاب»
		{"۱۲۴، ک صفا، نرسیده به اداره آب و فاضلاب", "", Place{Street: "124", Alley: "صفا", Landmark: "نرسیده به اداره اب و فاضلاب"}},
		{"خیابان پل عراق، ک 13، پشت اداره آب و فاضلاب", "", Place{Street: "پلعراق", Alley: "13", Landmark: "پشت اداره اب و فاضلاب"}},
		{"", "در پل عراق کوچه ۴ زباله مانده", Place{Area: "پلعراق", Alley: "4"}},
		{"گیلان، رشت، حمیدیان، خیابان نواب، ک 4", "", Place{Area: "حمیدیان", Street: "نواب", Alley: "4"}},
		{"رشت - منطقه ۳، پاستور، خیابان شهید نوری، کوچه ۱", "", Place{Area: "پاستور", Street: "نوری", Alley: "1"}},
		{"گلسار، بلوار گیلان، کوچه ۸", "", Place{Area: "گلسار", Street: "گیلان", Alley: "8"}},
		{"رشت، خیابان معلم", "ساکن رشت، خیابان معلم، حد فاصل کوچه ٨ و ١٠ هستم", Place{Street: "معلم", Alley: "8", AlleyName: "10"}},
		{"حوالی بیستون", "", Place{Area: "بیستون"}}, // «around ...» names the place
		{"حواللی خ ۱۱۸", "", Place{Street: "118"}},
		{"رشت، گلسار، خیابان ۱۱۲", "کوچه شب‌ها مثل قیره از بس تاریکه", Place{Area: "گلسار", Street: "112"}},
		{"", "تو فلکه گاز کوچه ۵ زباله جمع نشده", Place{Street: "گاز", Alley: "5"}},
		{"", "سلاام تو کوچه ۳، رسیدگی کنید", Place{Alley: "3"}},
		// a street's number in free text: before an alley word, or after a numbered alley
		{"", "در ۸۲، کوچه‌ی ۱، آسفالت کوچه پوسته پوسته شده", Place{Street: "82", Alley: "1"}},
		{"", "۱۲۴، کوچه ی ۲۳ بن بست اول، شاخه افتاده", Place{Street: "124", Alley: "23/1"}},
		{"", "احتراما در کوچه ۱۴ ۱۶۰ گلسار زباله جمع نشده", Place{Street: "160", Alley: "14"}},
		{"", "حد فاصل کوچه ۸ و ۱۰ پیاده‌رو پر از میز است", Place{Alley: "8"}},
		// «our alley» and a Finglish greeting are no neighbourhood
		{"", "کوچه‌مون کوچه ۱۲ چاله داره", Place{Alley: "12"}},
		{"", "salam kooche laleh asfalt kharab", Place{Alley: "laleh"}},
		// a park in an address is a place as a street is; its entrance is no neighbourhood;
		// beside a landmark word it is the landmark; after «خیابان» it is the street's name
		{"رشت ، ورودی پارک منظریه", "", Place{Street: "منظریه"}},
		{"بیسیتون - پارک لاله", "", Place{Area: "بیسیتون", Street: "لاله"}},
		{"خیابان تختی کنار پارک بانوان", "", Place{Street: "تختی"}},
		{"آج‌بیشه - بلوار بوستان - کوچه یاس", "", Place{Area: "اجبیشه", Street: "بوستان", Alley: "یاس"}},
		// a name's second half opening with the Arabic article; but «الان» is "now"
		{"", "قطعی اینترنت در محدوده خیابون علم الهدی ک.عطار پ.43 گزارش شد", Place{Street: "علمالهدی", Alley: "عطار", Plate: "43"}},
		{"", "ساکن خیابان امام الان آب قطع است", Place{Street: "امام"}},
		// «یک» before what is wrong is "a", not alley 1; before a plate it is alley 1
		{"", "ورودی کوچه یک چاله داره که ماشین توش گیر میکنه", Place{}},
		{"", "کوچه یک پلاک ۵ زباله جمع نشده", Place{Alley: "1", Plate: "5"}},
		// an alley's number in brackets beside its name is its other name, not a street
		{"استادسرا، استادسرا، کوچه دانش (۹)، پ.۵", "", Place{Area: "استادسرا", Alley: "دانش", AlleyName: "9", Plate: "5"}},
		{"گلسار، خیابان ۱۶۴، کوچه لاله ( 7 )", "", Place{Area: "گلسار", Street: "164", Alley: "لاله", AlleyName: "7"}},
		// «شهرستان رشت» is the county; «صدوبیستوچهار» a number written without spaces
		{"استان گیلان، شهرستان رشت، گلسار، خیابان صدوبیست و چهار، کوچه بیستوسوم", "", Place{Area: "گلسار", Street: "124", Alley: "23"}},
		// «ب.ب» is a dead end; «فاز دو» a new town's phase, one name; «مننطقه ۳» the district
		{"وسط کوچه‌ی شماره ۱۵ ب.ب ۱ خ اعلم‌السلطنه", "", Place{Street: "اعلمالسلطنه", Alley: "15/1"}},
		{"ک.شهید باقری ب.ب گلها خیابان حاجی‌آباد", "", Place{Street: "حاجیاباد", Alley: "باقری/گلها"}},
		{"شهرک قدس رشت، خیابان فاز دو، ک.۵", "", Place{Area: "قدس", Street: "فاز2", Alley: "5"}},
		{"شهرک قدس فاز دو ب 8", "", Place{Area: "قدس", Street: "فاز2", Alley: "8"}},
		{"رشت - مننطقه ۳,خ.۱۳۲، کوچهی ۱۴", "", Place{Street: "132", Alley: "14"}},
		// a building the address is given by is a landmark, not a neighbourhood; after an
		// alley word it is the alley's name
		{"خیابان ۱۶۶، ایستگاه اتوبوس مرکز مخابرات، کوچه ۳", "", Place{Street: "166", Alley: "3", Landmark: "ایستگاه اتوبوس مرکز مخابرات"}},
		{"رشت، خیابان ۱۳۲ - داروخانه سینا", "", Place{Street: "132", Landmark: "داروخانه سینا"}},
		{"خیابان ۹۵ داروخانه دکتر میرزایی", "", Place{Street: "95", Landmark: "داروخانه دکتر میرزایی"}},
		{"نانوایی بربری خیابون ۱۳۲", "", Place{Street: "132", Landmark: "نانوایی بربری"}},
		{"کوچه مسجد، خیابان لاکانی", "", Place{Street: "لاکانی", Alley: "مسجد"}},
		// an alley told by what is at its head; «خشهید» is «خ. شهید»
		{"کوچه‌ای که کلانتری 16 سرشه، خیابان زرجوب", "", Place{Street: "زرجوب", Landmark: "کلانتری 16"}},
		{"خشهید انصاری، کوچه ۱۸، واحد ۳", "", Place{Street: "انصاری", Alley: "18"}},
		{"صیقلان کشهید بهشتی", "", Place{Area: "صیقلان", Alley: "بهشتی"}},
		// «دفعه سوم» counts the calls; «خییابون», «کوچههی» are the place words misspelt
		{"منظریه", "دفعه سوم است که ثبت می‌کنم. یک سگ هار اینجا پرسه می‌زند", Place{Area: "منظریه"}},
		{"خییابون اعلم‌السلطنه کوچه‌ی ۸ بن‌بست ۱", "", Place{Street: "اعلمالسلطنه", Alley: "8/1"}},
		{"کوچههی ۲۴، گلسار", "", Place{Area: "گلسار", Alley: "24"}},
		{"خ شریعتی، بعد از بقعه آقا سید ابوجعفر", "", Place{Street: "شریعتی", Landmark: "بعد از بقعه اقا سید ابوجعفر"}},
		{"گیلن، رشت، نرسیده به دبیرستان دخترانه فاطمیه", "", Place{Landmark: "نرسیده به دبیرستان دخترانه فاطمیه"}},
		// a new town: its phase is the street, its block («بلوک ۳», «ب ۳») the alley
		{"بلوک 3 فاز 2 شهرک قدس رشت، واحد 1", "", Place{Area: "قدس", Street: "فاز2", Alley: "3"}},
		{"ب 3 فاز 2 شهرک قدس، پلاک 60", "", Place{Area: "قدس", Street: "فاز2", Alley: "3", Plate: "60"}},
		{"مسکن مهر، بلوک۲۰", "", Place{Area: "مهر", Alley: "20"}},
		// «(بن بست)» says the alley is a dead end; the three-digit number after it is the street
		{"کوچه هفتم (بن بست) 126 گلسار، واحد ۴", "", Place{Area: "گلسار", Street: "126", Alley: "7"}},
		{"ک 11 بن بست 190 گلسار", "", Place{Area: "گلسار", Street: "190", Alley: "11"}},
		{"خيابون 134، كوچه چهارم، طبقه همكف", "", Place{Street: "134", Alley: "4"}}, // the ground floor
		// «تقاطع» (the crossing of) is no neighbourhood and announces a street
		{"", "تقاطع خیابان معلم و خیابان شریعتی چراغ راهنمایی خراب است", Place{Street: "معلم"}},
		// typed on an Arabic keyboard (no چ or پ): «كوجه», «بلاك»
		{"رشت - منطقه ۳، معلم، خيابان فرهنكيان، كوجهي ۹، بلاك ۵", "", Place{Area: "معلم", Street: "فرهنکیان", Alley: "9", Plate: "5"}},
		// «کوهچ» is «کوچه» with two letters swapped
		{"رشت - منطقه 3، لاکانی، خیابان شهید صدوقی، کوهچ فجر، بن بست 1", "", Place{Area: "لاکانی", Street: "صدوقی", Alley: "فجر/1"}},
		// a postcode or a mobile number in the address names no neighbourhood
		{"رشت، استادسرا ،خیابان استادسرا ،کوچه اول ،پ 46 ،کد پستی: 4147629654", "", Place{Area: "استادسرا", Street: "استادسرا", Alley: "1", Plate: "46"}},
		{"خیابان ۱۱۳ - کوچه ۳ - همراه ۰۹۱۱۳۳۸۳۹۰۶", "", Place{Street: "113", Alley: "3"}},
		// an alley named only to compare is not the problem's («مثل کوچه ۶ که ...», «کوچه ۱۱
		// رو درست کردید ولی ما رو نه»); one to be fixed is
		{"", "این کوچه پر از چاله است، مثل کوچه ۶ که رسیدگی کردید", Place{}},
		{"", "کوچه ما پر از چاله‌ست. کوچه 11 رو درست کردید ولی ما رو نه", Place{}},
		{"", "خیابان ۹۵ کوچه ۳ پر از چاله است، مثل کوچه ۶ که رسیدگی کردید", Place{Street: "95", Alley: "3"}},
		{"", "کوچه ۶ رو آسفالت کنید", Place{Alley: "6"}},
		// «زنگ دوم» is the second doorbell, no neighbourhood
		{"رشت منطقه سه،خیابان شاهپور،بن‌بست گلستان،پ ۴،زنگ دوم", "", Place{Street: "شاهپور", Alley: "گلستان", Plate: "4"}},
		// a dead end the text names twice is one dead end
		{"", "ساکن بلوار معلم خ. سردار جنگل کوچه بیست و یکم بنبست 2 هستیم، سطل زباله کوچه 21 - بنبست 2 شکسته",
			Place{Area: "معلم", Street: "جنگل", Alley: "21/2"}},
	}
	for _, c := range cases {
		got := ParsePlace(c.addr, c.text)
		if got.Area != c.want.Area || got.Street != c.want.Street || got.Alley != c.want.Alley || got.Plate != c.want.Plate ||
			(c.want.AlleyName != "" && got.AlleyName != c.want.AlleyName) || (c.want.Landmark != "" && got.Landmark != c.want.Landmark) {
			t.Errorf("ParsePlace(%q, %q) = %+v, want %+v", c.addr, c.text, got, c.want)
		}
	}
	k := ParsePlace("گلسار، خیابان ۱۲۴، کوچه ۱۲", "").Keys()
	if len(k) != 3 || k[0] != "n:گلسار" || k[2] != "n:گلسار|s:124|a:12" {
		t.Errorf("Keys = %q", k)
	}
}

func TestProblem(t *testing.T) {
	cases := []struct{ text, category, want string }{
		{"آسفالت کوچه ما خراب شده", "", ProblemAsphalt},
		{"کوچه چاله های بزرگ دارد ماشین ها آسیب میبینند", "آسفالت", ProblemPothole},
		{"زباله ها سه روز است جمع نشده", "سایر", ProblemGarbage},
		{"آبگرفتگی شدید بعد از باران", "", ProblemSurfaceWater},
		{"بوی فاضلاب و سرریز منهول", "آبگرفتگی", ProblemSewage},
		{"چراغ های کوچه خاموش است", "", ProblemLighting},
		{"سگ های ولگرد بچه را گاز گرفتند", "", ProblemStrayAnimals},
		{"بوی گاز در کوچه", "", ProblemGas},
		{"ساخت و ساز غیرمجاز همسایه", "", ProblemConstruction},
		{"دستفروش ها پیاده رو را اشغال کرده اند", "", ProblemSidewalk},
		{"لوله آب ترکیده و آب هدر میرود", "آبگرفتگی", ProblemWaterLeak},
		{"درخت افتاده روی سیم", "", ProblemBranchOnLine},
		{"درختای جلوی خونه رو هرس کنید", "", ProblemTree},
		{"سقف ایستگاه اتوبوس شکسته", "", ProblemTransit},
		{"آب قطعه و فشار آب خیلی کمه", "آبگرفتگی", ProblemWaterOutage},
		{"حفاری برق وسط پیاده‌رو رها شده", "", ProblemTrench},
		{"موش و سوسک زیاده لطفا سم‌پاشی کنید", "", ProblemPests},
		{"zobale jam nashode", "", ProblemGarbage},
		{"رسیدگی شود", "نظافت و رفت و روب", ProblemCleaning}, // vague text: the category decides
		{"", "", ProblemOther},
		// an aside after «ضمنا» is not what the request is about
		{"زباله‌ها چند روزه جمع نشده ضمنا لطفا تو کوچه سرعت‌گیر بذارید", "", ProblemGarbage},
		{"چند تا سگ جلوی مدرسه جمع میشن، ضمنا سرعت گیر کوچه رو درست کنید", "", ProblemStrayAnimals},
		{"نوسان برق وسایل برقی رو سوزونده ضمنا کسبه پیاده رو را اشغال کرده‌اند", "", ProblemPower},
		{"ضمنا سرعت گیر بذارید", "", ProblemSpeedBump}, // nothing before the aside word
		{"ضمن تشکر، سرعت گیر بذارید", "", ProblemSpeedBump},
		{"یه گربه زیر ماشین رفته و جسدش مونده", "", ProblemDeadAnimal},
		{"لاشه سگ کنار جوی افتاده", "", ProblemDeadAnimal},
		{"برق محله از دیشب قطعه", "روشنایی معابر", ProblemPower},
		{"چراغ برق کوچه خاموشه", "", ProblemLighting},
		{"خاموشی چراغ‌های روشنایی معابر", "", ProblemLighting},
		{"کانال کنار خیابون پر از لجن و برگه", "فاضلاب", ProblemSurfaceWater},
		{"قطعی مکرر آب بدون اطلاع قبلی", "", ProblemWaterOutage},
		{"آب طبقات بالا نمیرسه", "", ProblemWaterOutage},
		{"مهمونی همسایه هر شب تا ساعت ۳ صبح", "", ProblemNoise},
		{"نانوایی کم‌فروشی میکنه و نونش خمیره", "", ProblemFoodHygiene},
		{"آشغالا رو نبردن، بوی تعفن همه جا رو گرفته، موش و گربه جمع شده", "", ProblemGarbage},
		{"ماشین‌ها از ترس چاله‌ها از پیاده‌رو رد میشن", "", ProblemPothole},
		{"پیاده رو پر از چاله و شکستگیه", "", ProblemSidewalkDmg},
		{"کوچه خراب است", "حمل و نقل و ترافیک", ProblemAsphalt},
		{"موتورسوارها با اگزوز باز تا نصف شب ویراژ میدن", "", ProblemPublicOrder},
		{"این کوچه چراغای خیابون روشن نمیشن", "", ProblemLighting},
		{"میوه فروشی نصف پیاده رو رو گرفته", "", ProblemSidewalk},
		{"internet ghate lotfan residegi konid", "", ProblemTelecom},
		{"salam asfalte kooche kharabe", "", ProblemAsphalt},
		{"شکایت از ناوگان اتوبوسرانی", "", ProblemTransit},
	}
	for _, c := range cases {
		got, conf := Problem(c.text, c.category)
		if got != c.want {
			t.Errorf("Problem(%q, %q) = %s (%.2f), want %s", c.text, c.category, got, conf, c.want)
		}
	}
}

func TestTokens(t *testing.T) {
	got := Tokens(Key("با سلام آسفالت این کوچه ۱۲ خیلی خراب است"))
	want := []string{"اسفالت", "کوچه", "12", "خراب"}
	if len(got) != len(want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Tokens = %q, want %q", got, want)
		}
	}
}

func TestNearlyEqual(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"گلسار", "گلسار", true}, {"گلسار", "گلاسر", true}, {"گلسار", "گللسار", true},
		{"حاجیاباد", "حاجیااد", true}, {"گلسار", "گلثار", true}, {"منظریه", "حمیدیان", false},
		{"گلسار", "سارگل", false}, {"abcd", "abdc", true}, {"abcd", "badc", false},
	}
	for _, c := range cases {
		if got := nearlyEqual(c.a, c.b); got != c.want {
			t.Errorf("nearlyEqual(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestSameName: one typo in a long name is the name; one letter of four changed is another
// name as often («حمام», a bathhouse's alley, is no «امام»), so four letters forgive a letter
// dropped, added or swapped, not changed.
func TestSameName(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"شریعتی", "شریتی", true}, {"گلسار", "گلثار", true}, {"تختی", "تخیت", true}, {"لاله", "لال", false},
		{"امام", "حمام", false}, {"لاله", "ژاله", false}, {"تختی", "تختیی", true}, {"رجایی", "رضایی", true},
	}
	for _, c := range cases {
		if got := SameName(c.a, c.b); got != c.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestProblemTypos(t *testing.T) {
	cases := []struct{ text, want string }{
		{"سعرتگیر غیراستاندارد", ProblemSpeedBump},   // two letters swapped
		{"زبالههه جمع نشده", ProblemGarbage},         // squeezed, then exact
		{"اسفالتت کوچه", ProblemAsphalt},             // a letter added
		{"فاضلب بو میده", ProblemSewage},             // a letter missing
		{"زبااله‌ها چند روزه مونده", ProblemGarbage}, // a letter added to a plural
		{"کوچه ما", ProblemOther},
	}
	for _, c := range cases {
		if got, _ := Problem(c.text, ""); got != c.want {
			t.Errorf("Problem(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// TestPlaceWriterOverAddress: an address filled from a map pin may name another street than
// the writer's text, and a word opening the text may be read as an area; neither must keep
// the request from its place, nor join it to the next alley.
func TestPlaceWriterOverAddress(t *testing.T) {
	cases := []struct {
		addr, text, other string
		want              int // Match with ParsePlace(other, "")
	}{
		{"رشت، خیابان بیستون", "گلسار، خیابان ۱۱۲، کوچه ۶ زباله‌ها رو نمی‌بره", "گلسار، خیابان ۱۱۲، کوچه ۶", 3},
		{"رشت، خیابان بیستون", "گلسار، خیابان ۱۱۲، کوچه ۶ زباله‌ها رو نمی‌بره", "گلسار، خیابان ۱۱۲، کوچه ۸", -1},
		{"رشت، خیابان بیستون", "گلسار، خیابان ۱۱۲، کوچه ۶ زباله‌ها رو نمی‌بره", "خیابان بیستون، کوچه ۳", 2},
		{"خیابون ۱۱۸، کوچه ۱۴", "شب ها خیابون کاملا تاریکه", "گلسار، خیابان ۱۱۸، کوچه ۱۴", 3},
		{"خیابون ۱۱۸، کوچه ۱۴", "شب ها خیابون کاملا تاریکه", "گلسار، خیابان ۱۱۸، کوچه ۱۵", -1},
		{"منظریه، کوچه ۵", "", "حمیدیان، کوچه ۵", -1}, // two areas an address names still differ
		// the street written first, the other side opening with a misspelt city
		{"بیستون، کوچه چهاردهم", "", "رشط، خیابان بیستون، کوچه ۱۴", 3},
		{"بیستون، کوچه چهاردهم", "", "رشط، خیابان بیستون، کوچه ۱۲", -1},
		// the writer's street by its number alone, against the address's
		{"رشت، گلسار، خیابان ۹۰، کوچه ۱", "در ۸۲، کوچه‌ی ۱، آسفالت خرابه", "گلسار، خیابان ۸۲، کوچه ۱", 3},
		{"رشت، گلسار، خیابان ۱۲۸", "۱۲۴، کوچه ی ۲۳، شاخه افتاده", "گلسار، خیابان ۱۲۴، کوچه ۲۳", 3},
		// the writer names only a street, the pin a street and an alley
		{"رشت، گلسار، خیابان ۱۸۵، کوچه ۱", "تو گلسار، خیابان ۱۷۲ جوی پر از آشغاله", "گلسار، خیابان ۱۷۲، کوچه ۳", 2},
	}
	for _, c := range cases {
		p, q := ParsePlace(c.addr, c.text), ParsePlace(c.other, "")
		if m := p.Match(q); m != c.want {
			t.Errorf("%q + %q (%+v) vs %q (%+v): match %d, want %d", c.addr, c.text, p, c.other, q, m, c.want)
		}
	}
}

func TestPlaceWordTypos(t *testing.T) {
	cases := []struct {
		addr string
		want Place
	}{
		{"خیاباان شریعتی، کوچه ۶", Place{Street: "شریعتی", Alley: "6"}},
		{"رشط، گلسار، خ ۱۲۴، کچه ۱۲", Place{Area: "گلسار", Street: "124", Alley: "12"}},
		{"ضیابری، ک 7 بن‌ببست 1", Place{Area: "ضیابری", Alley: "7/1"}},
		{"رشتیان، کوچه ۹", Place{Area: "رشتیان", Alley: "9"}}, // a name near the city's is kept
		{"شرک قائم کوچه ۸", Place{Area: "قایم", Alley: "8"}},
		{"محوده قائم، کوچه ۸", Place{Area: "قایم", Alley: "8"}},
		{"حوای خ ۱۲۴", Place{Street: "124"}},
	}
	for _, c := range cases {
		p := ParsePlace(c.addr, "")
		if p.Area != c.want.Area || p.Street != c.want.Street || p.Alley != c.want.Alley {
			t.Errorf("ParsePlace(%q) = %+v, want %+v", c.addr, p, c.want)
		}
	}
}

func TestPlaceAlleyNameAfterTextStreet(t *testing.T) {
	p := ParsePlace("", "سلام خسته نباشید گلسار خیابان ۱۰۴ کوچه گلستان چند ماهه این چاله‌ها رو کی پر می‌کنید؟")
	if p.Street != "104" || p.Alley != "گلستان" {
		t.Errorf("got %+v, want street 104, alley گلستان", p)
	}
	// without a street before it, a word after «کوچه» in free text is the complaint
	if p := ParsePlace("", "چاله وسط کوچه داغونه"); p.Alley != "" {
		t.Errorf("got %+v, want no alley", p)
	}
}

// TestSquareAndBoulevard: a square and the boulevard off it, in either order, are read alike:
// the boulevard is the street its alleys are off, the square where on it.
func TestSquareAndBoulevard(t *testing.T) {
	for _, a := range []string{"فلکه گاز، بلوار امام، کوچه ۳", "بلوار امام فلکه گاز، ک.3", "بلوار امام، فلکه گاز، کوچه سوم",
		"رشت، منطقه ۲، فلکه گاز، بلوار امام، پلاک ۱۲", "بلوار امام فلکه گاز، جنب داروخانه شبانه روزی"} {
		if p := ParsePlace(a, ""); p.Street != "امام" || p.Area != "گاز" {
			t.Errorf("ParsePlace(%q) = %+v, want street امام in area گاز", a, p)
		}
	}
	// a square alone is the street
	if p := ParsePlace("میدان حشمت، جنب بانک", ""); p.Street != "حشمت" {
		t.Errorf("got %+v, want street حشمت", p)
	}
}

func TestSkeleton(t *testing.T) {
	same := [][2]string{{"مطهری", "motahari"}, {"گلسار", "golsar"}, {"استادسرا", "ostadsara"},
		{"آتشگاه", "atashgah"}, {"صیقلان", "seyghalan"}, {"طالقانی", "taleghani"}, {"قربانی", "ghorbani"},
		{"دیلمان", "deylaman"}, {"حاجیاباد", "hajiabad"}, {"شریعتی", "shariati"}, {"بیستون", "bistoon"},
		{"منظریه", "manzarieh"}, {"پیرسرا", "pirsara"}, {"ضیابری", "ziabari"}, {"میکاییل", "mikaeil"},
		// Finglish doubles a letter Persian writes once
		{"آقاسیدعباس", "aghaseyedabbas"}, {"دباغیان", "dabbaghian"}, {"محمدی", "mohammadi"},
		// (a letter twice in the skeleton but not in the spelling stays twice)
		{"شقایق", "shaghayegh"}}
	for _, c := range same {
		if a, b := Skeleton(c[0]), Skeleton(c[1]); a == "" || a != b {
			t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q: want equal", c[0], a, c[1], b)
		}
	}
	differ := [][2]string{{"مطهری", "golsar"}, {"گلسار", "گلباغ"}, {"معلم", "motahari"}}
	for _, c := range differ {
		if a, b := Skeleton(c[0]), Skeleton(c[1]); a == b {
			t.Errorf("Skeleton(%q) = Skeleton(%q) = %q: want different", c[0], c[1], a)
		}
	}
}

// TestDashAddress: an operator's «problem - address» text with no address field.
func TestDashAddress(t *testing.T) {
	cases := []struct {
		text, address string
		want          Place
	}{
		{"جمع آوری لاشه حیوان - خیابان بیستون", "", Place{Street: "بیستون"}},
		{"شکستگی لوله اب شرب - گلسار، ۱۱۲", "", Place{Area: "گلسار", Street: "112"}},
		{"سطل زباله پر شده - خیلی بده", "", Place{}},
		{"جمع آوری لاشه حیوان - خیابان بیستون", "خیابان معلم", Place{Street: "معلم"}}, // the address field wins
		// a form's other fields typed into one text: no place of their own
		{"کوچه رو کنده و رها کرده - ثبت: اپراتور ٩", "", Place{}},
		{"آدرس: منظریه، خیابان ۱۸۷ - موضوع: کثیفی خیابان", "", Place{Area: "منظریه", Street: "187"}},
		{"جمع آوری لاشه حیوان - آدرس: خیابان بیستون", "", Place{Street: "بیستون"}},
		// the complaint after a dash, however it names an alley or a street, is no address
		{"سلام آقا - کوچه خیلی کثیفه، کسی جارو نمیکنه.", "", Place{}},
		{"چند بار گفتیم - والا درخواست آسفالت کوچه داریم", "", Place{}},
		{"سلام ببخشید - چراق‌های کوچع خاموشه و شب‌ها تاریکه.", "", Place{}},
		{"با سلام. آدرس: خیابان آج‌بیشه - برق محله رفته", "", Place{Street: "اجبیشه"}},
		{"سلام وقت بخیر - بار سوم است که تماس میگیرم - ببخشید لایروبی کانال کنار خیابان انجام نشده", "", Place{}},
		{"یخ زدگی سر کوچه، چند نفر زمین خوردن - از امروز صبح - آدرس کوچه 24 - لطفا", "", Place{Alley: "24"}},
	}
	for _, c := range cases {
		p := Analyze(c.text, c.address, "").Place
		if p.Area != c.want.Area || p.Street != c.want.Street || p.Alley != c.want.Alley {
			t.Errorf("Analyze(%q, %q).Place = %+v, want %+v", c.text, c.address, p, c.want)
		}
	}
}

// TestMatchCases: how two written places compare, either way round. A street written before
// the boulevard it is off is the street a place naming it alone is on; a neighbourhood is not
// a boulevard of its name. A named alley and a numbered one may be one alley, unless one side
// knows both its name and number and the other's name (or number) is another.
func TestMatchCases(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"خیابان جعفری بلوار معلم روبه‌روی اداره برق", "خیابان جعفری", 3}, // the street itself
		{"خیابان جعفری، بلوار معلم، کوچه ۵", "خیابان جعفری کوچه ۵", 3},
		{"خیابان جعفری، بلوار معلم، کوچه ۵", "خیابان جعفری کوچه ۷", -1},
		{"گلسار، خیابان ۸۵", "بلوار گلسار", -1},
		{"ساغری‌سازان مطهری بن بست ۳", "ساغری‌سازان، خیابان شهید مطهری، بن‌بست ۳", 3},
		// an alley off the last of the streets an address names after the writer's own
		{"خیابان ۱۷۲، گلسار، رشت - بلوار معلم - خ شهید انصاری - کوچه ی ۴", "خیابان شهید انصاری، معلم، کوچه شماره ۴", 3},
		// every new town has a phase 1 and a block 5: the town says which
		{"رشت، شهرک بعثت، فاز 1، بلوک 5", "رشت، شهرک سبز، فاز ۱، بلوک ۵", -1},
		{"رشت، شهرک بعثت، فاز 1، بلوک 5", "بعثت ف۱ ب۵", 3},
		// a park on its street, the neighbourhood written or not, and the park alone
		{"گلسار، خیابان ۱۴۱، بوستان نسیم", "خیابان ۱۴۱ - بوستان نسیم", 3},
		{"گلسار، خیابان ۱۴۱، بوستان نسیم", "بوستان نسیم", 3},
		{"گلسار، خیابان ۱۴۱، بوستان نسیم", "گلسار، خیابان ۱۴۱، بوستان بانوان", -1},
		{"محله پل عراق، خیابان شهید رجایی، کوچه شاهد", "پل‌عراق، خ شید رجایی، ک شاهد", 3},
		{"گلسار، خیابان ۱۲۴، کوچه ۱۶", "گلسار، خیابان ۱۲۴، کوچه نسترن", 2},
		{"گلسار، خیابان ۱۲۴، کوچه لاله (۱۶)", "گلسار، خیابان ۱۲۴، کوچه ۱۶", 3},
		{"گلسار، خیابان ۱۲۴، کوچه لاله (۱۶)", "گلسار، خیابان ۱۲۴، کوچه لاله", 3},
		{"گلسار، خیابان ۱۲۴، کوچه لاله (۱۶)", "گلسار، خیابان ۱۲۴، کوچه نسترن", -1},
		{"گلسار، خیابان ۱۲۴، کوچه لاله (۱۶)", "گلسار، خیابان ۱۲۴، کوچه ۱۸", -1},
		// the neighbourhood written as the street, the same alley in it
		{"خیابان طالقانی، کوچه ۳", "طالقانی، خیابان اعلم‌السلطنه، کوچه ۳", 2},
		{"خیابان طالقانی، کوچه ۳", "طالقانی، خیابان اعلم‌السلطنه، کوچه ۵", -1},
		// neighbourhoods' fuzzy edges: a numbered street said alike is one street, its
		// numbered alley one alley; another alley or another street is not
		{"گلسار، خیابان ۱۳۹، کوچه ۱۳", "منظریه، خیابان ۱۳۹، کوچه ۱۳", 3},
		{"گلسار، خیابان ۱۳۹، کوچه ۱۳", "منظریه، خیابان ۱۳۹، کوچه ۱۵", -1},
		{"گلسار، خیابان ۱۳۹", "منظریه، خیابان ۱۳۹", 3},
		{"گلسار، خیابان ۱۳۹", "منظریه، خیابان ۱۴۱", -1},
		// an alley by its name, one side giving the neighbourhood, the other the street
		{"صیقلان - کوچه سقاخانه", "خیابان علم الهدی، کوچه سقاخانه", 2},
		{"صیقلان - کوچه ۷", "خیابان علم الهدی، کوچه ۷", 1},
		// a new town's streets are numbered from one: another town's «خیابان ۶» is another street
		{"شهرک سبحان، خیابان ۶، کوچه ۴", "شهرک امید، خیابان ۶، کوچه ۴", -1},
		{"رشت، شهرک بعثت، خیابان ۲", "شهرک فرهنگیان، خیابان ۲", -1},
		{"خیابان ۲، کوچه ۵", "شهرک امید، خیابان ۲، کوچه ۵", 3},
		// two alley numbers that differ, each with the neighbourhood written after it
		{"خیابان نواب، کوچه ۴ آج‌بیشه", "خیابان نواب، کوچه ۲۶ آج‌بیشه", -1},
		{"خیابان نواب، کوچه ۴ آج‌بیشه", "خیابان نواب، کوچه ۴", 3},
		{"حد فاصل کوچه ۸ و ۱۰ خیابان نواب", "خیابان نواب، کوچه ۱۰", 3},
		// a dead end named bare is that dead end of the alley the other side names, not an alley
		{"رشت، محله گلسار، خیابان ١٠٦، بن بست ١، پلاک ٥", "خیابان ١٠٦، کوچه ٢ بن‌بست ١", 3},
		{"رشت، محله گلسار، خیابان ١٠٦، بن بست ١، پلاک ٥", "خیابان ١٠٦، کوچه ٢ بن‌بست ٣", -1},
		// one side leaves out the street: the dead end they share says which alley
		{"گلسار کوچه 4 ب.ب 1", "کوچهٔ ۴ بن‌بست ۱ ۱۴۱ محله گلسار", 3},
		{"گلسار کوچه 4", "گلسار، خیابان ۱۴۱، کوچه ۴", 2},
		// a dead end of an alley with two names, under either name
		{"گلسار - خیابان ۹۵ - بن‌بست اول کوچه ۹ (مریم)", "رشت، خیابون ۹۵ کوچه مریم بنبست ۱", 3},
		{"گلسار - خیابان ۹۵ - بن‌بست اول کوچه ۹ (مریم)", "رشت، خیابون ۹۵ کوچه مریم", 3},
		{"گلسار - خیابان ۹۵ - بن‌بست اول کوچه ۹ (مریم)", "رشت، خیابون ۹۵ کوچه مریم بنبست ۲", -1},
		{"گلسار - خیابان ۹۵ - بن‌بست اول کوچه ۹ (مریم)", "رشت، خیابون ۹۵ کوچه ۹ بنبست ۲", -1},
	}
	for _, c := range cases {
		p, q := ParsePlace(c.a, ""), ParsePlace(c.b, "")
		if m := p.Match(q); m != c.want {
			t.Errorf("%q %+v vs %q %+v: match %d, want %d", c.a, p, c.b, q, m, c.want)
		}
		if m := q.Match(p); m != c.want {
			t.Errorf("%q vs %q (swapped): match %d, want %d", c.b, c.a, m, c.want)
		}
	}
}

// TestPlaceFormer: a street's former name («(شاه سابق)») is kept as its former name, not read
// as another place; a street known only by its former name is read as written.
func TestPlaceFormer(t *testing.T) {
	cases := []struct {
		addr, text     string
		street, former string
	}{
		{"رشت، خیابان امام خمینی (شاه سابق)، کوچه ۵", "", "امام", "شاه"},
		{"حمیدیان، خیابان بهشتی (پهلوی سابق)، کوچه ۲", "", "بهشتی", "پهلوی"},
		{"ضیابری خیابان شهید انصاری (جاده پیربازار سابق) کوچه گلستان", "", "انصاری", "پیربازار"},
		{"", "خیابان لاکانی (خیابان شاه سابق), روبروی نانوایی بربری خیلی کثیفه", "لاکانی", "شاه"},
		{"", "خیابان شاه سابق کوچه ۵ آسفالت خراب", "شاه", ""},
		// the present name after the former one
		{"چمارسرا - خیابان باغ ملی (خیابان دیلمان فعلی) پلاک 266", "", "دیلمان", "باغ"},
		{"گلسار، بلوار ۱۸۳ (شهید حمیدی فعلی)، کوچه پانزدهم", "", "حمیدی", "183"},
		{"", "خیابان بهار قدیم (رسالت فعلی)، در جعبه کنتور برق باز مونده", "رسالت", "بهار"},
		{"منظریه,خیابان ۱۱۵ (تختی فعلی),کوچه ۳ پ ۳۷", "", "تختی", "115"},
		// a date is no place («از تاریخ ۱۴۰۴/۱۲/۲۰ ...»), nor an operator's mark («/اپ٣»)
		{"", "درخت خشک شده - از تاريخ ١٤٠٤/١٢/٢٠ پيگيري می كنم", "", ""},
		{"", "لاشه حيوان كنار خيابون رو جمع كنيد /اپ٣", "", ""},
		{"گلسار، خیابان ۱۱۵، کوچه ۳", "وضع فعلی کوچه خیلی بده", "115", ""},
	}
	for _, c := range cases {
		p := ParsePlace(c.addr, c.text)
		if p.Street != c.street || p.Former != c.former {
			t.Errorf("ParsePlace(%q, %q) = street %q former %q, want %q %q", c.addr, c.text, p.Street, p.Former, c.street, c.former)
		}
	}
}

// TestMatchBothAlt: two writers whose addresses are their homes, both naming the problem's
// alley in the text, are at that alley.
func TestMatchBothAlt(t *testing.T) {
	p := ParsePlace("خیابون خمیران، کوچه ۴، پ.۱۶", "درود وضعیت آسفالت کوچه 8، خیابون خمیران افتضاحه")
	q := ParsePlace("رشت - خیابان خمیران - کوچه ی ۱", "آسفالت خیابان خمیران کوچه هشتم خرابه")
	if p.Alt == nil || q.Alt == nil {
		t.Fatalf("want both texts read as another place: %+v / %+v", p, q)
	}
	if m := p.Match(q); m < 2 {
		t.Errorf("%+v vs %+v: match %d, want ≥2", p, q, m)
	}
	r := ParsePlace("رشت - خیابان خمیران - کوچه ی ۱", "آسفالت خیابان خمیران کوچه نهم خرابه")
	if m := p.Match(r); m >= 0 {
		t.Errorf("%+v vs %+v: match %d, want -1", p, r, m)
	}
}

// TestPlaceForOther: a writer reporting for someone else's place gives it in the text; the
// address is their own, and so are the coordinates (ForOther).
func TestPlaceForOther(t *testing.T) {
	cases := []struct {
		addr, text string
		want       Place
		forOther   bool
	}{
		{"رشت-سرخبند-خیابان کارگر-کوچه ی ۱", "سلام برای خونه مادربزرگم در خیابان دانشجو کوچه ۷ درخت افتاده", Place{Street: "دانشجو", Alley: "7"}, true},
		{"شهرک بعثت,خیابان ضیابری,کوچه یکم", "شهروند برای محل کارش واقع در گلسار خ 163 کوچه 6 از تجمع پسماند گلایه دارد", Place{Area: "گلسار", Street: "163", Alley: "6"}, true},
		{"حمیدیان، خیابان نیکنام، کوچه ۲", "برای مغازه‌ام در خیابان سعدی کوچه ۴ سد معبر شده", Place{Street: "سعدی", Alley: "4"}, true},
		{"منظریه، خیابان لاله، کوچه ۳", "از طرف همسایه‌مون در خیابان ارشاد کوچه ۵ پیام میدم، چاله داره", Place{Street: "ارشاد", Alley: "5"}, true},
		// another alley by name where the address gives a number (no contradiction, still
		// another place); «ب.» after «در» is a boulevard
		{"خیابان کارگر، کوچه ۵", "درود برای مغازه‌ام در ب.لاکانی کوچه شبنم: آسفالت این کوچه ترمیم نشده", Place{Street: "لاکانی", Alley: "شبنم"}, true},
		// the neighbour's place is the address: nothing to move
		{"رشتیان، بلوار گیلان، بنبست ۱۲", "از طرف همسایه‌مون که سالمنده پیام میدم، تو رشتیان بلوار گیلان ک 12 آب جمع شده", Place{Area: "رشتیان", Street: "گیلان", Alley: "12"}, false},
		// no one else's place: the address stays, the text's alley is the other place
		{"منظریه، خیابان لاله، کوچه ۳", "تو خیابان ارشاد کوچه ۵ چاله هست", Place{Area: "منظریه", Street: "لاله", Alley: "3"}, false},
	}
	for _, c := range cases {
		got := ParsePlace(c.addr, c.text)
		if got.Area != c.want.Area || got.Street != c.want.Street || got.Alley != c.want.Alley || got.ForOther != c.forOther {
			t.Errorf("ParsePlace(%q, %q) = %+v, want %+v (for another: %v)", c.addr, c.text, got, c.want, c.forOther)
		}
		if c.forOther && got.Alt != nil {
			t.Errorf("ParsePlace(%q, %q): the writer's own address is a place of the problem: %+v", c.addr, c.text, got.Alt)
		}
	}
}

// TestTownStreetAlt: a text naming a street called as its town («شهرک بعثت، بلوار بعثت،
// کوچه ۱۱») under an address of the town's other street, as an app fills it from the pin,
// keeps the text's place as the other place the request may be at.
func TestTownStreetAlt(t *testing.T) {
	a := Analyze("شهرک بعثت، بلوار بعثت، کوچه ۱۱ منهول سر ریز کرده", "رشت، شهرک بعثت، خیابان ۱", "")
	if alt := a.Place.Alt; alt == nil || alt.Street != "بعثت" || alt.Alley != "11" {
		t.Errorf("place %+v, alt %+v: want the text's «بلوار بعثت، کوچه ۱۱» as the other place", a.Place, alt)
	}
}

// TestStreetBare: a number written right after the area's name with no street word is marked
// bare, for grouping to read as a numbered street or as an alley of the street of that name.
func TestStreetBare(t *testing.T) {
	cases := []struct {
		addr, text, street, alley string
		bare                      bool
	}{
		{"پاستور ۷", "", "7", "", true},
		{"گلسار 124 ک 12", "", "124", "12", true},
		{"پاستور ۷، پلاک ۱۴", "", "7", "", true},
		{"گلسار، خیابان ۱۲۴", "", "124", "", false},
		{"گلسار، خ ۱۲۴، کوچه ۱۲", "", "124", "12", false},
		{"خیابان پاستور، کوچه ۷", "", "پاستور", "7", false},
		// a name in two words, the first too short to stand alone
		{"پل عراق ۱۹ پلاک ۲", "", "19", "", true},
		// the text names the bare number as its alley: it was the alley's
		{"ضیابری ۳۲ پلاک ۳", "ک ۳۲ ضیابری تجمع زباله کنار مخزن", "", "32", false},
		{"ضیابری ۳۲", "کوچه سی و دوم ضیابری مخزن زباله پر و سرریز شده", "", "32", false},
		// another alley in the text leaves the numbered street alone
		{"گلسار ۱۲۴", "آسفالت کوچه ۱۲ خرابه", "124", "12", true},
	}
	for _, c := range cases {
		p := ParsePlace(c.addr, c.text)
		if p.Street != c.street || p.Alley != c.alley || p.StreetBare != c.bare {
			t.Errorf("ParsePlace(%q, %q) = street %q alley %q bare %v, want %q %q %v", c.addr, c.text, p.Street, p.Alley,
				p.StreetBare, c.street, c.alley, c.bare)
		}
	}
}

// «سر کوچه داروخانه رازی، کوچه ۲»: the alley the pharmacy is at the head of is alley 2, not
// an alley called «داروخانه»; an alley named after a mosque with no number stays so named.
func TestVenueAlleyThenNumber(t *testing.T) {
	cases := []struct{ address, alley string }{
		{"سرخبند، خيابان قائم، سر كوچه داروخانه رازي قائم، كوچه ي ٢ پ ۱۶", "2"},
		{"اج بیشه,خیابان نامجو,سر کوچه بانک مسکن شعبه نامجو,کوچهی دوم", "2"},
		{"سرخبند، خيابان قائم، كوچه مسجد، پ ۱۶", "مسجد"},
	}
	for _, c := range cases {
		a := Analyze("", c.address, "")
		if got := a.AddressPlace().Alley; got != c.alley {
			t.Errorf("%q: alley %q, want %q", c.address, got, c.alley)
		}
	}
}

// «تو کوچه مونده», «تو کوچه هستن», «کوچه شبا تاریکه»: the complaint's «in the alley», followed
// by a verb or an adverb, names no alley; «کوچه مریم» still does.
func TestAlleyNotAVerb(t *testing.T) {
	cases := []struct{ text, alley string }{
		{"ماشین اسقاطی ماه هاست تو کوچه مونده", ""},
		{"چند تا سگ ولگرد تو كوچه هستن بچه‌ها میترسن", ""},
		{"بوی گاز تو کوچه پیچیده", ""},
		{"کوچه شبا کاملا تاریکه", ""},
		{"برگ و خاک در کوچه تجمع کرده", ""},
		{"نمیتونیم از خیابون رد شیم", ""},
		{"کوچه مریم پر از چاله است", "مریم"},
	}
	for _, c := range cases {
		if got := Analyze(c.text, "", "").Place; got.Alley != c.alley || (c.alley == "" && got.Street != "") {
			t.Errorf("%q: street %q alley %q, want alley %q", c.text, got.Street, got.Alley, c.alley)
		}
	}
}

// Words that open a text or a part of a place are no neighbourhood, street or alley name:
// «کی قراره ...», «توی خ پیرسرا», «سگ ولگرد انتهای کوچه ...», «خ امام خمینی (ره)», «کوچه ۲
// (بن بست)»; and «میدون», «فلکه‌ی» are «میدان», «فلکه».
func TestPlaceNotNames(t *testing.T) {
	cases := []struct{ text, address, want string }{
		{"کی قراره کوچه ۴ پاستور رو آسفالت کنید؟", "کوچه ۴ خیابان پاستور", "خیابان پاستور، کوچه 4"},
		{"سلام توی خ پیرسرا، نرسیده به کوچه 21 دو ساله آسفالت نکردن", "", "خیابان پیرسرا، کوچه 21"},
		{"مغازه‌دار پیاده‌رو رو گرفته", "خ امام خمینی (ره)، نبش کوچه قربانی", "خیابان امام، کوچه قربانی"},
		{"کانال رو کندن", "رشت، گلسار رشت، خیابان ۱۱۶، ک ۲ (بن بست)", "گلسار، خیابان 116، کوچه 2"},
		{"آسفالت کنده شده", "رشت، فلكهي گاز، ك.١٠", "خیابان گاز، کوچه 10"},
	}
	for _, c := range cases {
		a := Analyze(c.text, c.address, "")
		p := a.Place
		p.Landmark, p.Plate = "", ""
		if got := p.String(); got != c.want {
			t.Errorf("%q / %q: %q, want %q", c.text, c.address, got, c.want)
		}
	}
}

// TestRoadNames: names of roads that hold words the parser otherwise reads as place words or
// numbers (found listing the places the forty-second to forty-fifth authors' requests name).
func TestRoadNames(t *testing.T) {
	cases := []struct{ text, address, want string }{
		// «کوچک» of Mirza Kuchak Khan is no alley word; «خیابان میرزا» is the same street
		{"تاریکی معبر", "خیابان میرزا کوچک خان بین کوچه نهم و کوچه دوازدهم", "خیابان میرزا، کوچه 9"},
		{"تاریکی معبر", "کوچه دوم بن بست 1 خ.میرزا کوچک‌خان", "خیابان میرزا، کوچه 2/1"},
		{"پیاده‌رو ناهموار", "خ میرزا حد فاصل ک ۱ و کوچه ۴", "خیابان میرزا، کوچه 1"},
		// a road named by its width and its neighbourhood
		{"مخزن پر شده", "16 متری امین‌الضرب، کوچه 10، پلاک 54", "خیابان متری16امینالضرب، کوچه 10"},
		{"مخزن پر شده", "کوچه هفتم ۱۶ متری امینالضرب", "خیابان متری16امینالضرب، کوچه 7"},
		{"مخزن پر شده", "شالکو، بیست متری شالکو، کوچه ۱۵", "شالکو، خیابان متری20شالکو، کوچه 15"},
		// ... but not an alley twelve metres wide, nor a hundred metres from a bank
		{"مخزن پر شده", "گلسار، کوچه ۱۲ متری", "گلسار، کوچه 12"},
		{"چاله در ۱۰۰ متری بانک ملت", "", ""},
		// «آیت‌الله» written with a ZWNJ is the title, not the street's name
		{"زباله", "بلوار آیت‌الله رودباری، کوچه نرگس", "خیابان رودباری، کوچه نرگس"},
		// a complex named after its kind: «تجاری» is no name
		{"جارو نشده", "گلسار، بلوار گیلان، روبروی مجتمع تجاری کادوس", "گلسار، خیابان گیلان، کوچه کادوس"},
		// «آدرس دقیق اعلام نشد» names no place
		{"انباشت زباله", "آدرس دقیق اعلام نشد", ""},
	}
	for _, c := range cases {
		a := Analyze(c.text, c.address, "")
		p := a.Place
		p.Landmark, p.Plate = "", ""
		if got := p.String(); got != c.want {
			t.Errorf("%q / %q: %q, want %q", c.text, c.address, got, c.want)
		}
	}
}

// TestTimeIsNoLandmark: after «بعد از» or «قبل از» a time or an event («بعد از بارندگی», «بعد
// از زمستون», «از قبل وجود داشته») is when, not where: no spot on the street. It was one, and
// an issue of requests with no address showed «گلسار، خیابان گیلان، کوچه ۱۷، بعد از زمستون» as
// its place.
func TestTimeIsNoLandmark(t *testing.T) {
	for _, c := range []struct{ addr, text, landmark string }{
		{"", "خیابان تختی بعد از بارندگی آب جمع میشه", ""},
		{"", "گلسار، بلوار گیلان، کوچه 17 نسترن، آسفالت کوچه بعد از زمستون کلا ریخته", ""},
		{"", "آسفالت کوچه قبل از عید خراب شد", ""},
		{"", "بعد از حفاری آبفا آسفالت کوچه ۵ درست نشده", ""},
		{"", "خیابان تختی چاله از قبل وجود داشته", ""},
		{"خیابان تختی، بعد از بانک ملت", "آب جمع شده", "بعد از بانک ملت"},
		{"", "خیابان تختی بعد از بانک ملت چاله هست", "بعد از بانک ملت"},
		{"", "آسفالت بعد از داروخانه تخریب شده", "بعد از داروخانه"},
	} {
		if got := ParsePlace(c.addr, c.text); got.Landmark != c.landmark {
			t.Errorf("ParsePlace(%q, %q).Landmark = %q, want %q", c.addr, c.text, got.Landmark, c.landmark)
		}
	}
}
