/*
 * netbench.h - what netbench's files share.
 */
#ifndef NETBENCH_H
#define NETBENCH_H

#include <stdint.h>
#include <netinet/in.h>

#define MB	(1024 * 1024)

void die(const char *what);
int resolve(const char *host, struct sockaddr_in *sin, int port);
void figure(const char *name, uint64_t instructions);

int stream_recv(int port);
int stream_send(const char *host, int port, uint64_t bytes);
int echo_rtt(const char *host, int count);
int nic_recovery(const char *label, pid_t pid, const char *host);

#endif
