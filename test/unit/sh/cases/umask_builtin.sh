umask 022
umask
umask 077
umask
touch f
ls -l f | cut -c1-10
