true; echo $?
false; echo $?
(exit 42); echo $?
! true; echo $?
! false; echo $?
sh_fn() { return 5; }; sh_fn; echo $?
