package lang

import (
	"embed"
	"fmt"
	"strings"
	"sync/atomic"
	"text/template"

	"fyne.io/fyne/v2"
	fynelang "fyne.io/fyne/v2/lang"

	// Before Fyne's lang package reads the locale: see its doc.
	_ "github.com/tafkik/tafkik/app/lang/localeenv"
)

//go:embed translations
var files embed.FS

// fyneLocales are the languages Fyne 2.7 ships words for (fyne.io/fyne/v2/lang/translations),
// plus Persian. Fyne picks its words by the workstation's locale among the languages it
// knows; registering our table under every one of them keeps the choice ours.
var fyneLocales = []fyne.Locale{"fa", "en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk", "zh-Hans"}

// englishBuild is set by Setup for the left-to-right build; it is configuration chosen once at
// start-up, like rtl.Enabled.
var englishBuild atomic.Bool

// L localizes a Persian UI string: Persian in the Persian build, its English translation
// (if any) in the English one. In the Persian build the key is the text, so nothing is
// looked up and nothing is logged whatever the workstation's locale.
func L(persian string, data ...any) string {
	if persian == "" { // an icon-only button: nothing to translate, nothing to log
		return ""
	}
	if !englishBuild.Load() {
		return expand(persian, data...)
	}
	return fynelang.L(persian, data...)
}

// expand fills a template key the way Fyne does for a message it has no translation for.
func expand(s string, data ...any) string {
	if len(data) == 0 || !strings.Contains(s, "{{") {
		return s
	}
	t, err := template.New("").Parse(s)
	if err != nil {
		return s
	}
	var b strings.Builder
	if err := t.Execute(&b, data[0]); err != nil {
		return s
	}
	return b.String()
}

// Setup registers the translations; call it once before building windows. With english
// false (the normal build) only Persian is used, whatever the workstation's locale: Fyne's
// built-in words are registered in Persian under every language Fyne knows, and the screens'
// own strings are their Persian keys. With english true, the English table is registered
// for the screens' strings (under every language, so a German or Persian workstation still
// gets the English build in English); Fyne's own words then follow the workstation.
func Setup(english bool) error {
	name := "translations/fyne.fa.json"
	if english {
		name = "translations/en.json"
	}
	data, err := files.ReadFile(name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	for _, l := range fyneLocales {
		if english && l == "fa" {
			continue // the Persian keys are the Persian text already
		}
		if err := fynelang.AddTranslationsForLocale(data, l); err != nil {
			return fmt.Errorf("add translations %s for %s: %w", name, l, err)
		}
	}
	englishBuild.Store(english)
	return nil
}
