trap 'echo exiting $?' EXIT
echo body
(trap 'echo sub exit' EXIT; echo in sub)
exit 3
