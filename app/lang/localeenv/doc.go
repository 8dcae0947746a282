// Package localeenv stops Fyne from logging "Error parsing user locale C" on every start
// (and again whenever it asks for the system locale) under LANG=C.UTF-8, the default of
// containers, CI machines and many servers. Fyne's locale library reads LC_ALL/LC_MESSAGES/
// LANG, treats a bare "C" or "POSIX" as "no language", but passes "C.UTF-8" on as the
// language tag "C", which does not parse. Importing this package (app/lang does) makes such
// a codeset-only C locale read as the plain C locale before Fyne's lang package initialises.
package localeenv
