/*
 * v1.c - the first version of hello: "Hello, World!", and a record of
 * the first layout (the count of reads).
 */
#include "hello.h"

const struct hello_version hello_version = {
	.hv_msg = HELLO_MSG,
	.hv_record = HELLO_STATE_V1,
};
