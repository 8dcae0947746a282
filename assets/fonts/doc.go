// Package fonts embeds Vazirmatn (regular and bold static TTFs, SIL Open Font License 1.1,
// see OFL.txt beside them), the typeface every Tafkik screen uses for Persian and Latin.
package fonts
