x=$(exit 3); echo $?
x=$(false) y=$(true); echo $?
