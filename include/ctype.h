/*
 * ctype.h - character classes and case mapping, for the C locale (ASCII).
 *
 * Each call takes an int holding an unsigned char's value or EOF; other
 * characters (bytes 128-255) belong to no class.
 */
#ifndef _CTYPE_H
#define _CTYPE_H

int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int isascii(int c);
int tolower(int c);
int toupper(int c);

#endif
