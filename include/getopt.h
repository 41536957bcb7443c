/*
 * getopt.h - POSIX getopt(), for <unistd.h> to include.
 *
 * optreset (as in the BSDs) set to 1 makes the next call start over
 * from optind; setting optind to 0 does the same, as in GNU.
 */
#ifndef _GETOPT_H
#define _GETOPT_H

extern char *optarg;
extern int optind, opterr, optopt, optreset;

int getopt(int argc, char *const argv[], const char *optstring);

#endif
