// Command rashtgen36 writes the rasht36 labelled set of district 4 of Rasht; see package rasht36.
package main
