/*
 * v2.c - the second version of hello, to be swapped in live
 * (`service update /service/hello.v2 -label hello`): it greets with
 * "Hello, World! (v2)" and writes the second layout of the record,
 * which also counts the live updates the count went through.  It reads
 * the first layout too, so it carries on the count version 1 started.
 */
#include "hello.h"

const struct hello_version hello_version = {
	.hv_msg = HELLO_MSG_V2,
	.hv_record = HELLO_STATE_V2,
};
