ls /nonexistent_dir_xyz 2> err >/dev/null
[ -s err ] && echo "has error text"
nonexistent_cmd_q 2>/dev/null; echo $?
echo "to stderr" 1>&2 2>/dev/null
