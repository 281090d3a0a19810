# caret columns count characters on a non-ASCII line
café = 1
naïve_total = café +* 2
