package jurisdiction

import (
	"strings"
	"testing"

	"github.com/tafkik/tafkik"
)

// FuzzFlag: any text gives a valid flag whose words are all taken from the text.
func FuzzFlag(f *testing.F) {
	for _, tc := range hardCases {
		f.Add(tc.text, "")
	}
	f.Add("", "آب شرب")
	f.Add("ضمنا", "")
	f.Add("خیابان", "")
	f.Add("\u200c\u200cکوچه، ، ضمناً بوی گاز", "گاز")
	// clause readings that look ahead or back a few words, cut short at the end of the text
	f.Add("مثل دفعه قبل که", "")
	f.Add("چاله. مثل اون دفعه که برق رفته بود", "آسفالت")
	f.Add("همسایه ها همه", "")
	f.Add("بوی فاضلاب نمی", "")
	f.Add("قبلا سیم برق را با شماره ۷۱۶۹۹۳۹ گزارش داده بودم؛ این یکی موضوع", "")
	f.Add("محل:", "")
	f.Add("به شهرداری", "")
	f.Add("بچه مدرسه ای داریم", "")
	// the tenth author's readings, cut short at the end of the text
	f.Add("کوچه‌ای که اداره گاز", "")
	f.Add("کوچه ای که", "")
	f.Add("برق و گاز و", "")
	f.Add("دفعه قبل برای سیم برق زنگ زدم کد ۱۲۳ که درست شد این یکی", "")
	f.Add("مخابرات هم که کابلشو کشید رفت ولی این مشکل مال", "")
	f.Add("اگه درست نشه میرم", "")
	f.Add("ساکن محل:", "")
	f.Add("جلوی درمانگاه تامین", "")
	f.Add("بچه ها با سرویس", "")
	f.Add("اداره برق گفت", "")
	e, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, category string) {
		x := e.Explain(tafkik.Request{ID: "r", Text: text, Category: category})
		fl := x.Flag
		if !fl.Agency.Valid() || fl.RuleID == "" || fl.Confidence <= 0 || fl.Confidence > 1 {
			t.Fatalf("bad flag %+v for %q", fl, text)
		}
		read := text
		if strings.TrimSpace(text) == "" {
			read = category // a request with no text is read by its category
		}
		for _, w := range fl.Words {
			if w == "" || !strings.Contains(read, w) {
				t.Fatalf("word %q is not in the text %q", w, read)
			}
		}
		// the flag's rule fired; it is the first hit unless a municipal topic named first kept
		// the request here over a stronger outside rule («جوی ... بلندگو»), when it is that topic
		fired := false
		for _, h := range x.Hits {
			fired = fired || h.RuleID == fl.RuleID
		}
		if fl.RuleID != RuleDefault && (!fired || x.Hits[0].RuleID != fl.RuleID && fl.Agency.Outside()) {
			t.Fatalf("flag by %s but hits %v", fl.RuleID, x.Hits)
		}
	})
}
