/*
 * ping.h - what ping's files share.
 */
#ifndef PING_H
#define PING_H

#include <stdint.h>

void rtt_init(void);
uint64_t rtt_now_us(void);

#endif
