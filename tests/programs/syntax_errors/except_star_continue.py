# continue may not leave an except* clause.
for i in range(3):
    try:
        pass
    except* ValueError:
        if i:
            continue
