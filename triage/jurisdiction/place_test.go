package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestWhereNotWhat: another agency's thing named as the place of a municipal complaint
// («کنار تیر برق», «پای علمک») keeps the request here and asks a clerk; the same thing as
// the complaint's subject is still referred. A clearly municipal operator category outweighs
// a weak sign, not a sure one.
func TestWhereNotWhat(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name     string
		text     string
		category string
		agency   tafkik.Agency
		review   bool
	}{
		{"rubbish by a power pole", "کیسه های آشغال رو کنار تیر برق کوچه میذارن", "", tafkik.AgencyMunicipality, false},
		{"rubbish at a pole's foot, arabic", "زباله ها رو پاي تير برق ريختن", "", tafkik.AgencyMunicipality, false},
		{"kerb under a light pole", "از زیر تیر چراغ تا سر کوچه جدول شکسته", "", tafkik.AgencyMunicipality, false},
		{"branches in front of a light", "شاخه ها جلوی نور چراغ کوچه رو گرفتن هرس کنید", "", tafkik.AgencyMunicipality, false},
		{"bags by the gas riser", "کنار علمک گاز ساختمون کیسه زباله گذاشتن", "", tafkik.AgencyMunicipality, false},
		{"finglish landmark", "jolo mokhaberat piade ro kharabe", "", tafkik.AgencyMunicipality, false},
		{"office name runs on", "روبروی شرکت توزیع برق آسفالت کنده شده", "", tafkik.AgencyMunicipality, false},
		// the same things as the subject
		{"pole leaning", "تیر برق کوچه کج شده داره میفته", "", tafkik.AgencyPower, false},
		{"wire down by the pole", "کنار تیر برق سیم برق پاره شده افتاده", "", tafkik.AgencyPower, false},
		{"gas smell by the riser", "بوی شدید گاز کنار علمک میاد", "", tafkik.AgencyGas, false},
		{"riser hit", "علمک گاز جلوی خونه ضربه خورده", "", tafkik.AgencyGas, false},
		{"light out on the alley's pole", "لامپ تیر برق کوچه سوخته", "", tafkik.AgencyPower, false},
		{"dry tree by a pole", "یه درخت خشک کنار تیر برق هست، قطعش کنید", "", tafkik.AgencyMunicipality, false},
		{"transformer as a place", "کنار ترانس برق یه چاله عمیق وسط پیاده رو", "", tafkik.AgencyMunicipality, false},
		// the operator's category against a weak sign, and against a sure one
		{"bare word, municipal category", "برق مغازه ها رو گرفته و جلوی مغازه ها شلوغه", "سد معبر", tafkik.AgencyMunicipality, true},
		{"bare word, no category", "برق مغازه ها رو گرفته و جلوی مغازه ها شلوغه", "", tafkik.AgencyPower, true},
		{"outage, municipal category", "برق کل محله از صبح قطعه", "فضای سبز", tafkik.AgencyPower, false},
		{"sewage, municipal category", "فاضلاب از منهول زده بیرون", "آب‌های سطحی", tafkik.AgencyWater, false},
		// municipal amenities and permits in water and gas words
		{"park tap dry", "شیر آب آبخوری بوستان آب نمیاد", "", tafkik.AgencyMunicipality, false},
		{"permit for gas piping", "استعلام شهرداری برای لوله کشی گاز یک ماهه مونده", "", tafkik.AgencyMunicipality, true}, // the trench rule is close behind
		{"online request", "درخواستم رو اینترنتی ثبت کردم، چاله کوچه هنوز هست", "", tafkik.AgencyMunicipality, false},
		{"internet down", "اینترنت خونه از دیروز قطعه", "", tafkik.AgencyTelecom, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := e.Explain(tafkik.Request{ID: "1", Text: c.text, Category: c.category})
			f := x.Flag
			if f.Agency != c.agency || f.NeedsReview != c.review {
				t.Errorf("%q [%s]: got %s review=%v (%.2f by %s %q), want %s review=%v; hits %v",
					c.text, c.category, f.Agency, f.NeedsReview, f.Confidence, f.RuleID, f.Words, c.agency, c.review, x.Hits)
			}
		})
	}
}

// TestBranchNearLineIsPower: «کنار»/«نزدیک» a power line is where the danger is, not a place
// name: the branch touching the line or fallen on a pole is the power company's (a dry tree
// «کنار تیر برق» to be felled is the municipality's: TestWhereNotWhat).
func TestBranchNearLineIsPower(t *testing.T) {
	e := defaultEngine(t)
	for _, text := range []string{
		"شاخه درخت کنار سیم برق رسیده خطرناکه",
		"شاخه های درخت نزدیک سیم برق شده",
		"زیر سیم برق درخت بلند شده شاخه ها به سیم رسیده",
		"شاخه درخت افتاده رو تیر برق",
		"درخت افتاده روی تیر برق کوچه",
	} {
		if f := e.Flag(tafkik.Request{ID: "1", Text: text}); f.Agency != tafkik.AgencyPower {
			t.Errorf("%q: got %s by %s, want power", text, f.Agency, f.RuleID)
		}
	}
}
