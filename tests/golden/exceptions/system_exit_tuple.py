print("before exit")
raise SystemExit(1, 2)
