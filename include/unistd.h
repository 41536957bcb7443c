/*
 * unistd.h - the POSIX calls: processes (PM), files (VFS), and the rest.
 */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>
#include <stdint.h>
#include <getopt.h>

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#ifndef SEEK_SET
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#endif

#define F_OK		0
#define X_OK		1
#define W_OK		2
#define R_OK		4

#ifndef NULL
#define NULL		((void *) 0)
#endif

extern char **environ;

/* Processes. */
pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execl(const char *path, const char *arg, ...);
int execlp(const char *file, const char *arg, ...);
void _exit(int status) __attribute__((noreturn));
pid_t getpid(void);
pid_t getppid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int getgroups(int size, gid_t list[]);
int setuid(uid_t uid);
int setgid(gid_t gid);
int seteuid(uid_t uid);
int setegid(gid_t gid);
pid_t setsid(void);
pid_t getsid(pid_t pid);
pid_t getpgrp(void);
int setpgid(pid_t pid, pid_t pgid);
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t pgrp);
unsigned int alarm(unsigned int seconds);
unsigned int sleep(unsigned int seconds);
int usleep(unsigned int usec);
int pause(void);
int nice(int incr);
int brk(void *addr);
void *sbrk(intptr_t incr);

/* Files. */
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
off_t lseek(int fd, off_t off, int whence);
int close(int fd);
int dup(int fd);
int dup2(int fd, int fd2);
int pipe(int fds[2]);
int unlink(const char *path);
int rmdir(const char *path);
int link(const char *from, const char *to);
int symlink(const char *target, const char *path);
ssize_t readlink(const char *path, char *buf, size_t size);
int chdir(const char *path);
int fchdir(int fd);
char *getcwd(char *buf, size_t size);
int chown(const char *path, uid_t uid, gid_t gid);
int fchown(int fd, uid_t uid, gid_t gid);
int lchown(const char *path, uid_t uid, gid_t gid);
int truncate(const char *path, off_t len);
int ftruncate(int fd, off_t len);
int access(const char *path, int mode);
int isatty(int fd);
char *ttyname(int fd);
void sync(void);
int fsync(int fd);
int rename(const char *from, const char *to);
long sysconf(int name);
int gethostname(char *name, size_t len);
char *crypt(const char *key, const char *setting);
char *getpass(const char *prompt);

#define _SC_CLK_TCK	1
#define _SC_PAGESIZE	2
#define _SC_OPEN_MAX	3

#endif
