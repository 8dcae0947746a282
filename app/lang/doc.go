// Package lang sets up Tafkik's UI strings on Fyne's translation support (fyne.io/fyne/v2/lang)
// with Persian first: screens write the Persian text itself as the key, lang.L("ذخیره"), so
// the Persian build needs no lookup table, and an English table is loaded only for the
// left-to-right build. Fyne's own words (dialog buttons, the entry's menu) are given Persian
// translations as well, under every language Fyne knows, so a Persian, German or C-locale
// workstation shows the same Persian words and logs nothing (see localeenv for C.UTF-8).
package lang
