package lang

import (
	"embed"
	"fmt"

	"fyne.io/fyne/v2"
	fynelang "fyne.io/fyne/v2/lang"
)

//go:embed translations
var files embed.FS

// L localizes a Persian UI string: Persian in the Persian build, its English translation
// (if any) in the English one.
func L(persian string, data ...any) string {
	if persian == "" { // an icon-only button: nothing to translate, nothing to log
		return ""
	}
	return fynelang.L(persian, data...)
}

// Setup registers the translations; call it once before building windows. With english
// false (the normal build) only Persian is used, whatever the workstation's locale: Fyne's
// built-in words are registered in Persian under both "fa" and "en" (the locale Fyne falls
// back to), and the screens' own strings are their Persian keys. With english true, the
// English table is loaded instead.
func Setup(english bool) error {
	if english {
		data, err := files.ReadFile("translations/en.json")
		if err != nil {
			return fmt.Errorf("read english translations: %w", err)
		}
		return fynelang.AddTranslationsForLocale(data, fyne.Locale("en"))
	}
	data, err := files.ReadFile("translations/fyne.fa.json")
	if err != nil {
		return fmt.Errorf("read persian translations: %w", err)
	}
	for _, l := range []fyne.Locale{"fa", "en"} {
		if err := fynelang.AddTranslationsForLocale(data, l); err != nil {
			return fmt.Errorf("add persian translations for %s: %w", l, err)
		}
	}
	return nil
}
