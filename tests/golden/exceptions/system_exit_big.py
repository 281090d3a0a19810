print("before exit")
raise SystemExit(258)
