// Package format turns data (ASCII digits, time.Time) into what a Persian reader expects —
// Persian digits, Jalali dates with Persian month and weekday names, relative ages, «٬»
// thousands separators — and parses Jalali dates typed into filters. It imports no Fyne, so
// reports and command-line tools can use it too; data itself always keeps ASCII digits.
package format
