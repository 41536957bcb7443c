e=
set -- $e; echo $#
set -- "$e"; echo $#
set -- $e $e x $e; echo $#
set -- ""$e; echo $#
