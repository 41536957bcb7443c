trap '' INT
$SH -c 'kill -INT $$; echo child survived'
