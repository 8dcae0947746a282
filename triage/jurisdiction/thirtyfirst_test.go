package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestThirtyFirst: the kinds the thirty-first author (triage/eval/rasht31, منطقه ۴) showed, in
// words of our own, with their near misses. A trench or dig left open whose digger the text
// does not name is a utility's, most often the water company's, and is flagged for review
// (water.trench-unnamed); the municipality's own digs, kerbs, paving and old sunk strips stay
// municipal. Livestock kept in a house is the veterinary office's (other.livestock-kept),
// livestock loose in the street the street's. Water that has run along the street for days is
// a leak (water.running-days); a flood that runs into houses is rain water. «کسی نیست» after
// a smell that came («بوی گاز میاد کسی نیست جواب بده») denies nobody's smell.
func TestThirtyFirst(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		text, category string
		want           tafkik.Agency
		rule           string // the rule that must fire, "" for any
		review         bool   // the flag must be marked for review
	}{
		// the unnamed trench
		{"حفاری رها شده در معبر", "آسفالت و معابر", tafkik.AgencyWater, "water.trench-unnamed", true},
		{"یه ترانشه وسط کوچه زدن و ولش کردن رفتن", "", tafkik.AgencyWater, "water.trench-unnamed", true},
		{"اهالی از رها شدن ترانشه حفاری جلوی مدرسه گلایه دارند", "", tafkik.AgencyWater, "water.trench-unnamed", true},
		{"حفاری های کوچه ما یک ماهه باز مونده و کسی نمیاد", "", tafkik.AgencyWater, "water.trench-unnamed", true},
		{"حفاری شرکت گاز رها شده", "", tafkik.AgencyGas, "gas.trench", false},
		{"ترانشه مخابرات رو ول کردن رفتن", "", tafkik.AgencyTelecom, "telecom.trench", false},
		{"نوار حفاری رها شده و آسفالت نشده", "ترمیم نوار حفاری", tafkik.AgencyMunicipality, "", false},
		{"محل حفاری پیمانکار شهرداری رها شده است", "", tafkik.AgencyMunicipality, "", false},
		{"کوچه رو برای جدول گذاری حفاری کردن و ول کردن", "", tafkik.AgencyMunicipality, "", false},
		{"یه چاله بزرگ کندن ولی معلوم نیست کی کنده", "", tafkik.AgencyMunicipality, "", false},
		{"پیاده رو رو برای سنگفرش کندن و رها کردن", "", tafkik.AgencyMunicipality, "", false},
		// livestock kept
		{"همسایه‌مون تو حیاطش چند تا گوسفند و بز نگه میداره، بوش کل کوچه رو برداشته", "", tafkik.AgencyOther, "other.livestock-kept", false},
		{"طبقه پایینی مرغ و خروس نگه میدارن صبح تا شب سر و صدا و بو", "", tafkik.AgencyOther, "other.livestock-kept", false},
		{"گاوهای همسایه رو رها کردن تو کوچه همه جا کثیف شده", "", tafkik.AgencyMunicipality, "", false},
		{"مرغ فروشی مرغ ها رو بیرون از یخچال نگه میداره", "", tafkik.AgencyOther, "", false},
		// water running for days
		{"سه روزه آب داره از وسط خیابون میره، بارونم نیومده", "", tafkik.AgencyWater, "", false},
		{"از دیروز آب داره از کنار پیاده رو میره هیچکس نیومد", "", tafkik.AgencyWater, "water.running-days", false},
		{"دو روزه بارون میاد و آب داره میره تو خونه ها", "", tafkik.AgencyMunicipality, "", false},
		{"چند روزه جوی گرفته و آب داره میره تو حیاط", "", tafkik.AgencyMunicipality, "", false},
		// a smell that came, and nobody there to answer; a smell denied stays denied
		{"بوی گاز تو کوچه میاد کسی نیست جواب بده؟", "", tafkik.AgencyGas, "", false},
		{"بوی فاضلاب میاد هیچ کس نیست رسیدگی کنه", "", tafkik.AgencyWater, "", false},
		{"جوی پر از آشغاله ولی بوی فاضلاب نمیاد", "", tafkik.AgencyMunicipality, "", false},
		{"آشغالا بو میدن، بوی گاز که نیست، زباله‌ست", "", tafkik.AgencyMunicipality, "", false},
	}
	for _, c := range cases {
		x := e.Explain(tafkik.Request{ID: "1", Text: c.text, Category: c.category})
		f := x.Flag
		if f.Agency != c.want {
			t.Errorf("%s: %s by %s %q, want %s", c.text, f.Agency, f.RuleID, f.Words, c.want)
			continue
		}
		if c.rule != "" && f.RuleID != c.rule {
			t.Errorf("%s: rule %s, want %s", c.text, f.RuleID, c.rule)
		}
		if c.review && !f.NeedsReview {
			t.Errorf("%s: not marked for review", c.text)
		}
	}
}
