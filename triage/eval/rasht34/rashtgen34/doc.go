// Command rashtgen34 writes the rasht34 labelled set (one year of Rasht's district 3) to a
// directory, and with -stats prints its issues, largest issues and agency shares.
package main
