// Package persian derives comparison forms from Persian request texts and addresses: a
// folded key (Arabic letters, digits, ZWNJ, number words, filler), tokens, the place a text
// names and the problem it reports. Display text is never altered; keys are only compared.
package persian
