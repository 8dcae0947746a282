package rasht6

// More ways to say each problem: colloquial, terse, long-winded. Kept apart from the
// problem list so that list stays readable.
var moreCit = map[string][]string{
	"asphalt": {
		"اینجا {P} دیگه جای راه رفتن نیست از بس چاله داره",
		"خواهش می‌کنم یه فکری برای آسفالت {P} بکنید",
		"چاله وسط {P} هر روز بزرگتر میشه",
		"آسفالت {P} رو کی درست می‌کنید؟",
		"{P} نیاز فوری به آسفالت دارد",
		"قسمتی از آسفالت {P} نشست کرده",
		"{P} خاکیه و با بارون گل میشه",
	},
	"garbage": {
		"زباله‌های {P} رو نمی‌برن",
		"یک هفته است ماشین حمل زباله به {P} نیامده",
		"سر {P} زباله تلنبار شده",
		"ساعت جمع‌آوری زباله در {P} عوض شده و زباله‌ها تا ظهر می‌ماند",
	},
	"channel": {
		"جوی {P} پر از لجنه و آب راه نداره",
		"با کوچکترین بارونی {P} دریاچه میشه",
		"لطفا جوی‌های {P} را قبل از فصل بارندگی لایروبی کنید",
		"آب بارون از {P} تو زیرزمین خونه‌ها رفته",
	},
	"tree": {
		"یه شاخه بزرگ از درخت {P} آویزونه و ممکنه رو سر مردم بیفته",
		"درخت چنار {P} آفت زده و داره خشک میشه",
	},
	"dogs": {
		"سگای ولگرد {P} شبا نمیذارن بخوابیم",
		"چند تا توله سگ تو {P} رها کردن",
	},
	"sidewalk_goods": {
		"جلوی مغازه‌های {P} وانت پارک می‌کنند و بار خالی می‌کنند و پیاده‌رو را پر از جعبه کرده‌اند",
		"صندلی‌های کافه {P} کل پیاده‌رو را گرفته",
	},
	"park_light": {"لامپ‌های {P} چند هفته است روشن نمی‌شود"},
	"sewage": {
		"منهول فاضلاب {P} سر ریز کرده",
		"از دریچه فاضلاب {P} آب کثیف بیرون میاد",
	},
	"street_light": {
		"تیر چراغ برق {P} خاموشه",
		"سه تا از چراغ‌های روشنایی {P} سوخته",
	},
	"gas_smell":     {"یه بوی گاز عجیب تو {P} پیچیده"},
	"blocking_cars": {"یه نیسان جلوی {P} پارک کرده و کسی نمی‌تونه رد بشه"},
	"rubble":        {"یکی شبانه نخاله ریخته سر {P}"},
	"bin":           {"مخزن زباله {P} بو میده و هیچ وقت شسته نمیشه"},
}

var moreFin = map[string][]string{
	"bin":             {"satl ashghal {F} shekaste"},
	"sweep":           {"{F} kasif ast kasi jaroo nemikone"},
	"park_equipment":  {"tab haye {F} kharab ast"},
	"rubble":          {"nakhale rikhtan too {F}"},
	"sidewalk_broken": {"piade roye {F} kharab shode"},
	"water_main":      {"looleh ab too {F} tarakide"},
	"telecom":         {"internet {F} ghate", "telephone sabet {F} ghat ast"},
	"blocking_cars":   {"mashin jeloye parking ma too {F} park karde"},
	"neighbour_noise": {"hamsaye too {F} shab ha sar o seda mikone"},
	"dogs":            {"sag haye velgard shab ha too {F} hamle mikonan"},
}

func init() {
	for i := range problems {
		p := &problems[i]
		p.cit = append(p.cit, moreCit[p.code]...)
		p.cit = append(p.cit, rarerCit[p.code]...)
		p.fin = append(p.fin, moreFin[p.code]...)
		switch p.code {
		case "no_water", "outage", "telecom":
			p.area = true
		}
	}
}
