package persian

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// cardinals and ordinals are number words as they appear in keys (after folding).
var cardinals = map[string]int{
	"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8,
	"نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15,
	"پونزده": 15, "شانزده": 16, "شونزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19,
	"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80,
	"نود": 90, "صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500,
	"ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
}

var ordinals = map[string]int{
	"اول": 1, "یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7,
	"هشتم": 8, "نهم": 9, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14,
	"پانزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19,
	"بیستم": 20, "سیام": 30, "سیم": 30, "چهلم": 40, "پنجاهم": 50, "شصتم": 60, "هفتادم": 70,
	"هشتادم": 80, "نودم": 90, "صدم": 100,
}

// placeWords are the words after which a number names a street, alley or plate.
var placeWords = map[string]bool{
	"کوچه": true, "خیابان": true, "بلوار": true, "میدان": true, "بنبست": true, "کوی": true,
	"فرعی": true, "پلاک": true, "شهرک": true, "فاز": true, "بن": true, "خ": true, "ک": true,
	"بل": true, "نبش": true, "گذر": true, "کوچهی": true, "بلوک": true, "برج": true,
}

// parseNumber reads a number phrase at words[i:] («بیست و چهارم», «دوازده», «صد و بیست»).
// It returns the value, how many words it used, and whether it ended in an ordinal.
func parseNumber(words []string, i int) (val, used int, ordinal bool) {
	j := i
	for j < len(words) {
		w := words[j]
		if n, ok := ordinals[w]; ok {
			return val + n, j - i + 1, true
		}
		n, ok := cardinals[w]
		if !ok {
			break
		}
		val += n
		j++
		if j+1 < len(words) && words[j] == "و" {
			_, okC := cardinals[words[j+1]]
			_, okO := ordinals[words[j+1]]
			if okC || okO {
				j++
				continue
			}
		}
		break
	}
	return val, j - i, false
}

// numberWords turns number words that name a street or alley into digits: any ordinal but
// «اول» on its own («دوازدهم» → 12), and any number right after a place word («کوچه دوازده»,
// «خیابان اول»). It also drops the ordinal suffix of written digits («۱۲ام», «12 م»).
func numberWords(words []string) []string {
	words = splitGluedNumbers(words)
	out := words[:0]
	for i := 0; i < len(words); {
		w := words[i]
		if isDigit(firstRune(w)) {
			out = append(out, w)
			i++
			if i < len(words) && (words[i] == "ام" || words[i] == "م" || words[i] == "مین") {
				i++
			}
			continue
		}
		val, used, ord := parseNumber(words, i)
		if used == 0 && len(out) > 0 && (placeWords[out[len(out)-1]] || out[len(out)-1] == "شماره") {
			// «کوچه چهارهم», «کوچه یازهدم»: an ordinal misspelt after a place word
			val, used, ord = ordinalTypo(w)
		}
		if used > 0 {
			// «سر کوچه دو هفته است»: a number followed by a span of time is not a place
			afterPlace := len(out) > 0 && placeWords[out[len(out)-1]] &&
				!(i+used < len(words) && timeWords[words[i+used]]) &&
				// «ورودی کوچه یک چاله داره»: «یک» before what is wrong is "a", not alley 1
				!(used == 1 && w == "یک" && i+1 < len(words) && isProblemWord(words[i+1]))
			// («سیم» is as often the wire, «سیم برق», as the thirtieth)
			lonelyFirst := used == 1 && (w == "اول" || w == "یکم" || w == "سیم")
			if afterPlace || (ord && !lonelyFirst) {
				out = append(out, strconv.Itoa(val))
				i += used
				// «سی ام», «بیست م»
				if i < len(words) && (words[i] == "ام" || words[i] == "م") {
					i++
				}
				continue
			}
		}
		out = append(out, w)
		i++
	}
	return out
}

// ordinalTypo reads w as the one ordinal of four letters or more it misspells by a letter
// («چهارهم», «یازهدم», «هففتم»), if there is exactly one.
func ordinalTypo(w string) (val, used int, ord bool) {
	if utf8.RuneCountInString(w) < 4 || isDigit(firstRune(w)) {
		return 0, 0, false
	}
	found := 0
	for o, n := range ordinals {
		if utf8.RuneCountInString(o) >= 4 && nearlyEqual(w, o) {
			if found != 0 && found != n {
				return 0, 0, false
			}
			found = n
		}
	}
	if found == 0 {
		return 0, 0, false
	}
	return found, 1, true
}

var timeWords = map[string]bool{"هفته": true, "روز": true, "روزه": true, "ماه": true, "ماهه": true,
	"سال": true, "ساله": true, "ساعت": true, "شب": true, "شبه": true, "هفتهست": true, "بار": true, "نفر": true, "تا": true,
	"سالهاست": true, "سالها": true, "سالهاس": true, "مدتهاست": true, "مدتهاس": true, "ماههاست": true, "هفتههاست": true, "روزهاست": true, "مدتیه": true}

// fillers are politeness and filler phrases, as key words; they say nothing about the problem.
var fillers = [][]string{
	{"با", "عرض", "سلام"}, {"با", "سلام"}, {"با", "تشکر"}, {"با", "احترام"}, {"با", "سپاس"},
	{"خواهشمند", "است"}, {"خواهشمندیم"}, {"خواهشمندم"}, {"خسته", "نباشید"}, {"لطفا"}, {"سلام"},
	{"باسلام"}, {"باتشکر"}, {"ممنون"}, {"ممنونم"}, {"متشکرم"}, {"متشکریم"}, {"تشکر"}, {"سپاس"},
	{"سپاسگزارم"}, {"مرسی"}, {"احتراما"}, {"قربان"}, {"لطف", "کنید"}, {"لطفا", "رسیدگی"},
	{"عاجزانه"}, {"تقاضا", "دارم"}, {"درخواست", "دارم"}, {"خدا", "قوت"}, {"تشکر", "میکنم"},
	{"با", "تشکر", "فراوان"}, {"پیشاپیش"}, {"ببخشید"}, {"وقت", "بخیر"}, {"وقتتون", "بخیر"},
	{"روز", "بخیر"}, {"سلام", "علیکم"}, {"با", "سلام", "و", "احترام"}, {"با", "عرض", "سلام", "و", "خسته", "نباشید"},
	{"سلام", "و", "خسته", "نباشید"}, {"ممنون", "میشم"}, {"خیلی", "ممنون"}, {"لطفا", "رسیدگی", "کنید"},
	{"درود"}, {"با", "درود"}, {"ببخشید", "مزاحم", "میشم"}, {"ببخشید", "مزاحم", "شدم"}, {"مزاحم", "شدم"},
	{"مزاحم", "میشم"}, {"مزاحمتون", "شدم"}, {"مزاحمتون", "میشم"}, {"سلام", "علیکم"}, {"علیکم", "سلام"}, {"عرض", "ادب"}, {"سلام", "و", "عرض", "ادب"},
	{"لطفا", "پیگیری", "کنید"}, {"از", "زحمات", "شما", "سپاسگزارم"}, {"دست", "شما", "درد", "نکند"}, {"دستتون", "درد", "نکنه"},
	// the line greeted by its number («سلام خدمت همکاران محترم ۱۳۷»), no street ۱۳۷
	{"همکاران", "محترم", "137"}, {"خدمت", "همکاران", "محترم", "137"}, {"سامانه", "137"},
}

var fillerByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, f := range fillers {
		m[f[0]] = append(m[f[0]], f)
	}
	// longest phrase first, so «با تشکر فراوان» wins over «با تشکر»
	for _, fs := range m {
		for a := 1; a < len(fs); a++ {
			for b := a; b > 0 && len(fs[b]) > len(fs[b-1]); b-- {
				fs[b], fs[b-1] = fs[b-1], fs[b]
			}
		}
	}
	return m
}()

func dropFiller(words []string) []string {
	out := words[:0]
outer:
	for i := 0; i < len(words); {
		for _, f := range fillerByFirst[words[i]] {
			if i+len(f) <= len(words) && equalWords(words[i:i+len(f)], f) {
				i += len(f)
				if i < len(words) && words[i] == "137" {
					i++ // «سلام ۱۳۷، بن‌بست نیلوفر»
				}
				continue outer
			}
		}
		out = append(out, words[i])
		i++
	}
	return out
}

func equalWords(a, b []string) bool {
	for k := range b {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// spelling maps common variants and Finglish (Latin transliteration) to one key word, so
// «kooche 12 golsar» and «کوچه ۱۲ گلسار» compare equal. Values are already in key form.
var spelling = map[string]string{
	// Finglish place words
	"kooche": "کوچه", "koche": "کوچه", "koocheh": "کوچه", "kucheh": "کوچه", "kuche": "کوچه",
	"kocheh": "کوچه", "k": "کوچه", "kouche": "کوچه", "khiaban": "خیابان", "khiyaban": "خیابان",
	"khyaban": "خیابان", "kh": "خیابان", "khiabun": "خیابان", "st": "خیابان", "street": "خیابان",
	"boulevard": "بلوار", "blvd": "بلوار", "bolvar": "بلوار", "bl": "بلوار", "meydan": "میدان",
	"midan": "میدان", "sq": "میدان", "pelak": "پلاک", "plak": "پلاک",
	// a martyr's title before a street's or alley's name («kooche shahid rezaei»)
	"shahid": "شهید", "shahide": "شهید", "shahid-e": "شهید",
	// «koocheye 14 shalkoo», «khiabane emam», «jadde tehran», «mahale pirsara»: the place word
	// with its ezafe, a road, a neighbourhood
	"koocheye": "کوچه", "kucheye": "کوچه", "kocheye": "کوچه", "koochey": "کوچه", "khiabane": "خیابان",
	"khiyabane": "خیابان", "khiaboon": "خیابان", "khiyaboon": "خیابان", "bolvare": "بلوار",
	"jade": "جاده", "jadde": "جاده", "jadeh": "جاده", "jaddeh": "جاده", "jadeye": "جاده", "jaddeye": "جاده",
	"mahale": "محله", "mahalle": "محله", "mahaleh": "محله", "mahalleh": "محله", "bonbaste": "بنبست",
	"bon": "بن", "bast": "بست", "blv": "بلوار", "istgah": "ایستگاه", "koochemoon": "کوچه",
	"koochamoon": "کوچه", "koocheman": "کوچه", "nazdik": "نزدیک", "nazdike": "نزدیک",
	"roberooye": "روبروی", "roobarooye": "روبروی", "roberoo": "روبرو", "roobaroo": "روبرو",
	"bonbast": "بنبست", "kooy": "کوی", "kuy": "کوی", "koye": "کوی", "kooye": "کوی", "alley": "کوچه",
	// a Finglish greeting opening a text is no neighbourhood
	"salam": "سلام", "slm": "سلام", "salaam": "سلام", "dorood": "درود", "drood": "درود",
	"merci": "مرسی", "mersi": "مرسی", "mamnoon": "ممنون", "mamnun": "ممنون", "lotfan": "لطفا",
	"khaste": "خسته", "nabashid": "نباشید",
	// «piyade ro eshghal kardan»: occupied, which «ashghal» (rubbish) is not
	"eshghal": "اشغال", "kardan": "کردن", "kardand": "کردند", "karde": "کرده", "shode": "شده",
	"shekaste": "شکسته", "shekasteh": "شکسته", "shakhe": "شاخه", "shakheh": "شاخه", "shakhe-ye": "شاخه",
	// Finglish problem words
	"asfalt": "اسفالت", "asphalt": "اسفالت", "asfaltesh": "اسفالت", "asfaltash": "اسفالت", "ab": "اب", "aab": "اب", "zobale": "زباله",
	"zobaleh": "زباله", "ashghal": "اشغال", "chale": "چاله", "chaleh": "چاله", "kharab": "خراب",
	"cheragh": "چراغ", "barq": "برق", "bargh": "برق", "derakht": "درخت", "sag": "سگ",
	"fazelab": "فاضلاب", "joob": "جوی", "jub": "جوی", "gaz": "گاز", "nasht": "نشت",
	"internet": "اینترنت", "ghate": "قطع", "ghat": "قطع",
	"abgereftegi": "ابگرفتگی", "piaderow": "پیادهرو", "piadero": "پیادهرو",
	// more Finglish problem words, so the Persian phrases and cue rules read them too
	// («abe mahale ma ghate», «barfe khiaban ro pak nakardan», «mashin ha kooche ro bastan»,
	// «sar o sedaye hamsaye»); «-e», «-ye» after them is the ezafe. The jurisdiction rules'
	// Finglish terms are keyed through this table too: «manhole», «kargah», «sakhteman» and
	// «mehmooni» stay Latin, as a rule reads them otherwise than their Persian words.
	"abe": "اب", "barf": "برف", "ashghala": "اشغالا", "saga": "سگا", "sagha": "سگها", "seda": "صدا",
	"mashin": "ماشین", "mashina": "ماشینا", "bastan": "بستن", "vanet": "وانت", "mive": "میوه",
	"foroosh": "فروش", "forush": "فروش", "khaki": "خاکی", "khak": "خاک", "layeroobi": "لایروبی",
	"sookhte": "سوخته", "darpoosh": "درپوش", "roftegar": "رفتگر", "tarmim": "ترمیم", "sangfarsh": "سنگفرش",
	"khoshk": "خشک", "barg": "برگ", "bargha": "برگها", "derakhta": "درختا", "neshast": "نشست",
	"gorbe": "گربه", "kabl": "کابل", "mojavez": "مجوز", "bedoone": "بدون", "bedune": "بدون",
	"ahang": "اهنگ", "boland": "بلند", "terafik": "ترافیک", "dood": "دود",
	"viraj": "ویراژ", "ghadimi": "قدیمی", "khoone": "خانه", "divar": "دیوار", "mirize": "میریزه",
	// typed on an Arabic keyboard, which has no پ چ ژ گ («كوجه ۹», «جاله», «بلاك ۵»)
	// spoken «... است» after an adjective: «خرابه» (it is broken), «داغونه»
	"داغونه": "داغون",
	"کوجه":   "کوچه", "کوهچ": "کوچه", "کچوه": "کوچه", "بلاک": "پلاک", "جاله": "چاله", "جراغ": "چراغ", "جراغها": "چراغ", "چراق": "چراغ", "چراقها": "چراغها", "چراقهای": "چراغهای", "بیاده": "پیاده",
	"کرفتکی": "گرفتگی", "کرفته": "گرفته",
	// Finglish prepositions and ordinals, so «dar kooche dovazdahom» reads as «در کوچه ۱۲»
	// «kooche ro asphalt konid»: the object marker, no alley's name
	"ro": "رو", "roo": "رو", "ha": "ها", "haye": "های", "hay": "های",
	"dar": "در", "too": "تو", "tu": "تو", "tooye": "تو", "tuye": "تو", "sakene": "ساکن",
	"aval": "اول", "avval": "اول", "dovom": "دوم", "sevom": "سوم", "sevvom": "سوم",
	"chaharom": "چهارم", "panjom": "پنجم", "sheshom": "ششم", "haftom": "هفتم", "hashtom": "هشتم",
	"nohom": "نهم", "dahom": "دهم", "yazdahom": "یازدهم", "davazdahom": "دوازدهم",
	"dovazdahom": "دوازدهم", "sizdahom": "سیزدهم", "chahardahom": "چهاردهم", "panzdahom": "پانزدهم",
	"shanzdahom": "شانزدهم", "hefdahom": "هفدهم", "hejdahom": "هجدهم", "noozdahom": "نوزدهم",
	"bistom": "بیستم",
	// Finglish Rasht neighbourhoods
	// Finglish words placing a spot («kenare dabestan»)
	"masjed": "مسجد", "masjede": "مسجد", "madrese": "مدرسه", "madreseh": "مدرسه", "dabestan": "دبستان",
	"nanvaei": "نانوایی", "nanvayi": "نانوایی", "nanvaee": "نانوایی",
	"kenare": "کنار", "kenar": "کنار", "posht": "پشت", "poshte": "پشت", "jelo": "جلو", "jeloye": "جلوی",
	"jolo": "جلو", "nabsh": "نبش", "nabshe": "نبش", "roobe": "روبروی", "roberoye": "روبروی",
	"asli": "اصلی", "emam": "امام", "imam": "امام",
	// a new town's parts («ghods faz 2 block 12»)
	"faz": "فاز", "fazeh": "فاز", "block": "بلوک", "blok": "بلوک", "borj": "برج", "mojtame": "مجتمع",
	"golsar": "گلسار", "maalem": "معلم", "moallem": "معلم", "manzarieh": "منظریه",
	"bistoon": "بیستون", "sabzeh": "سبزه", "hajiabad": "حاجیاباد", "shahrak": "شهرک",
	// Persian abbreviations and frequent misspellings
	// «خ ش بهشتی», «ک ش حق‌شناس»: «ش» alone is the martyr's title
	"ش": "شهید",
	"ک": "کوچه", "خ": "خیابان", "بل": "بلوار", "م": "میدان", "پ": "پلاک", "ذباله": "زباله", "ذبالهها": "زبالهها", "ذبالههای": "زبالههای",
	"اشقال": "اشغال", "اسفالط": "اسفالت", "خیابون": "خیابان", "کوچع": "کوچه", "بنبس": "بنبست", "بنست": "بنبست", "ببست": "بنبست", "بنبسست": "بنبست",
	"اسفال": "اسفالت", "فاظلاب": "فاضلاب", "کچه": "کوچه", "خیابن": "خیابان", "خیانا": "خیابان", "خابان": "خیابان", "خیبان": "خیابان", "کوچهه": "کوچه", "کووچه": "کوچه", "کوچ": "کوچه", "بولوار": "بلوار", "ساختمون": "ساختمان",
	"ساختمونی": "ساختمانی", "خونه": "خانه", "نونوایی": "نانوایی", "نونوائی": "نانوایی", "زبال": "زباله", "زبالها": "زبالهها", "جادهی": "جاده", "بارون": "باران", "باروون": "باران", "کوچههه": "کوچه", "کوچهی": "کوچه",
	// place words and honorifics with a letter dropped, doubled or swapped («خیاون مژده»،
	// «میدن مصلی»، «لبوار شهید نوری»، «خ شیهد مفتح»)
	"خیان": "خیابان", "خیاان": "خیابان", "خیاون": "خیابان", "میدن": "میدان", "لبوار": "بلوار",
	// «پیادرو», «چلاه», «چالع»: a letter dropped, swapped or misheard in a problem word
	"درخد": "درخت", "پیادرو": "پیادهرو", "پیادروی": "پیادهروی", "چلاه": "چاله", "چلاهها": "چالهها", "چالع": "چاله", "چالعها": "چالهها", "چالعهای": "چالههای", "چالهاه": "چالهها", "خاراب": "خراب", "خاربه": "خرابه",
	"شیهد": "شهید", "شههید": "شهید", "شهیید": "شهید", "شحید": "شهید", "شهبد": "شهید", "نریده": "نرسیده", "شمازه": "شماره",
}

// splitGluedNumbers splits number words written without spaces around «و» («صدوبیست»,
// «بیستوچهارم») into their parts, so parseNumber reads them. words is returned as it is
// when none is glued.
func splitGluedNumbers(words []string) []string {
	var out []string
	for i, w := range words {
		parts := gluedNumber(w)
		if parts == nil {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(words)+2), words[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return words
	}
	return out
}

// gluedNumber returns «صد», «و», «بیست» for «صدوبیست», nil when w is no such word.
func gluedNumber(w string) []string {
	if !strings.Contains(w, "و") || cardinals[w] != 0 || ordinals[w] != 0 {
		return nil
	}
	var parts []string
	for rest := w; rest != ""; {
		found := false
		for k := len(rest); k > 0; k-- {
			head := rest[:k]
			if !utf8.ValidString(head) {
				continue
			}
			if _, ok := cardinals[head]; !ok {
				if _, ok := ordinals[head]; !ok {
					continue
				}
			}
			tail := rest[k:]
			if tail == "" {
				parts = append(parts, head)
				return parts
			}
			if t, ok := strings.CutPrefix(tail, "و"); ok && t != "" {
				parts = append(parts, head, "و")
				rest = t
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	return nil
}
