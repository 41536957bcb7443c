# sys.mk - read by bmake before every Makefile of the tree.
#
# bmake finds this file through MAKESYSPATH=.../mk (set by GNUmakefile),
# which searches upward from the current directory, so `bmake` works in any
# folder of the tree.  It names the tree's top, the output folders and the
# cross toolchain; the resurgo.*.mk fragments hold the rules.

TOP:=		${.PARSEDIR:H}
BUILD:=		${TOP}/build
# Where the objects of the folder being built go: build/obj/<folder>.
OBJDIR:=	${BUILD}/obj${.CURDIR:S,^${TOP},,}
# The tree every program installs into: it becomes the root file system
# and the boot modules.
DESTDIR?=	${BUILD}/root

CROSS?=		i686-linux-gnu-
CC=		${CROSS}gcc
LD=		${CROSS}ld
AR=		${CROSS}ar
NM=		${CROSS}nm
OBJCOPY=	${CROSS}objcopy
STRIP=		${CROSS}strip
HOSTCC?=	cc

# Freestanding code for the Pentium (the oldest CPU the kernel runs on:
# it needs CPUID and 4 MiB pages, which the Pentium has, so the whole
# system is built without the i686's CMOV), tuned for current CPUs; symbols
# kept and frame pointers stay so that panic() can walk the stack.
ARCHFLAGS=	-m32 -march=pentium -mtune=generic -ffreestanding -fno-pie -fno-pic \
		-fno-stack-protector -fcf-protection=none -fno-omit-frame-pointer \
		-fno-asynchronous-unwind-tables -fno-builtin-printf
WARNFLAGS=	-Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
		-Wno-unused-parameter -Wno-missing-field-initializers
OPTFLAGS?=	-O2 -g
CFLAGS=		-std=gnu11 ${ARCHFLAGS} ${WARNFLAGS} ${OPTFLAGS}
CPPFLAGS=	-nostdinc -I${TOP}/include \
		-isystem ${:!${CC} -print-file-name=include!}
LDFLAGS=	-nostdlib -no-pie -static -Wl,--build-id=none -Wl,-z,noexecstack \
		-Wl,-z,noseparate-code \
		-Wl,--fatal-warnings
LIBGCC:=	${:!${CC} -print-libgcc-file-name!}

.MAIN: all
