// Command rashtgen29 writes the rasht29 labelled set (one year of گلسار, منظریه, حمیدیان,
// معلم and سلیمان‌داراب) into a directory as requests.jsonl and truth.csv, and with -stats
// prints what it holds.
package main
